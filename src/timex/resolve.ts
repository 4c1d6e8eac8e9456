/**
 * How the grammar's rules turn what they matched into a TIMEX3 value: the context a rule resolves
 * in (the dateline, the direction, the date mentioned before) and the calendar moves they share
 * ("the nearest Friday on the past side", "the quarter before the dateline's").
 */
import type { Day } from "./calendar.ts";
import {
  dayOf,
  daysInMonth,
  isoWeekOf,
  monthOf,
  plusDays,
  stepToWeekday,
  plusMonths,
  plusYears,
  yearOf,
} from "./calendar.ts";
import type { Unit } from "./wordPatterns.ts";
import type { CalendarPoint, Season } from "./values.ts";
import {
  dayValue,
  daysOfPoint,
  monthValue,
  pointOfValue,
  quarterValue,
  seasonValue,
  weekValue,
  yearValue,
} from "./values.ts";
import type { Direction, TimexFlag, TimexMod, TimexType } from "./types.ts";

/**
 * What kind of open phrase needed a direction, so that a resolver asking for one can say what is
 * ambiguous: a month name, a weekday, a day and month without a year, or anything else.
 */
export type Ambiguity = { kind: "month" | "weekday" | "dayMonth" | "other"; name: string };

/** The unit an expression takes from the date it refers to ("the same month": month). */
export type ReferenceUnit = "day" | "week" | "month" | "quarter" | "year";

/** What a rule may ask while resolving the expression at [start, end) of `text`. */
export type ResolveContext = {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly dateline: Day;
  /**
   * The side of the dateline: the resolver's given direction, else a guess (flagged) from the
   * sentence's tense, weighed against `distances`: how many days the nearest candidate lies
   * away on each side (see chooseDirection).
   */
  direction(ambiguity: Ambiguity, distances?: { past: number; future: number }): Direction;
  /**
   * The side the sentence's tense gives (the resolver's given direction, else the guess, flagged),
   * for an expression that is resolved already and only leans on it ("in the summer", whose year
   * is guessed anyway); undefined when nothing marks the tense.
   */
  tense(): Direction | undefined;
  /**
   * The date mentioned last before this expression (or the anchor given to the resolver) that
   * `accept` takes; undefined when there is none, and the expression is flagged `needsAnchor`.
   */
  previous(accept?: (p: CalendarPoint) => boolean, want?: ReferenceUnit): CalendarPoint | undefined;
  /**
   * The first date in the text that `accept` takes, if it lies within reach: what a report is
   * about ("the third quarter" of an earnings report), which later side remarks ("after a flat
   * second quarter") do not change. Undefined with an anchor given to the resolver.
   */
  topic(accept: (p: CalendarPoint) => boolean): CalendarPoint | undefined;
  flag(flag: TimexFlag): void;
};

/** A rule's answer: the TIMEX3 type and value, and optionally an EDTF interval of its own. */
export type Resolution = {
  type: TimexType;
  value: string;
  mod?: TimexMod;
  /** An interval the value alone cannot give (a duration counted from the dateline). */
  edtf?: string;
  /** The words name a date that does not exist ("30 February 2023", "2023-13"). */
  invalid?: true;
};

export const INVALID: Resolution = { type: "DATE", value: "", invalid: true };

export const date = (value: string, mod?: TimexMod): Resolution =>
  mod ? { type: "DATE", value, mod } : { type: "DATE", value };

/**
 * The part of the dateline's own year, month or week that a comparative names: "earlier this
 * year" runs from the year's first day to the dateline, "later this month" from the dateline to
 * the month's last day, both inclusive. TIMEX3's value stays the unit (`2005`, as annotators
 * write it); the interval is what Dateline stores (`2005-01-01/2005-06-13` said on 13 June 2005).
 * `r` unchanged when `comparative` is neither "earlier" nor "later" (nor "earlier in" …).
 */
export function cutAtDateline(
  r: Resolution,
  comparative: string | undefined,
  dateline: Day,
): Resolution {
  const side = /^earlier\b/i.test(comparative ?? "")
    ? "before"
    : /^later\b/i.test(comparative ?? "")
      ? "after"
      : undefined;
  const point = side ? pointOfValue(r.value) : undefined;
  const days = point ? daysOfPoint(point) : undefined;
  if (!days || days.first > dateline || days.last < dateline) return r;
  const [from, to] = side === "before" ? [days.first, dateline] : [dateline, days.last];
  if (+from === +days.first && +to === +days.last) return r; // the whole unit: nothing cut
  const edtf = +from === +to ? dayValue(from) : `${dayValue(from)}/${dayValue(to)}`;
  return { ...r, edtf };
}

/** The weekday `wd` (0 = Sunday) nearest `base` on side `dir`, `base` itself included unless strict. */
export function nearestWeekday(base: Day, wd: number, dir: Direction, strict = false): Day {
  return stepToWeekday(base, wd, dir, strict);
}

/** The year of month `month` nearest `base` on side `dir`, `base`'s own month included unless strict. */
export function nearestMonthYear(base: Day, month: number, dir: Direction, strict = false): number {
  const y = yearOf(base);
  const m = monthOf(base);
  if (dir === "past") return month < m || (month === m && !strict) ? y : y - 1;
  return month > m || (month === m && !strict) ? y : y + 1;
}

/**
 * The day `day` of `month` nearest `base` on side `dir`, `base` itself included; years are walked
 * until the day exists (29 February). Undefined if it exists in none of the nine years tried.
 */
export function nearestDayOfMonth(
  base: Day,
  month: number,
  day: number,
  dir: Direction,
): Day | undefined {
  const step = dir === "past" ? -1 : 1;
  for (let y = yearOf(base), tries = 0; tries < 9; tries++, y += step) {
    const d = dayOf(y, month, day);
    if (!d) continue;
    if (dir === "past" ? d <= base : d >= base) return d;
  }
  return undefined;
}

/**
 * How `n` of each unit move a day: the one table that knows a fortnight is 14 days and a quarter
 * three months. Units finer than a day move no day (undefined).
 */
const STEPS: Record<Unit, ((d: Day, n: number) => Day) | undefined> = {
  second: undefined,
  minute: undefined,
  hour: undefined,
  day: (d, n) => plusDays(d, n),
  week: (d, n) => plusDays(d, 7 * n),
  weekend: (d, n) => plusDays(d, 7 * n),
  fortnight: (d, n) => plusDays(d, 14 * n),
  month: (d, n) => plusMonths(d, n),
  quarter: (d, n) => plusMonths(d, 3 * n),
  year: (d, n) => plusYears(d, n),
  decade: (d, n) => plusYears(d, 10 * n),
  century: (d, n) => plusYears(d, 100 * n),
};

/** `base` moved by `n` units (`n` negative: back); undefined for units finer than a day. */
export function plusUnits(base: Day, unit: Unit, n: number): Day | undefined {
  return STEPS[unit]?.(base, n);
}

/**
 * The value of a day at the granularity a count of `unit` is written in ("two weeks ago" is a
 * week, "two decades ago" a year); undefined where TIMEX3 has none (hours, weekends).
 */
const GRANULAR_VALUES: Record<Unit, ((d: Day) => string) | undefined> = {
  second: undefined,
  minute: undefined,
  hour: undefined,
  day: dayValue,
  week: weekValue,
  weekend: undefined,
  fortnight: weekValue,
  month: (d) => monthValue(yearOf(d), monthOf(d)),
  quarter: (d) => quarterValue(yearOf(d), quarterOf(d)),
  year: (d) => yearValue(yearOf(d)),
  decade: (d) => yearValue(yearOf(d)),
  century: (d) => yearValue(yearOf(d)),
};

/** The value at `unit`'s granularity of `base` moved by `n` units ("last week", "two years ago"). */
export function shiftedValue(base: Day, unit: Unit, n: number): string | undefined {
  const value = GRANULAR_VALUES[unit];
  const moved = plusUnits(base, unit, n);
  return value && moved ? value(moved) : undefined;
}

/** The quarter (1–4) holding `d`. */
export const quarterOf = (d: Day): number => Math.ceil(monthOf(d) / 3);

/** The season holding `d`, and the TimeML year it is counted in (a winter is December's year). */
export function seasonOf(d: Day): { year: number; season: Season } {
  const m = monthOf(d);
  if (m <= 2) return { year: yearOf(d) - 1, season: "WI" };
  if (m === 12) return { year: yearOf(d), season: "WI" };
  return { year: yearOf(d), season: m <= 5 ? "SP" : m <= 8 ? "SU" : "FA" };
}

const SEASON_ORDER: Season[] = ["SP", "SU", "FA", "WI"];

/**
 * The season `s` relative to the season holding `base`: `last` the latest one before it, `next`
 * the first after it, `this` the one in the same TimeML year.
 */
export function relativeSeason(
  base: Day,
  s: Season,
  which: "last" | "this" | "next",
): { year: number; season: Season } {
  const now = seasonOf(base);
  const index = (y: number, x: Season): number => y * 4 + SEASON_ORDER.indexOf(x);
  const here = index(now.year, now.season);
  if (which === "this") {
    // The one in the dateline's own season-year: a winter said in January is the current one.
    return { year: now.year, season: s };
  }
  let y = now.year;
  if (which === "last") {
    while (index(y, s) >= here) y--;
  } else {
    while (index(y, s) <= here) y++;
  }
  return { year: y, season: s };
}

/** The value of `p` at a granularity no finer than `g` ("that month" of 1998-08-07 is 1998-08). */
export function valueAt(
  p: CalendarPoint,
  g: "day" | "week" | "month" | "quarter" | "year",
): string | undefined {
  if (g === "year") return yearValue(p.year);
  if (g === "quarter") {
    if (p.quarter !== undefined) return quarterValue(p.year, p.quarter);
    if (p.month !== undefined) return quarterValue(p.year, Math.ceil(p.month / 3));
    return undefined;
  }
  if (g === "month") return p.month !== undefined ? monthValue(p.year, p.month) : undefined;
  if (g === "week") {
    if (p.week !== undefined && (p.granularity === "week" || p.granularity === "weekend")) {
      return `${yearValue(p.year)}-W${String(p.week).padStart(2, "0")}`;
    }
    const d = dayOfPoint(p);
    return d ? weekValue(d) : undefined;
  }
  const d = dayOfPoint(p);
  return d ? dayValue(d) : undefined;
}

/** The day of a day-granular point. */
export function dayOfPoint(p: CalendarPoint): Day | undefined {
  if (p.granularity !== "day" || p.month === undefined || p.day === undefined) return undefined;
  return dayOf(p.year, p.month, p.day);
}

/** The last day of `month` in `year`. */
export const lastOfMonth = (year: number, month: number): Day | undefined =>
  dayOf(year, month, daysInMonth(year, month));

/** The ISO week-numbering year and week of `d`, as a value. */
export const isoWeekValue = (d: Day): string => {
  const { year, week } = isoWeekOf(d);
  return `${yearValue(year)}-W${String(week).padStart(2, "0")}`;
};

export { seasonValue };
