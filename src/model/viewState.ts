/**
 * The explorer's shareable state and its home, the query string. This module is the deep-link
 * contract (docs/contracts.md, "Deep links"): what each parameter means, which values are accepted, and how
 * a state is written back. Parsing never throws: a value it cannot use is dropped and reported, so a
 * link from a stranger always opens something sensible and says what it ignored.
 */
import { projectAsOf, reportDays } from "./asOf.ts";
import type { Dataset, Status } from "./dataset.ts";
import { DAY_PATTERN, SLUG_PATTERN, SOURCE_ID_PATTERN } from "./datasetTerms.ts";
import { formatDayLong } from "./dateLabels.ts";
import { STATUSES } from "./statuses.ts";
import { parseDay, parseEdtf } from "./dates.ts";

/** Timeline lanes: one lane, a lane per actor, or a lane per status. */
const GROUP_BYS = ["none", "actor", "status"] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** A passage of a source: UTF-16 offsets, `start` inclusive, `end` exclusive. */
export type Passage = { start: number; end: number };

/** The visible stretch of the timeline as whole calendar days, both inclusive (`first` ≤ `last`). */
export type DayWindow = { first: string; last: string };

/**
 * Everything a link can say about a view. Defaults (null, empty, "none") mean "not set".
 * - `event`: the open event's id.
 * - `actors`: an event matches when it involves any of them (deduplicated, in the order given).
 * - `from`/`to`: a period `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `from` stands for its first day and
 *   `to` for its last, both inclusive.
 * - `status`: an event matches when its status is any of them (in STATUSES order).
 * - `q`: free text, kept exactly as typed (the filter normalises it).
 * - `source` and `passage`: the open article and the passage to show in it.
 * - `asOf`: the day (`YYYY-MM-DD`, inclusive) the view is as reported up to: only what articles
 *   published by then said (src/model/asOf.ts); null is today's view, every report.
 * - `group`: timeline lanes. `window`: the visible days; null fits the timeline to the events.
 * - `embed`: the compact layout for an iframe in someone else's page (same state, same filters).
 */
export type ViewState = {
  event: string | null;
  actors: readonly string[];
  from: string | null;
  to: string | null;
  status: readonly Status[];
  q: string;
  source: string | null;
  passage: Passage | null;
  asOf: string | null;
  group: GroupBy;
  window: DayWindow | null;
  embed: boolean;
};

/** The view nothing has been chosen in: all events, fitted, nothing open. */
export const DEFAULT_VIEW_STATE: ViewState = {
  event: null,
  actors: [],
  from: null,
  to: null,
  status: [],
  q: "",
  source: null,
  passage: null,
  asOf: null,
  group: "none",
  window: null,
  embed: false,
};

/** A value that was dropped, for the notice: the parameter, its raw value, and why. */
export type Ignored = { param: string; value: string; reason: string };

/** The result of reading a link: the usable state and what was ignored on the way. */
export type ParsedViewState = { state: ViewState; ignored: Ignored[] };

/** Longest accepted `q`, in UTF-16 code units: longer text is no search anyone typed. */
const MAX_QUERY_LENGTH = 500;
/** Widest accepted `window`, in days (about 500 years). */
export const MAX_WINDOW_DAYS = 183_000;

const PERIOD_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const PASSAGE_PATTERN = /^(\d{1,9})-(\d{1,9})$/;
const PERIOD_HINT = "not a date: use YYYY, YYYY-MM or YYYY-MM-DD";

/**
 * The inclusive days a period `YYYY`, `YYYY-MM` or `YYYY-MM-DD` covers, or undefined when the text is
 * not such a period or names an impossible date (2023-02-30, 2023-13).
 */
export function periodDays(text: string): { earliest: string; latest: string } | undefined {
  if (!PERIOD_PATTERN.test(text)) return undefined;
  const parsed = parseEdtf(text);
  if (!parsed?.earliest || !parsed.latest) return undefined;
  return { earliest: parsed.earliest, latest: parsed.latest };
}

/** Parameters in the order a link writes them. */
const KEY_ORDER = [
  "event",
  "source",
  "passage",
  "asOf",
  "actors",
  "status",
  "from",
  "to",
  "q",
  "group",
  "window",
  "embed",
] as const;
type Key = (typeof KEY_ORDER)[number];
const KEYS: ReadonlySet<string> = new Set(KEY_ORDER);

function splitList(value: string): string[] {
  return value
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/**
 * Reads a view from a query string (`?event=…&actors=a,b`, with or without the `?`) or its
 * parameters. Never throws. Each unusable value is dropped and listed in `ignored` with a reason;
 * list parameters keep their good items. A scalar parameter given twice keeps its first value.
 * Parameters Dateline does not use (say, `utm_source`) are dropped silently: they are not ours.
 * A reversed date range drops both ends; a `passage` without a `source` is dropped.
 */
export function parseViewState(input: URLSearchParams | string): ParsedViewState {
  const params = typeof input === "string" ? safeParams(input) : input;
  const ignored: Ignored[] = [];
  const seen = new Map<Key, string>();
  const lists = new Map<Key, string[]>();
  for (const [rawKey, value] of params) {
    if (!KEYS.has(rawKey)) continue;
    const key = rawKey as Key;
    if (key === "actors" || key === "status") {
      lists.set(key, [...(lists.get(key) ?? []), ...splitList(value)]);
      continue;
    }
    if (seen.has(key)) {
      ignored.push({ param: key, value, reason: "given more than once; the first value is used" });
      continue;
    }
    seen.set(key, value);
  }

  const state: ViewState = { ...DEFAULT_VIEW_STATE };

  const event = seen.get("event");
  if (event !== undefined && event !== "") {
    if (SLUG_PATTERN.test(event)) state.event = event;
    else ignored.push({ param: "event", value: event, reason: "not an event id" });
  }

  const actors: string[] = [];
  for (const actor of lists.get("actors") ?? []) {
    if (!SLUG_PATTERN.test(actor)) {
      ignored.push({ param: "actors", value: actor, reason: "not an actor id" });
    } else if (!actors.includes(actor)) {
      actors.push(actor);
    }
  }
  state.actors = actors;

  const statuses = new Set<Status>();
  for (const status of lists.get("status") ?? []) {
    if ((STATUSES as readonly string[]).includes(status)) statuses.add(status as Status);
    else {
      ignored.push({
        param: "status",
        value: status,
        reason: `not a status (one of ${STATUSES.join(", ")})`,
      });
    }
  }
  state.status = STATUSES.filter((s) => statuses.has(s));

  const from = readPeriod(seen.get("from"), "from", ignored);
  const to = readPeriod(seen.get("to"), "to", ignored);
  if (from && to && from.days.earliest > to.days.latest) {
    ignored.push({ param: "from", value: from.text, reason: `after to=${to.text}` });
    ignored.push({ param: "to", value: to.text, reason: `before from=${from.text}` });
  } else {
    state.from = from?.text ?? null;
    state.to = to?.text ?? null;
  }

  const q = seen.get("q");
  if (q !== undefined) {
    if (q.length > MAX_QUERY_LENGTH) {
      ignored.push({
        param: "q",
        value: `${q.slice(0, 40)}…`,
        reason: `longer than ${MAX_QUERY_LENGTH} characters`,
      });
    } else state.q = q;
  }

  const source = seen.get("source");
  if (source !== undefined && source !== "") {
    if (SOURCE_ID_PATTERN.test(source)) state.source = source;
    else ignored.push({ param: "source", value: source, reason: "not an article id" });
  }

  const passage = seen.get("passage");
  if (passage !== undefined && passage !== "") {
    const match = PASSAGE_PATTERN.exec(passage);
    const start = Number(match?.[1]);
    const end = Number(match?.[2]);
    if (!match || !(start < end)) {
      ignored.push({
        param: "passage",
        value: passage,
        reason: "not a passage: use start-end offsets, start before end",
      });
    } else if (state.source === null) {
      ignored.push({ param: "passage", value: passage, reason: "needs a source" });
    } else state.passage = { start, end };
  }

  const asOf = seen.get("asOf");
  if (asOf !== undefined && asOf !== "") {
    const day = asOf.trim();
    if (DAY_PATTERN.test(day) && parseDay(day) !== undefined) state.asOf = day;
    else ignored.push({ param: "asOf", value: asOf, reason: "not a day: use YYYY-MM-DD" });
  }

  const group = seen.get("group");
  if (group !== undefined && group !== "") {
    if ((GROUP_BYS as readonly string[]).includes(group)) state.group = group as GroupBy;
    else ignored.push({ param: "group", value: group, reason: "use actor, status or none" });
  }

  const window = seen.get("window");
  if (window !== undefined && window !== "") {
    const [first = "", last = "", extra] = window.split("/");
    const a = parseDay(first);
    const b = parseDay(last);
    if (extra !== undefined || a === undefined || b === undefined) {
      ignored.push({
        param: "window",
        value: window,
        reason: "not a window: use YYYY-MM-DD/YYYY-MM-DD",
      });
    } else if (a > b) {
      ignored.push({ param: "window", value: window, reason: "ends before it starts" });
    } else if (b - a > MAX_WINDOW_DAYS) {
      ignored.push({ param: "window", value: window, reason: "wider than 500 years" });
    } else state.window = { first, last };
  }

  // A bare `?embed` is the form links use; `embed=1` and `embed=true` are what hand-written
  // snippets tend to say, and `embed=0` or `embed=false` mean the explorer.
  const embed = seen.get("embed");
  if (embed !== undefined) {
    const flag = embed.trim().toLowerCase();
    if (flag === "" || flag === "1" || flag === "true") state.embed = true;
    else if (flag !== "0" && flag !== "false") {
      ignored.push({ param: "embed", value: embed, reason: "write ?embed alone, with no value" });
    }
  }

  return { state, ignored };
}

function safeParams(search: string): URLSearchParams {
  // URLSearchParams decodes leniently (a stray % stays literal) and never throws.
  return new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
}

function readPeriod(
  value: string | undefined,
  param: "from" | "to",
  ignored: Ignored[],
): { text: string; days: { earliest: string; latest: string } } | undefined {
  if (value === undefined || value === "") return undefined;
  const text = value.trim();
  const days = periodDays(text);
  if (!days) {
    ignored.push({ param, value, reason: PERIOD_HINT });
    return undefined;
  }
  return { text, days };
}

/** Encodes a value for the query string, keeping `,` `/` `:` readable (they are legal there). */
function encodeValue(value: string): string {
  // A lone surrogate would make encodeURIComponent throw; URLs carry U+FFFD in its place anyway.
  const wellFormed = value.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD",
  );
  return encodeURIComponent(wellFormed)
    .replace(/%2C/g, ",")
    .replace(/%2F/g, "/")
    .replace(/%3A/g, ":");
}

/**
 * Writes a view as a query string: `""` for the default view, else `?key=value&…` with keys in a
 * fixed order (event, source, passage, asOf, actors, status, from, to, q, group, window, embed) and defaults
 * omitted, so equal states give equal links. For any state `parseViewState` returns,
 * `parseViewState(serializeViewState(s)).state` deep-equals `s`.
 */
export function serializeViewState(state: ViewState): string {
  const parts: [Key, string][] = [];
  if (state.event !== null) parts.push(["event", state.event]);
  if (state.source !== null) {
    parts.push(["source", state.source]);
    if (state.passage) parts.push(["passage", `${state.passage.start}-${state.passage.end}`]);
  }
  if (state.asOf !== null) parts.push(["asOf", state.asOf]);
  if (state.actors.length > 0) parts.push(["actors", state.actors.join(",")]);
  if (state.status.length > 0) parts.push(["status", state.status.join(",")]);
  if (state.from !== null) parts.push(["from", state.from]);
  if (state.to !== null) parts.push(["to", state.to]);
  if (state.q !== "") parts.push(["q", state.q]);
  if (state.group !== "none") parts.push(["group", state.group]);
  if (state.window) parts.push(["window", `${state.window.first}/${state.window.last}`]);
  if (state.embed) parts.push(["embed", ""]);
  if (parts.length === 0) return "";
  // A flag is written bare (`&embed`), as people write it by hand.
  const written = parts.map(([key, value]) =>
    key === "embed" ? key : `${key}=${encodeValue(value)}`,
  );
  return `?${written.join("&")}`;
}

/**
 * The second step of reading a link, once the dataset is loaded: drops ids the dataset does not
 * have (event, actors, source) and a passage outside its source's text, reporting each. With
 * `asOf`, the link is read against what had been reported by that day (`asOfView`, by default
 * projectAsOf; the app passes its memoised one): a day before the first report is dropped (nothing
 * had been reported), and so are an event not yet reported then and an article published later.
 */
export function checkViewState(
  state: ViewState,
  dataset: Dataset,
  asOfView: (day: string) => Dataset = (day) => projectAsOf(dataset, day),
): ParsedViewState {
  const ignored: Ignored[] = [];
  const next: ViewState = { ...state };
  if (state.asOf !== null) {
    const first = reportDays(dataset.sources)[0];
    if (first !== undefined && state.asOf < first) {
      ignored.push({
        param: "asOf",
        value: state.asOf,
        reason: `before the first report, of ${formatDayLong(first)}`,
      });
      next.asOf = null;
    }
  }
  const known = next.asOf === null ? dataset : asOfView(next.asOf);
  const notYet = next.asOf === null ? "" : formatDayLong(next.asOf);
  if (state.event !== null && !known.events.some((e) => e.id === state.event)) {
    const exists = known !== dataset && dataset.events.some((e) => e.id === state.event);
    ignored.push({
      param: "event",
      value: state.event,
      reason: exists ? `not yet reported by ${notYet}` : "no such event",
    });
    next.event = null;
  }
  const actorIds = new Set(dataset.actors.map((a) => a.id));
  const unknownActors = state.actors.filter((a) => !actorIds.has(a));
  for (const actor of unknownActors) {
    ignored.push({ param: "actors", value: actor, reason: "no such actor" });
  }
  if (unknownActors.length > 0) next.actors = state.actors.filter((a) => actorIds.has(a));
  if (state.source !== null) {
    const source = dataset.sources.find((s) => s.id === state.source);
    if (!source) {
      ignored.push({ param: "source", value: state.source, reason: "no such article" });
      next.source = null;
      next.passage = null;
    } else if (next.asOf !== null && source.dateline > next.asOf) {
      ignored.push({
        param: "source",
        value: state.source,
        reason: `published after ${notYet}`,
      });
      next.source = null;
      next.passage = null;
    } else if (state.passage && state.passage.end > source.text.length) {
      ignored.push({
        param: "passage",
        value: `${state.passage.start}-${state.passage.end}`,
        reason: `beyond the end of the article (${source.text.length} characters)`,
      });
      next.passage = null;
    }
  }
  return { state: next, ignored };
}

/** True when two views are the same (so no history entry is needed). */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  return serializeViewState(a) === serializeViewState(b);
}

/** A one-line description of an ignored value for the notice: `event “nope” (no such event)`. */
export function describeIgnored(item: Ignored): string {
  const shown = item.value.length > 60 ? `${item.value.slice(0, 60)}…` : item.value;
  return `${item.param} “${shown}” (${item.reason})`;
}
