/**
 * The benchmark's baseline: a bare vis-timeline page fed the same events as the app, with the same
 * initial window, and nothing else (no React, no level of detail, no list). `npm run bench` loads it
 * as `index.html?items=items-<size>.json&start=<day number>&end=<day number>` (fractional days since
 * 1970-01-01, the app's initial window, see src/model/timeWindow.ts) and then calls
 * `window.__bare.apply(filter)`, which swaps in the filtered items the way a plain integration
 * would: clear the DataSet, then add the matching items.
 *
 * Readiness is `document.documentElement.dataset.ready === "true"`, set on vis-timeline's first
 * `changed` event after construction (items drawn).
 */
import { DataSet } from "vis-data/esnext";
import type { DataItem, TimelineOptions } from "vis-timeline/esnext";
import { Timeline } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { addDays, dayToLocalDate } from "../../src/model/dates.ts";
import { dayNumberToLocalDate } from "../../src/model/timeWindow.ts";

/** One event as the bench writes it (scripts/bench/, `bareItems`). Days are YYYY-MM-DD. */
export type BareEvent = {
  id: string;
  title: string;
  earliest: string | null;
  latest: string | null;
  actors: string[];
  /** Lower-cased title, summary and actor names: what the search step matches. */
  text: string;
};

/** A filter step: every given field must match (actor: involves it; from/to: overlaps; q: substring). */
export type BareFilter = { actor?: string; from?: string; to?: string; q?: string };

/** Days an open-ended interval is drawn over, toward its open end (as the app draws it). */
const OPEN_DAYS = 30;

function toItem(event: BareEvent): DataItem {
  const first = event.earliest ?? addDays(event.latest ?? "1970-01-01", 1 - OPEN_DAYS);
  const last = event.latest ?? addDays(first, OPEN_DAYS - 1);
  // Local midnight, as the app draws days: the same calendar day in every zone.
  if (first === last) return { id: event.id, content: event.title, start: dayToLocalDate(first) };
  return {
    id: event.id,
    content: event.title,
    start: dayToLocalDate(first),
    end: dayToLocalDate(addDays(last, 1)),
  };
}

function matches(event: BareEvent, filter: BareFilter): boolean {
  if (filter.actor !== undefined && !event.actors.includes(filter.actor)) return false;
  // Open ends overlap everything on their open side; YYYY-MM-DD strings compare as days.
  if (filter.from !== undefined && event.latest !== null && event.latest < filter.from)
    return false;
  if (filter.to !== undefined && event.earliest !== null && event.earliest > filter.to)
    return false;
  if (filter.q !== undefined && !event.text.includes(filter.q.toLowerCase())) return false;
  return true;
}

declare global {
  interface Window {
    __bare?: { apply: (filter: BareFilter) => number; count: () => number };
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const itemsUrl = params.get("items") ?? "items.json";
  const start = params.get("start");
  const end = params.get("end");
  const response = await fetch(itemsUrl);
  const events = (await response.json()) as BareEvent[];
  const items = new DataSet<DataItem>(events.map(toItem));
  const options: TimelineOptions = {
    ...(start ? { start: dayNumberToLocalDate(Number(start)) } : {}),
    ...(end ? { end: dayNumberToLocalDate(Number(end)) } : {}),
  };
  const container = document.getElementById("timeline");
  if (!container) throw new Error("bare page: #timeline is missing");
  const timeline = new Timeline(container, items, options);
  const onChanged = (): void => {
    timeline.off("changed", onChanged);
    document.documentElement.dataset["ready"] = "true";
  };
  timeline.on("changed", onChanged);
  window.__bare = {
    apply(filter) {
      const next = events.filter((event) => matches(event, filter)).map(toItem);
      items.clear();
      items.add(next);
      return next.length;
    },
    count: () => items.length,
  };
}

void main();
