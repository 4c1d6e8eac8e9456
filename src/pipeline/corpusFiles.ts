/**
 * Readers for the corpus's annotations/<article-id>.yaml (corpus.yaml, actors.yaml and places.yaml:
 * registryFiles.ts). They check shape and field names strictly and keep line numbers;
 * cross-file checks (ids exist, quotes occur, dates resolve) happen in buildDataset.
 */
import type { ParsedNode } from "yaml";
import { isMap } from "yaml";
import type { Status } from "../model/dataset.ts";
import { STATUSES } from "../model/dataset.ts";
import type { Direction } from "./resolveDate.ts";
import type { Field, YamlContext } from "./yamlReader.ts";
import {
  readChoice,
  readList,
  readMap,
  readPositiveInt,
  readText,
  readTextList,
  readTrue,
  report,
} from "./yamlReader.ts";

/** A value with the line it was written on. */
export type Located<T> = { value: T; line: number | undefined };

/** A quote to place in an article (`occurrence` is 1-based). */
export type QuoteEntry = { quote: string; occurrence?: number; line: number | undefined };

/** An event's `date:` block. */
export type DateEntry = {
  phrase: string;
  anchor?: Located<string>;
  direction?: Direction;
  undated?: boolean;
  /** The line of `phrase:` (problems with the date point there). */
  line: number | undefined;
};

/**
 * An event as written in an annotation file. Fields that were malformed are undefined (their
 * problem is already reported), so later checks can skip them without repeating the complaint.
 */
export type EventEntry = {
  id: string;
  line: number | undefined;
  title?: string;
  summary?: string;
  date?: DateEntry;
  status?: Status;
  actors?: Located<string>[];
  places?: Located<string>[];
  related?: Located<string>[];
  citations?: QuoteEntry[];
  citationsLine: number | undefined;
};

/** A citation from this article of an event defined in another article's file. */
export type CiteEntry = { event: string; quote: QuoteEntry; line: number | undefined };

/**
 * This article's report on an event defined in another article's file (`reports:`): what it says
 * of the event's status and date, if anything, and its quotes. Malformed fields are undefined, as
 * for an event.
 */
export type ReportEntry = {
  event: string;
  line: number | undefined;
  status?: Status;
  date?: DateEntry;
  citations?: QuoteEntry[];
};

/** annotations/<article-id>.yaml. */
export type AnnotationEntry = {
  title?: string;
  attribution?: string;
  events: EventEntry[];
  reports: ReportEntry[];
  cites: CiteEntry[];
};

/** An annotated event's fields, in the order the format documents and `propose` writes them. */
export const EVENT_FIELDS: readonly string[] = [
  "id",
  "title",
  "summary",
  "date",
  "status",
  "actors",
  "places",
  "related",
  "citations",
];

/** A report's fields, in the order the format documents them. */
export const REPORT_FIELDS: readonly string[] = ["event", "status", "date", "citations"];

/**
 * Reads an annotation file: `{ title, attribution, events?: [...], reports?: [...], cites?: [...] }`.
 * `events` may be left out by an article that only reports on events defined elsewhere.
 */
export function readAnnotation(ctx: YamlContext, root: ParsedNode): AnnotationEntry | undefined {
  const fields = readMap(
    ctx,
    root,
    undefined,
    "the annotation file",
    ["title", "attribution"],
    ["events", "reports", "cites"],
  );
  if (!fields) return undefined;
  const title = readText(ctx, fields.get("title"), undefined, "title");
  const attribution = readText(ctx, fields.get("attribution"), undefined, "attribution");
  const events: EventEntry[] = [];
  for (const item of readList(ctx, fields.get("events"), undefined, "events") ?? []) {
    const event = readEvent(ctx, item);
    if (event) events.push(event);
  }
  const cites: CiteEntry[] = [];
  for (const item of readList(ctx, fields.get("cites"), undefined, "cites") ?? []) {
    const line = ctx.lineOf(item);
    const f = readMap(
      ctx,
      item,
      "cites",
      "a cited event",
      ["event", "quote"],
      ["occurrence"],
      line,
    );
    if (!f) continue;
    const event = readText(ctx, f.get("event"), "cites", "event");
    const where = event === undefined ? "cites" : `cites "${event}"`;
    const quote = readQuote(ctx, f, where, line);
    if (event !== undefined && quote !== undefined) cites.push({ event, quote, line });
  }
  const reports: ReportEntry[] = [];
  for (const item of readList(ctx, fields.get("reports"), undefined, "reports") ?? []) {
    const report = readReport(ctx, item);
    if (report) reports.push(report);
  }
  return {
    ...(title === undefined ? {} : { title: title.trim() }),
    ...(attribution === undefined ? {} : { attribution: attribution.trim() }),
    events,
    reports,
    cites,
  };
}

/** One `reports:` entry: `{ event, status?, date?, citations }`. */
function readReport(ctx: YamlContext, item: ParsedNode | null): ReportEntry | undefined {
  const line = ctx.lineOf(item);
  const rawEvent: unknown = isMap(item) ? item.get("event") : undefined;
  const fields = readMap(
    ctx,
    item,
    typeof rawEvent === "string" ? `report "${rawEvent}"` : "reports",
    "a report",
    ["event", "citations"],
    ["status", "date"],
    line,
  );
  if (!fields) return undefined;
  const event = readText(ctx, fields.get("event"), "reports", "event");
  if (event === undefined) return undefined;
  const where = `report "${event}"`;
  const status = readChoice(ctx, fields.get("status"), where, "status", STATUSES);
  const date = readDate(ctx, fields.get("date"), where);
  const citations = readCitations(ctx, fields.get("citations"), where, line, "report");
  return {
    event,
    line,
    ...(status === undefined ? {} : { status }),
    ...(date === undefined ? {} : { date }),
    ...(citations === undefined ? {} : { citations }),
  };
}

/**
 * A `citations:` list of `{ quote, occurrence? }`; undefined when it is not a list. An empty list
 * is a problem (`what` names the owner: "event", "report"): every claim needs its quote.
 */
function readCitations(
  ctx: YamlContext,
  field: Field | undefined,
  where: string,
  line: number | undefined,
  what: string,
): QuoteEntry[] | undefined {
  const list = readList(ctx, field, where, "citations");
  if (!list) return undefined;
  const citations: QuoteEntry[] = [];
  let broken = false;
  for (const c of list) {
    const cLine = ctx.lineOf(c);
    const f = readMap(ctx, c, where, "a citation", ["quote"], ["occurrence"], cLine);
    const q = f ? readQuote(ctx, f, where, cLine) : undefined;
    if (q) citations.push(q);
    else broken = true;
  }
  if (citations.length === 0 && !broken) {
    report(
      ctx,
      field?.line ?? line,
      where,
      `the ${what} has no citation`,
      "add at least one `- quote:` with the article's words that support it",
    );
  }
  return citations;
}

function readQuote(
  ctx: YamlContext,
  fields: Map<string, Field>,
  where: string,
  line: number | undefined,
): QuoteEntry | undefined {
  const quote = readText(ctx, fields.get("quote"), where, "quote");
  const occurrenceField = fields.get("occurrence");
  const occurrence = readPositiveInt(ctx, occurrenceField, where, "occurrence");
  if (quote === undefined || (occurrenceField !== undefined && occurrence === undefined))
    return undefined;
  return { quote, ...(occurrence === undefined ? {} : { occurrence }), line };
}

function readEvent(ctx: YamlContext, item: ParsedNode | null): EventEntry | undefined {
  const line = ctx.lineOf(item);
  // Name the event in its problems as soon as its id is known, even if other fields are wrong.
  const rawId: unknown = isMap(item) ? item.get("id") : undefined;
  const fields = readMap(
    ctx,
    item,
    typeof rawId === "string" ? `event "${rawId}"` : "event",
    "an event",
    EVENT_FIELDS,
    [],
    line,
  );
  if (!fields) return undefined;
  const id = readText(ctx, fields.get("id"), "event", "id");
  if (id === undefined) return undefined;
  const where = `event "${id}"`;
  const title = readText(ctx, fields.get("title"), where, "title");
  const summary = readText(ctx, fields.get("summary"), where, "summary");
  const status = readChoice(ctx, fields.get("status"), where, "status", STATUSES);
  const ids = (name: string): Located<string>[] | undefined =>
    readTextList(ctx, fields.get(name), where, name)?.map(({ value, line: l }) => ({
      value,
      line: l,
    }));
  const actors = ids("actors");
  const places = ids("places");
  const related = ids("related");
  const date = readDate(ctx, fields.get("date"), where);
  const citationsField = fields.get("citations");
  const citations = readCitations(ctx, citationsField, where, line, "event");
  return {
    id,
    line,
    ...(title === undefined ? {} : { title: title.trim() }),
    ...(summary === undefined ? {} : { summary: summary.trim() }),
    ...(date === undefined ? {} : { date }),
    ...(status === undefined ? {} : { status }),
    ...(actors === undefined ? {} : { actors }),
    ...(places === undefined ? {} : { places }),
    ...(related === undefined ? {} : { related }),
    ...(citations === undefined ? {} : { citations }),
    citationsLine: citationsField?.line,
  };
}

function readDate(
  ctx: YamlContext,
  field: Field | undefined,
  where: string,
): DateEntry | undefined {
  if (field === undefined) return undefined;
  const fields = readMap(
    ctx,
    field.node,
    where,
    "the date",
    ["phrase"],
    ["anchor", "direction", "undated"],
    field.line,
  );
  if (!fields) return undefined;
  const phrase = readText(ctx, fields.get("phrase"), where, "date.phrase");
  const anchorField = fields.get("anchor");
  const anchor = readText(ctx, anchorField, where, "date.anchor");
  const directionField = fields.get("direction");
  const direction = readChoice(ctx, directionField, where, "date.direction", [
    "past",
    "future",
  ] as const);
  const undatedField = fields.get("undated");
  const undated = readTrue(ctx, undatedField, where, "date.undated");
  if (
    phrase === undefined ||
    (anchorField !== undefined && anchor === undefined) ||
    (directionField !== undefined && direction === undefined) ||
    (undatedField !== undefined && undated === undefined)
  ) {
    return undefined;
  }
  return {
    phrase: phrase.trim(),
    ...(anchor === undefined ? {} : { anchor: { value: anchor.trim(), line: anchorField?.line } }),
    ...(direction === undefined ? {} : { direction }),
    ...(undated === undefined ? {} : { undated }),
    line: fields.get("phrase")?.line ?? field.line,
  };
}
