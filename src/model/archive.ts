/**
 * The index-first layout in memory: what the index decodes to, how a whole dataset is cut into the
 * index and its shards (the pipeline's side), and how the parts are joined again (an event's
 * panel, the exports, the share pages).
 *
 * The views work on the index's records (EventEntry, SourceEntry: DatasetHead), which a whole
 * dataset's records also are, so a single-file dataset needs no conversion for them: its events
 * are used as they are, and its sources gain their text's length. Whatever needs an event's
 * summary, citations or its reports' passages, or an article's text, asks for its details
 * (EventDetails, SourceText) and joins them to the entry (assembleEvent).
 */
import type {
  Citation,
  Dataset,
  Disagreement,
  EventShard,
  Report,
  Source,
  SourceShard,
  TimelineEvent,
} from "./dataset.ts";
import { SCHEMA_VERSION } from "./datasetTerms.ts";
import { parseDay } from "./dates.ts";
import type { QuoteContext } from "./passages.ts";
import { quoteContext } from "./passages.ts";

export { encodeIndex } from "./archiveEncode.ts";
export type { ShardRefs } from "./archiveEncode.ts";
export { decodeIndex, indexProblems } from "./archiveDecode.ts";
export type { DecodedIndex } from "./archiveDecode.ts";
export {
  detailsFromShard,
  eventShardProblems,
  sourceFromShard,
  sourceShardProblems,
} from "./archiveShards.ts";
import type { DecodedIndex } from "./archiveDecode.ts";
import { sourceFromShard } from "./archiveShards.ts";
import { detailsFromShard } from "./archiveShards.ts";

/** What the index says of a report: whose, when, and what it stated (its passages are details). */
export type ReportEntry = Omit<Report, "citations">;

/** Which reports disagree, and how (the sentence is a detail). */
export type DisagreementEntry = Pick<Disagreement, "kind" | "reports">;

/**
 * An event as the index describes it: everything the timeline, list, filters, counts, marks and
 * the "as reported up to" projection read. A whole dataset's TimelineEvent is one too.
 */
export type EventEntry = Pick<
  TimelineEvent,
  "id" | "title" | "date" | "status" | "asOf" | "actors" | "places" | "related"
> & {
  readonly reports: readonly ReportEntry[];
  readonly disagreements: readonly DisagreementEntry[];
};

/** An article as the index describes it: its text's length in UTF-16 code units, no text. */
export type SourceEntry = Pick<Source, "id" | "title" | "dateline" | "attribution"> & {
  readonly length: number;
};

/** A dataset as the views see it: the index's records (a whole dataset's, or a decoded index's). */
export type DatasetHead = Pick<
  Dataset,
  "schemaVersion" | "title" | "description" | "corpusDigest" | "actors" | "places"
> & {
  readonly sources: readonly SourceEntry[];
  readonly events: readonly EventEntry[];
};

/** A citation's sentence around its quote (quoteContext without the quote itself). */
export type SentenceContext = Omit<QuoteContext, "exact">;

/** An event's details: what its shard holds (summary, citations and their sentences, passages of each report, sentences of its disagreements). */
export type EventDetails = {
  readonly id: string;
  readonly summary: string;
  readonly citations: readonly Citation[];
  readonly context: readonly SentenceContext[];
  readonly reports: readonly (readonly number[])[];
  readonly disagreements: readonly string[];
};

/** A cited stretch of an article and the events (by id) citing it (as passages.ts, citedRanges). */
export type CitedStretch = { start: number; end: number; eventIds: readonly string[] };

/** An article's text and what its readers' marks need. */
export type SourceText = { source: Source; cited: readonly CitedStretch[] };

/** The head of a whole dataset: its own events, and its sources with their lengths. */
export function headOf(dataset: Dataset): DatasetHead {
  return {
    schemaVersion: dataset.schemaVersion,
    title: dataset.title,
    description: dataset.description,
    corpusDigest: dataset.corpusDigest,
    actors: dataset.actors,
    places: dataset.places,
    sources: dataset.sources.map((s) => ({
      id: s.id,
      title: s.title,
      dateline: s.dateline,
      attribution: s.attribution,
      length: s.text.length,
    })),
    events: dataset.events,
  };
}

/** An event whole again: its entry (as the index gives it) and its details, in the contract's key order. */
export function assembleEvent(entry: EventEntry, details: EventDetails): TimelineEvent {
  return {
    id: entry.id,
    title: entry.title,
    summary: details.summary,
    date: entry.date,
    status: entry.status,
    asOf: entry.asOf,
    actors: [...entry.actors],
    places: [...entry.places],
    related: [...entry.related],
    citations: [...details.citations],
    reports: entry.reports.map((r, i) => ({
      source: r.source,
      dateline: r.dateline,
      status: r.status,
      date: r.date,
      citations: [...(details.reports[i] ?? [])],
    })),
    disagreements: entry.disagreements.map((d, i) => ({
      kind: d.kind,
      reports: [...d.reports],
      sentence: details.disagreements[i] ?? "",
    })),
  };
}

/** The details of a whole dataset's event (its citations' sentences cut from the sources given). */
export function detailsOf(
  event: TimelineEvent,
  sourceOf: (id: string) => Source | undefined,
): EventDetails {
  return {
    id: event.id,
    summary: event.summary,
    citations: event.citations,
    context: event.citations.map((c) => {
      const source = sourceOf(c.source);
      if (!source) return { before: "", after: "", clippedBefore: false, clippedAfter: false };
      const { before, after, clippedBefore, clippedAfter } = quoteContext(source, c);
      return { before, after, clippedBefore, clippedAfter };
    }),
    reports: event.reports.map((r) => r.citations),
    disagreements: event.disagreements.map((d) => d.sentence),
  };
}

/** Every stretch of each source that some event cites, by source id (as citedRanges, in one pass). */
export function citedStretches(dataset: Pick<Dataset, "events">): Map<string, CitedStretch[]> {
  const bySource = new Map<
    string,
    Map<string, { start: number; end: number; eventIds: string[] }>
  >();
  for (const event of dataset.events) {
    for (const c of event.citations) {
      let ranges = bySource.get(c.source);
      if (!ranges) {
        ranges = new Map<string, { start: number; end: number; eventIds: string[] }>();
        bySource.set(c.source, ranges);
      }
      const key = `${c.start}-${c.end}`;
      let range = ranges.get(key);
      if (!range) ranges.set(key, (range = { start: c.start, end: c.end, eventIds: [] }));
      if (!range.eventIds.includes(event.id)) range.eventIds.push(event.id);
    }
  }
  const out = new Map<string, CitedStretch[]>();
  for (const [source, ranges] of bySource) {
    out.set(
      source,
      [...ranges.values()].sort((a, b) => a.start - b.start || a.end - b.end),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Encoding: a whole dataset into the index and its shards (the pipeline's side).

/** How large shards are cut: characters of JSON (before compression) per shard, about. */
export type ShardSizes = { eventChars: number; sourceChars: number };

/** The shards of a dataset, before they are written (the writer names and hashes them). */
export type ArchiveParts = {
  events: { shard: EventShard; first: number; count: number }[];
  sources: SourceShard[];
  /** Which source shard holds each source (by source ordinal). */
  sourceShard: number[];
};

export function mustDay(day: string): number {
  const n = parseDay(day);
  if (n === undefined) throw new Error(`archive: ${day} is not a calendar day`);
  return n;
}

/**
 * Cuts a whole, valid dataset (readDataset has checked it) into event and article shards of about
 * `sizes` characters each, in the dataset's order. Deterministic.
 */
export function cutShards(dataset: Dataset, sizes: ShardSizes): ArchiveParts {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const eventOrdinal = new Map(dataset.events.map((e, i) => [e.id, i]));
  const events: ArchiveParts["events"] = [];
  let current: EventShard["events"] = [];
  let first = 0;
  let chars = 0;
  const flush = (next: number) => {
    if (current.length === 0) return;
    events.push({
      shard: { schemaVersion: SCHEMA_VERSION, layout: "events", first, events: current },
      first,
      count: current.length,
    });
    current = [];
    first = next;
    chars = 0;
  };
  dataset.events.forEach((event, i) => {
    const details = detailsOf(event, (id) => sources.get(id));
    const record = {
      id: event.id,
      summary: details.summary,
      citations: [...details.citations],
      context: details.context.map((c) => ({ ...c })),
      reports: details.reports.map((r) => [...r]),
      disagreements: [...details.disagreements],
    };
    current.push(record);
    chars += JSON.stringify(record).length;
    if (chars >= sizes.eventChars) flush(i + 1);
  });
  flush(dataset.events.length);

  const cited = citedStretches(dataset);
  const sourceShards: SourceShard[] = [];
  const sourceShard: number[] = [];
  let records: SourceShard["sources"] = [];
  chars = 0;
  const flushSources = () => {
    if (records.length === 0) return;
    sourceShards.push({ schemaVersion: SCHEMA_VERSION, layout: "sources", sources: records });
    records = [];
    chars = 0;
  };
  for (const source of dataset.sources) {
    const record = {
      id: source.id,
      sha256: source.sha256,
      text: source.text,
      paragraphs: source.paragraphs.map((p) => ({ start: p.start, end: p.end })),
      cited: (cited.get(source.id) ?? []).map((c) => ({
        start: c.start,
        end: c.end,
        events: c.eventIds.map((id) => eventOrdinal.get(id) ?? 0),
      })),
    };
    records.push(record);
    sourceShard.push(sourceShards.length);
    chars += JSON.stringify(record).length;
    if (chars >= sizes.sourceChars) flushSources();
  }
  flushSources();
  return { events, sources: sourceShards, sourceShard };
}

/**
 * The whole dataset again, from a checked index and all its shards (each in the index's order):
 * what the share pages and the tests read. The same dataset that cutShards and encodeIndex were
 * given, record for record and key for key.
 */
export function assembleDataset(
  index: DecodedIndex,
  eventShards: readonly EventShard[],
  sourceShards: readonly SourceShard[],
): Dataset {
  const events = index.head.events.map((entry, i) => {
    const shard = eventShards[index.eventShardOf(i)];
    const details = shard ? detailsFromShard(shard, i) : undefined;
    if (!details) throw new Error(`archive: no details for event ${entry.id}`);
    return assembleEvent(entry, details);
  });
  const sources = index.head.sources.map((entry, i) => {
    const shard = sourceShards[index.sourceShardOf(i)];
    const text = shard ? sourceFromShard(shard, index, entry.id) : undefined;
    if (!text) throw new Error(`archive: no text for article ${entry.id}`);
    return text.source;
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    title: index.head.title,
    description: index.head.description,
    corpusDigest: index.head.corpusDigest,
    sources,
    actors: [...index.head.actors],
    places: [...index.head.places],
    events,
  };
}
