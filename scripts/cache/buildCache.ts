/**
 * The build cache: an output whose inputs hash the same as last time is reused, not made again.
 * One small store, used by the dataset build (each article's compiled unit), the share pages'
 * cards (their layout and their PNGs) and the precompressed files; its API is documented in
 * docs/performance.md ("The build cache").
 *
 * - Keyed by content, never by modification times: a key is the sha256 of the generator's
 *   fingerprint and of the inputs' bytes (`cache.key(...)`). The fingerprint names the code that
 *   makes the output (codeFingerprint in codeDigest.ts hashes a module and everything it
 *   imports), so a change to that code makes every key new, and the old entries are never read
 *   again; pruning removes them.
 * - Safe against partial writes: an entry is written to a temporary file beside it and renamed
 *   over (atomic on POSIX), so a reader sees a whole entry or none; a writer killed half-way leaves
 *   only a temporary file, which is never read and is swept by the next prune.
 * - Bounded, least recently used first: every lookup or write marks its entry used (its mtime);
 *   `prune()` deletes the entries used longest ago until the store is within `maxBytes` and
 *   `maxEntries`, but never one used since the cache was opened (by this process or any other,
 *   such as its worker threads): the outputs of the build that is running always stay, so the
 *   next build finds them. The bound is therefore the larger of the limits and one build's
 *   outputs.
 *
 * Synchronous on purpose: its callers look entries up one output at a time in loops that are
 * themselves synchronous, and an entry is a small file (a read or write is a few syscalls).
 */
import { randomBytes, createHash } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";

/**
 * DATELINE_BUILD_CACHE: the folder of the build's caches (default `.cache/build/` in the
 * project), or `off` to make every output anew (how a cold build is measured).
 */
export const CACHE_ENV = "DATELINE_BUILD_CACHE";

/** The project folder (this file is scripts/cache/buildCache.ts). */
const PROJECT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The folder holding the build's caches, one store per output kind: DATELINE_BUILD_CACHE, else
 * `.cache/build/` under `project` (default: this project); `"off"` when disabled.
 */
export function cacheRoot(project = PROJECT): string {
  const given = process.env[CACHE_ENV];
  if (given === "off") return "off";
  if (given !== undefined && given !== "") return resolve(given);
  return join(project, ".cache", "build");
}

/** How a cache is opened. */
export type BuildCacheOptions = {
  /** The folder of the store (made when first written). */
  dir: string;
  /**
   * The generator's fingerprint: what names the code (and its data, such as fonts) that makes the
   * outputs. Part of every key, so outputs of other code are never taken for this code's.
   */
  generator: string;
  /** The entries' file extension (".png", ".json"…), so the store can be looked at. */
  ext?: string;
  /** The bound on the store's size in bytes (default: none). */
  maxBytes?: number;
  /** The bound on its number of entries (default: none). */
  maxEntries?: number;
};

/** What a cache did since it was opened: lookups that found an entry, that did not, and writes. */
export type BuildCacheStats = { hits: number; misses: number; written: number };

/** What a prune did. */
export type PruneResult = {
  /** Entries deleted (least recently used first). */
  evicted: number;
  /** Entries left, and their bytes. */
  entries: number;
  bytes: number;
};

/** A content-keyed store of build outputs (see the module's comment). */
export type BuildCache = {
  readonly dir: string;
  /** The key of an output: sha256 (hex) of the generator's fingerprint and each input in order. */
  key(...inputs: readonly (string | Uint8Array)[]): string;
  /** The entry's bytes, or undefined when there is none (a miss). Marks it used. */
  get(key: string): Buffer | undefined;
  /** Whether the entry exists (a hit or a miss, as get counts it). Marks it used. */
  has(key: string): boolean;
  /** Stores `bytes` as the entry of `key`, atomically. Marks it used. */
  put(key: string, bytes: Uint8Array | string): void;
  /** The entry's bytes when there is one, else `make()`'s, stored first. */
  getOrMake(key: string, make: () => Uint8Array | string): Buffer;
  /** The entry's file (whether it exists or not): for callers that copy it into an output. */
  file(key: string): string;
  stats(): BuildCacheStats;
  /**
   * Deletes least recently used entries until within the bounds, sparing those used since the
   * cache was opened (see the module's comment).
   */
  prune(): PruneResult;
};

/** A key is lower-case hex, so it is always a safe file name. */
const KEY = /^[0-9a-f]{16,128}$/;
/** A temporary file older than this belongs to a writer that died: prune deletes it. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** Opens (without touching the disk) the cache in `options.dir`. */
export function openBuildCache(options: BuildCacheOptions): BuildCache {
  const { dir, generator } = options;
  const ext = options.ext ?? "";
  const used = new Set<string>();
  // Entries used since then (their mtime is that of their last use) belong to this build.
  const openedAt = Date.now();
  const stats: BuildCacheStats = { hits: 0, misses: 0, written: 0 };
  let made = false;

  const file = (key: string): string => {
    if (!KEY.test(key)) throw new Error(`build cache: "${key}" is not a key made by cache.key()`);
    return join(dir, `${key}${ext}`);
  };
  const touch = (path: string): void => {
    const now = new Date();
    try {
      utimesSync(path, now, now);
    } catch {
      // Deleted meanwhile by another build's prune: the caller has the bytes already.
    }
  };
  const get = (key: string): Buffer | undefined => {
    const path = file(key);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      stats.misses++;
      return undefined;
    }
    stats.hits++;
    used.add(key);
    touch(path);
    return bytes;
  };
  const put = (key: string, bytes: Uint8Array | string): void => {
    const path = file(key);
    if (!made) {
      mkdirSync(dir, { recursive: true });
      made = true;
    }
    const temp = `${path}.${String(process.pid)}-${String(threadId)}-${randomBytes(4).toString("hex")}.tmp`;
    try {
      writeFileSync(temp, bytes);
      renameSync(temp, path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    stats.written++;
    used.add(key);
  };
  return {
    dir,
    key: (...inputs) => {
      const hash = createHash("sha256").update(generator);
      for (const input of inputs) {
        // Each input's length first, so ("ab", "c") and ("a", "bc") never share a key.
        const bytes = typeof input === "string" ? Buffer.from(input) : input;
        hash.update(`\n${String(bytes.length)}:`).update(bytes);
      }
      return hash.digest("hex");
    },
    get,
    has: (key) => {
      const path = file(key);
      try {
        statSync(path);
      } catch {
        stats.misses++;
        return false;
      }
      stats.hits++;
      used.add(key);
      touch(path);
      return true;
    },
    put,
    getOrMake: (key, make) => {
      const hit = get(key);
      if (hit) return hit;
      const output = make();
      put(key, output);
      return Buffer.isBuffer(output) ? output : Buffer.from(output);
    },
    file,
    stats: () => ({ ...stats }),
    prune: () => pruneStore(dir, ext, used, openedAt, options.maxBytes, options.maxEntries),
  };
}

/** One entry of the store on disk. */
type Entry = { key: string; path: string; bytes: number; usedAt: number };

function pruneStore(
  dir: string,
  ext: string,
  used: ReadonlySet<string>,
  usedSince: number,
  maxBytes = Infinity,
  maxEntries = Infinity,
): PruneResult {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { evicted: 0, entries: 0, bytes: 0 };
  }
  const entries: Entry[] = [];
  const now = Date.now();
  for (const name of names) {
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue; // Pruned meanwhile by another build.
    }
    if (name.endsWith(".tmp")) {
      if (now - stat.mtimeMs > STALE_TEMP_MS) rmSync(path, { force: true });
      continue;
    }
    if (!stat.isFile() || !name.endsWith(ext)) continue;
    const key = name.slice(0, name.length - ext.length);
    if (!KEY.test(key)) continue;
    entries.push({ key, path, bytes: stat.size, usedAt: stat.mtimeMs });
  }
  let bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
  let count = entries.length;
  let evicted = 0;
  // Oldest use first; ties by key, so two prunes of the same store choose alike.
  entries.sort((a, b) => a.usedAt - b.usedAt || (a.key < b.key ? -1 : 1));
  for (const entry of entries) {
    if (bytes <= maxBytes && count <= maxEntries) break;
    if (used.has(entry.key) || entry.usedAt >= usedSince) continue;
    rmSync(entry.path, { force: true });
    bytes -= entry.bytes;
    count--;
    evicted++;
  }
  return { evicted, entries: count, bytes };
}
