/**
 * Writes a dataset in the index-first layout (src/model/archive.ts, docs/contracts.md): the index at
 * `out` (data/timeline.json), its shards under `shards/` beside it, and the JSON Schemas of every
 * file. The I/O side only: what goes in each file is decided in src/model.
 *
 * Safe to interrupt, and a failed build leaves the previous output whole:
 * - shards are named by their content (the first 16 hex digits of their sha256), so a shard is
 *   never rewritten with other bytes: a new one is written beside the old ones (through a
 *   temporary file and a rename), and one that exists already is kept as it is;
 * - the index is written last, atomically; until then the old index, and every shard it names,
 *   are untouched;
 * - only then are shards pruned, and only those named neither by the new index nor by the one it
 *   replaced: a reader who loaded the previous index can still open its details.
 * A content-addressed shard that exists already is not written again, so a rebuild after one
 * article changed writes only the shards that changed (and the index).
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { ShardRefs } from "../../src/model/archive.ts";
import { cutShards, encodeIndex } from "../../src/model/archive.ts";
import type { Dataset, DatasetIndexFile, ShardRef } from "../../src/model/dataset.ts";
import { layoutJsonSchemas } from "../../src/model/dataset.ts";
import {
  bucketCountFor,
  buildSearchGrams,
  searchDocuments,
  searchShards,
} from "../../src/model/searchIndex.ts";
import { writeAtomically } from "./atomicWrite.ts";

/** The folder of the shards, beside the index. */
export const SHARDS_DIR = "shards";

/**
 * How large shards are cut, in characters of JSON before compression. Chosen by measurement
 * (docs/performance.md, "Shard sizes"): an event shard is fetched to open one event's panel, so
 * it is kept small enough to arrive in one round trip on a phone; an article shard holds whole
 * articles; a search bucket holds the grams of one keystroke.
 */
export const DEFAULT_SIZES = {
  eventChars: 96 * 1024,
  sourceChars: 128 * 1024,
  searchChars: 64 * 1024,
};

export type ArchiveSizes = typeof DEFAULT_SIZES;

/** What a write did: the files the index names, and how many of them were new. */
export type ArchiveWrite = {
  shards: number;
  written: number;
  pruned: number;
  index: DatasetIndexFile;
};

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The shard files an index names (empty for a whole dataset, or none). */
function shardFilesOf(json: unknown): string[] {
  const shards = (json as { shards?: Partial<Record<string, { file?: unknown }[]>> } | null)
    ?.shards;
  if (!shards || typeof shards !== "object") return [];
  return Object.values(shards)
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .map((ref) => ref.file)
    .filter((file): file is string => typeof file === "string");
}

/** The shards the file at `out` names now (before it is replaced). */
async function previousShards(out: string): Promise<string[]> {
  try {
    return shardFilesOf(JSON.parse(await readFile(out, "utf8")));
  } catch {
    return [];
  }
}

/** Writes one shard's JSON under its content's name, unless a file of that name is there. */
async function writeShard(
  dir: string,
  kind: string,
  shard: unknown,
): Promise<{ ref: ShardRef; written: boolean }> {
  const text = `${JSON.stringify(shard)}\n`;
  const hash = sha256(text);
  const file = `${SHARDS_DIR}/${kind}-${hash.slice(0, 16)}.json`;
  const target = path.join(dir, file);
  const bytes = Buffer.byteLength(text);
  let written = false;
  try {
    const existing = await stat(target);
    // Same name and size: the same content (the name is its hash); anything else is rewritten.
    if (existing.size !== bytes) throw new Error("different");
  } catch {
    await writeAtomically(target, [text]);
    written = true;
  }
  return { ref: { file, sha256: hash, bytes }, written };
}

/**
 * The index as written: its top level and each group one key a line, each column compact on a
 * line of its own, so a diff shows which column changed.
 */
export function* serializeIndex(index: DatasetIndexFile): Generator<string> {
  const entries = Object.entries(index);
  yield "{";
  for (const [i, [key, value]] of entries.entries()) {
    const comma = i < entries.length - 1 ? "," : "";
    if (typeof value === "object" && !Array.isArray(value)) {
      const inner = Object.entries(value as Record<string, unknown>);
      yield `\n  ${JSON.stringify(key)}: {`;
      for (const [j, [k, v]] of inner.entries()) {
        yield `\n    ${JSON.stringify(k)}: ${JSON.stringify(v)}${j < inner.length - 1 ? "," : ""}`;
      }
      yield `\n  }${comma}`;
    } else {
      yield `\n  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`;
    }
  }
  yield "\n}\n";
}

/**
 * Writes `dataset` (valid: the pipeline's output) in the index-first layout, the index at `out`.
 * See this module's comment for what is written when, and what is kept.
 */
export async function writeArchive(
  dataset: Dataset,
  out: string,
  sizes: ArchiveSizes = DEFAULT_SIZES,
): Promise<ArchiveWrite> {
  const dir = path.dirname(out);
  await mkdir(path.join(dir, SHARDS_DIR), { recursive: true });
  const before = await previousShards(out);
  const parts = cutShards(dataset, sizes);
  const grams = buildSearchGrams(searchDocuments(dataset));
  const search = searchShards(grams, bucketCountFor(grams, sizes.searchChars));
  let written = 0;
  const write = async (kind: string, shards: readonly unknown[]): Promise<ShardRef[]> => {
    const refs: ShardRef[] = [];
    for (const shard of shards) {
      const result = await writeShard(dir, kind, shard);
      if (result.written) written++;
      refs.push(result.ref);
    }
    return refs;
  };
  const refs: ShardRefs = {
    events: await write(
      "events",
      parts.events.map((p) => p.shard),
    ),
    sources: await write("sources", parts.sources),
    search: await write("search", search),
  };
  const index = encodeIndex(dataset, parts, refs);
  for (const [name, schema] of Object.entries(layoutJsonSchemas())) {
    await writeAtomically(path.join(dir, name), [`${JSON.stringify(schema, null, 2)}\n`]);
  }
  await writeAtomically(out, serializeIndex(index));
  const pruned = await pruneShards(dir, new Set([...shardFilesOf(index), ...before]));
  return { shards: shardFilesOf(index).length, written, pruned, index };
}

/**
 * Deletes the shard files under `dir` that `keep` does not name (paths relative to `dir`);
 * returns how many. Called after a new index (or a whole dataset) was written at `out`.
 */
export async function pruneShards(dir: string, keep: ReadonlySet<string>): Promise<number> {
  let names: string[];
  try {
    names = await readdir(path.join(dir, SHARDS_DIR));
  } catch {
    return 0;
  }
  let pruned = 0;
  for (const name of names.sort()) {
    const file = `${SHARDS_DIR}/${name}`;
    if (keep.has(file)) continue;
    await rm(path.join(dir, file), { force: true });
    pruned++;
  }
  return pruned;
}

/** The shards the previous file at `out` named: kept when a whole dataset replaces an index. */
export async function shardsNamedBy(out: string): Promise<Set<string>> {
  return new Set(await previousShards(out));
}
