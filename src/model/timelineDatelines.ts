/**
 * The timeline's dateline markers: a rule at each day an article near the window is dated, and at
 * the day the view is as reported up to (asOf), with labels left off where they would collide.
 */
import { formatDayLong } from "./dateLabels.ts";
import { parseDay } from "./dates.ts";
import type { PlanDatelineItem, PlanInput } from "./timelinePlan.ts";

/** Above this many dateline markers near the window, only the selected event's are drawn. */
const MAX_DATELINE_MARKERS = 40;
/** A dateline label's drawn width, roughly: pixels per character (bold, 0.72rem) and padding. */
const DATELINE_LABEL_PX_PER_CHAR = 7;
const DATELINE_LABEL_PADDING_PX = 16;

/**
 * How a dateline marker is labelled, on the timeline and on the share cards: `reported 18 June
 * 2023`, or `reported 18 June 2023 (2 articles)` when `sources` articles share that day.
 */
export function datelineLabel(day: string, sources: number): string {
  return `reported ${formatDayLong(day)}${sources > 1 ? ` (${sources} articles)` : ""}`;
}

/** How the rule of the day a view is as reported up to is labelled: `as reported up to 18 June 2023`. */
export function asOfLabel(day: string): string {
  return `as reported up to ${formatDayLong(day)}`;
}

/** The dateline markers near the window [from, to), labelled where their labels fit. */
export function datelineItems(input: PlanInput, from: number, to: number): PlanDatelineItem[] {
  const byDay = new Map<string, number>();
  for (const source of input.sources) {
    const day = parseDay(source.dateline);
    if (day === undefined || day + 1 <= from || day >= to) continue;
    byDay.set(source.dateline, (byDay.get(source.dateline) ?? 0) + 1);
  }
  const asOf = input.asOf ?? null;
  const asOfDay = asOf === null ? undefined : parseDay(asOf);
  const asOfNear = asOf !== null && asOfDay !== undefined && asOfDay + 1 > from && asOfDay < to;
  let days = [...byDay.keys()];
  if (days.length > MAX_DATELINE_MARKERS) {
    const cited = new Set(input.selected?.citations.map((c) => c.source) ?? []);
    const selectedDays = new Set(
      input.sources.filter((s) => cited.has(s.id)).map((s) => s.dateline),
    );
    days = days.filter((day) => selectedDays.has(day));
  }
  // The view's own day is always drawn, whether or not an article is dated that day.
  if (asOfNear && !days.includes(asOf)) days.push(asOf);
  // Labels go left to right, each only where it clears the one before (all, until the canvas's
  // width is known). A marker left of the view gets none: its label would be cut off, yet would
  // push aside the label of the first marker in view. The view's own day (asOf) comes first: its
  // label is always drawn, and a label that would run into it is left off instead.
  const { window: view, pixels } = input;
  const xOf = (n: number): number =>
    pixels === undefined ? 0 : ((n - view.start) / (view.end - view.start)) * pixels;
  const widthOf = (label: string): number =>
    label.length * DATELINE_LABEL_PX_PER_CHAR + DATELINE_LABEL_PADDING_PX;
  const asOfX = asOfNear ? xOf(asOfDay) : Infinity;
  let clearFrom = -Infinity;
  return days.sort().map((day): PlanDatelineItem => {
    const n = parseDay(day) ?? 0;
    const sources = byDay.get(day) ?? 0;
    const isAsOf = day === asOf;
    const label = isAsOf ? asOfLabel(day) : datelineLabel(day, sources);
    const x = xOf(n);
    const labelled =
      pixels === undefined ||
      isAsOf ||
      (x >= 0 && x >= clearFrom && (x >= asOfX || x + widthOf(label) <= asOfX));
    if (labelled) clearFrom = x + widthOf(label);
    return {
      kind: "dateline",
      id: `dateline:${day}`,
      day,
      start: n,
      end: n + 1,
      sources,
      label,
      labelled,
      asOf: isAsOf,
    };
  });
}
