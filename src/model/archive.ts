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
  Actor,
  Citation,
  Dataset,
  DatasetIndexFile,
  Disagreement,
  EventDate,
  EventShard,
  Place,
  Report,
  ShardRef,
  Source,
  SourceShard,
  Span,
  TimelineEvent,
} from "./dataset.ts";
import { DISAGREEMENT_KINDS, PRECISIONS, SCHEMA_VERSION, STATUSES } from "./datasetTerms.ts";
import { formatDay, parseDay, parseEdtf } from "./dates.ts";
import type { QuoteContext } from "./passages.ts";
import { quoteContext } from "./passages.ts";

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

function mustDay(day: string): number {
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

/** The refs of the written shards, in the order of ArchiveParts (and of the search buckets). */
export type ShardRefs = {
  events: ShardRef[];
  sources: ShardRef[];
  search: ShardRef[];
};

/**
 * The index of a whole, valid dataset whose shards were cut by cutShards and written as `refs`.
 * Deterministic: the same dataset and refs give the same index.
 */
export function encodeIndex(
  dataset: Dataset,
  parts: ArchiveParts,
  refs: ShardRefs,
): DatasetIndexFile {
  const sourceOrdinal = new Map(dataset.sources.map((s, i) => [s.id, i]));
  const eventOrdinal = new Map(dataset.events.map((e, i) => [e.id, i]));
  const actorOrdinal = new Map(dataset.actors.map((a, i) => [a.id, i]));
  const placeOrdinal = new Map(dataset.places.map((p, i) => [p.id, i]));
  const attributions: string[] = [];
  const attributionOrdinal = new Map<string, number>();
  const attributionOf = (name: string): number => {
    let n = attributionOrdinal.get(name);
    if (n === undefined) {
      n = attributions.length;
      attributions.push(name);
      attributionOrdinal.set(name, n);
    }
    return n;
  };
  const dates: DatasetIndexFile["dates"] = {
    edtf: [],
    precision: [],
    earliest: [],
    latest: [],
    phrase: [],
    resolvedAgainst: [],
  };
  const dateOrdinal = new Map<string, number>();
  const dateOf = (date: EventDate): number => {
    const key = JSON.stringify(date);
    let n = dateOrdinal.get(key);
    if (n === undefined) {
      n = dates.edtf.length;
      dateOrdinal.set(key, n);
      dates.edtf.push(date.edtf);
      dates.precision.push(PRECISIONS.indexOf(date.precision));
      dates.earliest.push(date.earliest === null ? null : mustDay(date.earliest));
      dates.latest.push(date.latest === null ? null : mustDay(date.latest));
      dates.phrase.push(date.phrase);
      dates.resolvedAgainst.push(mustDay(date.resolvedAgainst));
    }
    return n;
  };
  const ordinal = (map: ReadonlyMap<string, number>, id: string): number => {
    const n = map.get(id);
    if (n === undefined) throw new Error(`archive: unknown id ${id}`);
    return n;
  };
  const sources: DatasetIndexFile["sources"] = {
    id: [],
    title: [],
    dateline: [],
    attribution: [],
    length: [],
    shard: [],
  };
  dataset.sources.forEach((s, i) => {
    sources.id.push(s.id);
    sources.title.push(s.title);
    sources.dateline.push(mustDay(s.dateline));
    sources.attribution.push(attributionOf(s.attribution));
    sources.length.push(s.text.length);
    sources.shard.push(parts.sourceShard[i] ?? 0);
  });
  const events: DatasetIndexFile["events"] = {
    id: [],
    title: [],
    date: [],
    status: [],
    asOf: [],
    source: [],
    actors: [],
    places: [],
    related: [],
  };
  const reports: DatasetIndexFile["reports"] = { event: [], source: [], status: [], date: [] };
  const disagreements: DatasetIndexFile["disagreements"] = {
    event: [],
    kind: [],
    first: [],
    second: [],
  };
  dataset.events.forEach((e, i) => {
    events.id.push(e.id);
    events.title.push(e.title);
    events.date.push(dateOf(e.date));
    events.status.push(STATUSES.indexOf(e.status));
    events.asOf.push(mustDay(e.asOf));
    events.source.push(ordinal(sourceOrdinal, e.reports[0]?.source ?? ""));
    events.actors.push(e.actors.map((id) => ordinal(actorOrdinal, id)));
    events.places.push(e.places.map((id) => ordinal(placeOrdinal, id)));
    events.related.push(e.related.map((id) => ordinal(eventOrdinal, id)));
    if (!toldOnceAsStated(e)) {
      for (const r of e.reports) {
        reports.event.push(i);
        reports.source.push(ordinal(sourceOrdinal, r.source));
        reports.status.push(r.status === null ? null : STATUSES.indexOf(r.status));
        reports.date.push(r.date === null ? null : dateOf(r.date));
      }
    }
    for (const d of e.disagreements) {
      disagreements.event.push(i);
      disagreements.kind.push(DISAGREEMENT_KINDS.indexOf(d.kind));
      disagreements.first.push(d.reports[0] ?? 0);
      disagreements.second.push(d.reports[1] ?? 0);
    }
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    layout: "index",
    title: dataset.title,
    description: dataset.description,
    corpusDigest: dataset.corpusDigest,
    actors: dataset.actors.map((a) => ({ ...a })),
    places: dataset.places.map((p) => ({ ...p })),
    attributions,
    sources,
    dates,
    events,
    reports,
    disagreements,
    shards: {
      events: refs.events.map((ref, i) => ({
        ...ref,
        first: parts.events[i]?.first ?? 0,
        count: parts.events[i]?.count ?? 1,
      })),
      sources: refs.sources,
      search: refs.search,
    },
  };
}

/**
 * True when an event is told by one report that states its status and date (the index then
 * writes no report rows for it: they are implied by the event's first source, status and date).
 */
function toldOnceAsStated(event: TimelineEvent): boolean {
  const only = event.reports[0];
  return (
    event.reports.length === 1 &&
    only !== undefined &&
    only.status === event.status &&
    only.dateline === event.asOf &&
    only.date !== null &&
    JSON.stringify(only.date) === JSON.stringify(event.date)
  );
}

// ---------------------------------------------------------------------------------------------
// Decoding: the index, checked, into the views' records.

/** A decoded index: the head the views show, and where each part's details live. */
export type DecodedIndex = {
  head: DatasetHead;
  /** Event ordinal by id. */
  eventOrdinals: ReadonlyMap<string, number>;
  /** Source ordinal by id. */
  sourceOrdinals: ReadonlyMap<string, number>;
  /** The event shard holding each event (by ordinal). */
  eventShardOf: (ordinal: number) => number;
  /** The article shard holding each source (by ordinal). */
  sourceShardOf: (ordinal: number) => number;
  /** The search index's documents after the events' own: each later report's event and day. */
  laterReports: readonly { event: number; dateline: string }[];
  shards: DatasetIndexFile["shards"];
};

/** Every day number in the years 1–9999, so formatDay writes it as YYYY-MM-DD. */
const FIRST_DAY = -719162;
const LAST_DAY = 2932896;

/**
 * The references of an index its schema cannot check: columns of equal length, ordinals in
 * range, days and dates that read (an EDTF whose days and precision agree), reports of an event
 * in dateline order whose latest status and date are the event's, disagreements between its
 * reports, shards covering every event once. One readable line each; empty when it fits.
 */
export function indexProblems(file: DatasetIndexFile): string[] {
  const problems: string[] = [];
  const same = (group: string, columns: Record<string, readonly unknown[]>) => {
    const lengths = Object.entries(columns).map(([k, v]) => `${k} ${v.length}`);
    const first = Object.values(columns)[0]?.length ?? 0;
    if (Object.values(columns).some((v) => v.length !== first)) {
      problems.push(`${group}: columns differ in length (${lengths.join(", ")})`);
    }
    return first;
  };
  const nSources = same("sources", file.sources);
  const nDates = same("dates", file.dates);
  const nEvents = same("events", file.events);
  const nReports = same("reports", file.reports);
  const nDisagreements = same("disagreements", file.disagreements);
  if (problems.length > 0) return problems;
  const inRange = (n: number | null, limit: number, what: string) => {
    if (n !== null && n >= limit) problems.push(`${what}: ${n} is out of range (${limit})`);
  };
  const isDay = (n: number | null, what: string) => {
    if (n !== null && (n < FIRST_DAY || n > LAST_DAY))
      problems.push(`${what}: day ${n} is out of range`);
  };
  const unique = (ids: readonly string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`duplicate ${what} id "${id}"`);
      seen.add(id);
    }
  };
  unique(file.events.id, "event");
  unique(file.sources.id, "source");
  unique(
    file.actors.map((a) => a.id),
    "actor",
  );
  unique(
    file.places.map((p) => p.id),
    "place",
  );
  for (let i = 0; i < nSources; i++) {
    isDay(file.sources.dateline[i] ?? null, `sources[${i}] dateline`);
    inRange(
      file.sources.attribution[i] ?? 0,
      file.attributions.length,
      `sources[${i}] attribution`,
    );
    inRange(file.sources.shard[i] ?? 0, file.shards.sources.length, `sources[${i}] shard`);
  }
  const edtfs = new Map<string, ReturnType<typeof parseEdtf>>();
  for (let i = 0; i < nDates; i++) {
    const edtf = file.dates.edtf[i] ?? "";
    inRange(file.dates.precision[i] ?? 0, PRECISIONS.length, `dates[${i}] precision`);
    isDay(file.dates.earliest[i] ?? null, `dates[${i}] earliest`);
    isDay(file.dates.latest[i] ?? null, `dates[${i}] latest`);
    isDay(file.dates.resolvedAgainst[i] ?? null, `dates[${i}] resolvedAgainst`);
    let parsed = edtfs.get(edtf);
    if (parsed === undefined && !edtfs.has(edtf)) {
      parsed = parseEdtf(edtf);
      edtfs.set(edtf, parsed);
    }
    const earliest = file.dates.earliest[i] ?? null;
    const latest = file.dates.latest[i] ?? null;
    if (!parsed) problems.push(`dates[${i}]: ${edtf} is not EDTF Dateline reads`);
    else if (
      (parsed.earliest === null ? null : parseDay(parsed.earliest)) !== earliest ||
      (parsed.latest === null ? null : parseDay(parsed.latest)) !== latest ||
      PRECISIONS[file.dates.precision[i] ?? -1] !== parsed.precision
    ) {
      problems.push(`dates[${i}]: ${edtf} does not mean its earliest, latest and precision`);
    }
  }
  const rows = new Map<number, number[]>();
  for (let r = 0; r < nReports; r++) {
    const event = file.reports.event[r] ?? 0;
    inRange(event, nEvents, `reports[${r}] event`);
    inRange(file.reports.source[r] ?? 0, nSources, `reports[${r}] source`);
    inRange(file.reports.status[r] ?? null, STATUSES.length, `reports[${r}] status`);
    inRange(file.reports.date[r] ?? null, nDates, `reports[${r}] date`);
    const list = rows.get(event);
    if (list) {
      if (list.at(-1) !== r - 1) problems.push(`reports[${r}]: an event's rows are not together`);
      list.push(r);
    } else rows.set(event, [r]);
  }
  if (problems.length > 0) return problems.slice(0, 20);
  for (let i = 0; i < nEvents; i++) {
    const where = `events[${i}] (${file.events.id[i] ?? ""})`;
    inRange(file.events.date[i] ?? 0, nDates, `${where} date`);
    inRange(file.events.status[i] ?? 0, STATUSES.length, `${where} status`);
    inRange(file.events.source[i] ?? 0, nSources, `${where} source`);
    isDay(file.events.asOf[i] ?? null, `${where} asOf`);
    for (const a of file.events.actors[i] ?? []) inRange(a, file.actors.length, `${where} actor`);
    for (const p of file.events.places[i] ?? []) inRange(p, file.places.length, `${where} place`);
    for (const e of file.events.related[i] ?? []) inRange(e, nEvents, `${where} related`);
    const own = rows.get(i);
    if (own) {
      if (own.length < 2) problems.push(`${where}: a single report needs no rows`);
      let statusRow: number | undefined;
      let dated = false;
      let previous = -Infinity;
      for (const r of own) {
        const day = file.sources.dateline[file.reports.source[r] ?? 0] ?? 0;
        if (day < previous) problems.push(`${where}: reports are not in dateline order`);
        previous = day;
        if ((file.reports.status[r] ?? null) !== null) statusRow = r;
        if ((file.reports.date[r] ?? null) !== null) dated = true;
      }
      if (file.reports.source[own[0] ?? 0] !== file.events.source[i]) {
        problems.push(`${where}: its source is not its first report's`);
      }
      if (statusRow === undefined || !dated)
        problems.push(`${where}: no report states its status and date`);
      else if (
        file.reports.status[statusRow] !== file.events.status[i] ||
        file.sources.dateline[file.reports.source[statusRow] ?? 0] !== file.events.asOf[i]
      ) {
        problems.push(`${where}: its status and asOf are not its latest stated status's`);
      }
      const date = file.dates;
      const eventDate = file.events.date[i] ?? 0;
      if (
        !own.some((r) => {
          const d = file.reports.date[r];
          return (
            d != null &&
            date.edtf[d] === date.edtf[eventDate] &&
            date.resolvedAgainst[d] === date.resolvedAgainst[eventDate]
          );
        })
      ) {
        problems.push(`${where}: its date is not one its reports give`);
      }
    } else if (file.sources.dateline[file.events.source[i] ?? 0] !== file.events.asOf[i]) {
      problems.push(`${where}: asOf is not its report's dateline`);
    }
    if (problems.length >= 20) return problems;
  }
  for (let d = 0; d < nDisagreements; d++) {
    const event = file.disagreements.event[d] ?? 0;
    inRange(event, nEvents, `disagreements[${d}] event`);
    inRange(file.disagreements.kind[d] ?? 0, DISAGREEMENT_KINDS.length, `disagreements[${d}] kind`);
    const count = rows.get(event)?.length ?? 1;
    const a = file.disagreements.first[d] ?? 0;
    const b = file.disagreements.second[d] ?? 0;
    if (a >= b || b >= count) problems.push(`disagreements[${d}]: names reports that do not exist`);
    const previous = file.disagreements.event[d - 1];
    if (previous !== undefined && previous > event)
      problems.push(`disagreements[${d}]: out of event order`);
  }
  let next = 0;
  for (const [j, shard] of file.shards.events.entries()) {
    if (shard.first !== next)
      problems.push(`shards.events[${j}]: starts at ${shard.first}, not ${next}`);
    next = shard.first + shard.count;
  }
  if (next !== nEvents) problems.push(`the event shards cover ${next} events, not ${nEvents}`);
  return problems.slice(0, 20);
}

/**
 * The views' records of a checked index (indexProblems found nothing). Days become YYYY-MM-DD
 * strings once per distinct day; one date object serves every event and report that shares it.
 */
export function decodeIndex(file: DatasetIndexFile): DecodedIndex {
  const days = new Map<number, string>();
  const day = (n: number): string => {
    let text = days.get(n);
    if (text === undefined) {
      text = formatDay(n);
      days.set(n, text);
    }
    return text;
  };
  const sources: SourceEntry[] = file.sources.id.map((id, i) => ({
    id,
    title: file.sources.title[i] ?? "",
    dateline: day(file.sources.dateline[i] ?? 0),
    attribution: file.attributions[file.sources.attribution[i] ?? 0] ?? "",
    length: file.sources.length[i] ?? 0,
  }));
  const dates: EventDate[] = file.dates.edtf.map((edtf, i) => {
    const earliest = file.dates.earliest[i] ?? null;
    const latest = file.dates.latest[i] ?? null;
    return {
      edtf,
      precision: PRECISIONS[file.dates.precision[i] ?? 0] ?? "day",
      earliest: earliest === null ? null : day(earliest),
      latest: latest === null ? null : day(latest),
      phrase: file.dates.phrase[i] ?? "",
      resolvedAgainst: day(file.dates.resolvedAgainst[i] ?? 0),
    };
  });
  const actorIds = file.actors.map((a: Actor) => a.id);
  const placeIds = file.places.map((p: Place) => p.id);
  const ids = file.events.id;
  // Each event's report rows, and its disagreement rows.
  const reportRows = new Map<number, ReportEntry[]>();
  for (let r = 0; r < file.reports.event.length; r++) {
    const event = file.reports.event[r] ?? 0;
    const source = sources[file.reports.source[r] ?? 0];
    const status = file.reports.status[r] ?? null;
    const date = file.reports.date[r] ?? null;
    const entry: ReportEntry = {
      source: source?.id ?? "",
      dateline: source?.dateline ?? "",
      status: status === null ? null : (STATUSES[status] ?? null),
      date: date === null ? null : (dates[date] ?? null),
    };
    const list = reportRows.get(event);
    if (list) list.push(entry);
    else reportRows.set(event, [entry]);
  }
  const disagreementRows = new Map<number, DisagreementEntry[]>();
  for (let d = 0; d < file.disagreements.event.length; d++) {
    const event = file.disagreements.event[d] ?? 0;
    const entry: DisagreementEntry = {
      kind: DISAGREEMENT_KINDS[file.disagreements.kind[d] ?? 0] ?? "dates-disjoint",
      reports: [file.disagreements.first[d] ?? 0, file.disagreements.second[d] ?? 0],
    };
    const list = disagreementRows.get(event);
    if (list) list.push(entry);
    else disagreementRows.set(event, [entry]);
  }
  const none: readonly DisagreementEntry[] = [];
  const laterReports: { event: number; dateline: string }[] = [];
  const events: EventEntry[] = ids.map((id, i) => {
    const date = dates[file.events.date[i] ?? 0] as EventDate;
    const status = STATUSES[file.events.status[i] ?? 0] ?? "occurred";
    const source = sources[file.events.source[i] ?? 0];
    const reports = reportRows.get(i) ?? [
      { source: source?.id ?? "", dateline: source?.dateline ?? "", status, date },
    ];
    for (let k = 1; k < reports.length; k++) {
      laterReports.push({ event: i, dateline: reports[k]?.dateline ?? "" });
    }
    return {
      id,
      title: file.events.title[i] ?? "",
      date,
      status,
      asOf: day(file.events.asOf[i] ?? 0),
      actors: (file.events.actors[i] ?? []).map((a) => actorIds[a] ?? ""),
      places: (file.events.places[i] ?? []).map((p) => placeIds[p] ?? ""),
      related: (file.events.related[i] ?? []).map((e) => ids[e] ?? ""),
      reports,
      disagreements: disagreementRows.get(i) ?? none,
    };
  });
  const firsts = file.shards.events.map((s) => s.first);
  return {
    head: {
      schemaVersion: SCHEMA_VERSION,
      title: file.title,
      description: file.description,
      corpusDigest: file.corpusDigest,
      actors: file.actors,
      places: file.places,
      sources,
      events,
    },
    eventOrdinals: new Map(ids.map((id, i) => [id, i])),
    sourceOrdinals: new Map(file.sources.id.map((id, i) => [id, i])),
    eventShardOf: (ordinal) => {
      // The last shard starting at or before the ordinal (shards are in order).
      let low = 0;
      let high = firsts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((firsts[mid] ?? 0) <= ordinal) low = mid;
        else high = mid - 1;
      }
      return low;
    },
    sourceShardOf: (ordinal) => file.sources.shard[ordinal] ?? 0,
    laterReports,
    shards: file.shards,
  };
}

/**
 * The problems of an event shard that its schema cannot check, against the index it belongs to:
 * it starts where the index says and holds its events (by id, in order), each with one set of
 * passages per report and one sentence per disagreement; citations from known sources, within
 * their text's length, of the source of the report that holds them, each citation in one report.
 */
export function eventShardProblems(
  shard: EventShard,
  index: DecodedIndex,
  number: number,
): string[] {
  const problems: string[] = [];
  const ref = index.shards.events[number];
  if (!ref) return [`no event shard ${number}`];
  if (shard.first !== ref.first || shard.events.length !== ref.count) {
    problems.push(
      `holds events ${shard.first}–${shard.first + shard.events.length - 1}, not ${ref.first}–${ref.first + ref.count - 1}`,
    );
  }
  const lengths = new Map(index.head.sources.map((s) => [s.id, s.length]));
  shard.events.forEach((details, k) => {
    const entry = index.head.events[ref.first + k];
    const where = `event ${ref.first + k} (${details.id})`;
    if (!entry || entry.id !== details.id) {
      problems.push(`${where}: the index has ${entry?.id ?? "no event"} there`);
      return;
    }
    if (details.context.length !== details.citations.length)
      problems.push(`${where}: one sentence per citation is needed`);
    if (details.reports.length !== entry.reports.length)
      problems.push(
        `${where}: passages for ${details.reports.length} reports, not ${entry.reports.length}`,
      );
    if (details.disagreements.length !== entry.disagreements.length)
      problems.push(
        `${where}: sentences for ${details.disagreements.length} disagreements, not ${entry.disagreements.length}`,
      );
    const owner = new Array<number>(details.citations.length).fill(-1);
    details.reports.forEach((indexes, r) => {
      for (const c of indexes) {
        const citation = details.citations[c];
        if (!citation || owner[c] !== -1) {
          problems.push(`${where}: report ${r} names citation ${c} twice or not at all`);
          continue;
        }
        owner[c] = r;
        if (citation.source !== entry.reports[r]?.source)
          problems.push(`${where}: citation ${c} is not from report ${r}'s source`);
      }
    });
    if (owner.includes(-1)) problems.push(`${where}: a citation belongs to no report`);
    details.citations.forEach((c, j) => {
      const length = lengths.get(c.source);
      if (length === undefined) problems.push(`${where} citation ${j}: unknown source ${c.source}`);
      else if (c.start >= c.end || c.end > length || c.exact.length !== c.end - c.start) {
        problems.push(`${where} citation ${j}: offsets [${c.start}, ${c.end}) do not fit`);
      }
    });
  });
  return problems.slice(0, 20);
}

/** An event's details from its checked shard. */
export function detailsFromShard(shard: EventShard, ordinal: number): EventDetails | undefined {
  return shard.events[ordinal - shard.first];
}

/**
 * The problems of an article shard that its schema cannot check, against its index: the sources
 * the index puts there (by id, in order), each text of the length the index gives, paragraphs and
 * cited stretches inside it, events that exist.
 */
export function sourceShardProblems(
  shard: SourceShard,
  index: DecodedIndex,
  number: number,
): string[] {
  const problems: string[] = [];
  const expected = index.head.sources.filter((_, i) => index.sourceShardOf(i) === number);
  if (expected.length !== shard.sources.length) {
    problems.push(`holds ${shard.sources.length} articles, not ${expected.length}`);
  }
  const events = index.head.events.length;
  const inside = (span: Span, length: number) => span.start <= span.end && span.end <= length;
  shard.sources.forEach((s, k) => {
    const entry = expected[k];
    if (!entry || entry.id !== s.id) {
      problems.push(`article ${k}: ${s.id} is not the index's ${entry?.id ?? "(none)"}`);
      return;
    }
    if (s.text.length !== entry.length)
      problems.push(`${s.id}: text of ${s.text.length} characters, not ${entry.length}`);
    if (s.paragraphs.some((p) => !inside(p, s.text.length)))
      problems.push(`${s.id}: a paragraph lies outside the text`);
    for (const c of s.cited) {
      if (c.start >= c.end || !inside(c, s.text.length))
        problems.push(`${s.id}: a cited stretch lies outside the text`);
      if (c.events.some((e) => e >= events))
        problems.push(`${s.id}: a cited stretch names an unknown event`);
    }
  });
  return problems.slice(0, 20);
}

/** An article and its cited stretches from its checked shard. */
export function sourceFromShard(
  shard: SourceShard,
  index: DecodedIndex,
  id: string,
): SourceText | undefined {
  const record = shard.sources.find((s) => s.id === id);
  const ordinal = index.sourceOrdinals.get(id);
  const entry = ordinal === undefined ? undefined : index.head.sources[ordinal];
  if (!record || !entry) return undefined;
  return {
    source: {
      id: entry.id,
      title: entry.title,
      dateline: entry.dateline,
      attribution: entry.attribution,
      sha256: record.sha256,
      text: record.text,
      paragraphs: record.paragraphs,
    },
    cited: record.cited.map((c) => ({
      start: c.start,
      end: c.end,
      eventIds: c.events.map((e) => index.head.events[e]?.id ?? ""),
    })),
  };
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
