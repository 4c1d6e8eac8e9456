/**
 * An output folder that a build updates in place instead of writing it anew: the other half of
 * the build cache (buildCache.ts), for outputs too many to copy each time (a large archive has
 * 200,000 share pages; creating that many files costs more than rendering them).
 *
 * A manifest records, for each file the build wrote under the folder, the key of the inputs it
 * was made from and its size. The next build asks `reuse(path, key)` for each output: the same
 * key and the file still there at the recorded size means there is nothing to do; otherwise it
 * makes the output and `write`s (or `link`s) it, atomically. `finish()` deletes the files of the
 * last build that this one did not produce, and saves the manifest, atomically too.
 *
 * The manifest lives in the cache folder (never in the published folder), one per output folder.
 * Without a manifest for this folder and generator (first build, another version of the code, a
 * manifest deleted), the folders the set owns are emptied first, so no file of unknown origin
 * survives into the site. The manifest is deleted when a build opens the set and written again
 * when it finishes, so a build that stops half-way leaves none, and the next build starts afresh
 * rather than trust a folder in an unknown state. Keys are content hashes, never modification
 * times.
 */
import { createHash, randomBytes } from "node:crypto";
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";

/** How an output set is opened. */
export type OutputSetOptions = {
  /** The folder the cache keeps manifests in. */
  cacheDir: string;
  /** The fingerprint of the code that makes the outputs (a new one starts the set afresh). */
  generator: string;
  /** The sub-folders of the output folder the set owns (say `["e", "a"]`). */
  owns: readonly string[];
};

/** What a build did with its outputs. */
export type OutputCounts = { reused: number; written: number; deleted: number };

/** An output folder updated in place (see the module's comment). */
export type OutputSet = {
  /** True when `path` (relative, "/"-separated) already holds the output of `key`: keep it. */
  reuse(path: string, key: string): boolean;
  /** Writes `bytes` to `path` through a temporary file and a rename, recorded under `key`. */
  write(path: string, key: string, bytes: string | Uint8Array): void;
  /** Puts a copy of `from` (say, a cache entry) at `path`: a hard link when it can, else a copy. */
  link(path: string, key: string, from: string): void;
  /** Deletes what the last build wrote and this one did not, saves the manifest, and counts. */
  finish(): OutputCounts;
};

type Manifest = { generator: string; files: Record<string, [key: string, size: number]> };

/** The manifest file of an output folder: named by the folder's absolute path. */
function manifestFile(cacheDir: string, outDir: string): string {
  const name = createHash("sha256").update(resolve(outDir)).digest("hex").slice(0, 16);
  return join(cacheDir, `${name}.json`);
}

function readManifest(file: string, generator: string): Manifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
    return manifest.generator === generator && typeof manifest.files === "object"
      ? manifest
      : undefined;
  } catch {
    return undefined;
  }
}

function writeAtomically(file: string, bytes: string | Uint8Array): void {
  const temp = `${file}.${String(process.pid)}-${randomBytes(4).toString("hex")}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Opens the output set of `outDir` (see the module's comment). */
export function openOutputSet(outDir: string, options: OutputSetOptions): OutputSet {
  const file = manifestFile(options.cacheDir, outDir);
  const last = readManifest(file, options.generator);
  rmSync(file, { force: true });
  if (!last) {
    for (const folder of options.owns)
      rmSync(join(outDir, folder), { recursive: true, force: true });
  }
  const before = last?.files ?? {};
  const now: Manifest["files"] = {};
  const counts: OutputCounts = { reused: 0, written: 0, deleted: 0 };
  const made = new Set<string>();
  const target = (path: string): string => {
    if (!options.owns.some((folder) => path.startsWith(`${folder}/`)) || path.includes("..")) {
      throw new Error(`output set: ${path} is outside ${options.owns.join(", ")}`);
    }
    return join(outDir, ...path.split("/"));
  };
  const folderOf = (path: string): void => {
    const dir = dirname(path);
    if (made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
  return {
    reuse: (path, key) => {
      const recorded = before[path];
      if (!recorded || recorded[0] !== key) return false;
      try {
        if (statSync(target(path)).size !== recorded[1]) return false;
      } catch {
        return false;
      }
      now[path] = recorded;
      counts.reused++;
      return true;
    },
    write: (path, key, bytes) => {
      const full = target(path);
      folderOf(full);
      writeAtomically(full, bytes);
      now[path] = [key, typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.length];
      counts.written++;
    },
    link: (path, key, from) => {
      const full = target(path);
      folderOf(full);
      const temp = `${full}.${String(process.pid)}.tmp`;
      rmSync(temp, { force: true });
      try {
        linkSync(from, temp);
      } catch {
        copyFileSync(from, temp); // Another file system, or links not allowed.
      }
      renameSync(temp, full);
      now[path] = [key, statSync(full).size];
      counts.written++;
    },
    finish: () => {
      for (const path of Object.keys(before)) {
        if (path in now) continue;
        const full = target(path);
        rmSync(full, { force: true });
        counts.deleted++;
        // The page's folder goes with its last file (a folder holding others stays).
        try {
          rmdirSync(dirname(full));
        } catch {
          // Not empty.
        }
      }
      mkdirSync(options.cacheDir, { recursive: true });
      writeAtomically(file, JSON.stringify({ generator: options.generator, files: now }));
      return { ...counts };
    },
  };
}
