/**
 * The layout decisions of a link-preview card, as pure functions (text: cardText.ts): how
 * a status is styled (its look, STATUS_LOOK, as the app's badge and timeline draw it), and where the timeline strip puts its
 * ticks, events and dateline rules. The build measures text with the card's real font and passes
 * the measurement in (TextMetrics), so these functions decide with the same widths the renderer
 * draws, and the tests decide with a fake font whose widths are easy to reason about.
 */
import type { Status } from "../model/dataset.ts";
import { formatDayShort, formatMonthShort, formatYear } from "../model/dateLabels.ts";
import {
  dayNumberOf,
  dayParts,
  formatDay,
  parseDay,
  periodEnd,
  periodStart,
} from "../model/dates.ts";
import type { EventShape } from "../model/timelinePlan.ts";
import { STATUS_LOOK, STATUS_WORDS } from "../model/statuses.ts";
import { datelineLabel } from "../model/timelineDatelines.ts";
import type { TimeWindow } from "../model/timeWindow.ts";
import { fitWindow } from "../model/timeWindow.ts";

import type { TextMetrics, TextStyle } from "./cardText.ts";

/** A status badge as the app draws it (src/components/StatusBadge.css), from the status's look. */
export type StatusBadgeStyle = {
  /** The app's label, in capitals as the badge sets it: `HOPED FOR`. */
  label: string;
  /** Filled with the status colour when its look's fill is solid (what happened); else outlined. */
  filled: boolean;
  /** Its look's line. */
  border: "solid" | "dashed" | "dotted";
  /** The label is struck through (postponed). */
  struckThrough: boolean;
};

/** How the badge of `status` is drawn, as in the app: see StatusBadgeStyle. */
export function statusBadgeStyle(status: Status): StatusBadgeStyle {
  const look = STATUS_LOOK[status];
  return {
    label: STATUS_WORDS[status].label.toUpperCase(),
    filled: look.fill === "solid",
    border: look.line,
    struckThrough: look.struck,
  };
}

/**
 * How an event's mark on the strip is painted, as on the app's timeline
 * (src/components/timeline/timeline.css), from its status's look and its shape:
 * - `solid`: a solid fill (a filled bar or dot);
 * - `tint`: a tinted fill (a light wash inside the look's outline; a dot is a ring);
 * - `stripes`: a broken fill (a broken bar);
 * - `hatch`: known only to the month or year (hatched across the whole period, in the look's line);
 * - `fade-in` / `fade-out`: an open interval fading toward its open start or end.
 */
export type MarkPaint = "solid" | "tint" | "stripes" | "hatch" | "fade-in" | "fade-out";

export type MarkStyle = { paint: MarkPaint; border: "none" | "solid" | "dashed" | "dotted" };

/** The strip's paint for each fill of a status's look. */
const FILL_PAINT = { solid: "solid", tint: "tint", broken: "stripes" } as const;

/** How an event's mark is painted, from its status's look and its shape. */
export function markStyle(
  status: Status,
  shape: Pick<EventShape, "approximate" | "openStart" | "openEnd">,
): MarkStyle {
  const look = STATUS_LOOK[status];
  if (shape.openStart) return { paint: "fade-in", border: "none" };
  if (shape.openEnd) return { paint: "fade-out", border: "none" };
  if (shape.approximate) return { paint: "hatch", border: look.line };
  return { paint: FILL_PAINT[look.fill], border: look.fill === "tint" ? look.line : "none" };
}

/** An event to draw on the strip. */
export type StripEvent = { shape: EventShape; status: Status };
/** A dateline to mark on the strip: the day, and how many articles carry it. */
export type StripDatelineInput = { day: string; sources: number };

export type StripInput = {
  /** The strip's width in pixels. */
  width: number;
  events: readonly StripEvent[];
  datelines: readonly StripDatelineInput[];
  /** Lanes events may be stacked in before they overlap (default 1). */
  maxLanes?: number;
  /** A point's radius in pixels, the room it takes in its lane (default POINT_RADIUS_PX). */
  pointRadius?: number;
  /** The styles of the tick labels and the dateline labels, for measuring them. */
  tickLabelStyle: TextStyle;
  datelineLabelStyle: TextStyle;
};

/** A tick of the strip's axis at `x` pixels; `label` is empty where it would not fit. */
export type StripTick = { x: number; label: string };

/** An event's mark: `x` its left edge (a point's centre), `width` 0 for a point. */
export type StripMark = {
  x: number;
  width: number;
  point: boolean;
  lane: number;
  status: Status;
  style: MarkStyle;
};

/** A dateline rule at `x`, its label at `labelX` (left edge) when `labelled`. */
export type StripDateline = { x: number; label: string; labelled: boolean; labelX: number };

export type StripLayout = {
  /** The days shown: fractional day numbers, end exclusive (see src/model/timeWindow.ts). */
  window: TimeWindow;
  lanes: number;
  ticks: StripTick[];
  marks: StripMark[];
  datelines: StripDateline[];
};

/** A range narrower than this is widened (centred) so that it stays visible. */
export const MIN_MARK_PX = 8;
/** A point's radius unless the strip says otherwise, also the room it takes in its lane. */
export const POINT_RADIUS_PX = 9;
/** Ticks are at least this far apart. */
export const MIN_TICK_PX = 120;
/** Between a rule or tick and its label, and between two labels. */
const LABEL_GAP_PX = 8;
/** The strip's margins either side of what it shows, as fractions of that span. */
const STRIP_MARGIN = { before: 0.12, after: 0.12 };
/** The narrowest stretch of time a strip shows, in days: a single day is not blown up. */
const STRIP_MIN_DAYS = 28;

type TickUnit = { kind: "day" | "month" | "year"; step: number };

/** Tick periods, finest first; the strip uses the finest that leaves MIN_TICK_PX between ticks. */
const TICK_UNITS: readonly TickUnit[] = [
  { kind: "day", step: 1 },
  { kind: "day", step: 2 },
  { kind: "day", step: 7 },
  { kind: "month", step: 1 },
  { kind: "month", step: 2 },
  { kind: "month", step: 3 },
  { kind: "month", step: 6 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500].map((step) => ({ kind: "year" as const, step })),
];
/** Ticks for the widest window there is (the contract's years run from 0 to 9999). */
const COARSEST_TICK: TickUnit = { kind: "year", step: 1000 };

/** The day numbers of `unit`'s ticks inside [from, to). Weeks start on Monday. */
function tickDays(unit: TickUnit, from: number, to: number): number[] {
  const days: number[] = [];
  const first = Math.ceil(from);
  if (unit.kind === "day") {
    // Every day, every other day (even day numbers, so ticks stay put as the window moves), or
    // every Monday: the first day of the week after the one holding the day before `first`.
    const start =
      unit.step === 7
        ? periodEnd(first - 1, "week")
        : first + (((-first % unit.step) + unit.step) % unit.step);
    for (let d = start; d < to; d += unit.step) days.push(d);
    return days;
  }
  if (unit.kind === "month") {
    // Each month starting in the window whose number (January 0) divides by the step.
    const start = periodStart(first, "month");
    for (let d = start < first ? periodEnd(first, "month") : start; d < to;) {
      if ((dayParts(formatDay(d)).month - 1) % unit.step === 0) days.push(d);
      d = periodEnd(d, "month");
    }
    return days;
  }
  const { year } = dayParts(formatDay(first));
  const firstYear = periodStart(first, "year") < first ? year + 1 : year;
  for (let y = Math.ceil(firstYear / unit.step) * unit.step; ; y += unit.step) {
    const d = dayNumberOf(y, 1, 1);
    if (d >= to) return days;
    days.push(d);
  }
}

/** A tick's label: `18 Jun` / `Jun` / `2023`, with the year on the first tick and on each January. */
function tickLabel(unit: TickUnit, n: number, first: boolean): string {
  const day = formatDay(n);
  const { month, day: d } = dayParts(day);
  if (unit.kind === "year") return formatYear(day);
  if (unit.kind === "month") return formatMonthShort(day, first || month === 1);
  return formatDayShort(day, first || (month === 1 && d <= unit.step));
}

/**
 * The geometry of a timeline strip: the window (fitted around the events and datelines, with a
 * margin, at least four weeks wide), the axis's ticks (the finest of day, 2 days, week, month,
 * 2/3/6 months, 1/2/5/10… years that leaves MIN_TICK_PX between ticks; a label that would run off
 * the strip or into the next is left off), each event's mark in its lane (stacked, left to right,
 * into the first lane free at its left edge; past `maxLanes` into the lane that frees up first)
 * and each dateline's rule, its label right of the rule or, where that runs off the strip, left
 * of it, and left off where it would run into the label before it.
 */
export function layoutStrip(input: StripInput, metrics: TextMetrics): StripLayout {
  const { width, tickLabelStyle, datelineLabelStyle } = input;
  const radius = input.pointRadius ?? POINT_RADIUS_PX;
  const extents = [
    ...input.events.map((e) => e.shape.extent),
    ...input.datelines.flatMap((d) => {
      const n = parseDay(d.day);
      return n === undefined ? [] : [{ start: n, end: n + 1 }];
    }),
  ];
  const window = fitWindow(extents, STRIP_MARGIN, STRIP_MIN_DAYS) ?? {
    start: 0,
    end: STRIP_MIN_DAYS,
  };
  const span = window.end - window.start;
  const xOf = (day: number): number => ((day - window.start) / span) * width;

  const maxTicks = Math.max(1, Math.floor(width / MIN_TICK_PX));
  const unit = TICK_UNITS.find((u) => span / approxDays(u) <= maxTicks) ?? COARSEST_TICK;
  const days = tickDays(unit, window.start, window.end);
  const ticks = days.map((day, i) => {
    const x = xOf(day);
    const label = tickLabel(unit, day, i === 0);
    const next = days[i + 1];
    const room = (next === undefined ? width : xOf(next)) - x - 2 * LABEL_GAP_PX;
    return { x, label: metrics.width(label, tickLabelStyle) <= room ? label : "" };
  });

  const laneEnds: number[] = [];
  const maxLanes = Math.max(1, input.maxLanes ?? 1);
  const placed = input.events.map((event, index) => {
    const { shape, status } = event;
    const point = shape.shape === "point";
    let x: number;
    let markWidth: number;
    if (point) {
      x = xOf(shape.start);
      markWidth = 0;
    } else {
      const left = xOf(shape.start);
      const right = xOf(shape.end);
      markWidth = Math.max(right - left, MIN_MARK_PX);
      x = (left + right) / 2 - markWidth / 2;
    }
    const from = point ? x - radius : x;
    const to = point ? x + radius : x + markWidth;
    return { index, x, width: markWidth, point, from, to, status, shape };
  });
  const lanes = new Array<number>(placed.length).fill(0);
  for (const mark of [...placed].sort((a, b) => a.from - b.from || a.index - b.index)) {
    let lane = laneEnds.findIndex((end) => end + LABEL_GAP_PX / 2 <= mark.from);
    if (lane < 0 && laneEnds.length < maxLanes) lane = laneEnds.length;
    if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, mark.to);
    lanes[mark.index] = lane;
  }
  const marks = placed.map((m) => ({
    x: m.x,
    width: m.width,
    point: m.point,
    lane: lanes[m.index] ?? 0,
    status: m.status,
    style: markStyle(m.status, m.shape),
  }));

  let clearFrom = -Infinity;
  const datelines = [...input.datelines]
    .filter((d) => parseDay(d.day) !== undefined)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    .map((d) => {
      // The rule stands in the middle of its day.
      const x = xOf((parseDay(d.day) ?? 0) + 0.5);
      const label = datelineLabel(d.day, d.sources);
      const labelWidth = metrics.width(label, datelineLabelStyle);
      const right = x + LABEL_GAP_PX;
      const labelX = right + labelWidth <= width ? right : x - LABEL_GAP_PX - labelWidth;
      const labelled = labelX >= 0 && labelX >= clearFrom;
      if (labelled) clearFrom = labelX + labelWidth + LABEL_GAP_PX;
      return { x, label, labelled, labelX };
    });

  return { window, lanes: Math.max(1, laneEnds.length), ticks, marks, datelines };
}

/** The average length of a tick period, in days. */
function approxDays(unit: TickUnit): number {
  if (unit.kind === "day") return unit.step;
  if (unit.kind === "month") return unit.step * 30.44;
  return unit.step * 365.25;
}
