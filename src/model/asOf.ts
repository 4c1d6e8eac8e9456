/**
 * The timeline as it was known on a day: a dataset cut down to the reports published up to that
 * day, for the explorer's "as reported up to" view (the `asOf=YYYY-MM-DD` link parameter).
 * What a reader on that day could have known, and nothing more:
 * - articles published later are gone, and with them their reports and citations;
 * - an event no report had yet stated (status and date) is gone, and so are links to it;
 * - each remaining event's status, asOf, date and disagreements are reconciled again from the
 *   reports it keeps (reports.ts, the same rules the pipeline applied), so an event planned "in
 *   November" in June shows as planned for November 2023, even though a November report later
 *   said it took place on 15 November.
 * Pure and linear in the dataset: an event whose reports all came out by that day is passed on as
 * it is, unchanged and uncopied.
 */
import type { Citation, Dataset, Report, Source, TimelineEvent } from "./dataset.ts";
import { compareEvents } from "./datasetOrder.ts";
import { reconcileReports } from "./reports.ts";

/**
 * `event` as known from its reports up to `day` (YYYY-MM-DD, inclusive), or undefined when no report
 * up to then stated its status and date. Citations keep their order; the kept reports' indexes are
 * renumbered to match. `titleOf` names sources in the disagreements' sentences.
 */
export function eventAsOf(
  event: TimelineEvent,
  day: string,
  titleOf: (source: string) => string,
): TimelineEvent | undefined {
  // YYYY-MM-DD strings compare as the days they name.
  const kept = event.reports.filter((r) => r.dateline <= day);
  if (kept.length === event.reports.length) return event;
  if (kept.length === 0) return undefined;
  const reconciled = reconcileReports(kept, titleOf);
  if (reconciled === undefined) return undefined;
  const used = kept
    .flatMap((r) => r.citations)
    .filter((i) => i < event.citations.length)
    .sort((a, b) => a - b);
  const renumber = new Map(used.map((old, i) => [old, i]));
  const citations: Citation[] = used.map((i) => event.citations[i] as Citation);
  const reports: Report[] = kept.map((r) => ({
    ...r,
    citations: r.citations.flatMap((i) => {
      const n = renumber.get(i);
      return n === undefined ? [] : [n];
    }),
  }));
  return { ...event, ...reconciled, citations, reports };
}

/**
 * `dataset` as it was known on `day` (YYYY-MM-DD, inclusive): see this module's comment. Sources
 * published after `day` are left out; events keep the dataset's order (compareEvents), which a
 * changed date may move. The dataset's other fields are kept as they are.
 */
export function projectAsOf(dataset: Dataset, day: string): Dataset {
  const titles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  const titleOf = (id: string): string => titles.get(id) ?? id;
  let changed = false;
  let dropped = false;
  const events: TimelineEvent[] = [];
  for (const event of dataset.events) {
    const known = eventAsOf(event, day, titleOf);
    if (known === undefined) dropped = true;
    else {
      if (known !== event) changed = true;
      events.push(known);
    }
  }
  const sources = dataset.sources.filter((s) => s.dateline <= day);
  if (!changed && !dropped && sources.length === dataset.sources.length) return dataset;
  let result = events;
  if (dropped) {
    const ids = new Set(events.map((e) => e.id));
    result = events.map((e) =>
      e.related.every((id) => ids.has(id))
        ? e
        : { ...e, related: e.related.filter((id) => ids.has(id)) },
    );
  }
  if (changed) result = [...result].sort(compareEvents);
  return { ...dataset, sources, events: result };
}

const daysCache = new WeakMap<readonly Pick<Source, "dateline">[], readonly string[]>();

/**
 * The days articles were published on, each once, earliest first: the days on which what was
 * known can change, which the "as reported up to" control steps through. Memoised per array.
 */
export function reportDays(sources: readonly Pick<Source, "dateline">[]): readonly string[] {
  const cached = daysCache.get(sources);
  if (cached) return cached;
  const days = [...new Set(sources.map((s) => s.dateline))].sort();
  daysCache.set(sources, days);
  return days;
}

/**
 * The "as reported up to" day one report day earlier (`direction` -1) or later (+1) than `asOf`
 * (YYYY-MM-DD, or null for today's view), in `days` (reportDays). Earlier goes to the report day
 * before the one whose view `asOf` shows (the latest report day up to it; today's view shows the
 * last), so each step changes what is shown. Later goes to the next report day after `asOf`, or to
 * today's view (null) from the last report day on: the two show the same. Undefined when there is
 * no step that way (from the first report day earlier, or from today's view later).
 */
export function stepReportDay(
  days: readonly string[],
  asOf: string | null,
  direction: -1 | 1,
): string | null | undefined {
  const last = days.at(-1);
  if (last === undefined) return undefined;
  if (direction === 1) {
    if (asOf === null) return undefined;
    if (asOf >= last) return null;
    const next = days.find((day) => day > asOf);
    return next === undefined || next === last ? null : next;
  }
  const shown = asOf === null ? days.length - 1 : days.findLastIndex((day) => day <= asOf);
  return shown <= 0 ? undefined : days[shown - 1];
}
