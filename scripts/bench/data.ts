/**
 * The benchmark's data: a synthetic corpus per size (scripts/genCorpus/), its dataset built by the
 * real pipeline (reused while newer than corpus and pipeline), the same events for the bare page,
 * and what each run does at that size.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { BareEvent } from "../../bench/bare/main.ts";
import type { Dataset } from "../../src/model/dataset.ts";
import { eventShape } from "../../src/model/timelinePlan.ts";
import { fitWindow } from "../../src/model/timeWindow.ts";
import { defaultCorpusDir, writeCorpus } from "../genCorpus/writeCorpus.ts";
import { CACHE, log, ROOT } from "./settings.ts";

export type DatasetFile = Pick<Dataset, "events" | "actors">;
export type BuildStats = { seconds: number; peakRssMb: number | null } | "reused";

export function corpusFor(articles: number, seed: number): string {
  const dir = join(ROOT, defaultCorpusDir(articles, seed));
  const articlesDir = join(dir, "articles");
  // Reused while it has every article and is newer than the generator that writes it.
  const generator = sourceFiles(join(ROOT, "scripts", "genCorpus"));
  const newest = Math.max(...generator.map((path) => statSync(path).mtimeMs));
  const marker = join(dir, "corpus.yaml");
  if (
    existsSync(articlesDir) &&
    readdirSync(articlesDir).length === articles &&
    existsSync(marker) &&
    statSync(marker).mtimeMs > newest
  ) {
    return dir;
  }
  log(`generating ${articles} articles into ${dir}`);
  writeCorpus(articles, seed, dir);
  return dir;
}

/** Builds the dataset with the real pipeline (peak RSS from /usr/bin/time -v when present). */
export function datasetFor(size: number, corpus: string): { dir: string; stats: BuildStats } {
  const dir = join(CACHE, `data-${size}`);
  const file = join(dir, "timeline.json");
  // Reused while newer than both the corpus and the pipeline that writes it.
  const inputs = [join(corpus, "articles"), ...sourceFiles(join(ROOT, "src", "pipeline"))];
  const newest = Math.max(...inputs.map((path) => statSync(path).mtimeMs));
  if (existsSync(file) && statSync(file).mtimeMs > newest) {
    return { dir, stats: "reused" };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  const command = [
    tsx,
    join(ROOT, "scripts", "cli", "build-data.ts"),
    "--corpus",
    corpus,
    "--out",
    file,
  ];
  const timed = existsSync("/usr/bin/time");
  log(`building the dataset for ${size} events`);
  const started = performance.now();
  const result = timed
    ? spawnSync("/usr/bin/time", ["-v", ...command], { cwd: ROOT, encoding: "utf8" })
    : spawnSync(command[0] as string, command.slice(1), { cwd: ROOT, encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`the pipeline failed on ${corpus}:\n${result.stderr.slice(-3000)}`);
  }
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  return { dir, stats: { seconds, peakRssMb: rss ? Number(rss[1]) / 1024 : null } };
}

/** The pipeline's source files (not its tests). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .map((name) => join(dir, name));
}

export function readDataset(dir: string): DatasetFile {
  return JSON.parse(readFileSync(join(dir, "timeline.json"), "utf8")) as DatasetFile;
}

/** The bare page's items: the same events, with what its filters match on. */
export function bareItems(dataset: DatasetFile): BareEvent[] {
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  return dataset.events.map((e) => ({
    id: e.id,
    title: e.title,
    earliest: e.date.earliest,
    latest: e.date.latest,
    actors: e.actors,
    text: [e.title, e.summary, ...e.actors.map((a) => names.get(a) ?? a)].join(" ").toLowerCase(),
  }));
}

/** What each run does at this size: the same parameters for the app and the bare page. */
export type Plan = {
  size: number;
  events: number;
  /** The initial window in fractional day numbers (src/model/timeWindow.ts), as the app fits it. */
  window: { start: number; end: number };
  actor: string;
  range: { from: string; to: string };
  select: { id: string; title: string };
};

export function planFor(size: number, dataset: DatasetFile): Plan {
  const days = dataset.events
    .flatMap((e) => [e.date.earliest, e.date.latest])
    .filter((d): d is string => d !== null);
  days.sort();
  const first = days[0] ?? "2000-01-01";
  const last = days.at(-1) ?? "2000-01-01";
  // The app's own initial window: every event's drawn extent, fitted with the app's margin.
  const window = fitWindow(dataset.events.map((e) => eventShape(e).extent));
  if (!window) throw new Error(`the dataset for ${size} has no events`);
  const counts = new Map<string, number>();
  for (const e of dataset.events) for (const a of e.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const actor =
    [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
  const middle = days[Math.floor(days.length / 2)] ?? first;
  const selected = dataset.events[Math.floor(dataset.events.length / 2)];
  if (!selected) throw new Error(`the dataset for ${size} has no events`);
  return {
    size,
    events: dataset.events.length,
    window,
    actor,
    // The later half of the archive: a big, realistic swap for a bare page.
    range: { from: `${middle.slice(0, 4)}-01-01`, to: `${last.slice(0, 4)}-12-31` },
    select: { id: selected.id, title: selected.title },
  };
}
