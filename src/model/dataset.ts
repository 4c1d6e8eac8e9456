/**
 * The dataset contract: the one definition of public/data/timeline.json and the files beside it
 * that the pipeline writes and the app reads. The TypeScript types are inferred from the schemas,
 * and the published JSON Schemas (public/data/*.schema.json) are generated from them, so the
 * three can never drift apart.
 *
 * Two forms share one version. The whole dataset (DatasetSchema) is what the pipeline, the share
 * pages and the exports work on, and what `npm run data -- --single-file` writes. The index-first
 * layout (IndexSchema and the shard schemas below) is what the app loads by default: an index of
 * the events, just what the timeline, list, filters, counts, marks and the "as reported up to"
 * projection need, and shards of details fetched on demand (archive.ts encodes and decodes it).
 *
 * Bump SCHEMA_VERSION on any change an older app could not read.
 */
import { z } from "zod/mini";
import { en } from "zod/v4/locales";
import {
  ACTOR_KINDS,
  DAY_PATTERN,
  DISAGREEMENT_KINDS,
  PRECISIONS,
  SCHEMA_VERSION,
  SHA256_PATTERN,
  SHARD_FILE_PATTERN,
  SLUG_PATTERN,
  SOURCE_ID_PATTERN,
  STATUSES,
} from "./datasetTerms.ts";

export * from "./datasetTerms.ts";

z.config(en());

const Day = z.string().check(z.regex(DAY_PATTERN, "must be a calendar day YYYY-MM-DD"));
const Slug = z
  .string()
  .check(z.regex(SLUG_PATTERN, "must be a lower-case slug like beijing-visit"));
const SourceId = z.string().check(z.regex(SOURCE_ID_PATTERN, "must be an article id"));
const Offset = z.int().check(z.nonnegative());
const Text = z.string().check(z.minLength(1));

const StatusSchema = z.enum(STATUSES);
const PrecisionSchema = z.enum(PRECISIONS);
export type Precision = z.infer<typeof PrecisionSchema>;

/**
 * A date resolved from the article's own words.
 * `edtf` is ISO 8601-2 / EDTF: `2023-02`, `2022`, `2023-06-17`, `2023-06-18/2023-06-19` (every day
 * of the span), `../2023-06-17` (open start: "before 18 June"), `2023-06-18/..` (open end),
 * `2005-22` (a season: 21 spring, 22 summer, 23 autumn, 24 winter, from December into the next
 * year), `2023-35` (a quarter: 33 to 36), `[2005-01-01..2005-06-13]` (one day of that span, not
 * known which: "earlier this year"). `precision` is read off it (dates.ts, parseEdtf).
 * `earliest` and `latest` are the inclusive calendar days it covers; null where the interval is open.
 * At least one of them is set. `phrase` is the article's wording it was resolved from, and
 * `resolvedAgainst` the dateline (YYYY-MM-DD) it was resolved relative to.
 */
const EventDateSchema = z.object({
  edtf: Text,
  precision: PrecisionSchema,
  earliest: z.nullable(Day),
  latest: z.nullable(Day),
  phrase: Text,
  resolvedAgainst: Day,
});
export type EventDate = z.infer<typeof EventDateSchema>;

/**
 * A passage of an article, as a W3C Web Annotation TextQuoteSelector (exact, prefix, suffix) plus
 * TextPositionSelector (start, end: UTF-16 code-unit offsets into the source text, 0-based, end
 * exclusive). `paragraph` is the 0-based index into the source's paragraphs.
 * Invariant: source.text.slice(start, end) === exact.
 */
const CitationSchema = z.object({
  source: SourceId,
  exact: Text,
  prefix: z.string(),
  suffix: z.string(),
  start: Offset,
  end: Offset,
  paragraph: Offset,
});
export type Citation = z.infer<typeof CitationSchema>;

/** A paragraph's span in its source text: [start, end), UTF-16 offsets. */
const SpanSchema = z.object({ start: Offset, end: Offset });
export type Span = z.infer<typeof SpanSchema>;

/**
 * An article, exactly as it came. `title` is the editors' label for it (articles may have no
 * headline); `attribution` who the article credits as its source. `text` is the article body after the ` date YYYY-MM-DD` line head
 * (docs/annotating.md, "Articles"); `sha256` is the hash of the whole file's bytes, so anyone can check the
 * copy. `paragraphs` are the spans of its blank-line-separated paragraphs.
 */
export const SourceSchema = z.object({
  id: SourceId,
  title: Text,
  dateline: Day,
  attribution: Text,
  sha256: z.string().check(z.regex(SHA256_PATTERN, "must be a hex sha256")),
  text: z.string(),
  paragraphs: z.array(SpanSchema),
});
export type Source = z.infer<typeof SourceSchema>;

const ActorKindSchema = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKindSchema>;

/** A person, country or organisation the articles make party to an event. `role` is as stated. */
export const ActorSchema = z.object({
  id: Slug,
  name: Text,
  kind: ActorKindSchema,
  role: z.optional(Text),
});
export type Actor = z.infer<typeof ActorSchema>;

/** A place named by the articles. */
export const PlaceSchema = z.object({ id: Slug, name: Text });
export type Place = z.infer<typeof PlaceSchema>;

/**
 * One article's report on an event. `source` is the article, `dateline` its dateline. `status` and
 * `date` are what this article states (`date` resolved against its own dateline), or null when it
 * states none (a report that only quotes, as a `cites:` entry does). `citations` are indexes into
 * the event's `citations[]`: every citation belongs to exactly one report, from the same source.
 */
const ReportSchema = z.object({
  source: SourceId,
  dateline: Day,
  status: z.nullable(StatusSchema),
  date: z.nullable(EventDateSchema),
  citations: z.array(Offset).check(z.minLength(1)),
});
export type Report = z.infer<typeof ReportSchema>;

const DisagreementKindSchema = z.enum(DISAGREEMENT_KINDS);
export type DisagreementKind = z.infer<typeof DisagreementKindSchema>;

/**
 * Two reports on one event that cannot both be true: a fact about the coverage, not an error.
 * `reports` are indexes into the event's `reports[]`, earlier first; `sentence` says it in plain
 * words (src/model/reports.ts writes it).
 */
const DisagreementSchema = z.object({
  kind: DisagreementKindSchema,
  reports: z.array(Offset).check(z.minLength(2)),
  sentence: Text,
});
export type Disagreement = z.infer<typeof DisagreementSchema>;

/**
 * Something the articles report or anticipate. Every event has at least one citation; `summary` is
 * the editors' wording, which the citations must support.
 *
 * `reports` are the articles that report it, in dateline order; the article that defines the event
 * is the first. The rest is derived from them (src/model/reports.ts, reconcileReports): `status`
 * is that of the latest report that states one, and `asOf` (YYYY-MM-DD) that report's dateline;
 * `date` is the most precise date among the reports that agree with the latest dated one (ties go
 * to the later report); `disagreements` lists the reports that cannot all be true.
 */
export const EventSchema = z.object({
  id: Slug,
  title: Text,
  summary: Text,
  date: EventDateSchema,
  status: StatusSchema,
  asOf: Day,
  actors: z.array(Slug),
  places: z.array(Slug),
  related: z.array(Slug),
  citations: z.array(CitationSchema).check(z.minLength(1)),
  reports: z.array(ReportSchema).check(z.minLength(1)),
  disagreements: z.array(DisagreementSchema),
});
export type TimelineEvent = z.infer<typeof EventSchema>;

/**
 * The whole dataset. Events are sorted by (earliest ?? latest, latest ?? earliest, id); sources,
 * actors and places by id. `corpusDigest` is a sha256 over the corpus's files, so a build can tell
 * whether the dataset is stale.
 */
export const DatasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: Text,
  description: z.string(),
  corpusDigest: z.string().check(z.regex(SHA256_PATTERN, "must be a hex sha256")),
  sources: z.array(SourceSchema),
  actors: z.array(ActorSchema),
  places: z.array(PlaceSchema),
  events: z.array(EventSchema),
});
export type Dataset = z.infer<typeof DatasetSchema>;

/** The dataset's JSON Schema (draft 2020-12), as published beside the dataset. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DatasetSchema),
    $id: "timeline.schema.json",
    title: "Dateline dataset",
  };
}

// The index-first layout. Everything below is columnar: one array per field, one item per record,
// so that a 100,000-event index parses as a few long arrays of small values and compresses well.
// Records are referred to by their position ("ordinal"): events in the dataset's order, sources
// in id order, dates in the index's own table. Days are day numbers (days since 1970-01-01,
// src/model/dates.ts), enumerations indexes into their lists in datasetTerms.ts.

const Ordinal = z.int().check(z.nonnegative());
const DayNumber = z.int();
const Ordinals = z.array(Ordinal);

/** A shard the index names: its file (beside the index, content-addressed) and its sha256. */
const ShardRefSchema = z.object({
  file: z.string().check(z.regex(SHARD_FILE_PATTERN, "must be a shard file name")),
  sha256: z.string().check(z.regex(SHA256_PATTERN, "must be a hex sha256")),
  /** Its size in bytes, before any compression the server adds (for progress). */
  bytes: Ordinal,
});
export type ShardRef = z.infer<typeof ShardRefSchema>;

/**
 * The index of the index-first layout (`data/timeline.json`, `layout: "index"`). Sources, dates,
 * events, reports and disagreements are columns of equal length within each group:
 * - `sources`: articles by id: title, dateline, outlet (`attribution`, into `attributions`), the
 *   text's length in UTF-16 code units (so a passage link is checked before the text arrives) and
 *   the shard holding the text (`shard`, into `shards.sources`).
 * - `dates`: every distinct date of the events and their reports (EventDate's fields).
 * - `events`: in the dataset's order: id, title, date (into `dates`), status (into STATUSES), asOf,
 *   the first report's source, actors, places and related events (by ordinal).
 * - `reports`: every report of the events told by more than one (rows grouped by event, in report
 *   order); an event told once has one report, its first source's, stating its status and date.
 *   Report citations are in the event's shard.
 * - `disagreements`: rows of event, kind (into DISAGREEMENT_KINDS) and the two reports; their
 *   sentences are in the event's shard.
 * - `shards.events`: the event shards, each holding `count` consecutive events from `first`;
 *   `shards.sources` the article shards; `shards.search` the search index's buckets
 *   (src/model/searchIndex.ts says which bucket holds a gram).
 */
export const IndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  layout: z.literal("index"),
  title: Text,
  description: z.string(),
  corpusDigest: z.string().check(z.regex(SHA256_PATTERN, "must be a hex sha256")),
  actors: z.array(ActorSchema),
  places: z.array(PlaceSchema),
  attributions: z.array(Text),
  sources: z.object({
    id: z.array(SourceId),
    title: z.array(Text),
    dateline: z.array(DayNumber),
    attribution: Ordinals,
    length: Ordinals,
    shard: Ordinals,
  }),
  dates: z.object({
    edtf: z.array(Text),
    precision: Ordinals,
    earliest: z.array(z.nullable(DayNumber)),
    latest: z.array(z.nullable(DayNumber)),
    phrase: z.array(Text),
    resolvedAgainst: z.array(DayNumber),
  }),
  events: z.object({
    id: z.array(Slug),
    title: z.array(Text),
    date: Ordinals,
    status: Ordinals,
    asOf: z.array(DayNumber),
    source: Ordinals,
    actors: z.array(Ordinals),
    places: z.array(Ordinals),
    related: z.array(Ordinals),
  }),
  reports: z.object({
    event: Ordinals,
    source: Ordinals,
    status: z.array(z.nullable(Ordinal)),
    date: z.array(z.nullable(Ordinal)),
  }),
  disagreements: z.object({
    event: Ordinals,
    kind: Ordinals,
    first: Ordinals,
    second: Ordinals,
  }),
  shards: z.object({
    events: z.array(
      z.object({ ...ShardRefSchema.shape, first: Ordinal, count: z.int().check(z.positive()) }),
    ),
    sources: z.array(ShardRefSchema),
    search: z.array(ShardRefSchema),
  }),
});
export type DatasetIndexFile = z.infer<typeof IndexSchema>;

/**
 * A citation's sentence in its article, cut as the panel shows it (passages.ts, quoteContext):
 * written into the event's shard, so a panel shows its passages without the articles' texts.
 */
const QuoteContextSchema = z.object({
  before: z.string(),
  after: z.string(),
  clippedBefore: z.boolean(),
  clippedAfter: z.boolean(),
});

/**
 * An event shard (`layout: "events"`): the details of consecutive events from `first` (ordinals
 * of the index): summary, citations, each citation's sentence (`context`), each report's
 * citations (indexes into `citations`, in report order) and the sentences of its disagreements
 * (in the order of the index's rows).
 */
export const EventShardSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  layout: z.literal("events"),
  first: Ordinal,
  events: z.array(
    z.object({
      id: Slug,
      summary: Text,
      citations: z.array(CitationSchema).check(z.minLength(1)),
      context: z.array(QuoteContextSchema),
      reports: z.array(z.array(Offset).check(z.minLength(1))).check(z.minLength(1)),
      disagreements: z.array(Text),
    }),
  ),
});
export type EventShard = z.infer<typeof EventShardSchema>;

/**
 * An article shard (`layout: "sources"`): whole articles (`sha256`, `text`, `paragraphs` as in
 * Source) and the stretches of each that events cite (`cited`, as citedRanges in passages.ts
 * gives them, events by ordinal), so the reader marks them without the events' shards.
 */
export const SourceShardSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  layout: z.literal("sources"),
  sources: z.array(
    z.object({
      id: SourceId,
      sha256: z.string().check(z.regex(SHA256_PATTERN, "must be a hex sha256")),
      text: z.string(),
      paragraphs: z.array(SpanSchema),
      cited: z.array(z.object({ start: Offset, end: Offset, events: Ordinals })),
    }),
  ),
});
export type SourceShard = z.infer<typeof SourceShardSchema>;

/**
 * A search bucket (`layout: "search"`): the grams that hash to it (searchIndex.ts). `grams` (one
 * or two characters) each with the documents whose text holds it (`sets`, delta-coded); `trigrams`
 * each with the words holding it (`words`) and each word's documents (`postings`).
 */
export const SearchShardSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  layout: z.literal("search"),
  grams: z.array(z.string()),
  sets: z.array(z.string()),
  trigrams: z.array(z.string()),
  words: z.array(z.array(z.string())),
  postings: z.array(z.array(z.string())),
});
export type SearchShard = z.infer<typeof SearchShardSchema>;

/** The JSON Schemas of the index-first layout's files, as published beside the index. */
export function layoutJsonSchemas(): Record<string, Record<string, unknown>> {
  const named = (schema: z.ZodMiniType, file: string, title: string) => ({
    ...z.toJSONSchema(schema),
    $id: file,
    title,
  });
  return {
    "index.schema.json": named(IndexSchema, "index.schema.json", "Dateline index"),
    "events.schema.json": named(EventShardSchema, "events.schema.json", "Dateline event shard"),
    "sources.schema.json": named(
      SourceShardSchema,
      "sources.schema.json",
      "Dateline article shard",
    ),
    "search.schema.json": named(SearchShardSchema, "search.schema.json", "Dateline search bucket"),
  };
}
