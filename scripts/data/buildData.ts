/**
 * The I/O side of the data pipeline, shared by `npm run data` (scripts/cli/build-data.ts) and `npm start` /
 * `npm run build` (scripts/cli/ensure-data.ts): list and read the corpus folder, hash it, run the pure
 * pipeline (src/pipeline), print problems or write the dataset atomically. Decisions about the data
 * live in src/pipeline; this file does files, hashes, threads, progress and exit codes.
 *
 * Scale: articles compile independently (compileArticle), so a large corpus is compiled by worker
 * threads, each reading, hashing and compiling batches of articles; the main thread only holds the
 * compiled units (text + citations, never the raw bytes), joins them, and streams the JSON out.
 * Each article's unit is kept in the build cache (scripts/cache/), keyed by the article's and
 * its annotation's bytes and by the compiler's code: a rebuild after one article changed compiles
 * that article alone and reads the others' units back.
 */
import { createHash } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { datasetJsonSchema, SCHEMA_VERSION } from "../../src/model/dataset.ts";
import type { ArticleUnit, CorpusFile } from "../../src/pipeline/compileArticle.ts";
import { compileArticle } from "../../src/pipeline/compileArticle.ts";
import { corpusManifest, layoutCorpus, readCorpusMeta } from "../../src/pipeline/corpusLayout.ts";
import { joinUnits } from "../../src/pipeline/joinUnits.ts";
import { serializeDatasetChunks } from "../../src/pipeline/serializeDataset.ts";
import { formatProblem } from "../../src/pipeline/problems.ts";
import { batchesFor, poolThreads, runInWorkers } from "../workers/runInWorkers.ts";
import type { BuildCache } from "../cache/buildCache.ts";
import { cacheRoot, openBuildCache } from "../cache/buildCache.ts";
import { codeFingerprint } from "../cache/codeDigest.ts";

/** Defaults, relative to the working directory. */
const DEFAULT_CORPUS = "corpus";
const DEFAULT_OUT = "public/data/timeline.json";
/** The JSON Schema is written next to the dataset under this name. */
const SCHEMA_FILE_NAME = "timeline.schema.json";

/** Files read at once per thread: keeps the disk busy while bounding open handles and memory. */
const READ_CONCURRENCY = 32;
/** Progress lines are printed every this many articles, for corpora at least this big. */
const PROGRESS_EVERY = 500;
/**
 * From this many articles on, worker threads compile them (below, starting threads costs more).
 * DATELINE_WORKERS_FROM overrides it (the tests use it to run the threaded path on a small corpus).
 */
const WORKER_THRESHOLD = Number(process.env.DATELINE_WORKERS_FROM ?? 1000);
/** At most this many articles per message to a worker: balances load, amortises messages. */
const MAX_BATCH = 100;

/** Where messages go; tests pass their own. */
export type Log = { out: (line: string) => void; err: (line: string) => void };
const consoleLog: Log = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** `--corpus DIR --out FILE` (either may be omitted); throws a usage message on anything else. */
export function parseArgs(argv: readonly string[]): { corpus: string; out: string } {
  let corpus = DEFAULT_CORPUS;
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if ((arg === "--corpus" || arg === "--out") && value !== undefined && !value.startsWith("--")) {
      if (arg === "--corpus") corpus = value;
      else out = value;
      i++;
    } else {
      throw new Error(
        `usage: npm run data [-- --corpus DIR] [--out FILE]  (unexpected "${arg ?? ""}")`,
      );
    }
  }
  return { corpus, out };
}

/** sha256 of bytes, lower-case hex. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Every regular file under `dir` (recursively, following symlinks), as sorted "/"-separated relative paths. */
async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries) {
    const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const s = await stat(path.join(dir, rel));
      isDir = s.isDirectory();
      isFile = s.isFile();
    }
    if (isDir) out.push(...(await listFiles(dir, rel)));
    else if (isFile) out.push(rel);
  }
  return prefix === "" ? out.sort() : out;
}

/** Maps `items` through `fn` with at most `limit` in flight, keeping order. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function readCorpusFile(dir: string, rel: string): Promise<CorpusFile> {
  const bytes = new Uint8Array(await readFile(path.join(dir, rel)));
  return { path: rel, bytes, sha256: sha256(bytes) };
}

/** Reads and hashes every file of the corpus folder; returns them with the corpus digest. */
export async function readCorpus(dir: string): Promise<{ files: CorpusFile[]; digest: string }> {
  const files = await mapLimited(await listFiles(dir), READ_CONCURRENCY, (rel) =>
    readCorpusFile(dir, rel),
  );
  return { files, digest: sha256(corpusManifest(files)) };
}

/** The corpus digest alone: every file read, hashed and dropped. */
export async function corpusDigest(dir: string): Promise<string> {
  const hashes = await mapLimited(await listFiles(dir), READ_CONCURRENCY, async (rel) => ({
    path: rel,
    sha256: sha256(await readFile(path.join(dir, rel))),
  }));
  return sha256(corpusManifest(hashes));
}

/** One article to compile: its id and the paths of its article and annotation files. */
export type CompileJob = { id: string; article?: string; annotation?: string };
/** Compiled articles, the hashes of the files read for them, and how many came from the cache. */
export type CompileResult = {
  units: ArticleUnit[];
  hashes: { path: string; sha256: string }[];
  reused: number;
};

/**
 * Where compiled units are cached, and the fingerprint of the code that compiles them; a worker
 * opens the same cache from these. Undefined: no cache (every article is compiled).
 */
export type UnitCacheRef = { dir: string; generator: string } | undefined;

/** The compiled units' cache: a unit is 10–20 KB (the article's text is in it). */
const UNIT_CACHE_MAX_BYTES = 1024 * 1024 * 1024;

/** The unit cache of this build: under `root` (default: the project's build cache). */
export function unitCacheRef(root = cacheRoot()): UnitCacheRef {
  if (root === "off") return undefined;
  return {
    dir: path.join(root, "units"),
    // The compiler and everything it imports; SCHEMA_VERSION is among them (src/model/dataset.ts).
    generator: codeFingerprint([new URL("../../src/pipeline/compileArticle.ts", import.meta.url)]),
  };
}

function openUnitCache(ref: UnitCacheRef): BuildCache | undefined {
  return ref && openBuildCache({ ...ref, ext: ".json", maxBytes: UNIT_CACHE_MAX_BYTES });
}

/**
 * Reads, hashes and compiles `jobs` in this thread (also what each worker thread runs). An
 * article whose two files hash as before takes its unit from the cache instead.
 */
export async function compileJobs(
  corpus: string,
  jobs: readonly CompileJob[],
  cacheRef?: UnitCacheRef,
): Promise<CompileResult> {
  const hashes: { path: string; sha256: string }[] = [];
  const cache = openUnitCache(cacheRef);
  let reused = 0;
  const units = await mapLimited(jobs, READ_CONCURRENCY / 2, async (job) => {
    const read = (rel: string | undefined): Promise<CorpusFile | undefined> =>
      rel === undefined ? Promise.resolve(undefined) : readCorpusFile(corpus, rel);
    const [article, annotation] = await Promise.all([read(job.article), read(job.annotation)]);
    for (const f of [article, annotation]) if (f) hashes.push({ path: f.path, sha256: f.sha256 });
    if (!cache) return compileArticle(job.id, article, annotation);
    // The unit depends on the id and on each file's path and bytes, nothing else.
    const key = cache.key(
      job.id,
      article ? `${article.path}\n${article.sha256}` : "",
      annotation ? `${annotation.path}\n${annotation.sha256}` : "",
    );
    const hit = cache.get(key);
    if (hit) {
      reused++;
      return JSON.parse(hit.toString("utf8")) as ArticleUnit;
    }
    const unit = compileArticle(job.id, article, annotation);
    cache.put(key, JSON.stringify(unit));
    return unit;
  });
  return { units, hashes, reused };
}

/** A batch of jobs for a worker thread (compileWorker.ts). */
export type CompileBatch = { corpus: string; jobs: CompileJob[]; cache: UnitCacheRef };

/**
 * Compiles every job, on worker threads when there are many; calls `progress` with the number
 * done. The units come back in job order whatever the threads' timing, so output is deterministic.
 */
async function compileAll(
  corpus: string,
  jobs: readonly CompileJob[],
  cache: UnitCacheRef,
  progress: (done: number) => void,
  log: Log,
): Promise<CompileResult> {
  if (jobs.length < WORKER_THRESHOLD) {
    const result = await compileJobs(corpus, jobs, cache);
    progress(jobs.length);
    return result;
  }
  const threads = poolThreads(2);
  log.err(`compiling ${jobs.length} articles on ${threads} worker threads`);
  let done = 0;
  const results = await runInWorkers<CompileResult>(
    new URL("./compileWorker.ts", import.meta.url),
    batchesFor(jobs, threads, MAX_BATCH).map((batch): CompileBatch => ({
      corpus,
      jobs: batch,
      cache,
    })),
    {
      threads,
      onResult: (result) => {
        done += result.units.length;
        progress(done);
      },
    },
  );
  return {
    units: results.flatMap((r) => r.units),
    hashes: results.flatMap((r) => r.hashes),
    reused: results.reduce((sum, r) => sum + r.reused, 0),
  };
}

/** Writes `chunks` to `file` through a temporary file in the same folder and a rename (atomic on POSIX). */
export async function writeAtomically(file: string, chunks: Iterable<string>): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const handle = await open(temp, "w");
  try {
    let buffer: string[] = [];
    let size = 0;
    for (const chunk of chunks) {
      buffer.push(chunk);
      size += chunk.length;
      if (size >= 1 << 20) {
        await handle.write(buffer.join(""));
        buffer = [];
        size = 0;
      }
    }
    await handle.write(buffer.join(""));
    await handle.close();
    await rename(temp, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}

/** Options of a dataset build. */
export type BuildDataOptions = {
  /** Where compiled units are cached (default: the project's build cache; undefined: none). */
  cache?: UnitCacheRef;
};

/** How a build went: its exit code, and how many articles were compiled or taken from the cache. */
export type BuildDataOutcome = { code: number; compiled: number; reused: number };

/**
 * Builds the dataset from `corpus` into `out` (and the JSON Schema beside it). On problems, prints
 * them all to stderr, writes nothing and returns 1; on success returns 0. Bad input never throws;
 * an unreadable corpus folder is reported in one line and returns 1.
 */
export async function buildData(
  corpus: string,
  out: string,
  log: Log = consoleLog,
  options: BuildDataOptions = { cache: unitCacheRef() },
): Promise<number> {
  return (await buildDataOutcome(corpus, out, log, options)).code;
}

/** buildData, telling also how many articles it compiled and how many it reused. */
export async function buildDataOutcome(
  corpus: string,
  out: string,
  log: Log = consoleLog,
  options: BuildDataOptions = { cache: unitCacheRef() },
): Promise<BuildDataOutcome> {
  const started = performance.now();
  // Opened now, so that its prune spares every unit this build uses, in any thread.
  const unitCache = openUnitCache(options.cache);
  let paths: string[];
  try {
    paths = await listFiles(corpus);
  } catch (error) {
    log.err(`cannot read the corpus folder ${corpus}: ${(error as Error).message}`);
    return { code: 1, compiled: 0, reused: 0 };
  }
  const layout = layoutCorpus(paths);
  const perArticle = new Set([...layout.articles.values(), ...layout.annotations.values()]);
  // Everything that is not an article or annotation file is read here (meta files, and any other
  // file, which counts in the digest though the build ignores it).
  const others = await mapLimited(
    paths.filter((p) => !perArticle.has(p)),
    READ_CONCURRENCY,
    (rel) => readCorpusFile(corpus, rel),
  );
  const meta = readCorpusMeta(new Map(others.map((f) => [f.path, f])));
  const jobs = layout.ids.map((id) => {
    const article = layout.articles.get(id);
    const annotation = layout.annotations.get(id);
    return {
      id,
      ...(article === undefined ? {} : { article }),
      ...(annotation === undefined ? {} : { annotation }),
    };
  });
  let reported = 0;
  const compiled = await compileAll(
    corpus,
    jobs,
    options.cache,
    (done) => {
      if (jobs.length < PROGRESS_EVERY) return;
      while (done - reported >= PROGRESS_EVERY || (done === jobs.length && reported < done)) {
        reported = Math.min(done, reported + PROGRESS_EVERY);
        log.err(`articles ${reported}/${jobs.length}`);
      }
    },
    log,
  );
  const counts = { compiled: jobs.length - compiled.reused, reused: compiled.reused };
  if (options.cache && jobs.length >= PROGRESS_EVERY) {
    log.err(
      `articles: ${String(counts.compiled)} compiled, ${String(counts.reused)} from the build cache`,
    );
  }
  unitCache?.prune();
  const digest = sha256(corpusManifest([...others, ...compiled.hashes]));
  const result = joinUnits(meta, compiled.units, digest, layout.problems);
  if (!result.ok) {
    for (const problem of result.problems) log.err(formatProblem(problem, corpus));
    const n = result.problems.length;
    log.err(
      `${n} problem${n === 1 ? "" : "s"} in ${corpus}: nothing written (${out} is unchanged)`,
    );
    return { code: 1, ...counts };
  }
  await mkdir(path.dirname(out), { recursive: true });
  await writeAtomically(path.join(path.dirname(out), SCHEMA_FILE_NAME), [
    `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`,
  ]);
  await writeAtomically(out, serializeDatasetChunks(result.dataset));
  const { events, sources, actors } = result.dataset;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const seconds = (performance.now() - started) / 1000;
  log.out(
    `${plural(events.length, "event")}, ${plural(sources.length, "article")}, ${plural(actors.length, "actor")} → ${out}` +
      (seconds >= 2 ? ` (${seconds.toFixed(1)} s)` : ""),
  );
  return { code: 0, ...counts };
}

/**
 * Rebuilds `out` only when it is missing, unreadable, of another schemaVersion, or its corpusDigest
 * differs from the corpus's (or the schema file is missing); else prints "dataset up to date".
 */
export async function ensureData(
  corpus: string,
  out: string,
  log: Log = consoleLog,
): Promise<number> {
  let digest: string;
  try {
    digest = await corpusDigest(corpus);
  } catch (error) {
    log.err(`cannot read the corpus folder ${corpus}: ${(error as Error).message}`);
    return 1;
  }
  let reason: string | undefined;
  try {
    const existing = JSON.parse(await readFile(out, "utf8")) as {
      schemaVersion?: unknown;
      corpusDigest?: unknown;
    };
    await stat(path.join(path.dirname(out), SCHEMA_FILE_NAME));
    if (existing.schemaVersion !== SCHEMA_VERSION)
      reason = "it was built for another schemaVersion";
    else if (existing.corpusDigest !== digest) reason = "the corpus has changed";
  } catch {
    reason = "it is missing or unreadable";
  }
  if (reason === undefined) {
    log.out(`dataset up to date (${out})`);
    return 0;
  }
  log.err(`rebuilding ${out}: ${reason}`);
  return buildData(corpus, out, log);
}
