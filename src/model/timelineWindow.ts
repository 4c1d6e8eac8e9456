/**
 * Where the timeline's window goes: fitted to the events and their labels, opened from a link, or
 * zoomed onto a count. Pure, on the day numbers of timeWindow.ts: "today" is a parameter, and the
 * labels' widths come from a measure the view makes in its own font (LabelMeasure).
 */
import type { Source, TimelineEvent } from "./dataset.ts";
import { eventLabel, eventShape, labelMaxPixels, MAX_PLAN_ITEMS } from "./timelinePlan.ts";
import type { Extent, FitItem, TimeWindow } from "./timeWindow.ts";
import {
  dayWindowToTimeWindow,
  ensureVisible,
  fitWindow,
  fitWindowToLabels,
} from "./timeWindow.ts";
import { storyMarked, storyMarks } from "./story.ts";
import type { DayWindow } from "./viewState.ts";

/** A label's drawn width in CSS pixels, in the font the timeline draws it in (bold if selected). */
export type LabelMeasure = (text: string, bold: boolean) => number;

/** Pixels a label takes beyond its text: its padding. */
export const LABEL_PADDING_PX = 6;
/** And, for a point, the dot drawn before it. */
export const POINT_LABEL_OFFSET_PX = 22;
/** A story mark drawn before a label (a report count, or "!"), with its margin, roughly. */
export const STORY_MARK_PX = 24;
/** A selected label is boxed: its extra padding. */
export const SELECTED_LABEL_PADDING_PX = 8;
/** With neither an event nor a dateline to show, the window is today ± this many days. */
export const EMPTY_WINDOW_HALF_DAYS = 14;
/** A count zoomed onto is shown with this share of its span to spare on each side. */
export const COUNT_ZOOM_MARGIN = 0.05;

/**
 * What a fitted window must show of each event: its days, and its label as drawn on a canvas
 * `pixels` wide (capped at labelMaxPixels), measured bold and boxed as if selected, so choosing an
 * event never needs a refit. The selected event is fitted too when the filters left it out. No
 * label is measured without a `measure`, nor past MAX_PLAN_ITEMS events, where the timeline draws
 * counts instead (labelPixels 0).
 */
export function fitItems(
  events: readonly TimelineEvent[],
  selected: TimelineEvent | null,
  pixels: number,
  measure: LabelMeasure | null,
): FitItem[] {
  const all = selected && !events.includes(selected) ? [...events, selected] : events;
  const labelled = measure !== null && all.length <= MAX_PLAN_ITEMS;
  const cap = labelMaxPixels(pixels);
  return all.map((event) => {
    const shape = eventShape(event);
    const marks = labelled ? storyMarks(event) : null;
    const markPixels =
      marks && storyMarked(marks) ? STORY_MARK_PX * (marks.disagreements > 0 ? 2 : 1) : 0;
    const text = labelled
      ? Math.min(measure(eventLabel({ ...shape, title: event.title }), true) + markPixels, cap)
      : 0;
    const offset = shape.shape === "point" ? POINT_LABEL_OFFSET_PX : 0;
    return {
      extent: shape.extent,
      labelAt: shape.start,
      labelPixels: labelled ? text + LABEL_PADDING_PX + SELECTED_LABEL_PADDING_PX + offset : 0,
      precision: event.date.precision,
    };
  });
}

/** What a window is fitted to. */
export type FitInput = {
  /** The events to show (the filtered ones). */
  events: readonly TimelineEvent[];
  /** The open event, shown whatever the filters; null when none is open. */
  selected: TimelineEvent | null;
  /** The articles: with no event to show, their datelines keep the axis in the corpus's time. */
  sources: readonly Source[];
  /**
   * The event area's width in CSS pixels; undefined before it is measured, when the window is
   * fitted to the events' days alone (fitWindow), without room for labels.
   */
  pixels?: number | undefined;
  /** Measures labels; null or absent leaves labels out of the fit. */
  measure?: LabelMeasure | null | undefined;
  /** The viewer's today, as a whole day number (its local calendar day). */
  today: number;
  /**
   * The day the view is as reported up to (YYYY-MM-DD; null or absent: today's view): shown
   * beside the events, so its rule is in sight with what lay ahead of it.
   */
  asOf?: string | null | undefined;
};

/**
 * The window that shows every event, and with a width, their labels (fitWindowToLabels), and the
 * day the view is as reported up to; with no event, the articles' datelines (fitWindow); with
 * neither, today ± EMPTY_WINDOW_HALF_DAYS.
 */
export function fitEvents(input: FitInput): TimeWindow {
  const { events, selected, sources, pixels, measure = null, today } = input;
  const asOf = input.asOf ? dayWindowToTimeWindow({ first: input.asOf, last: input.asOf }) : null;
  const anyEvent = events.length > 0 || selected !== null;
  let fitted: TimeWindow | null;
  if (pixels === undefined) {
    const extents = [...events, ...(selected ? [selected] : [])].map((e) => eventShape(e).extent);
    if (asOf && anyEvent) extents.push(asOf);
    fitted = fitWindow(extents);
  } else {
    const items = fitItems(events, selected, pixels, measure);
    if (asOf && anyEvent) {
      items.push({ extent: asOf, labelAt: asOf.start, labelPixels: 0, precision: "day" });
    }
    fitted = fitWindowToLabels(items, pixels);
  }
  if (fitted) return fitted;
  const datelines: Extent[] = [];
  for (const source of sources) {
    const day = dayWindowToTimeWindow({ first: source.dateline, last: source.dateline });
    if (day) datelines.push(day);
  }
  return (
    fitWindow(datelines) ?? {
      start: today - EMPTY_WINDOW_HALF_DAYS,
      end: today + EMPTY_WINDOW_HALF_DAYS,
    }
  );
}

/**
 * The window the timeline opens on: the link's window when it names one (as whole days), else the
 * fitted one (fitEvents); moved or widened as little as it takes to show the open event whole.
 */
export function openingWindow(input: FitInput & { asked: DayWindow | null }): TimeWindow {
  const asked = input.asked ? dayWindowToTimeWindow(input.asked) : null;
  const base = asked ?? fitEvents(input);
  return input.selected ? ensureVisible(base, eventShape(input.selected).extent) : base;
}

/** The window a count zooms onto: its period, with COUNT_ZOOM_MARGIN of it to spare each side. */
export function countWindow(count: { start: number; end: number }): TimeWindow {
  const pad = (count.end - count.start) * COUNT_ZOOM_MARGIN;
  return { start: count.start - pad, end: count.end + pad };
}

/**
 * True when two windows are within a second of each other at both ends: the same, give or take
 * the rounding of a trip through vis-timeline's `Date`s.
 */
export function nearlySame(a: TimeWindow, b: TimeWindow): boolean {
  const second = 1 / 86_400;
  return Math.abs(a.start - b.start) < second && Math.abs(a.end - b.end) < second;
}
