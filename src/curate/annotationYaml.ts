/**
 * Between the draft and the annotation file. A file on disk is read with the pipeline's own
 * reader (so the workspace sees what `npm run data` sees); a draft is written back through the
 * `yaml` package's Document API into the file it came from, so the comments, key order and
 * untouched fields of a file written by hand survive a save. Only accepted events are written.
 */
import type { Node, YAMLMap } from "yaml";
import { Document, isMap, isSeq, parseDocument, YAMLSeq } from "yaml";
import { readAnnotation } from "../pipeline/corpusFiles.ts";
import type { Problem } from "../pipeline/problems.ts";
import { parseYaml } from "../pipeline/yamlReader.ts";
import type { Draft, DraftBase, DraftDate, DraftEvent } from "./draft.ts";

/** How the workspace writes YAML: no folding of long lines, flow lists as `[a, b]`. */
const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

/** The annotation file's path inside the corpus. */
export function annotationPath(articleId: string): string {
  return `annotations/${articleId}.yaml`;
}

/** A new draft for an article that has no annotation file yet. */
export function emptyDraft(articleId: string): Draft {
  return {
    articleId,
    title: "",
    attribution: "",
    events: [],
    base: undefined,
    revision: 0,
    savedRevision: 0,
  };
}

/**
 * The draft of an existing annotation file: every event in it accepted. Undefined, with the
 * pipeline's problems, when the file cannot be read as an annotation (a YAML syntax error): the
 * curator must fix it by hand first, since rewriting it could lose what it says.
 */
export function draftFromFile(
  articleId: string,
  base: DraftBase,
): { draft: Draft } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const parsed = parseYaml(annotationPath(articleId), base.text, problems);
  const entry = parsed && readAnnotation(parsed.ctx, parsed.root);
  if (!entry) return { problems };
  const events = entry.events.map((e, i): DraftEvent => ({
    key: `file-${i}`,
    fileId: e.id,
    id: e.id,
    title: e.title ?? "",
    summary: e.summary ?? "",
    ...(e.date
      ? {
          date: {
            phrase: e.date.phrase,
            ...(e.date.anchor ? { anchor: e.date.anchor.value } : {}),
            ...(e.date.direction ? { direction: e.date.direction } : {}),
            ...(e.date.undated ? { undated: true as const } : {}),
          },
        }
      : {}),
    status: e.status ?? "occurred",
    actors: (e.actors ?? []).map((a) => a.value),
    places: (e.places ?? []).map((p) => p.value),
    related: (e.related ?? []).map((r) => r.value),
    citations: (e.citations ?? []).map((c) => ({
      quote: c.quote,
      ...(c.occurrence === undefined ? {} : { occurrence: c.occurrence }),
    })),
    state: "accepted",
    checks: [],
  }));
  // A report on another article's event is a card marked "Same as…" that event.
  const reports = entry.reports.map((r, i): DraftEvent => ({
    key: `report-${i}`,
    fileReport: r.event,
    sameAs: r.event,
    id: `${r.event}-report`,
    title: "",
    summary: "",
    ...(r.date
      ? {
          date: {
            phrase: r.date.phrase,
            ...(r.date.anchor ? { anchor: r.date.anchor.value } : {}),
            ...(r.date.direction ? { direction: r.date.direction } : {}),
            ...(r.date.undated ? { undated: true as const } : {}),
          },
        }
      : {}),
    status: r.status ?? "occurred",
    actors: [],
    places: [],
    related: [],
    citations: (r.citations ?? []).map((c) => ({
      quote: c.quote,
      ...(c.occurrence === undefined ? {} : { occurrence: c.occurrence }),
    })),
    state: "accepted",
    checks: [],
  }));
  return {
    draft: {
      articleId,
      title: entry.title ?? "",
      attribution: entry.attribution ?? "",
      events: [...events, ...reports],
      base,
      revision: 0,
      savedRevision: 0,
    },
  };
}

function dateValue(date: DraftDate): Record<string, unknown> {
  return {
    phrase: date.phrase,
    ...(date.anchor ? { anchor: date.anchor } : {}),
    ...(date.direction ? { direction: date.direction } : {}),
    ...(date.undated ? { undated: true } : {}),
  };
}

function citationsValue(event: DraftEvent): Record<string, unknown>[] {
  return event.citations.map((c) => ({
    quote: c.quote,
    ...(c.occurrence === undefined ? {} : { occurrence: c.occurrence }),
  }));
}

/** The value of each key an event has, in the order the manual documents. */
function eventFields(event: DraftEvent): [string, unknown][] {
  return [
    ["id", event.id],
    ["title", event.title],
    ["summary", event.summary],
    ["date", event.date ? dateValue(event.date) : undefined],
    ["status", event.status],
    ["actors", event.actors],
    ["places", event.places],
    ["related", event.related],
    ["citations", citationsValue(event)],
  ];
}

/** The value of each key a `reports:` entry has, in the order the manual documents. */
function reportFields(event: DraftEvent): [string, unknown][] {
  return [
    ["event", event.sameAs],
    ["status", event.status],
    ["date", event.date && !event.date.undated ? dateValue(event.date) : undefined],
    ["citations", citationsValue(event)],
  ];
}

const FLOW_LISTS = new Set(["actors", "places", "related"]);

/** A new node for `value`, with the short lists in flow style as the manual writes them. */
function nodeFor(doc: Document, key: string, value: unknown): Node {
  const node = doc.createNode(value);
  if (FLOW_LISTS.has(key) && node instanceof YAMLSeq) node.flow = true;
  return node;
}

/** Sets `key` in `map` only when its value changed, so an untouched node keeps its comments. */
function setChanged(doc: Document, map: YAMLMap, key: string, value: unknown): void {
  if (value === undefined) {
    if (map.has(key)) map.delete(key);
    return;
  }
  const current: unknown = map.get(key, true);
  const same =
    current !== undefined &&
    JSON.stringify((current as { toJSON?: () => unknown }).toJSON?.() ?? current) ===
      JSON.stringify(value);
  if (same) return;
  if (key === "date" && isMap(current) && value !== null && typeof value === "object") {
    // Edit the date block in place, so a comment on its phrase stays.
    const date = value as Record<string, unknown>;
    for (const k of ["phrase", "anchor", "direction", "undated"])
      setChanged(doc, current, k, date[k]);
    return;
  }
  map.set(key, nodeFor(doc, key, value));
}

/**
 * The annotation file for `draft`: its base file with the title, attribution and events changed
 * in place (new events appended in the documented key order, removed ones dropped, the order of
 * the draft's cards kept), or a new file. Everything else in the file (comments, `cites:`, other
 * keys' order) is left as it was.
 */
export function draftToYaml(draft: Draft): string {
  const doc: Document =
    draft.base === undefined
      ? new Document({ title: draft.title, attribution: draft.attribution, events: [] })
      : parseDocument(draft.base.text);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({});
  const root = doc.contents as unknown as YAMLMap;
  setChanged(doc, root, "title", draft.title);
  setChanged(doc, root, "attribution", draft.attribution);
  const found: unknown = root.get("events", true);
  let seq: YAMLSeq;
  if (isSeq(found)) seq = found;
  else {
    seq = new YAMLSeq(doc.schema);
    root.set("events", seq);
  }
  const byId = new Map<string, YAMLMap>();
  for (const item of seq.items) {
    if (isMap(item)) {
      const id = item.get("id");
      if (typeof id === "string") byId.set(id, item);
    }
  }
  const items: unknown[] = [];
  for (const event of draft.events) {
    if (event.state !== "accepted" || event.sameAs !== undefined) continue;
    const existing = event.fileId === undefined ? undefined : byId.get(event.fileId);
    if (existing) {
      for (const [key, value] of eventFields(event)) setChanged(doc, existing, key, value);
      items.push(existing);
    } else {
      const map = new Document().createNode({}) as YAMLMap;
      for (const [key, value] of eventFields(event)) {
        if (value !== undefined) map.set(key, nodeFor(doc, key, value));
      }
      items.push(map);
    }
  }
  seq.items = items;
  // An empty `events: []` becomes a block list once it holds events.
  if (items.length > 0) seq.flow = false;
  writeReports(doc, root, draft);
  return doc.toString(TO_STRING);
}

/**
 * The file's `reports:` from the cards marked "Same as…": an entry the file had is changed in
 * place (its comments stay), a new one appended, one no card holds any more dropped, and the key
 * removed when none is left.
 */
function writeReports(doc: Document, root: YAMLMap, draft: Draft): void {
  const cards = draft.events.filter((e) => e.state === "accepted" && e.sameAs !== undefined);
  const found: unknown = root.get("reports", true);
  if (cards.length === 0) {
    if (root.has("reports")) root.delete("reports");
    return;
  }
  let seq: YAMLSeq;
  if (isSeq(found)) seq = found;
  else {
    seq = new YAMLSeq(doc.schema);
    root.set("reports", seq);
  }
  const byEvent = new Map<string, YAMLMap>();
  for (const item of seq.items) {
    if (isMap(item)) {
      const event = item.get("event");
      if (typeof event === "string") byEvent.set(event, item);
    }
  }
  seq.items = cards.map((card) => {
    const existing = card.fileReport === undefined ? undefined : byEvent.get(card.fileReport);
    const map = existing ?? new Document().createNode({});
    for (const [key, value] of reportFields(card)) setChanged(doc, map, key, value);
    return map;
  });
  seq.flow = false;
}
