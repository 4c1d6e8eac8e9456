/**
 * The dataset contract: the one definition of public/data/timeline.json that the pipeline writes and
 * the app reads. The TypeScript types are inferred from the schema, and the published JSON Schema
 * (public/data/timeline.schema.json) is generated from it, so the three can never drift apart.
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
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, "must be a hex sha256")),
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
  corpusDigest: z.string().check(z.regex(/^[0-9a-f]{64}$/, "must be a hex sha256")),
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
