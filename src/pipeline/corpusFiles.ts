/**
 * Readers for the corpus's YAML files: corpus.yaml, actors.yaml, places.yaml and
 * annotations/<article-id>.yaml. They check shape and field names strictly and keep line numbers;
 * cross-file checks (ids exist, quotes occur, dates resolve) happen in buildDataset.
 */
import type { ParsedNode } from "yaml";
import { isMap, isSeq } from "yaml";
import type { ActorKind, Status } from "../model/dataset.ts";
import { ACTOR_KINDS, STATUSES } from "../model/dataset.ts";
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

/** corpus.yaml. */
export type CorpusInfo = { title: string; description: string };

/**
 * One entry of actors.yaml, as written. `aliases` are the other names the articles use for the
 * actor ("Blinken", "the Chinese President"): a curation aid read by the proposer, never written
 * into the dataset.
 */
export type ActorEntry = {
  id: string;
  name: string;
  kind: ActorKind;
  role?: string;
  aliases?: Located<string>[];
  line: number | undefined;
};

/** One entry of places.yaml, as written (`aliases` as for an actor). */
export type PlaceEntry = {
  id: string;
  name: string;
  aliases?: Located<string>[];
  line: number | undefined;
};

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

/** Reads corpus.yaml: `{ title, description? }`. */
export function readCorpusInfo(ctx: YamlContext, root: ParsedNode): CorpusInfo | undefined {
  const fields = readMap(ctx, root, undefined, "corpus.yaml", ["title"], ["description"]);
  if (!fields) return undefined;
  const title = readText(ctx, fields.get("title"), undefined, "title");
  const description =
    readText(ctx, fields.get("description"), undefined, "description", true) ?? "";
  return title === undefined ? undefined : { title: title.trim(), description: description.trim() };
}

/** The items of a file that is a list (actors.yaml, places.yaml). */
function readEntries(ctx: YamlContext, root: ParsedNode, what: string): (ParsedNode | null)[] {
  if (isSeq(root)) return root.items;
  report(
    ctx,
    root,
    undefined,
    `${ctx.file} must be a list of ${what}`,
    "start each entry with `- id: …` (write `[]` for none)",
  );
  return [];
}

/**
 * An entry's `aliases: [...]`: texts, each trimmed, none repeated (ignoring case) and none equal
 * to the entry's own name. Conflicts between entries are checked once all are read
 * (corpusLayout.ts), since they need every entry.
 */
function readAliases(
  ctx: YamlContext,
  field: Field | undefined,
  where: string | undefined,
  name: string | undefined,
): Located<string>[] | undefined {
  const list = readTextList(ctx, field, where, "aliases");
  if (list === undefined) return undefined;
  const out: Located<string>[] = [];
  const seen = new Set<string>();
  for (const { value, line } of list) {
    const alias = value.trim().replace(/\s+/g, " ");
    const key = alias.toLowerCase();
    if (name !== undefined && key === name.trim().toLowerCase()) {
      report(
        ctx,
        line,
        where,
        `alias "${alias}" repeats the name`,
        "remove it: the name itself is always matched",
      );
    } else if (seen.has(key)) {
      report(ctx, line, where, `alias "${alias}" is listed twice`, "remove the second one");
    } else {
      seen.add(key);
      out.push({ value: alias, line });
    }
  }
  return out;
}

/**
 * Reads actors.yaml: a list of `{ id, name, kind, role?, aliases? }`. Every id written, even on a
 * malformed entry, goes into `seen`, so references to it are not reported again as unknown.
 */
export function readActors(ctx: YamlContext, root: ParsedNode, seen: Set<string>): ActorEntry[] {
  const out: ActorEntry[] = [];
  for (const item of readEntries(ctx, root, "actors")) {
    const line = ctx.lineOf(item);
    const fields = readMap(
      ctx,
      item,
      undefined,
      "an actor",
      ["id", "name", "kind"],
      ["role", "aliases"],
      line,
    );
    if (!fields) continue;
    const id = readText(ctx, fields.get("id"), undefined, "id");
    if (id !== undefined) seen.add(id);
    const where = id === undefined ? undefined : `actor "${id}"`;
    const name = readText(ctx, fields.get("name"), where, "name");
    const kind = readChoice(ctx, fields.get("kind"), where, "kind", ACTOR_KINDS);
    const role = readText(ctx, fields.get("role"), where, "role");
    const aliases = readAliases(ctx, fields.get("aliases"), where, name);
    if (id === undefined || name === undefined || kind === undefined) continue;
    out.push({
      id,
      name,
      kind,
      ...(role === undefined ? {} : { role }),
      ...(aliases === undefined ? {} : { aliases }),
      line,
    });
  }
  return out;
}

/**
 * Reads places.yaml: a list of `{ id, name, aliases? }`; every id written goes into `seen` (see
 * readActors).
 */
export function readPlaces(ctx: YamlContext, root: ParsedNode, seen: Set<string>): PlaceEntry[] {
  const out: PlaceEntry[] = [];
  for (const item of readEntries(ctx, root, "places")) {
    const line = ctx.lineOf(item);
    const fields = readMap(ctx, item, undefined, "a place", ["id", "name"], ["aliases"], line);
    if (!fields) continue;
    const id = readText(ctx, fields.get("id"), undefined, "id");
    if (id !== undefined) seen.add(id);
    const where = id === undefined ? undefined : `place "${id}"`;
    const name = readText(ctx, fields.get("name"), where, "name");
    const aliases = readAliases(ctx, fields.get("aliases"), where, name);
    if (id === undefined || name === undefined) continue;
    out.push({ id, name, ...(aliases === undefined ? {} : { aliases }), line });
  }
  return out;
}

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
