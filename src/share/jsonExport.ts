/**
 * JSON export of a list of events: a self-describing wrapper around a valid Dateline dataset that
 * holds just those events and everything they reference.
 */
import type { Dataset, TimelineEvent } from "../model/dataset.ts";
import { SCHEMA_VERSION } from "../model/datasetTerms.ts";
import { formatDateLabel, formatDayLong, precisionIdList } from "../model/dateLabels.ts";
import { statusIdList } from "../model/statuses.ts";
import { unique } from "./lookup.ts";

/** The identifier and version of the export format (bump the version on an incompatible change). */
export const JSON_EXPORT_FORMAT = "dateline-export";
const JSON_EXPORT_VERSION = 1;

/** Options of toJsonExport. */
export type JsonExportOptions = {
  /**
   * The day the view was as reported up to (YYYY-MM-DD): the events, their reports and statuses
   * are what had been reported by then. Null or absent: today's view, every report.
   */
  readonly asOf?: string | null;
};

/**
 * The exported file.
 * - `dataset` is a valid Dateline dataset (schemaVersion SCHEMA_VERSION; it validates against
 *   timeline.schema.json) holding the exported events in the given order, plus exactly the
 *   sources, actors and places they reference. Sources keep their full text, so every citation's
 *   offsets can be checked: `source.text.slice(start, end) === exact`. An event's `related` ids
 *   are kept as they are and may name events that are not in the export.
 * - `asReportedUpTo` is the day the view was as reported up to, or null for every report.
 * - `dateLabels` maps each event id to its date as Dateline shows it (formatDateLabel).
 * - `fields` describes the event fields in words.
 */
export type JsonExport = {
  format: typeof JSON_EXPORT_FORMAT;
  formatVersion: typeof JSON_EXPORT_VERSION;
  description: string;
  eventCount: number;
  totalEventCount: number;
  asReportedUpTo: string | null;
  fields: Record<string, string>;
  dateLabels: Record<string, string>;
  dataset: Dataset;
};

const FIELDS: Record<string, string> = {
  id: "the event's stable id (a slug); its static page is e/<id>/ and its app link ?event=<id>",
  title: "the event's title",
  summary: "the editors' summary, supported by the citations",
  "date.edtf":
    "the date as EDTF (ISO 8601-2): 2023-09, 2023-06-18/2023-06-19, ../2023-06-17, 2023-10-02/..",
  "date.precision": precisionIdList(),
  "date.earliest": "first day covered, YYYY-MM-DD, inclusive; null for an open start",
  "date.latest": "last day covered, YYYY-MM-DD, inclusive; null for an open end",
  "date.phrase": "the article's words the date was resolved from",
  "date.resolvedAgainst": "the dateline (YYYY-MM-DD) the phrase was resolved against",
  status: `${statusIdList()}, as of asOf`,
  asOf: "the dateline (YYYY-MM-DD) of the latest report that states the event's status",
  actors: "actor ids (see dataset.actors)",
  places: "place ids (see dataset.places)",
  related: "ids of related events (they may lie outside this export)",
  citations:
    "W3C Web Annotation selectors: source (article id), exact (verbatim quote), prefix and suffix (context), start and end (UTF-16 offsets into the source text, 0-based, end exclusive), paragraph (0-based index into the source's paragraphs)",
  reports:
    "the articles that report the event, in dateline order (the first defines it): source (article id), dateline, status and date as that article gives them (null when it gives none), citations (indexes into citations)",
  disagreements:
    "pairs of reports that cannot both be true: kind (dates-disjoint, status-reversed or same-dateline), reports (two indexes into reports, earlier first), sentence (in words)",
};

/**
 * The events as a JsonExport (see its fields), pretty-printed with 2 spaces and a final newline.
 * Deterministic: a pure function of its arguments, with no timestamp.
 */
export function toJsonExport(
  events: readonly TimelineEvent[],
  dataset: Dataset,
  options: JsonExportOptions = {},
): string {
  const asOf = options.asOf ?? null;
  const actorIds = new Set(events.flatMap((e) => e.actors));
  const placeIds = new Set(events.flatMap((e) => e.places));
  const sourceIds = new Set(unique(events.flatMap((e) => e.citations.map((c) => c.source))));
  const subset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    title: dataset.title,
    description: dataset.description,
    corpusDigest: dataset.corpusDigest,
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    actors: dataset.actors.filter((a) => actorIds.has(a.id)),
    places: dataset.places.filter((p) => placeIds.has(p.id)),
    events: [...events],
  };
  const file: JsonExport = {
    format: JSON_EXPORT_FORMAT,
    formatVersion: JSON_EXPORT_VERSION,
    description: `${String(events.length)} of ${String(dataset.events.length)} events of "${dataset.title}"${asOf === null ? "" : ` as reported up to ${formatDayLong(asOf)}`}, exported from Dateline. "dataset" is a valid Dateline dataset (schemaVersion ${String(SCHEMA_VERSION)}) holding these events, each with the reports that tell it, and the sources, actors and places they reference; every citation's offsets select its quote in its source's text.`,
    eventCount: events.length,
    totalEventCount: dataset.events.length,
    asReportedUpTo: asOf,
    fields: FIELDS,
    dateLabels: Object.fromEntries(events.map((e) => [e.id, formatDateLabel(e.date, e.status)])),
    dataset: subset,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
