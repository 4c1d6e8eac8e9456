/**
 * The boundary of the index-first layout: an index or a shard, parsed JSON from the network,
 * checked against the contract (dataset.ts: IndexSchema and the shard schemas) and against the
 * index it belongs to (archive.ts), before anything inward sees it. Pure: the bytes, their hash
 * and the fetching are the app's (src/state/archiveLoader.ts).
 */
import type { DecodedIndex } from "./archive.ts";
import {
  assembleDataset,
  decodeIndex,
  eventShardProblems,
  indexProblems,
  sourceShardProblems,
} from "./archive.ts";
import type { Dataset, EventShard, ShardRef, SourceShard } from "./dataset.ts";
import { EventShardSchema, IndexSchema, SourceShardSchema } from "./dataset.ts";
import { SCHEMA_VERSION } from "./datasetTerms.ts";
import type { DatasetFailure } from "./readDataset.ts";
import { MAX_PROBLEMS } from "./readDataset.ts";

/** A verdict: the checked value, or why it was refused (a summary and readable lines). */
export type ReadResult<T> =
  { ok: true; value: T } | { ok: false; kind: DatasetFailure; summary: string; problems: string[] };

function fail<T>(kind: DatasetFailure, summary: string, problems: string[]): ReadResult<T> {
  const shown =
    problems.length > MAX_PROBLEMS
      ? [...problems.slice(0, MAX_PROBLEMS), `…and ${problems.length - MAX_PROBLEMS} more`]
      : problems;
  return { ok: false, kind, summary, problems: shown };
}

type Issue = { path: readonly PropertyKey[]; message: string };

function issueLines(issues: readonly Issue[]): string[] {
  return issues.map((issue) => `${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`);
}

/** True when parsed dataset JSON is an index of the index-first layout (of any version). */
export function isIndex(json: unknown): boolean {
  return (
    typeof json === "object" &&
    json !== null &&
    !Array.isArray(json) &&
    (json as { layout?: unknown }).layout === "index"
  );
}

/**
 * An index (parsed JSON of `data/timeline.json` with `layout: "index"`), checked against the
 * contract and its own references, and decoded for the views. Never throws.
 */
export function readIndex(json: unknown): ReadResult<DecodedIndex> {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  const checked = IndexSchema.safeParse(json);
  if (!checked.success) {
    if (typeof version === "number" && version !== SCHEMA_VERSION) {
      return fail(
        "version",
        `The dataset has schemaVersion ${version}, but this app reads version ${SCHEMA_VERSION}.`,
        [`schemaVersion: ${version}`],
      );
    }
    return fail(
      "schema",
      "The dataset's index does not match the Dateline data contract.",
      issueLines(checked.error.issues),
    );
  }
  const problems = indexProblems(checked.data);
  if (problems.length > 0) {
    return fail("references", "The dataset index's parts do not fit together.", problems);
  }
  return { ok: true, value: decodeIndex(checked.data) };
}

/** Event shard `number` of `index` (parsed JSON), checked against the contract and the index. */
export function readEventShard(
  json: unknown,
  index: DecodedIndex,
  number: number,
): ReadResult<EventShard> {
  const checked = EventShardSchema.safeParse(json);
  if (!checked.success) {
    return fail(
      "schema",
      "The event details do not match the data contract.",
      issueLines(checked.error.issues),
    );
  }
  const problems = eventShardProblems(checked.data, index, number);
  if (problems.length > 0) {
    return fail("references", "The event details do not fit the index.", problems);
  }
  return { ok: true, value: checked.data };
}

/** Article shard `number` of `index` (parsed JSON), checked against the contract and the index. */
export function readSourceShard(
  json: unknown,
  index: DecodedIndex,
  number: number,
): ReadResult<SourceShard> {
  const checked = SourceShardSchema.safeParse(json);
  if (!checked.success) {
    return fail(
      "schema",
      "The article texts do not match the data contract.",
      issueLines(checked.error.issues),
    );
  }
  const problems = sourceShardProblems(checked.data, index, number);
  if (problems.length > 0) {
    return fail("references", "The article texts do not fit the index.", problems);
  }
  return { ok: true, value: checked.data };
}

/**
 * The whole dataset from an index (parsed JSON) and the shards it names, read through `readShard`
 * (file name relative to the index → its bytes) and checked as the app checks them: size, sha256
 * (`sha256`: bytes → lower-case hex), shape, fit with the index. For the build's own readers (the
 * share pages, tests), which have the files at hand. Never throws for bad data; `readShard` may.
 */
export function readWholeArchiveSync(
  json: unknown,
  readShard: (file: string) => Uint8Array,
  sha256: (bytes: Uint8Array) => string,
): ReadResult<Dataset> {
  const index = readIndex(json);
  if (!index.ok) return index;
  const decoded = index.value;
  const read = <T>(ref: ShardRef, check: (json: unknown) => ReadResult<T>): ReadResult<T> => {
    const bytes = readShard(ref.file);
    const hash = sha256(bytes);
    if (bytes.byteLength !== ref.bytes || hash !== ref.sha256) {
      return fail("references", `${ref.file} is not the file the index names.`, [
        `${ref.file}: ${bytes.byteLength} bytes, sha256 ${hash}; the index names ${ref.bytes} bytes, sha256 ${ref.sha256}`,
      ]);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      return fail("json", `${ref.file} is not valid JSON.`, [String(error)]);
    }
    const result = check(parsed);
    return result.ok ? result : { ...result, summary: `${ref.file}: ${result.summary}` };
  };
  const events: EventShard[] = [];
  for (const [n, ref] of decoded.shards.events.entries()) {
    const shard = read(ref, (j) => readEventShard(j, decoded, n));
    if (!shard.ok) return shard;
    events.push(shard.value);
  }
  const sources: SourceShard[] = [];
  for (const [n, ref] of decoded.shards.sources.entries()) {
    const shard = read(ref, (j) => readSourceShard(j, decoded, n));
    if (!shard.ok) return shard;
    sources.push(shard.value);
  }
  return { ok: true, value: assembleDataset(decoded, events, sources) };
}

/** readWholeArchiveSync with `readShard` asynchronous (over the network, say). */
export async function readWholeArchive(
  json: unknown,
  readShard: (file: string) => Promise<Uint8Array>,
  sha256: (bytes: Uint8Array) => string,
): Promise<ReadResult<Dataset>> {
  const index = readIndex(json);
  if (!index.ok) return index;
  const { events, sources } = index.value.shards;
  const bytes = new Map<string, Uint8Array>();
  for (const ref of [...events, ...sources]) bytes.set(ref.file, await readShard(ref.file));
  return readWholeArchiveSync(json, (file) => bytes.get(file) ?? new Uint8Array(), sha256);
}
