/**
 * The timeline's visible window and the math on it: fit, zoom, pan, clamp, keep an event in view.
 * A window is a half-open stretch of fractional day numbers (days since 1970-01-01; 0.5 is noon of
 * that calendar day), so the math is the same in every time zone. The bridge to the `Date`s that
 * vis-timeline draws in the viewer's zone is dayNumberToLocalDate / localDateToDayNumber.
 */
import type { Precision } from "./dataset.ts";
import { addDays, dayToLocalDate, formatDay, localDateToDay, parseDay } from "./dates.ts";
import type { DayWindow } from "./viewState.ts";
import { MAX_WINDOW_DAYS } from "./viewState.ts";

/** A visible window: `start` inclusive, `end` exclusive, fractional day numbers, start < end. */
export type TimeWindow = { start: number; end: number };

/** The stretch an item covers, in fractional day numbers, `end` exclusive. */
export type Extent = { start: number; end: number };

/** The narrowest window the timeline zooms to, in days: a day must stay legible. */
export const MIN_WINDOW_DAYS = 2;
/** The widest window, in days. */
export const MAX_VIEW_DAYS = MAX_WINDOW_DAYS;
/** A fitted window is at least this many days wide, so one event is not blown up to fill it. */
export const MIN_FIT_DAYS = 28;

/** The length of a window in days. */
export function windowDays(window: TimeWindow): number {
  return window.end - window.start;
}

/**
 * Keeps a window's length within [minDays, maxDays] around its centre. A reversed or empty window
 * becomes minDays wide around its start.
 */
export function clampWindow(
  window: TimeWindow,
  minDays = MIN_WINDOW_DAYS,
  maxDays = MAX_VIEW_DAYS,
): TimeWindow {
  const length = window.end - window.start;
  if (!(length > 0)) return { start: window.start, end: window.start + minDays };
  const clamped = Math.min(Math.max(length, minDays), maxDays);
  if (clamped === length) return window;
  const centre = (window.start + window.end) / 2;
  return { start: centre - clamped / 2, end: centre + clamped / 2 };
}

/** Margins of a fitted window, as fractions of the fitted span, before and after it. */
export type FitMargin = { before: number; after: number };

/**
 * Labels run to the right of their items, so a fitted window leaves more room after the last event
 * than before the first.
 */
export const FIT_MARGIN: FitMargin = { before: 0.05, after: 0.22 };

/**
 * The window that shows every extent with a margin (fractions of their span) before and after, at
 * least `minDays` wide (widened evenly around the extents). Null when there is nothing to fit.
 */
export function fitWindow(
  extents: Iterable<Extent>,
  margin: FitMargin = FIT_MARGIN,
  minDays = MIN_FIT_DAYS,
): TimeWindow | null {
  let start = Infinity;
  let end = -Infinity;
  for (const extent of extents) {
    if (extent.start < start) start = extent.start;
    if (extent.end > end) end = extent.end;
  }
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  const length = Math.max(end - start, 1);
  return clampWindow(
    { start: start - length * margin.before, end: end + length * margin.after },
    minDays,
  );
}

/**
 * The most pixels a day may take for vis-timeline to label its axis in months rather than days.
 * It labels the finest unit whose step is wider than seven of its axis characters (about 55 px
 * at the axis font here), so days while two days take more than that: above ~27 px a day. This
 * stays well under it, for narrower fonts elsewhere.
 */
export const MONTH_AXIS_MAX_PX_PER_DAY = 12;
/** Likewise for years: vis-timeline labels years once three months take less than ~55 px. */
export const YEAR_AXIS_MAX_PX_PER_DAY = 0.4;

/**
 * The narrowest window, in days, that `pixels` of canvas show at an axis no finer than
 * `precision`: a month-precision date keeps a month-scale axis (a day-by-day axis would claim
 * more than is known), a year-precision one a year-scale axis. Zero for day precision.
 */
export function axisMinDays(precision: Precision, pixels: number): number {
  if (precision === "month") return pixels / MONTH_AXIS_MAX_PX_PER_DAY;
  if (precision === "year") return pixels / YEAR_AXIS_MAX_PX_PER_DAY;
  return 0;
}

/** One item a fitted window must show whole, with its label. */
export type FitItem = {
  /** The days it covers. */
  extent: Extent;
  /** The day number its label starts at: a bar's first day, a point's noon. */
  labelAt: number;
  /** The label's drawn width in CSS pixels, rightwards from `labelAt` (0 when it has none). */
  labelPixels: number;
  /** How precisely its date is known: the axis is kept no finer (axisMinDays). */
  precision: Precision;
};

/** Margins of a label-fitted window: fractions of the items' span, and pixels after the labels. */
export type LabelFitOptions = {
  margin?: FitMargin;
  minDays?: number;
  /** Room kept between the longest-reaching label and the window's right edge, in pixels. */
  padPixels?: number;
};

/** The margins a label-fitted window keeps around the bars; the labels get their own room. */
export const LABEL_FIT_MARGIN: FitMargin = { before: 0.04, after: 0.04 };
/** Pixels kept after the label that reaches furthest right. */
export const LABEL_FIT_PAD_PIXELS = 16;

/**
 * The window that shows every item's bar and its whole label on a canvas `pixels` wide. Labels
 * run rightwards from their items, so the window is made wide enough that the label reaching
 * furthest ends `padPixels` inside the right edge (a label's right end, in days, depends on the
 * window's width: a label of L px at day a ends at a + L/pixels × width). The window is at least
 * `minDays` wide, and never narrower than the coarsest precision's axis needs (axisMinDays);
 * when that minimum is what sets the width, the items and their labels are centred in it.
 * Labels wider than three quarters of the canvas count as that wide (the view caps them, see
 * labelMaxPixels). Null when there is nothing to fit.
 */
export function fitWindowToLabels(
  items: Iterable<FitItem>,
  pixels: number,
  options: LabelFitOptions = {},
): TimeWindow | null {
  const margin = options.margin ?? LABEL_FIT_MARGIN;
  const pad = options.padPixels ?? LABEL_FIT_PAD_PIXELS;
  let minDays = options.minDays ?? MIN_FIT_DAYS;
  let start = Infinity;
  let end = -Infinity;
  const labels: { at: number; share: number }[] = [];
  for (const item of items) {
    if (item.extent.start < start) start = item.extent.start;
    if (item.extent.end > end) end = item.extent.end;
    minDays = Math.max(minDays, axisMinDays(item.precision, pixels));
    if (item.labelPixels > 0) {
      // The share of the canvas the label and the pad take.
      const share = (Math.min(item.labelPixels, pixels * 0.75) + pad) / pixels;
      labels.push({ at: item.labelAt, share: Math.min(share, 0.9) });
    }
  }
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  const length = Math.max(end - start, 1);
  const left = start - length * margin.before;
  const barsEnd = end + length * margin.after;
  // Anchored at `left`, a label at day a with share f needs (a − left) ≤ (1 − f) × width.
  let width = barsEnd - left;
  for (const label of labels) width = Math.max(width, (label.at - left) / (1 - label.share));
  minDays = Math.min(minDays, MAX_VIEW_DAYS);
  if (width >= minDays) return clampWindow({ start: left, end: left + width });
  // The minimum sets the width: centre what is drawn, labels included, in it.
  let right = barsEnd;
  for (const label of labels) right = Math.max(right, label.at + label.share * minDays);
  const centre = (start + right) / 2;
  return { start: centre - minDays / 2, end: centre + minDays / 2 };
}

/**
 * The window zoomed by `factor` about `anchor` (default: its centre): factor < 1 zooms in (0.5 shows
 * half as many days), factor > 1 zooms out. The anchor keeps its place on screen. Clamped.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchor?: number): TimeWindow {
  const at = anchor ?? (window.start + window.end) / 2;
  const length = windowDays(window);
  const next = Math.min(Math.max(length * factor, MIN_WINDOW_DAYS), MAX_VIEW_DAYS);
  const ratio = (at - window.start) / length;
  return { start: at - next * ratio, end: at - next * ratio + next };
}

/** The window moved by `fraction` of its width: negative toward the past, positive the future. */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
  const shift = windowDays(window) * fraction;
  return { start: window.start + shift, end: window.end + shift };
}

/**
 * A window that shows `extent` whole, changing `window` as little as possible: unchanged when the
 * extent already lies inside it with `marginRatio` to spare; moved (same width) when the extent fits
 * in it; otherwise widened to the extent plus the margin. Infinite extents are taken as their finite
 * end.
 */
export function ensureVisible(window: TimeWindow, extent: Extent, marginRatio = 0.1): TimeWindow {
  const length = windowDays(window);
  const margin = length * marginRatio;
  const start = Number.isFinite(extent.start) ? extent.start : extent.end - 1;
  const end = Number.isFinite(extent.end) ? extent.end : extent.start + 1;
  if (start >= window.start + margin && end <= window.end - margin) return window;
  if (end - start <= length - 2 * margin) {
    const shift =
      start < window.start + margin ? start - margin - window.start : end + margin - window.end;
    return { start: window.start + shift, end: window.end + shift };
  }
  const span = end - start;
  return clampWindow({ start: start - span * marginRatio, end: end + span * marginRatio });
}

/** The window showing whole days `first` … `last` (inclusive); null when either is not a day. */
export function dayWindowToTimeWindow(days: DayWindow): TimeWindow | null {
  const first = parseDay(days.first);
  const last = parseDay(days.last);
  if (first === undefined || last === undefined || last < first) return null;
  return { start: first, end: last + 1 };
}

/**
 * The whole days a window shows, as written in a link: its ends rounded to the nearest midnight
 * (`last` is the day before the rounded end), never fewer than one day.
 */
export function timeWindowToDayWindow(window: TimeWindow): DayWindow {
  const first = Math.round(window.start);
  const last = Math.max(Math.round(window.end) - 1, first);
  return { first: formatDay(first), last: formatDay(last) };
}

/** True when two windows round to the same days: they would write the same link. */
export function sameDays(a: TimeWindow, b: TimeWindow): boolean {
  const x = timeWindowToDayWindow(a);
  const y = timeWindowToDayWindow(b);
  return x.first === y.first && x.last === y.last;
}

/**
 * The local `Date` of a fractional day number: local midnight of its day plus the fraction of that
 * day's local length (23 or 25 hours across a daylight-saving change), so noon is drawn at noon.
 */
export function dayNumberToLocalDate(n: number): Date {
  const whole = Math.floor(n);
  const day = formatDay(whole);
  const midnight = dayToLocalDate(day);
  const fraction = n - whole;
  if (fraction === 0) return midnight;
  const next = dayToLocalDate(addDays(day, 1));
  return new Date(midnight.getTime() + fraction * (next.getTime() - midnight.getTime()));
}

/** The fractional day number of a local `Date` (the inverse of dayNumberToLocalDate). */
export function localDateToDayNumber(date: Date): number {
  const day = localDateToDay(date);
  const whole = parseDay(day) ?? 0;
  const midnight = dayToLocalDate(day).getTime();
  const next = dayToLocalDate(addDays(day, 1)).getTime();
  return whole + (date.getTime() - midnight) / (next - midnight);
}
