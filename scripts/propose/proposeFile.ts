/**
 * The I/O side of `npm run propose -- ARTICLE.txt [--corpus DIR] [--out FILE] [--force]`: read the
 * article with the pipeline's own reader, the corpus's registry with the pipeline's own validation,
 * run the pure proposer (src/propose/), and write the draft atomically. Bad input gets one line
 * naming the file and the fix, exit code 1, and nothing written; an existing annotation is kept
 * unless `--force`.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { SOURCE_ID_PATTERN } from "../../src/model/datasetTerms.ts";
import { decodeUtf8, parseArticle } from "../../src/pipeline/article.ts";
import type { CorpusFile } from "../../src/pipeline/compileArticle.ts";
import { ANNOTATIONS_DIR, ARTICLES_DIR } from "../../src/pipeline/compileArticle.ts";
import { META_FILES, readCorpusMeta } from "../../src/pipeline/corpusLayout.ts";
import { formatProblem, sortProblems } from "../../src/pipeline/problems.ts";
import type { Proposal } from "../../src/propose/index.ts";
import { proposeAnnotation, registryFromMeta } from "../../src/propose/index.ts";
import type { Log } from "../data/buildData.ts";
import { sha256, writeAtomically } from "../data/buildData.ts";

/** What the command line asks for. */
export type ProposeArgs = { article: string; corpus: string; out?: string; force: boolean };

const USAGE = "usage: npm run propose -- ARTICLE.txt [--corpus DIR] [--out FILE] [--force]";

/** Bad input: one line for the user, exit code 1. */
export class ProposeError extends Error {}

/** Parses the arguments; throws a ProposeError with the usage line on anything unexpected. */
export function parseProposeArgs(argv: readonly string[]): ProposeArgs {
  let article: string | undefined;
  let corpus = "corpus";
  let out: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const value = argv[i + 1];
    if (arg === "--force") force = true;
    else if (arg === "--corpus" || arg === "--out") {
      if (value === undefined || value.startsWith("--")) {
        throw new ProposeError(`${arg} needs a value (${USAGE})`);
      }
      if (arg === "--corpus") corpus = value;
      else out = value;
      i++;
    } else if (arg.startsWith("--") || article !== undefined) {
      throw new ProposeError(`unexpected "${arg}" (${USAGE})`);
    } else article = arg;
  }
  if (article === undefined) throw new ProposeError(`no article given (${USAGE})`);
  return { article, corpus, ...(out === undefined ? {} : { out }), force };
}

/** Whether `p` exists (any kind of file). */
async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** Reads the corpus's meta files into the proposer's registry, or throws one line saying why not. */
async function readRegistry(corpus: string): Promise<ReturnType<typeof registryFromMeta>> {
  let isDir = false;
  try {
    isDir = (await stat(corpus)).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir || !(await exists(path.join(corpus, "corpus.yaml")))) {
    throw new ProposeError(
      `${corpus}: not a corpus folder (${isDir ? "no corpus.yaml in it" : "no such folder"}) → fix: pass --corpus DIR, the folder holding corpus.yaml, actors.yaml and places.yaml`,
    );
  }
  const files = new Map<string, CorpusFile>();
  for (const name of META_FILES) {
    const file = path.join(corpus, name);
    if (!(await exists(file))) continue;
    const bytes = new Uint8Array(await readFile(file));
    files.set(name, { path: name, bytes, sha256: sha256(bytes) });
  }
  const meta = readCorpusMeta(files);
  const problems = sortProblems(meta.problems);
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more: run npm run data)` : "";
    throw new ProposeError(`${formatProblem(first, corpus)}${more}`);
  }
  return registryFromMeta(meta);
}

/** The article as the pipeline reads it, or one line naming the file and the fix. */
async function readArticle(
  file: string,
): Promise<{ dateline: string; text: string; paragraphs: { start: number; end: number }[] }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ProposeError(
      `${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder, not an article" : "cannot be read"} → fix: give the path of an article's .txt file`,
    );
  }
  if (bytes.length === 0) {
    throw new ProposeError(
      `${file}: empty file → fix: put the article in it, starting with the line head \`date YYYY-MM-DD\``,
    );
  }
  const decoded = decodeUtf8(bytes);
  if ("problem" in decoded) {
    throw new ProposeError(formatProblem({ file, ...decoded.problem }));
  }
  const parsed = parseArticle(decoded.text);
  if ("problems" in parsed) {
    const first = parsed.problems[0];
    throw new ProposeError(
      first ? formatProblem({ file, ...first }) : `${file}: cannot be read as an article`,
    );
  }
  return parsed;
}

const EVENT_ID = /^\s*(?:-\s+)?id:\s*["']?([a-z0-9]+(?:-[a-z0-9]+)*)["']?\s*(?:#.*)?$/gm;

/** Event ids the corpus's other annotation files define: the draft's ids must not clash. */
async function takenIds(corpus: string, except: string): Promise<Set<string>> {
  const dir = path.join(corpus, ANNOTATIONS_DIR);
  const taken = new Set<string>();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return taken;
  }
  for (const name of names) {
    if (!name.endsWith(".yaml") || name === except) continue;
    const text = await readFile(path.join(dir, name), "utf8");
    for (const m of text.matchAll(EVENT_ID)) if (m[1] !== undefined) taken.add(m[1]);
  }
  return taken;
}

/** What was proposed and written, for the summary line. */
export type ProposeResult = { out: string; proposal: Proposal };

/**
 * Proposes the annotation of `args.article` and writes it (atomically) to `args.out`, by default
 * `<corpus>/annotations/<id>.yaml`. Throws a ProposeError (one line) on bad input, before writing
 * anything.
 */
export async function proposeFile(args: ProposeArgs): Promise<ProposeResult> {
  const id = path.basename(args.article).replace(/\.txt$/, "");
  if (!args.article.endsWith(".txt") || !SOURCE_ID_PATTERN.test(id)) {
    throw new ProposeError(
      `${args.article}: not an article file name → fix: name it <id>.txt, the id made of letters, digits, "_", "." and "-"`,
    );
  }
  const article = await readArticle(args.article);
  const registry = await readRegistry(args.corpus);
  const out = args.out ?? path.join(args.corpus, ANNOTATIONS_DIR, `${id}.yaml`);
  if (!args.force && (await exists(out))) {
    throw new ProposeError(
      `${out}: an annotation already exists → fix: pass --force to replace it, or --out FILE to write the draft elsewhere`,
    );
  }
  const dir = path.dirname(out);
  if (!(await exists(dir))) {
    throw new ProposeError(`${dir}: no such folder → fix: create it, or pass --out FILE`);
  }
  const proposal = proposeAnnotation({ id, ...article }, registry, {
    takenIds: await takenIds(args.corpus, `${id}.yaml`),
  });
  await writeAtomically(out, [proposal.yaml]);
  return { out, proposal };
}

/** Runs the command: prints a summary (stdout) or the one-line error (stderr); the exit code. */
export async function runPropose(argv: readonly string[], log: Log): Promise<number> {
  try {
    const args = parseProposeArgs(argv);
    const { out, proposal } = await proposeFile(args);
    const { events, candidates } = proposal.draft;
    const undated = events.filter((e) => e.date.undated).length;
    const checks = events.reduce((n, e) => n + e.checks.length, 0);
    log.out(
      `wrote ${out}: a draft of ${events.length} events (${undated} undated), ${checks} checks for the editor` +
        (candidates.length > 0 ? `; names not in the registry: ${candidates.join(", ")}` : ""),
    );
    const inCorpus = path.resolve(args.corpus, ARTICLES_DIR, path.basename(args.article));
    if (args.out === undefined && path.resolve(args.article) !== inCorpus) {
      log.out(
        `note: the article is not ${inCorpus}: copy it there before npm run data builds the draft`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof ProposeError) {
      log.err(`propose: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
