/**
 * TIMEX3 values (ISO 8601 as TimeML writes them) and what they mean on the calendar: the EDTF
 * interval the dataset stores, and the structured point that later expressions ("the same day",
 * "a year earlier") refer back to. Both are read from the value, so a value and its interval can
 * never disagree.
 */
import type { Day } from "./calendar.ts";
import {
  dayOf,
  daysInMonth,
  formatDay,
  isoWeekOf,
  mondayOfIsoWeek,
  pad,
  plusDays,
} from "./calendar.ts";

/** Seasons as TimeML names them. */
export type Season = "SP" | "SU" | "FA" | "WI";

/** How fine a resolved calendar point is. */
export type Granularity =
  | "century"
  | "decade"
  | "year"
  | "half"
  | "quarter"
  | "season"
  | "month"
  | "week"
  | "weekend"
  | "day";

/**
 * A calendar point read from a DATE or TIME value: its granularity and the fields that define
 * it. `year` is the ISO week-numbering year for weeks, else the calendar year.
 */
export type CalendarPoint = {
  granularity: Granularity;
  year: number;
  half?: number;
  quarter?: number;
  season?: Season;
  month?: number;
  week?: number;
  day?: number;
};

const SEASON_MONTHS: Record<Season, [number, number]> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 14], // December to the next February
};

export const yearValue = (y: number): string => pad(y, 4);
export const monthValue = (y: number, m: number): string => `${pad(y, 4)}-${pad(m, 2)}`;
export const dayValue = (d: Day): string => formatDay(d);
export const quarterValue = (y: number, q: number): string => `${pad(y, 4)}-Q${q}`;
export const halfValue = (y: number, h: number): string => `${pad(y, 4)}-H${h}`;
export const seasonValue = (y: number, s: Season): string => `${pad(y, 4)}-${s}`;
export function weekValue(d: Day): string {
  const { year, week } = isoWeekOf(d);
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}
export const weekendValue = (d: Day): string => `${weekValue(d)}-WE`;

/** Reads a DATE or TIME value as a calendar point; undefined for X-values, references, periods. */
export function pointOfValue(value: string): CalendarPoint | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    return { granularity: "day", year: +(m[1] ?? 0), month: +(m[2] ?? 0), day: +(m[3] ?? 0) };
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const granularity = m[3] ? "weekend" : "week";
    return { granularity, year: +(m[1] ?? 0), week: +(m[2] ?? 0) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { granularity: "month", year: +(m[1] ?? 0), month: +(m[2] ?? 0) };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { granularity: "quarter", year: +(m[1] ?? 0), quarter: +(m[2] ?? 0) };
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return { granularity: "half", year: +(m[1] ?? 0), half: +(m[2] ?? 0) };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return { granularity: "season", year: +(m[1] ?? 0), season: m[2] as Season };
  m = /^(\d{4})$/.exec(value);
  if (m) return { granularity: "year", year: +(m[1] ?? 0) };
  m = /^(\d{3})$/.exec(value);
  if (m) return { granularity: "decade", year: +(m[1] ?? 0) * 10 };
  m = /^(\d{2})$/.exec(value);
  if (m) return { granularity: "century", year: +(m[1] ?? 0) * 100 };
  return undefined;
}

/** The first and last day of a calendar point, or undefined when the point names no real days. */
export function daysOfPoint(p: CalendarPoint): { first: Day; last: Day } | undefined {
  const y = p.year;
  const months = (a: number, b: number): { first: Day; last: Day } | undefined => {
    const ya = y + Math.floor((a - 1) / 12);
    const ma = ((a - 1) % 12) + 1;
    const yb = y + Math.floor((b - 1) / 12);
    const mb = ((b - 1) % 12) + 1;
    const first = dayOf(ya, ma, 1);
    const last = dayOf(yb, mb, daysInMonth(yb, mb));
    return first && last ? { first, last } : undefined;
  };
  switch (p.granularity) {
    case "century":
      return spanOfYears(y, y + 99);
    case "decade":
      return spanOfYears(y, y + 9);
    case "year":
      return spanOfYears(y, y);
    case "half":
      return months((p.half ?? 1) * 6 - 5, (p.half ?? 1) * 6);
    case "quarter":
      return months((p.quarter ?? 1) * 3 - 2, (p.quarter ?? 1) * 3);
    case "season": {
      const [a, b] = SEASON_MONTHS[p.season ?? "SP"];
      return months(a, b);
    }
    case "month":
      return months(p.month ?? 1, p.month ?? 1);
    case "week":
    case "weekend": {
      const monday = mondayOfIsoWeek(y, p.week ?? 0);
      if (!monday) return undefined;
      return p.granularity === "week"
        ? { first: monday, last: plusDays(monday, 6) }
        : { first: plusDays(monday, 5), last: plusDays(monday, 6) };
    }
    case "day": {
      const d = dayOf(y, p.month ?? 0, p.day ?? 0);
      return d ? { first: d, last: d } : undefined;
    }
  }
}

function spanOfYears(a: number, b: number): { first: Day; last: Day } | undefined {
  const first = dayOf(a, 1, 1);
  const last = dayOf(b, 12, 31);
  return first && last ? { first, last } : undefined;
}

/**
 * The EDTF interval a DATE or TIME value stands for, in the subset the dataset stores (`YYYY`,
 * `YYYY-MM`, `YYYY-MM-DD`, `A/B` of those, `../B`, `A/..`): a month stays a month, a quarter is
 * its three months, a week its seven days, a time of day its day. `PRESENT_REF` is the dateline,
 * `PAST_REF` ends at it, `FUTURE_REF` starts at it. Undefined when the value leaves part of the
 * date unknown (`XXXX-12-25`, `1998-WXX`) or is not a date.
 */
export function edtfOfValue(value: string, dateline: Day): string | undefined {
  if (value === "PRESENT_REF") return formatDay(dateline);
  if (value === "PAST_REF") return `../${formatDay(dateline)}`;
  if (value === "FUTURE_REF") return `${formatDay(dateline)}/..`;
  const p = pointOfValue(value);
  if (!p) return undefined;
  switch (p.granularity) {
    case "day": {
      const d = dayOf(p.year, p.month ?? 0, p.day ?? 0);
      return d ? formatDay(d) : undefined;
    }
    case "month":
      return p.month !== undefined && p.month >= 1 && p.month <= 12
        ? monthValue(p.year, p.month)
        : undefined;
    case "year":
      return yearValue(p.year);
    case "century":
    case "decade":
      return `${yearValue(p.year)}/${yearValue(p.year + (p.granularity === "decade" ? 9 : 99))}`;
    case "week":
    case "weekend": {
      const days = daysOfPoint(p);
      return days ? `${formatDay(days.first)}/${formatDay(days.last)}` : undefined;
    }
    default: {
      const days = daysOfPoint(p);
      if (!days) return undefined;
      const a = monthValue(days.first.getUTCFullYear(), days.first.getUTCMonth() + 1);
      const b = monthValue(days.last.getUTCFullYear(), days.last.getUTCMonth() + 1);
      return `${a}/${b}`;
    }
  }
}
