/**
 * Filtering the dataset's events by actors, statuses, a date range and free text. The search text
 * of each event is built once per dataset (buildFilterIndex), so a keystroke only scans prepared
 * strings and day numbers.
 */
import type { Dataset, Status, TimelineEvent } from "./dataset.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { indexDataset } from "./datasetIndex.ts";
import { parseDay } from "./dates.ts";
import type { ViewState } from "./viewState.ts";
import { periodDays } from "./viewState.ts";

/** The filter part of a view. */
export type Filters = Pick<ViewState, "actors" | "status" | "from" | "to" | "q">;

/** The filter part of a view (a new object; see sameFilters to compare two). */
export function filtersOf(state: ViewState): Filters {
  return { actors: state.actors, status: state.status, from: state.from, to: state.to, q: state.q };
}

/** True when two filters select the same events: the same values, arrays compared item by item. */
export function sameFilters(a: Filters, b: Filters): boolean {
  const sameList = (x: readonly string[], y: readonly string[]): boolean =>
    x.length === y.length && x.every((item, i) => item === y[i]);
  return (
    a.q === b.q &&
    a.from === b.from &&
    a.to === b.to &&
    sameList(a.actors, b.actors) &&
    sameList(a.status, b.status)
  );
}

/** One event, prepared for filtering: normalised search text and inclusive day-number bounds. */
export type IndexEntry = {
  event: TimelineEvent;
  /** normaliseText of title, summary, actor names, place names and quotes, joined by newlines. */
  text: string;
  /** First day (day number, inclusive); -Infinity when the start is open. */
  start: number;
  /** Last day (day number, inclusive); Infinity when the end is open. */
  end: number;
};

/** A dataset prepared for filtering; build it once per dataset. */
export type FilterIndex = {
  dataset: Dataset;
  entries: readonly IndexEntry[];
};

let collator: Intl.Collator | undefined;

/** Alphabetical order in English, with one collator (localeCompare with a locale makes one a call). */
export function compareNames(a: string, b: string): number {
  return (collator ??= new Intl.Collator("en")).compare(a, b);
}

/**
 * Text as search compares it: Unicode-compatibility-decomposed, diacritics removed, lower-cased,
 * typographic quotes and dashes made plain, whitespace collapsed and trimmed. `São` → `sao`.
 */
export function normaliseText(text: string): string {
  // Most text is printable ASCII, which decomposition, accents, quotes and dashes leave alone.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(/ {2,}/g, " ").trim();
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The search terms of a query: its normalised words (an event must contain every one). */
export function queryTerms(q: string): string[] {
  const normal = normaliseText(q);
  return normal === "" ? [] : normal.split(" ");
}

/**
 * The search text of each event, in dataset order: normaliseText of its title, summary, actor
 * names, place names and quotes, joined by newlines. The costliest part of preparing a dataset,
 * so the dataset check builds it off the main thread (src/state/datasetWorker.ts).
 */
export function searchTexts(dataset: Dataset): string[] {
  const index = indexDataset(dataset);
  return dataset.events.map((event) => textOf(event, index));
}

/** The search text of one event of `dataset` (see searchTexts). */
export function searchText(event: TimelineEvent, dataset: Dataset): string {
  return textOf(event, indexDataset(dataset));
}

function textOf(event: TimelineEvent, { actorNames, places }: DatasetIndex): string {
  return [
    event.title,
    event.summary,
    ...event.actors.map((id) => actorNames.get(id) ?? id),
    ...event.places.map((id) => places.get(id)?.name ?? id),
    ...event.citations.map((c) => c.exact),
  ]
    .map(normaliseText)
    .join("\n");
}

/**
 * Prepares a dataset for filtering, once: `texts` are its searchTexts when already built
 * elsewhere (one per event, in order), otherwise they are built here.
 */
export function buildFilterIndex(dataset: Dataset, texts?: readonly string[]): FilterIndex {
  const text = texts?.length === dataset.events.length ? texts : searchTexts(dataset);
  const entries = dataset.events.map((event, i): IndexEntry => {
    const start = event.date.earliest === null ? undefined : parseDay(event.date.earliest);
    const end = event.date.latest === null ? undefined : parseDay(event.date.latest);
    return {
      event,
      text: text[i] ?? "",
      start: start ?? -Infinity,
      end: end ?? Infinity,
    };
  });
  return { dataset, entries };
}

/**
 * The inclusive day-number range of `from`/`to`: `from` stands for the first day of its period
 * (2023 → 1 January 2023), `to` for the last (2023-02 → 28 February 2023). A missing or unreadable
 * bound is open (±Infinity).
 */
export function dateRange(from: string | null, to: string | null): { start: number; end: number } {
  const a = from === null ? undefined : periodDays(from);
  const b = to === null ? undefined : periodDays(to);
  return {
    start: a ? (parseDay(a.earliest) ?? -Infinity) : -Infinity,
    end: b ? (parseDay(b.latest) ?? Infinity) : Infinity,
  };
}

type Matcher = (entry: IndexEntry) => boolean;

function matchers(filters: Filters): { actors: Matcher; rest: Matcher } {
  const actorSet = new Set(filters.actors);
  const statusSet = new Set<Status>(filters.status);
  const terms = queryTerms(filters.q);
  const range = dateRange(filters.from, filters.to);
  const hasRange = range.start !== -Infinity || range.end !== Infinity;
  return {
    actors: (entry) => actorSet.size === 0 || entry.event.actors.some((a) => actorSet.has(a)),
    rest: (entry) =>
      (statusSet.size === 0 || statusSet.has(entry.event.status)) &&
      // An event matches a range when their intervals share a day; an open end reaches forever.
      (!hasRange || (entry.start <= range.end && range.start <= entry.end)) &&
      terms.every((term) => entry.text.includes(term)),
  };
}

/**
 * The events that pass every active filter, in dataset order. An event passes the actor filter when
 * it involves any selected actor, the status filter when its status is any selected one, the date
 * filter when its interval overlaps the range by at least a day (open intervals extend without end),
 * and the search when its text contains every term of `q`, ignoring case and accents.
 */
export function filterEvents(index: FilterIndex, filters: Filters): TimelineEvent[] {
  const { actors, rest } = matchers(filters);
  const result: TimelineEvent[] = [];
  for (const entry of index.entries) {
    if (actors(entry) && rest(entry)) result.push(entry.event);
  }
  return result;
}

/**
 * For every actor, how many events would show if the actor filter were ignored but the other
 * filters held: the counts a multi-select of actors shows beside each name. Actors with no such
 * event are present with 0.
 */
export function actorCounts(index: FilterIndex, filters: Filters): Map<string, number> {
  const { rest } = matchers(filters);
  const counts = new Map<string, number>(index.dataset.actors.map((a) => [a.id, 0]));
  for (const entry of index.entries) {
    if (!rest(entry)) continue;
    for (const actor of entry.event.actors) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  }
  return counts;
}

/** For every status, how many events would show if the status filter were ignored. */
export function statusCounts(index: FilterIndex, filters: Filters): Map<Status, number> {
  const { actors, rest } = matchers({ ...filters, status: [] });
  const counts = new Map<Status, number>();
  for (const entry of index.entries) {
    if (actors(entry) && rest(entry)) {
      counts.set(entry.event.status, (counts.get(entry.event.status) ?? 0) + 1);
    }
  }
  return counts;
}

/** The names of the filters in force, for an empty state that says what to loosen. */
export type ActiveFilter = "actors" | "status" | "dates" | "search";

/** Which filters are active, in the order the filter bar shows them. */
export function activeFilters(filters: Filters): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  if (filters.q.trim() !== "") active.push("search");
  if (filters.actors.length > 0) active.push("actors");
  if (filters.from !== null || filters.to !== null) active.push("dates");
  if (filters.status.length > 0) active.push("status");
  return active;
}

/**
 * For each active filter, how many events would show with that filter alone removed: the empty
 * state uses it to name the filter that is worth loosening.
 */
export function countsWithout(index: FilterIndex, filters: Filters): Map<ActiveFilter, number> {
  const result = new Map<ActiveFilter, number>();
  for (const name of activeFilters(filters)) {
    const loosened: Filters =
      name === "search"
        ? { ...filters, q: "" }
        : name === "actors"
          ? { ...filters, actors: [] }
          : name === "dates"
            ? { ...filters, from: null, to: null }
            : { ...filters, status: [] };
    result.set(name, filterEvents(index, loosened).length);
  }
  return result;
}
