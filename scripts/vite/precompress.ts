/**
 * Precompressed copies of the build's large text files: `file.br` (brotli) and `file.gz` (gzip)
 * beside `file`, for hosts that serve them as they are (nginx's brotli_static and gzip_static,
 * Caddy's precompressed, an object store with the encoding set; the project's own static server,
 * scripts/http/staticServer.ts). A host that compresses on the fly spends its CPU per request and
 * picks a fast level; at build time the best level is affordable for small files.
 *
 * Which files: every compressible one (scripts/http/contentTypes.ts) of at least 1 KiB outside the
 * share folders (the app's JS and CSS, index.html, the dataset and its schema), but no source maps
 * (only a debugger asks for them); in the share folders e/ and a/, the pages of at least 64 KiB
 * (the index of every event, long articles), which sharePages.ts compresses as it publishes them,
 * so that their copies are kept, replaced and deleted with them.
 *
 * Each copy is kept in the build cache (scripts/cache/), keyed by the file's bytes, the encoding
 * and its level, and hard-linked into the output: an unchanged file is never compressed twice.
 * Compression runs on libuv's threads (zlib's asynchronous calls), so the dataset, copied from
 * the public folder as it is, starts compressing when the build starts and is ready by its end.
 */
import { createHash } from "node:crypto";
import {
  copyFileSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin, ResolvedConfig } from "vite";
import type { BuildCache } from "../cache/buildCache.ts";
import { cacheRoot, openBuildCache } from "../cache/buildCache.ts";
import { isCompressible } from "../http/contentTypes.ts";

/** Below this, compression saves less than its headers cost, and hosts skip it. */
export const PRECOMPRESS_MIN_BYTES = 1024;
/** A share page is precompressed from this size (below, a host compresses it on the fly). */
export const LARGE_PAGE_BYTES = 64 * 1024;
/** The folders whose files sharePages.ts precompresses itself. */
const SHARE_FOLDERS = new Set(["e", "a"]);

export type Encoding = "br" | "gzip";
/** The file name suffix of each encoding's copy. */
export const SUFFIX: Readonly<Record<Encoding, string>> = { br: ".br", gzip: ".gz" };

/**
 * The levels a file of `size` bytes is compressed at: the best for files up to 1 MiB (the app's
 * code: brotli 11 is slow, about 1 MB/s, but this is a few files once per code change), high up
 * to 16 MiB, and brotli 5 and gzip 6 beyond (the levels CDNs use on the fly): a dataset of
 * 140 MB changes with every article, and brotli 9 would take it half a minute.
 */
export function compressionLevels(size: number): Record<Encoding, number> {
  if (size <= 1024 * 1024) return { br: 11, gzip: 9 };
  if (size <= 16 * 1024 * 1024) return { br: 9, gzip: 9 };
  return { br: 5, gzip: 6 };
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** `bytes` compressed in `encoding` at `level`, on a libuv thread. */
export function compress(bytes: Buffer, encoding: Encoding, level: number): Promise<Buffer> {
  return encoding === "br"
    ? brotliAsync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: level,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      })
    : gzipAsync(bytes, { level });
}

/** The store of compressed copies (bounded: a dataset's copies change with every article). */
export function openCompressedStore(root: string): BuildCache {
  return openBuildCache({
    dir: join(root, "compressed"),
    generator: `zlib@${process.versions.zlib} brotli@${process.versions.brotli}`,
    maxBytes: 1024 * 1024 * 1024,
  });
}

/**
 * The cache entries holding `bytes` compressed in each encoding (made when missing): their keys,
 * which name the bytes, the encoding and the level.
 */
export async function compressedCopies(
  bytes: Buffer,
  store: BuildCache,
): Promise<Record<Encoding, string>> {
  const digest = createHash("sha256").update(bytes).digest("hex");
  const levels = compressionLevels(bytes.length);
  const copy = async (encoding: Encoding): Promise<string> => {
    const key = store.key(encoding, String(levels[encoding]), digest);
    if (!store.has(key)) store.put(key, await compress(bytes, encoding, levels[encoding]));
    return key;
  };
  const [br, gz] = await Promise.all([copy("br"), copy("gzip")]);
  return { br, gzip: gz };
}

/**
 * Puts `from` (a cache entry, never changed in place) at `to`: a hard link where it can, else a
 * copy, through a temporary name and a rename so that `to` is never half there.
 */
export function placeCopy(from: string, to: string): void {
  const temp = `${to}.${String(process.pid)}.tmp`;
  rmSync(temp, { force: true });
  try {
    linkSync(from, temp);
  } catch {
    copyFileSync(from, temp); // Another file system, or links not allowed.
  }
  renameSync(temp, to);
}

/** Every file under `dir` (relative, "/"-separated), skipping the share folders at its top. */
function filesOutsideShares(dir: string, prefix = ""): string[] {
  let entries;
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      return prefix === "" && SHARE_FOLDERS.has(entry.name) ? [] : filesOutsideShares(dir, rel);
    }
    return entry.isFile() ? [rel] : [];
  });
}

/** Whether a file outside the share folders gets precompressed copies. */
export function worthPrecompressing(path: string, size: number): boolean {
  return size >= PRECOMPRESS_MIN_BYTES && isCompressible(path) && !path.endsWith(".map");
}

/** The plugin (see the module's comment). Register it after sharePages in vite.config.ts. */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  let early: Promise<unknown> = Promise.resolve();
  return {
    name: "dateline-precompress",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      // The public folder is copied as it is: compress its large files while the bundle is made.
      const root = cacheRoot(config.root);
      if (root === "off" || !config.publicDir) return;
      const store = openCompressedStore(root);
      early = Promise.all(
        filesOutsideShares(config.publicDir).map(async (path) => {
          const file = join(config.publicDir, ...path.split("/"));
          if (!worthPrecompressing(path, statSync(file).size)) return;
          await compressedCopies(readFileSync(file), store);
        }),
      ).catch(() => undefined); // Done again, with its error, when the copies are published.
    },
    async closeBundle() {
      if (!config.build.write) return;
      const started = performance.now();
      await early;
      const outDir = resolve(config.root, config.build.outDir);
      const given = cacheRoot(config.root);
      // With caching off, the copies still go through a store, one deleted right after.
      const root = given === "off" ? mkdtempSync(join(tmpdir(), "dateline-precompress-")) : given;
      const store = openCompressedStore(root);
      let files = 0;
      try {
        for (const path of filesOutsideShares(outDir)) {
          const file = join(outDir, ...path.split("/"));
          if (!worthPrecompressing(path, statSync(file).size)) continue;
          const copies = await compressedCopies(readFileSync(file), store);
          // Outside the share folders the output folder was emptied when the build started:
          // there is no older copy to replace or delete.
          for (const encoding of ["br", "gzip"] as const) {
            placeCopy(store.file(copies[encoding]), `${file}${SUFFIX[encoding]}`);
          }
          files++;
        }
        store.prune();
      } finally {
        if (given === "off") rmSync(root, { recursive: true, force: true });
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      config.logger.info(
        `precompressed: ${String(files)} files (.br and .gz beside each, ${relative(config.root, outDir) || "."}) in ${seconds} s`,
      );
    },
  };
}
