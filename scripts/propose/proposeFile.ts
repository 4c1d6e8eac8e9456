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
import { addDraftToArchive, proposeAnnotation, registryFromMeta } from "../../src/propose/index.ts";
import type { Log } from "../data/buildData.ts";
import { sha256, writeAtomically } from "../data/buildData.ts";
import { corpusArchive } from "./corpusArchive.ts";

/** What the command line asks for: article files and folders of them, in the order given. */
export type ProposeArgs = { articles: string[]; corpus: string; out?: string; force: boolean };

const USAGE =
  "usage: npm run propose -- ARTICLE.txt... | FOLDER [--corpus DIR] [--out FILE|DIR] [--force]";

/** Bad input: one line for the user, exit code 1. */
export class ProposeError extends Error {}

/** Parses the arguments; throws a ProposeError with the usage line on anything unexpected. */
export function parseProposeArgs(argv: readonly string[]): ProposeArgs {
  const articles: string[] = [];
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
    } else if (arg.startsWith("--")) {
      throw new ProposeError(`unexpected "${arg}" (${USAGE})`);
    } else articles.push(arg);
  }
  if (articles.length === 0) throw new ProposeError(`no article given (${USAGE})`);
  return { articles, corpus, ...(out === undefined ? {} : { out }), force };
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
async function takenIds(corpus: string, except: ReadonlySet<string>): Promise<Set<string>> {
  const dir = path.join(corpus, ANNOTATIONS_DIR);
  const taken = new Set<string>();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return taken;
  }
  for (const name of names) {
    if (!name.endsWith(".yaml") || except.has(name.replace(/\.yaml$/, ""))) continue;
    const text = await readFile(path.join(dir, name), "utf8");
    for (const m of text.matchAll(EVENT_ID)) if (m[1] !== undefined) taken.add(m[1]);
  }
  return taken;
}

/** An article to draft: its id, where it is, and its text as the pipeline reads it. */
type Input = {
  id: string;
  file: string;
  article: { dateline: string; text: string; paragraphs: { start: number; end: number }[] };
};

/** The article files named by the arguments: files as given, folders as their `*.txt` files. */
async function articleFiles(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = (await stat(arg)).isDirectory();
    } catch {
      // a missing file is reported when it is read
    }
    if (!isDir) {
      files.push(arg);
      continue;
    }
    const inside = (await readdir(arg)).filter((n) => n.endsWith(".txt")).sort();
    if (inside.length === 0) {
      throw new ProposeError(
        `${arg}: a folder without articles → fix: give a folder of <id>.txt files`,
      );
    }
    files.push(...inside.map((n) => path.join(arg, n)));
  }
  return files;
}

/** Reads every article, in dateline order (then by id), or throws the first problem. */
async function readInputs(files: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const id = path.basename(file).replace(/\.txt$/, "");
    if (!file.endsWith(".txt") || !SOURCE_ID_PATTERN.test(id)) {
      throw new ProposeError(
        `${file}: not an article file name → fix: name it <id>.txt, the id made of letters, digits, "_", "." and "-"`,
      );
    }
    const other = seen.get(id);
    if (other !== undefined) {
      throw new ProposeError(
        `${file}: the same article id as ${other} → fix: give each article once`,
      );
    }
    seen.set(id, file);
    inputs.push({ id, file, article: await readArticle(file) });
  }
  return inputs.sort((a, b) =>
    a.article.dateline < b.article.dateline
      ? -1
      : a.article.dateline > b.article.dateline
        ? 1
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
  );
}

/** What was proposed and written, for the summary line. */
export type ProposeResult = { file: string; out: string; proposal: Proposal };

/**
 * Proposes the annotation of each article of `args.articles` (files, or folders of them) in
 * dateline order, each matched against the corpus's events and the drafts before it, and writes
 * each draft (atomically) to `--out` (a file for one article, a folder for several) or to
 * `<corpus>/annotations/<id>.yaml`. Every article and target is checked first: a ProposeError
 * (one line) on bad input, before anything is written.
 */
export async function proposeFiles(
  args: ProposeArgs,
  log: Log = { out: () => undefined, err: () => undefined },
): Promise<ProposeResult[]> {
  const inputs = await readInputs(await articleFiles(args.articles));
  const registry = await readRegistry(args.corpus);
  let outDir: string | undefined;
  if (args.out !== undefined && inputs.length > 1) {
    const isDir = await stat(args.out).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) {
      throw new ProposeError(
        `${args.out}: not a folder → fix: with several articles, --out names an existing folder for their drafts`,
      );
    }
    outDir = args.out;
  }
  const targets = inputs.map((input) =>
    outDir !== undefined
      ? path.join(outDir, `${input.id}.yaml`)
      : (args.out ?? path.join(args.corpus, ANNOTATIONS_DIR, `${input.id}.yaml`)),
  );
  for (const out of targets) {
    if (!args.force && (await exists(out))) {
      throw new ProposeError(
        `${out}: an annotation already exists → fix: pass --force to replace it, or --out FILE to write the draft elsewhere`,
      );
    }
    const dir = path.dirname(out);
    if (!(await exists(dir))) {
      throw new ProposeError(`${dir}: no such folder → fix: create it, or pass --out FILE`);
    }
  }
  const drafting = new Set(inputs.map((i) => i.id));
  const { archive, problem } = await corpusArchive(args.corpus, drafting);
  if (problem !== undefined) {
    log.err(
      `propose: warning: the corpus's annotations do not build (${problem}): the drafts are not matched against its events; run npm run data`,
    );
  }
  const taken = await takenIds(args.corpus, drafting);
  const results: ProposeResult[] = [];
  for (const [i, input] of inputs.entries()) {
    const out = targets[i] ?? "";
    const proposal = proposeAnnotation({ id: input.id, ...input.article }, registry, {
      takenIds: taken,
      archive,
    });
    await writeAtomically(out, [proposal.yaml]);
    addDraftToArchive(archive, proposal.draft);
    for (const e of proposal.draft.events) taken.add(e.id);
    results.push({ file: input.file, out, proposal });
  }
  return results;
}

/** Runs the command: prints a summary (stdout) or the one-line error (stderr); the exit code. */
export async function runPropose(argv: readonly string[], log: Log): Promise<number> {
  try {
    const args = parseProposeArgs(argv);
    const results = await proposeFiles(args, log);
    for (const { out, proposal } of results) {
      const { events, reports, candidates } = proposal.draft;
      const undated = events.filter((e) => e.date.undated).length;
      const checks =
        events.reduce((n, e) => n + e.checks.length, 0) +
        reports.reduce((n, r) => n + r.checks.length, 0);
      log.out(
        `wrote ${out}: a draft of ${events.length} events (${undated} undated)` +
          (reports.length > 0
            ? `, ${reports.length} report${reports.length === 1 ? "" : "s"} on events of other articles`
            : "") +
          `, ${checks} checks for the editor` +
          (candidates.length > 0 ? `; names not in the registry: ${candidates.join(", ")}` : ""),
      );
    }
    if (args.out === undefined) {
      for (const { file } of results) {
        const inCorpus = path.resolve(args.corpus, ARTICLES_DIR, path.basename(file));
        if (path.resolve(file) !== inCorpus) {
          log.out(
            `note: the article is not ${inCorpus}: copy it there before npm run data builds the draft`,
          );
        }
      }
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
