/**
 * `npm run eval:stories -- GOLD_DIR [--out DIR] [--misses]`: drafts a story set's articles into a
 * fresh corpus, in dateline order, each proposed against the archive of those before it (as
 * `npm run propose` does for a folder, and as proposing them one by one does), builds the corpus
 * with the pipeline, and prints the stories scorer's table and last line (storiesScore.ts, the
 * port of the team's scorer). GOLD_DIR holds `gold.json` and `articles/<id>.txt`. The corpus is
 * kept in `--out DIR` (a new or empty folder), else written to a temporary folder and removed.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Log } from "../data/buildData.ts";
import { buildData, unitCacheRef } from "../data/buildData.ts";
import { proposeFiles } from "./proposeFile.ts";
import type { ScoredDataset, StoriesGold } from "./storiesScore.ts";
import { scoreStories, storiesReport } from "./storiesScore.ts";

/** The command line, read. */
export type EvalStoriesArgs = { gold: string; out?: string; misses: boolean };

export const USAGE = "usage: npm run eval:stories -- GOLD_DIR [--out DIR] [--misses]";

/** Reads the arguments; throws with the usage line on anything it does not know. */
export function parseEvalStoriesArgs(argv: readonly string[]): EvalStoriesArgs {
  let gold: string | undefined;
  let out: string | undefined;
  let misses = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--misses") misses = true;
    else if (a === "--out") {
      out = argv[++i];
      if (out === undefined || out.startsWith("--"))
        throw new Error(`--out needs a folder\n${USAGE}`);
    } else if (a.startsWith("-")) throw new Error(`unknown option ${a}\n${USAGE}`);
    else if (gold === undefined) gold = a;
    else throw new Error(`one story folder only (got ${gold} and ${a})\n${USAGE}`);
  }
  if (gold === undefined)
    throw new Error(`which story folder (with gold.json and articles/)?\n${USAGE}`);
  return { gold, ...(out === undefined ? {} : { out }), misses };
}

/** YAML's double-quoted form of a title (JSON's string syntax is valid YAML). */
const quoted = (s: string): string => JSON.stringify(s);

/**
 * Drafts, builds and scores the story set; returns the text to print (timing, then the scorer's
 * table, its last line last). Throws with one line on bad input.
 */
export async function evalStories(args: EvalStoriesArgs, log: Log): Promise<string> {
  let gold: StoriesGold;
  const goldFile = path.join(args.gold, "gold.json");
  try {
    gold = JSON.parse(await readFile(goldFile, "utf8")) as StoriesGold;
  } catch (error) {
    throw new Error(
      `${goldFile}: cannot be read (${(error as Error).message}): give the story folder holding gold.json`,
    );
  }
  if (typeof gold !== "object" || !Array.isArray(gold.clusters) || typeof gold.docs !== "object")
    throw new Error(`${goldFile}: not a stories gold (no docs and clusters)`);
  const articlesDir = path.join(args.gold, "articles");
  let names: string[];
  try {
    names = (await readdir(articlesDir)).filter((n) => n.endsWith(".txt")).sort();
  } catch {
    throw new Error(`${articlesDir}: no such folder: the story folder holds articles/<id>.txt`);
  }
  if (names.length === 0) throw new Error(`${articlesDir}: no articles (<id>.txt) in it`);

  let corpus: string;
  if (args.out !== undefined) {
    const inside = await readdir(args.out).catch(() => undefined);
    if (inside !== undefined && inside.length > 0)
      throw new Error(`${args.out}: not empty: give a new or empty folder for the drafted corpus`);
    corpus = args.out;
  } else corpus = await mkdtemp(path.join(tmpdir(), "dateline-stories-"));
  try {
    await mkdir(path.join(corpus, "articles"), { recursive: true });
    await mkdir(path.join(corpus, "annotations"), { recursive: true });
    for (const n of names) await cp(path.join(articlesDir, n), path.join(corpus, "articles", n));
    const title = typeof gold.title === "string" ? gold.title : "Story set";
    await writeFile(path.join(corpus, "corpus.yaml"), `title: ${quoted(title)}\n`);
    await writeFile(path.join(corpus, "actors.yaml"), "[]\n");
    await writeFile(path.join(corpus, "places.yaml"), "[]\n");

    const started = performance.now();
    const cpu = process.cpuUsage();
    const results = await proposeFiles(
      { articles: [path.join(corpus, "articles")], corpus, force: false },
      log,
    );
    const used = process.cpuUsage(cpu);
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = (used.user + used.system) / 1e6;
    const events = results.reduce((n, r) => n + r.proposal.draft.events.length, 0);
    const reports = results.reduce((n, r) => n + r.proposal.draft.reports.length, 0);

    const dataset = path.join(corpus, "ds.json");
    const problems: string[] = [];
    // One whole file: the score reads the whole dataset at once.
    const built = await buildData(
      corpus,
      dataset,
      { out: () => undefined, err: (l) => problems.push(l) },
      { singleFile: true, cache: unitCacheRef() },
    );
    if (built !== 0)
      throw new Error(`the drafted corpus does not build:\n${problems.slice(0, 20).join("\n")}`);
    const scored = scoreStories(gold, JSON.parse(await readFile(dataset, "utf8")) as ScoredDataset);
    const timing =
      `drafted ${results.length} articles in dateline order: ${events} events, ${reports} reports on earlier articles' events, ` +
      `in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s of CPU; ${((events + reports) / Math.max(seconds, 1e-9)).toFixed(0)} proposals a second)` +
      (args.out !== undefined ? `; corpus and dataset in ${corpus}` : "");
    return `${timing}\n${storiesReport(scored, { showMisses: args.misses })}\n`;
  } finally {
    if (args.out === undefined) await rm(corpus, { recursive: true, force: true });
  }
}
