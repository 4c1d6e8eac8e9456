/**
 * Fetching the shards of an index-first dataset on demand: an event's details when its panel
 * opens, an article's text when the reader opens it, every shard when an export or the "as
 * reported up to" view needs the whole dataset. Each shard is fetched once and kept; a failed one
 * is forgotten, so asking again (the Retry button) fetches it again.
 *
 * Every file is checked on arrival, in this order: its size and sha256 against what the index
 * names (the index itself was checked when it loaded), then its shape and its fit with the index
 * (src/model/readArchive.ts). Nothing unchecked reaches a view.
 */
import type { DecodedIndex, EventDetails, SourceText } from "../model/archive.ts";
import { assembleDataset, detailsFromShard, sourceFromShard } from "../model/archive.ts";
import type { Dataset, EventShard, ShardRef, SourceShard } from "../model/dataset.ts";
import type { ReadResult } from "../model/readArchive.ts";
import { readEventShard, readSourceShard } from "../model/readArchive.ts";

/** Why a shard could not be used: a readable summary, and the lines behind it. */
export class ShardError extends Error {
  readonly url: string;
  readonly problems: readonly string[];
  constructor(url: string, summary: string, problems: readonly string[]) {
    super(summary);
    this.name = "ShardError";
    this.url = url;
    this.problems = problems;
  }
}

/** Whole-dataset progress: shards arrived of all the index names. */
export type ArchiveProgress = { done: number; total: number };

/** The details side of an index-first dataset (see this module's comment). */
export type ArchiveLoader = {
  readonly index: DecodedIndex;
  /** An event's details (by id), fetching its shard if needed; rejects with a ShardError. */
  eventDetails: (id: string) => Promise<EventDetails>;
  /** An event's details if its shard has arrived already. */
  peekEventDetails: (id: string) => EventDetails | undefined;
  /** An article's text and cited stretches (by id), fetching its shard if needed. */
  sourceText: (id: string) => Promise<SourceText>;
  /** An article's text if its shard has arrived already. */
  peekSourceText: (id: string) => SourceText | undefined;
  /**
   * The whole dataset, fetching every shard not yet here (a few at a time), with progress;
   * `signal` cancels (rejecting with its reason). The result is kept.
   */
  whole: (options?: {
    signal?: AbortSignal;
    onProgress?: (progress: ArchiveProgress) => void;
  }) => Promise<Dataset>;
};

/** How many shards are fetched at once for the whole dataset. */
const PARALLEL = 4;

/** sha256 of bytes as lower-case hex (Web Crypto: present on https and localhost). */
async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const subtle = (globalThis.crypto as Crypto | undefined)?.subtle;
  // Web Crypto exists only in secure contexts: over plain http to another host there is none,
  // and then the size and the shape still are checked, though the hash cannot be.
  if (subtle === undefined) return null;
  const digest = await subtle.digest("SHA-256", bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Creates the loader of the index at `indexUrl` (shard files are named relative to it).
 * `fetchImpl` is the network (tests pass their own).
 */
export function createArchiveLoader(
  indexUrl: URL,
  index: DecodedIndex,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): ArchiveLoader {
  const eventShards = new Map<number, Promise<EventShard>>();
  const sourceShards = new Map<number, Promise<SourceShard>>();
  const eventArrived = new Map<number, EventShard>();
  const sourceArrived = new Map<number, SourceShard>();
  let whole: Dataset | null = null;

  async function fetchChecked<T>(
    ref: ShardRef,
    what: string,
    read: (json: unknown) => ReadResult<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    const url = new URL(ref.file, indexUrl).href;
    let response: Response;
    try {
      response = await fetchImpl(url, signal ? { signal } : {});
    } catch (error) {
      if (signal?.aborted === true) throw error;
      throw new ShardError(url, `The ${what} could not be fetched.`, [messageOf(error)]);
    }
    if (!response.ok) {
      throw new ShardError(url, `The server answered HTTP ${response.status} for the ${what}.`, [
        `GET ${url} → ${response.status} ${response.statusText}`.trim(),
      ]);
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      if (signal?.aborted === true) throw error;
      throw new ShardError(url, `The ${what} download was interrupted.`, [messageOf(error)]);
    }
    const changed = `The ${what} are not the file the index names (changed or damaged on the way).`;
    if (bytes.byteLength !== ref.bytes) {
      throw new ShardError(url, changed, [
        `${ref.file}: ${bytes.byteLength} bytes, the index names ${ref.bytes}`,
      ]);
    }
    const hash = await sha256Hex(bytes);
    if (hash !== null && hash !== ref.sha256) {
      throw new ShardError(url, changed, [
        `${ref.file}: sha256 ${hash}, the index names ${ref.sha256}`,
      ]);
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      throw new ShardError(url, `The ${what} are not valid JSON.`, [messageOf(error)]);
    }
    const result = read(json);
    if (!result.ok) throw new ShardError(url, result.summary, result.problems);
    return result.value;
  }

  function eventShard(number: number, signal?: AbortSignal): Promise<EventShard> {
    let pending = eventShards.get(number);
    if (!pending) {
      const ref = index.shards.events[number];
      if (!ref) return Promise.reject(new ShardError("", "No such event shard.", []));
      pending = fetchChecked(
        ref,
        "event details",
        (json) => readEventShard(json, index, number),
        signal,
      );
      eventShards.set(number, pending);
      pending.then(
        (shard) => eventArrived.set(number, shard),
        // Forgotten on failure: the next request (Retry) fetches it again.
        () => eventShards.delete(number),
      );
    }
    return pending;
  }

  function sourceShard(number: number, signal?: AbortSignal): Promise<SourceShard> {
    let pending = sourceShards.get(number);
    if (!pending) {
      const ref = index.shards.sources[number];
      if (!ref) return Promise.reject(new ShardError("", "No such article shard.", []));
      pending = fetchChecked(
        ref,
        "article texts",
        (json) => readSourceShard(json, index, number),
        signal,
      );
      sourceShards.set(number, pending);
      pending.then(
        (shard) => sourceArrived.set(number, shard),
        () => sourceShards.delete(number),
      );
    }
    return pending;
  }

  const ordinalOf = (id: string): number => {
    const ordinal = index.eventOrdinals.get(id);
    if (ordinal === undefined) throw new ShardError("", `No event "${id}" in the index.`, []);
    return ordinal;
  };

  const detailsIn = (shard: EventShard, ordinal: number, id: string): EventDetails => {
    const details = detailsFromShard(shard, ordinal);
    // readEventShard checked that the shard holds every event the index puts in it.
    if (!details) throw new ShardError("", `The event details of "${id}" are missing.`, []);
    return details;
  };

  const sourceIn = (shard: SourceShard, id: string): SourceText => {
    const text = sourceFromShard(shard, index, id);
    if (!text) throw new ShardError("", `The text of article "${id}" is missing.`, []);
    return text;
  };

  return {
    index,
    async eventDetails(id) {
      const ordinal = ordinalOf(id);
      return detailsIn(await eventShard(index.eventShardOf(ordinal)), ordinal, id);
    },
    peekEventDetails(id) {
      const ordinal = index.eventOrdinals.get(id);
      if (ordinal === undefined) return undefined;
      const shard = eventArrived.get(index.eventShardOf(ordinal));
      return shard ? detailsFromShard(shard, ordinal) : undefined;
    },
    async sourceText(id) {
      const ordinal = index.sourceOrdinals.get(id);
      if (ordinal === undefined) throw new ShardError("", `No article "${id}" in the index.`, []);
      return sourceIn(await sourceShard(index.sourceShardOf(ordinal)), id);
    },
    peekSourceText(id) {
      const ordinal = index.sourceOrdinals.get(id);
      if (ordinal === undefined) return undefined;
      const shard = sourceArrived.get(index.sourceShardOf(ordinal));
      return shard ? sourceFromShard(shard, index, id) : undefined;
    },
    async whole({ signal, onProgress } = {}) {
      if (whole) return whole;
      const jobs: (() => Promise<unknown>)[] = [
        ...index.shards.events.map((_, n) => () => eventShard(n, signal)),
        ...index.shards.sources.map((_, n) => () => sourceShard(n, signal)),
      ];
      const total = jobs.length;
      let done = 0;
      onProgress?.({ done, total });
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < jobs.length) {
          signal?.throwIfAborted();
          const job = jobs[next++];
          if (!job) return;
          await job();
          done++;
          onProgress?.({ done, total });
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL, total) }, worker));
      signal?.throwIfAborted();
      const events = await Promise.all(index.shards.events.map((_, n) => eventShard(n)));
      const sources = await Promise.all(index.shards.sources.map((_, n) => sourceShard(n)));
      whole = assembleDataset(index, events, sources);
      return whole;
    },
  };
}
