/**
 * `npm run bench [-- --sizes 100,1000,10000,100000 --runs 3 --seed 1]`: Dateline against bare
 * vis-timeline, in headless Chromium, on synthetic corpora of about `size` events (size/10
 * articles). A script, not a test: it prints a markdown table of medians and writes it to
 * .cache/bench/latest.md.
 *
 * For each size it (re)uses .cache/corpora/<articles>-<seed>/ (scripts/genCorpus/), builds the
 * dataset into .cache/bench/data-<size>/ with the real pipeline, copies the production build of the
 * app (built once, .cache/bench/app-dist/) into .cache/bench/dist-<size>/ with that dataset in its
 * data/ folder, and writes the same events for the bare page (bench/bare/, built into
 * .cache/bench/bare/). One in-process static server serves .cache/bench/. App and bare runs
 * alternate in one browser. Every wait is bounded: a bare step unfinished after 60 s counts as 60 s
 * and prints "> 60 s".
 *
 * App steps go through the public contract: the deep-link query (?actors=, ?from=&to=, ?q=,
 * ?event=) applied in place with history.pushState + popstate (what Back does), and the search box
 * when there is one. See scripts/bench/probe.ts for what "ready" and "updated" mean.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { chromium } from "@playwright/test";
import { build as viteBuild } from "vite";
import { CHROMIUM_ARGS, findChromium } from "../../e2e/browser.ts";
import type { BareEvent, BareFilter } from "../../bench/bare/main.ts";
import type { Dataset } from "../../src/model/dataset.ts";
import { eventShape } from "../../src/model/timelinePlan.ts";
import { fitWindow } from "../../src/model/timeWindow.ts";
import type { ProbeOptions, ProbeState } from "../bench/probe.ts";
import { installProbe } from "../bench/probe.ts";
import { serveStatic } from "../http/staticServer.ts";
import type { Sample } from "../bench/stats.ts";
import { formatBytes, formatMs, formatRatio, markdownTable, median } from "../bench/stats.ts";
import { defaultCorpusDir, writeCorpus } from "../genCorpus/writeCorpus.ts";

const ROOT = resolve(import.meta.dirname, "..", "..");
const CACHE = join(ROOT, ".cache", "bench");
/** A bare step (or an app step) unfinished after this long counts as this long. */
const CAP_MS = 60_000;
/** A step has finished when the DOM has been quiet this long after its last change. */
const QUIET_MS = 400;
const SEARCH_TERM = "fisheries";

type Args = { sizes: number[]; runs: number; seed: number; only: "app" | "bare" | undefined };

function parseCli(): Args {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "100,1000,10000,100000" },
      runs: { type: "string", default: "3" },
      seed: { type: "string", default: "1" },
      /** Measure only one side (for debugging); the ratios then print "—". */
      only: { type: "string" },
    },
  });
  const only = values.only;
  if (only !== undefined && only !== "app" && only !== "bare") {
    console.error("bench: --only takes app or bare");
    process.exit(2);
  }
  const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  if (sizes.some((s) => !Number.isInteger(s) || s < 10) || !Number.isInteger(runs) || runs < 1) {
    console.error("bench: --sizes takes event counts ≥ 10 (comma-separated), --runs a count ≥ 1");
    process.exit(2);
  }
  return { sizes, runs, seed, only };
}

const log = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};

// ---------------------------------------------------------------- data

type DatasetFile = Pick<Dataset, "events" | "actors">;
type BuildStats = { seconds: number; peakRssMb: number | null } | "reused";

function corpusFor(articles: number, seed: number): string {
  const dir = join(ROOT, defaultCorpusDir(articles, seed));
  const articlesDir = join(dir, "articles");
  if (existsSync(articlesDir) && readdirSync(articlesDir).length === articles) return dir;
  log(`generating ${articles} articles into ${dir}`);
  writeCorpus(articles, seed, dir);
  return dir;
}

/** Builds the dataset with the real pipeline (peak RSS from /usr/bin/time -v when present). */
function datasetFor(size: number, corpus: string): { dir: string; stats: BuildStats } {
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

function readDataset(dir: string): DatasetFile {
  return JSON.parse(readFileSync(join(dir, "timeline.json"), "utf8")) as DatasetFile;
}

/** The bare page's items: the same events, with what its filters match on. */
function bareItems(dataset: DatasetFile): BareEvent[] {
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
type Plan = {
  size: number;
  events: number;
  /** The initial window in fractional day numbers (src/model/timeWindow.ts), as the app fits it. */
  window: { start: number; end: number };
  actor: string;
  range: { from: string; to: string };
  select: { id: string; title: string };
};

function planFor(size: number, dataset: DatasetFile): Plan {
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

// ---------------------------------------------------------------- builds

function buildApp(): string {
  const out = join(CACHE, "app-dist");
  log("building the app (production)");
  execFileSync(join(ROOT, "node_modules", ".bin", "vite"), ["build", "--logLevel", "warn"], {
    cwd: ROOT,
    env: { ...process.env, DATELINE_DIST: out },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return out;
}

async function buildBare(): Promise<string> {
  const out = join(CACHE, "bare");
  log("building the bare vis-timeline page");
  await viteBuild({
    root: join(ROOT, "bench", "bare"),
    base: "./",
    configFile: false,
    logLevel: "warn",
    build: { outDir: out, emptyOutDir: true, target: "es2022" },
  });
  return out;
}

type AssetSize = { raw: number; gzip: number };
type BundleSizes = {
  initialJs: AssetSize;
  initialCss: AssetSize;
  allJs: AssetSize;
  allCss: AssetSize;
};

/**
 * JS and CSS of the production build, raw and gzip, without the dataset and source maps. Initial:
 * what index.html loads, plus the dataset check's worker, which every load starts at once.
 */
function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? ""),
  );
  for (const name of readdirSync(join(dist, "assets"))) {
    if (/^datasetWorker-.*\.js$/.test(name)) initial.add(`assets/${name}`);
  }
  const zero = (): AssetSize => ({ raw: 0, gzip: 0 });
  const sizes: BundleSizes = {
    initialJs: zero(),
    initialCss: zero(),
    allJs: zero(),
    allCss: zero(),
  };
  const assets = join(dist, "assets");
  for (const name of readdirSync(assets)) {
    const kind = name.endsWith(".js") ? "Js" : name.endsWith(".css") ? "Css" : undefined;
    if (!kind) continue;
    const bytes = readFileSync(join(assets, name));
    const gzip = gzipSync(bytes).length;
    const add = (target: AssetSize): void => {
      target.raw += bytes.length;
      target.gzip += gzip;
    };
    add(sizes[`all${kind}`]);
    if (initial.has(`assets/${name}`)) add(sizes[`initial${kind}`]);
  }
  return sizes;
}

/** Copies the app build for one size, with that size's dataset in data/. */
function distFor(size: number, appDist: string, dataDir: string): string {
  const dist = join(CACHE, `dist-${size}`);
  rmSync(dist, { recursive: true, force: true });
  cpSync(appDist, dist, { recursive: true });
  mkdirSync(join(dist, "data"), { recursive: true });
  cpSync(dataDir, join(dist, "data"), { recursive: true });
  return dist;
}

/** True when the built app sets one of the readiness signals the probe looks for. */
function appExposesReadiness(appDist: string): boolean {
  const assets = join(appDist, "assets");
  return readdirSync(assets)
    .filter((name) => name.endsWith(".js"))
    .some((name) => {
      const js = readFileSync(join(assets, name), "utf8");
      return js.includes("data-timeline-ready") || js.includes("data-ready");
    });
}

// ---------------------------------------------------------------- browser helpers

class Timeout extends Error {}

async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Timeout(`timed out after ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function probeState(page: Page, ms = 5000): Promise<ProbeState> {
  return within(
    page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench),
    ms,
  );
}

/**
 * The probe's state once the page has run its pending timer and observer tasks: right after a long
 * task, a CDP evaluate runs before the heartbeat and the longtask observer have recorded it.
 */
async function settledTasks(page: Page): Promise<ProbeState> {
  try {
    await within(
      page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 500))),
      CAP_MS,
    );
    return await probeState(page, CAP_MS);
  } catch (error) {
    if (!(error instanceof Timeout)) throw error;
    // A page still frozen after a minute: its tasks are unknown, not zero.
    return { ...FROZEN, longtasks: [{ start: 0, duration: CAP_MS }] };
  }
}

const FROZEN: ProbeState = {
  longtasks: [],
  stalls: [],
  readySeenAt: null,
  readyAt: null,
  mutations: 0,
  lastMutationAt: 0,
  lastMutation: "",
  lastPaintAt: 0,
  lastKeyAt: 0,
  detailAt: null,
};

/** A step's duration and its longest main-thread task, or a capped sample when it never settled. */
type StepResult = { time: Sample; longestTask: number | null };

/** The longest main-thread task overlapping [from, to] (ms), from long tasks and heartbeat stalls. */
function longestTask(state: ProbeState, from: number, to: number): number {
  return [...state.longtasks, ...state.stalls]
    .filter((t) => t.start + t.duration > from && t.start < to)
    .reduce((max, t) => Math.max(max, t.duration), 0);
}

/**
 * Waits until the DOM changed after `baseline` mutations and has then been quiet for QUIET_MS;
 * the step took from `start()` (read from the page afterwards) to the frame after its last change.
 */
async function settle(
  page: Page,
  baseline: number,
  start: (state: ProbeState) => number,
  capMs: number,
): Promise<StepResult> {
  const began = Date.now();
  for (;;) {
    const left = capMs - (Date.now() - began);
    if (left <= 0) return { time: { ms: capMs, capped: true }, longestTask: null };
    let state: ProbeState;
    try {
      state = await probeState(page, left);
    } catch (error) {
      if (error instanceof Timeout) return { time: { ms: capMs, capped: true }, longestTask: null };
      throw error;
    }
    const now = await page.evaluate(() => performance.now());
    if (
      state.mutations > baseline &&
      state.lastPaintAt >= state.lastMutationAt &&
      now - state.lastMutationAt >= QUIET_MS
    ) {
      const t0 = start(state);
      if (process.env["DATELINE_BENCH_DEBUG"]) {
        log(
          `  (last change at +${Math.round(state.lastMutationAt - t0)} ms: ${state.lastMutation})`,
        );
      }
      const tasks = await settledTasks(page);
      return {
        time: { ms: state.lastPaintAt - t0, capped: false },
        longestTask: longestTask(tasks, t0, state.lastPaintAt),
      };
    }
    await sleep(50);
  }
}

/** Waits for the DOM to be quiet (no timed step in flight). */
async function quiesce(page: Page, capMs = 30_000): Promise<void> {
  const began = Date.now();
  while (Date.now() - began < capMs) {
    const state = await probeState(page, capMs);
    const now = await page.evaluate(() => performance.now());
    if (now - state.lastMutationAt >= QUIET_MS) return;
    await sleep(50);
  }
}

async function newPage(
  browser: Browser,
  probe: ProbeOptions,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    timezoneId: "UTC",
    // The app animates window changes (vis-timeline's 500 ms glide) unless the reader asks for
    // less motion: measure the work, not the animation.
    reducedMotion: "reduce",
  });
  // As a string: tsx (esbuild keepNames) wraps named functions in __name(), which the page lacks.
  await context.addInitScript({
    content: `globalThis.__name ??= (f) => f; (${installProbe.toString()})(${JSON.stringify(probe)});`,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return { context, page, errors };
}

async function closeQuietly(context: BrowserContext): Promise<boolean> {
  try {
    await within(context.close(), 15_000);
    return true;
  } catch {
    return false;
  }
}

async function heapMb(page: Page): Promise<number | null> {
  try {
    const cdp = await page.context().newCDPSession(page);
    await within(cdp.send("HeapProfiler.collectGarbage"), 20_000);
    await cdp.send("Performance.enable");
    const { metrics } = await within(cdp.send("Performance.getMetrics"), 10_000);
    await cdp.detach();
    const used = metrics.find((m) => m.name === "JSHeapUsedSize")?.value;
    return used === undefined ? null : used / 1_048_576;
  } catch {
    return null;
  }
}

/** Waits for the probe's readiness (ms since navigation start), capped. */
async function waitReady(page: Page, capMs: number): Promise<Sample> {
  const began = Date.now();
  while (Date.now() - began < capMs) {
    try {
      const state = await probeState(page, capMs - (Date.now() - began));
      if (state.readyAt !== null) return { ms: state.readyAt, capped: false };
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
    }
    await sleep(50);
  }
  return { ms: capMs, capped: true };
}

// ---------------------------------------------------------------- runs

type StepName = "load" | "actor" | "range" | "search" | "select" | "deepLink";
type RunResult = {
  steps: Partial<Record<StepName, StepResult>>;
  heapMb: number | null;
  errors: string[];
};

/** Applies a query in place, as Back/Forward would: pushState, then popstate. */
async function applyQuery(page: Page, query: string): Promise<number> {
  const { mutations } = await probeState(page);
  await page.evaluate((q) => {
    setTimeout(() => {
      const probe = (window as unknown as { __bench: ProbeState & { stepAt: number } }).__bench;
      probe.stepAt = performance.now();
      history.pushState(null, "", q === "" ? location.pathname : `?${q}`);
      dispatchEvent(new PopStateEvent("popstate", { state: null }));
    }, 0);
  }, query);
  return mutations;
}

const stepStart = (state: ProbeState): number => (state as ProbeState & { stepAt: number }).stepAt;

async function countLabel(page: Page): Promise<string> {
  const text = await page.evaluate(() => document.body.innerText);
  return /[\d,]+\s+of\s+[\d,]+\s+events?/i.exec(text)?.[0] ?? "(no 'N of M events' label)";
}

async function runApp(
  browser: Browser,
  url: string,
  plan: Plan,
  fallback: boolean,
): Promise<RunResult> {
  const result: RunResult = { steps: {}, heapMb: null, errors: [] };
  const { context, page, errors } = await newPage(browser, {
    fallback,
    detailId: null,
    detailTitle: null,
  });
  try {
    await page.goto(url, { waitUntil: "commit" });
    const load = await waitReady(page, CAP_MS);
    const loadState = await settledTasks(page);
    result.steps.load = { time: load, longestTask: longestTask(loadState, 0, load.ms) };
    if (load.capped) return result;
    await quiesce(page);
    result.heapMb = await heapMb(page);

    const filterStep = async (name: StepName, query: string): Promise<void> => {
      const baseline = await applyQuery(page, query);
      result.steps[name] = await settle(page, baseline, stepStart, 30_000);
      log(`  app ${name}: ${formatMs(result.steps[name].time)} (${await countLabel(page)})`);
      await applyQuery(page, "");
      await quiesce(page);
    };
    await filterStep("actor", `actors=${encodeURIComponent(plan.actor)}`);
    await filterStep("range", `from=${plan.range.from}&to=${plan.range.to}`);

    // Search: the last keystroke of the term in the search box, or ?q= when there is no box.
    const box = page
      .getByRole("searchbox", { name: "Search", exact: true })
      .or(page.getByRole("searchbox"))
      .first();
    if ((await box.count()) > 0) {
      await box.fill(SEARCH_TERM.slice(0, -1));
      await quiesce(page);
      const { mutations } = await probeState(page);
      await box.press(SEARCH_TERM.slice(-1));
      result.steps.search = await settle(page, mutations, (s) => s.lastKeyAt, 30_000);
      log(
        `  app search (keystroke): ${formatMs(result.steps.search.time)} (${await countLabel(page)})`,
      );
      await box.fill("");
      await quiesce(page);
    } else {
      await filterStep("search", `q=${SEARCH_TERM}`);
    }

    const baseline = await applyQuery(page, `event=${encodeURIComponent(plan.select.id)}`);
    result.steps.select = await settle(page, baseline, stepStart, 30_000);
    const shown = await page
      .locator("h1, h2, h3, h4", { hasText: plan.select.title })
      .count()
      .catch(() => 0);
    log(
      `  app select: ${formatMs(result.steps.select.time)}${shown ? "" : " (title heading not found!)"}`,
    );
  } finally {
    result.errors.push(...errors);
    await closeQuietly(context);
  }

  // A cold deep link to one event, until its detail panel is painted.
  const cold = await newPage(browser, {
    fallback,
    detailId: plan.select.id,
    detailTitle: plan.select.title,
  });
  try {
    await cold.page.goto(`${url}?event=${encodeURIComponent(plan.select.id)}`, {
      waitUntil: "commit",
    });
    const began = Date.now();
    let time: Sample = { ms: CAP_MS, capped: true };
    while (Date.now() - began < CAP_MS) {
      const state = await probeState(cold.page, CAP_MS);
      if (state.detailAt !== null) {
        time = { ms: state.detailAt, capped: false };
        break;
      }
      await sleep(50);
    }
    const state = await settledTasks(cold.page);
    result.steps.deepLink = { time, longestTask: longestTask(state, 0, time.ms) };
  } finally {
    result.errors.push(...cold.errors);
    await closeQuietly(cold.context);
  }
  return result;
}

/** The bare page: same window, same filters, applied by clearing and re-adding items. */
async function runBare(
  browser: Browser,
  url: string,
  plan: Plan,
): Promise<RunResult & { broken: boolean }> {
  const result: RunResult & { broken: boolean } = {
    steps: {},
    heapMb: null,
    errors: [],
    broken: false,
  };
  const { context, page, errors } = await newPage(browser, {
    fallback: false,
    detailId: null,
    detailTitle: null,
  });
  const filters: [StepName, BareFilter][] = [
    ["actor", { actor: plan.actor }],
    ["range", { from: plan.range.from, to: plan.range.to }],
    ["search", { q: SEARCH_TERM }],
  ];
  const capAll = (): void => {
    for (const [name] of filters)
      result.steps[name] ??= { time: { ms: CAP_MS, capped: true }, longestTask: null };
  };
  try {
    const query = `?items=items-${plan.size}.json&start=${plan.window.start}&end=${plan.window.end}`;
    await page.goto(`${url}${query}`, { waitUntil: "commit" });
    const load = await waitReady(page, CAP_MS);
    if (load.capped) {
      // It never drew: its filters cannot run either, and count as unfinished.
      result.steps.load = { time: load, longestTask: null };
      capAll();
      return result;
    }
    const loadState = await settledTasks(page);
    result.steps.load = { time: load, longestTask: longestTask(loadState, 0, load.ms) };
    await quiesce(page, CAP_MS);
    result.heapMb = await heapMb(page);
    const apply = async (filter: BareFilter): Promise<number> => {
      const { mutations } = await probeState(page);
      await page.evaluate((f) => {
        setTimeout(() => {
          const probe = (window as unknown as { __bench: ProbeState & { stepAt: number } }).__bench;
          probe.stepAt = performance.now();
          window.__bare?.apply(f);
        }, 0);
      }, filter);
      return mutations;
    };
    for (const [name, filter] of filters) {
      result.steps[name] = await settle(page, await apply(filter), stepStart, CAP_MS);
      log(`  bare ${name}: ${formatMs(result.steps[name].time)}`);
      if (result.steps[name].time.capped) break;
      const reset = await settle(page, await apply({}), stepStart, CAP_MS);
      if (reset.time.capped) break;
      await quiesce(page, CAP_MS);
    }
    capAll();
  } catch (error) {
    if (!(error instanceof Timeout)) throw error;
    capAll();
  } finally {
    result.errors.push(...errors);
    result.broken = !(await closeQuietly(context));
  }
  return result;
}

// ---------------------------------------------------------------- report

type SizeReport = {
  plan: Plan;
  build: BuildStats;
  datasetBytes: number;
  app: RunResult[];
  bare: RunResult[];
};

function stepMedian(runs: RunResult[], step: StepName): Sample | undefined {
  return median(runs.flatMap((r) => (r.steps[step] ? [r.steps[step].time] : [])));
}

function taskMedian(runs: RunResult[], step: StepName): string {
  const tasks = runs.flatMap((r) => {
    const t = r.steps[step]?.longestTask;
    return t === null || t === undefined ? [] : [{ ms: t, capped: false }];
  });
  const m = median(tasks);
  // Long tasks are those of 50 ms or more; none during the step reads as "< 50 ms".
  return m?.ms === 0 ? "< 50 ms" : formatMs(m);
}

function heapMedian(runs: RunResult[]): string {
  const heaps = runs.flatMap((r) => (r.heapMb === null ? [] : [{ ms: r.heapMb, capped: false }]));
  const m = median(heaps);
  return m ? `${m.ms.toFixed(1)} MB` : "—";
}

function report(
  reports: SizeReport[],
  bundle: BundleSizes | undefined,
  machine: string,
  runs: number,
  fallback: boolean,
): string {
  const header = ["", ...reports.map((r) => `${r.plan.events.toLocaleString("en-US")} events`)];
  const row = (label: string, cell: (r: SizeReport) => string): string[] => [
    label,
    ...reports.map(cell),
  ];
  const steps: [StepName, string][] = [
    ["load", "load → interactive"],
    ["actor", "actor filter"],
    ["range", "date-range filter"],
    ["search", "search keystroke"],
  ];
  const rows: string[][] = [
    row("articles", (r) => (r.plan.events > 0 ? String(r.plan.size / 10) : "—")),
    row("dataset JSON", (r) => formatBytes(r.datasetBytes)),
    row("pipeline build", (r) =>
      r.build === "reused"
        ? "(reused)"
        : `${r.build.seconds.toFixed(1)} s${r.build.peakRssMb === null ? "" : `, ${Math.round(r.build.peakRssMb)} MB RSS`}`,
    ),
  ];
  for (const [step, label] of steps) {
    rows.push(row(`${label}: app`, (r) => formatMs(stepMedian(r.app, step))));
    rows.push(row(`${label}: bare`, (r) => formatMs(stepMedian(r.bare, step))));
    rows.push(
      row(`${label}: app/bare`, (r) =>
        formatRatio(stepMedian(r.app, step), stepMedian(r.bare, step)),
      ),
    );
  }
  rows.push(row("select event: app", (r) => formatMs(stepMedian(r.app, "select"))));
  rows.push(row("cold deep link ?event=: app", (r) => formatMs(stepMedian(r.app, "deepLink"))));
  for (const [step, label] of [...steps, ["select", "select event"], ["deepLink", "deep link"]] as [
    StepName,
    string,
  ][]) {
    rows.push(row(`longest task, ${label}: app`, (r) => taskMedian(r.app, step)));
    if (step !== "select" && step !== "deepLink") {
      rows.push(row(`longest task, ${label}: bare`, (r) => taskMedian(r.bare, step)));
    }
  }
  rows.push(row("JS heap after load (after GC): app", (r) => heapMedian(r.app)));
  rows.push(row("JS heap after load (after GC): bare", (r) => heapMedian(r.bare)));
  const errors = reports.flatMap((r) => r.app.flatMap((a) => a.errors));

  const sizeRows = !bundle
    ? []
    : [
        ["initial JS", formatBytes(bundle.initialJs.raw), formatBytes(bundle.initialJs.gzip)],
        ["initial CSS", formatBytes(bundle.initialCss.raw), formatBytes(bundle.initialCss.gzip)],
        [
          "initial JS + CSS",
          formatBytes(bundle.initialJs.raw + bundle.initialCss.raw),
          formatBytes(bundle.initialJs.gzip + bundle.initialCss.gzip),
        ],
        [
          "all JS + CSS (incl. lazy chunks)",
          formatBytes(bundle.allJs.raw + bundle.allCss.raw),
          formatBytes(bundle.allJs.gzip + bundle.allCss.gzip),
        ],
      ];
  return [
    `## Benchmark (${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC)`,
    "",
    `Machine: ${machine}. Medians of ${runs} run(s) per size; app and bare runs alternate in one browser. ` +
      `A step ends at the frame painted after the DOM's last change (then ${QUIET_MS} ms quiet); ` +
      `"> 60 s" = unfinished after 60 s, counted as 60 s. ` +
      "Viewport 1440×900, prefers-reduced-motion (no animated window changes)." +
      (fallback
        ? " Readiness: fallback (first .vis-item drawn; the app exposes no ready signal yet)."
        : ""),
    "",
    markdownTable(header, rows),
    "",
    ...(bundle
      ? [markdownTable(["production bundle (no data, no maps)", "raw", "gzip"], sizeRows)]
      : []),
    ...(errors.length > 0
      ? [
          "",
          `App console/page errors during the runs (${errors.length}), first: ${errors[0] ?? ""}`,
        ]
      : []),
    "",
  ].join("\n");
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const args = parseCli();
  const loadStart = loadavg()[0]?.toFixed(1) ?? "?";
  mkdirSync(CACHE, { recursive: true });
  const appDist = args.only === "bare" ? undefined : buildApp();
  const bundle = appDist === undefined ? undefined : bundleSizes(appDist);
  const fallback = appDist !== undefined && !appExposesReadiness(appDist);
  if (fallback) log("the app exposes no ready signal: falling back to the first .vis-item drawn");
  const bareDir = await buildBare();

  const prepared: { plan: Plan; build: BuildStats; datasetBytes: number; appPath: string }[] = [];
  for (const size of args.sizes) {
    const corpus = corpusFor(Math.max(1, Math.round(size / 10)), args.seed);
    const { dir, stats } = datasetFor(size, corpus);
    const dataset = readDataset(dir);
    writeFileSync(join(bareDir, `items-${size}.json`), JSON.stringify(bareItems(dataset)));
    if (appDist !== undefined) distFor(size, appDist, dir);
    prepared.push({
      plan: planFor(size, dataset),
      build: stats,
      datasetBytes: statSync(join(dir, "timeline.json")).size,
      appPath: `dist-${size}/`,
    });
  }

  const server = await serveStatic(CACHE);
  const executablePath = findChromium();
  const launch = (): Promise<Browser> =>
    chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  let browser = await launch();
  const machine = `${availableParallelism()} CPUs (nproc), ${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Chromium ${browser.version()}, Node ${process.version}`;
  const reports: SizeReport[] = [];
  try {
    for (const p of prepared) {
      const r: SizeReport = {
        plan: p.plan,
        build: p.build,
        datasetBytes: p.datasetBytes,
        app: [],
        bare: [],
      };
      reports.push(r);
      for (let run = 0; run < args.runs; run++) {
        log(`${p.plan.events} events, run ${run + 1}/${args.runs}`);
        // Alternate which goes first, so neither always gets the warmer browser.
        const order = run % 2 === 0 ? ["app", "bare"] : ["bare", "app"];
        for (const which of order.filter((side) => args.only === undefined || side === args.only)) {
          if (which === "app") {
            r.app.push(await runApp(browser, `${server.url}${p.appPath}`, p.plan, fallback));
            log(`  app load: ${formatMs(r.app.at(-1)?.steps.load?.time)}`);
          } else {
            const bare = await runBare(browser, `${server.url}bare/index.html`, p.plan);
            r.bare.push(bare);
            log(`  bare load: ${formatMs(bare.steps.load?.time)}`);
            if (bare.broken) {
              log("  a frozen bare page would not close: restarting the browser");
              await browser.close().catch(() => undefined);
              browser = await launch();
            }
          }
        }
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
  // Other work on the machine skews every figure: say how busy it was.
  const load = `load average ${loadStart} at start, ${loadavg()[0]?.toFixed(1) ?? "?"} at end`;
  const markdown = report(reports, bundle, `${machine}, ${load}`, args.runs, fallback);
  writeFileSync(join(CACHE, "latest.md"), markdown);
  process.stdout.write(markdown);
}

main().catch((error: unknown) => {
  console.error(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
