/**
 * Calendar days without time zones, on date-fns. Every date in Dateline is a calendar day
 * (`YYYY-MM-DD`) or a span of them. date-fns reads, checks and moves them as UTC dates
 * (`UTCDateMini` from @date-fns/utc, whose getters and setters are the UTC ones), so neither the
 * viewer's zone nor the machine's can move a day: a day is midnight UTC of that day, and date-fns
 * computes on it as a calendar day.
 *
 * The hot paths (filtering and planning 100,000 events) compare integer day numbers, days since
 * 1970-01-01, because a number costs less there than a date object (docs/performance.md has the
 * figures). date-fns makes and reads those numbers: a day number is `differenceInCalendarDays`
 * from the epoch, and the day of a number is `addDays` from it. Labels for readers are written in
 * dateLabels.ts. `Date` in the viewer's zone appears only in dayToLocalDate/localDateToDay, the
 * bridge to vis-timeline, which draws in local time: local midnight of a day is that day for
 * every viewer, where UTC midnight would be the day before west of Greenwich.
 */
import type { UTCDate } from "@date-fns/utc";
import { UTCDateMini } from "@date-fns/utc/date/mini";
import {
  addDays as addDaysToDate,
  addMonths,
  addWeeks,
  addYears,
  differenceInCalendarDays,
  format,
  formatISO,
  getDate,
  getDay,
  getMonth,
  getYear,
  isValid,
  lastDayOfMonth,
  parseISO,
  setDay,
  setYear,
  startOfDecade,
  startOfISOWeek,
  startOfMonth,
  startOfYear,
} from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import type { Precision } from "./dataset.ts";
import { DAY_PATTERN } from "./datasetTerms.ts";

/** Days since 1970-01-01 (negative before). An integer. */
export type DayNumber = number;

/** An inclusive span of days; null ends are open. */
export type DaySpan = { earliest: string | null; latest: string | null };

/** The locale days are named in: British English, as the corpus writes them ("18 June 2023"). */
export const DATE_LOCALE = enGB;

/** Makes date-fns compute in UTC (its `in` option): every date it returns is a UTC date. */
const inUtc = (value: Date | number | string): UTCDate => new UTCDateMini(+new Date(value));

/** 1970-01-01, day number 0. */
const EPOCH = new UTCDateMini(0);

/** Month names, January first, as DATE_LOCALE writes them (date-fns's, not a list kept here). */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, i) =>
  format(addMonths(EPOCH, i), "MMMM", { locale: DATE_LOCALE }),
);

/** Weekday names, Sunday first (index = date-fns's getDay), as DATE_LOCALE writes them. */
export const WEEKDAY_NAMES: readonly string[] = Array.from({ length: 7 }, (_, i) =>
  format(setDay(EPOCH, i, { weekStartsOn: 0 }), "EEEE", { locale: DATE_LOCALE }),
);

/** The day number of a UTC date's calendar day. */
function toDayNumber(date: UTCDate): DayNumber {
  return differenceInCalendarDays(date, EPOCH);
}

/** The UTC date (midnight) of a day number. */
function fromDayNumber(n: DayNumber): UTCDate {
  return addDaysToDate(EPOCH, n);
}

/** The `YYYY-MM-DD` of a UTC date's calendar day. */
function dayOfDate(date: Date): string {
  return formatISO(date, { representation: "date" });
}

/**
 * Day number of a (year, month 1–12, day 1–31) triple; no validation: like Date.UTC, months and
 * days outside their range roll over (month 13 is January of the next year, day 0 the last day of
 * the previous month). Unlike Date.UTC, years 0–99 are those years, not 1900–1999.
 */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  const newYear = setYear(EPOCH, year);
  return toDayNumber(addDaysToDate(addMonths(newYear, month - 1), day - 1));
}

/** The day number of a `YYYY-MM-DD` string, or undefined when it is malformed or impossible (2023-02-30). */
export function parseDay(day: string): DayNumber | undefined {
  // Called for every date of every event on load: a cache spares date-fns's parse for the few
  // thousand distinct days a dataset holds.
  const known = parsedDays.get(day);
  if (known !== undefined || parsedDays.has(day)) return known;
  let parsed: DayNumber | undefined;
  // The contract's pattern first: parseISO would also read `2023-06-18T10:00` or `20230618`.
  if (DAY_PATTERN.test(day)) {
    const date = parseISO(day, { in: inUtc });
    parsed = isValid(date) ? toDayNumber(date) : undefined;
  }
  if (parsedDays.size >= MAX_PARSED_DAYS) parsedDays.clear();
  parsedDays.set(day, parsed);
  return parsed;
}

/** parseDay's cache: bounded, because a hostile dataset could hold any number of distinct days. */
const parsedDays = new Map<string, DayNumber | undefined>();
const MAX_PARSED_DAYS = 50_000;

/** True when `day` is a real calendar day written `YYYY-MM-DD`. */
export function isValidDay(day: string): boolean {
  return parseDay(day) !== undefined;
}

/** The `YYYY-MM-DD` string of a day number. */
export function formatDay(n: DayNumber): string {
  return dayOfDate(fromDayNumber(n));
}

function mustParse(day: string): DayNumber {
  const n = parseDay(day);
  if (n === undefined) throw new Error(`not a calendar day: ${day}`);
  return n;
}

/**
 * A valid `YYYY-MM-DD` as the date date-fns computes on: midnight UTC of that day. Throws on an
 * invalid day (a programming error).
 */
export function dayToUtcDate(day: string): UTCDate {
  return fromDayNumber(mustParse(day));
}

/** The parts of a valid `YYYY-MM-DD`; throws on an invalid one (a programming error). */
export function dayParts(day: string): { year: number; month: number; day: number } {
  const date = dayToUtcDate(day);
  return { year: getYear(date), month: getMonth(date) + 1, day: getDate(date) };
}

/** `day` moved by `n` days (negative moves back). */
export function addDays(day: string, n: number): string {
  return dayOfDate(addDaysToDate(dayToUtcDate(day), n));
}

/** Day of the week of `day`: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return getDay(dayToUtcDate(day));
}

/** Calendar periods a day lies in. Weeks run Monday to Sunday (ISO 8601). */
export type Period = "week" | "month" | "year" | "decade";

const STARTS: Record<Period, (date: UTCDate) => UTCDate> = {
  week: startOfISOWeek,
  month: startOfMonth,
  year: startOfYear,
  decade: startOfDecade,
};

const NEXTS: Record<Period, (date: UTCDate) => UTCDate> = {
  week: (date) => addWeeks(date, 1),
  month: (date) => addMonths(date, 1),
  year: (date) => addYears(date, 1),
  decade: (date) => addYears(date, 10),
};

/**
 * periodStart's and periodEnd's caches, one per period: planning asks for the period of every
 * event's day, and a dataset has few distinct days (and fewer periods). Bounded, like parseDay's.
 */
const periodCaches = (): Record<Period, Map<DayNumber, DayNumber>> => ({
  week: new Map(),
  month: new Map(),
  year: new Map(),
  decade: new Map(),
});
const periodStarts = periodCaches();
/** Keyed by the period's first day. */
const periodEnds = periodCaches();

function cached(
  cache: Map<DayNumber, DayNumber>,
  n: DayNumber,
  compute: (n: DayNumber) => DayNumber,
): DayNumber {
  let value = cache.get(n);
  if (value === undefined) {
    value = compute(n);
    if (cache.size >= MAX_PARSED_DAYS) cache.clear();
    cache.set(n, value);
  }
  return value;
}

/** The first day of the `period` (its Monday, its 1st, its 1 January) holding day `n`. */
export function periodStart(n: DayNumber, period: Period): DayNumber {
  return cached(periodStarts[period], n, (day) => toDayNumber(STARTS[period](fromDayNumber(day))));
}

/** The first day of the `period` after the one holding day `n` (the end, exclusive, of that one). */
export function periodEnd(n: DayNumber, period: Period): DayNumber {
  return cached(periodEnds[period], periodStart(n, period), (start) =>
    toDayNumber(NEXTS[period](fromDayNumber(start))),
  );
}

/** A parsed EDTF date: the inclusive days it covers and the precision of its known bound(s). */
export type ParsedEdtf = DaySpan & { precision: Precision };

const EDTF_SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * EDTF's sub-year groupings that Dateline writes, by code: the four seasons (EDTF level 1, the
 * northern hemisphere's meteorological seasons, as the tagger reads "summer") and the four
 * quarters (ISO 8601-2). `from` is the first month, `months` how many; a winter runs from
 * December into the next year, so `2005-24` is December 2005 to February 2006.
 */
export const SUB_YEAR_GROUPS: Readonly<
  Record<number, { precision: "season" | "quarter"; from: number; months: number }>
> = {
  21: { precision: "season", from: 3, months: 3 },
  22: { precision: "season", from: 6, months: 3 },
  23: { precision: "season", from: 9, months: 3 },
  24: { precision: "season", from: 12, months: 3 },
  33: { precision: "quarter", from: 1, months: 3 },
  34: { precision: "quarter", from: 4, months: 3 },
  35: { precision: "quarter", from: 7, months: 3 },
  36: { precision: "quarter", from: 10, months: 3 },
};

function parseSingle(s: string): ParsedEdtf | undefined {
  const m = EDTF_SINGLE.exec(s);
  if (!m) return undefined;
  if (m[2] === undefined) {
    const first = `${m[1] ?? ""}-01-01`;
    return { earliest: first, latest: `${m[1] ?? ""}-12-31`, precision: "year" };
  }
  if (m[3] === undefined) {
    const first = `${s}-01`;
    if (!isValidDay(first)) return undefined; // month 00 or 13
    const latest = dayOfDate(lastDayOfMonth(dayToUtcDate(first)));
    return { earliest: first, latest, precision: "month" };
  }
  if (!isValidDay(s)) return undefined;
  return { earliest: s, latest: s, precision: "day" };
}

/** `YYYY-21` … `YYYY-24` (seasons) and `YYYY-33` … `YYYY-36` (quarters); see SUB_YEAR_GROUPS. */
function parseGroup(s: string): ParsedEdtf | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  const group = m ? SUB_YEAR_GROUPS[Number(m[2])] : undefined;
  if (!m || !group) return undefined;
  const first = dayNumberOf(Number(m[1]), group.from, 1);
  // Day 0 of the month after the last: rolls back to that month's last day.
  const last = dayNumberOf(Number(m[1]), group.from + group.months, 0);
  return { earliest: formatDay(first), latest: formatDay(last), precision: group.precision };
}

/** `[A..B]`: one day from A to B inclusive (EDTF's "one of a set"), A before B, both days. */
function parseSpan(s: string): ParsedEdtf | undefined {
  const m = /^\[(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})\]$/.exec(s);
  if (!m) return undefined;
  const [, a = "", b = ""] = m;
  const first = parseDay(a);
  const last = parseDay(b);
  if (first === undefined || last === undefined || first >= last) return undefined;
  return { earliest: a, latest: b, precision: "span" };
}

/**
 * Parses the EDTF subset Dateline writes: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`; a season `YYYY-21` …
 * `YYYY-24` or a quarter `YYYY-33` … `YYYY-36` (SUB_YEAR_GROUPS); a span of uncertainty
 * `[YYYY-MM-DD..YYYY-MM-DD]`; an interval `A/B` of the first three, or an open interval `../B` or
 * `A/..`. Returns undefined for anything else, an impossible day, or a reversed interval. The
 * precision of an interval is the coarser of its known ends.
 */
export function parseEdtf(edtf: string): ParsedEdtf | undefined {
  if (edtf.startsWith("[")) return parseSpan(edtf);
  const parts = edtf.split("/");
  if (parts.length === 1) return parseSingle(edtf) ?? parseGroup(edtf);
  if (parts.length !== 2) return undefined;
  const [a, b] = parts as [string, string];
  if (a === ".." && b === "..") return undefined;
  const start = a === ".." ? undefined : parseSingle(a);
  const end = b === ".." ? undefined : parseSingle(b);
  if ((a !== ".." && !start) || (b !== ".." && !end)) return undefined;
  if (start && end && mustParse(start.earliest ?? "") > mustParse(end.latest ?? "")) {
    return undefined;
  }
  const order: Precision[] = ["day", "month", "year"];
  const precisions = [start?.precision, end?.precision].filter((p) => p !== undefined);
  const precision = precisions.reduce<Precision>(
    (coarsest, p) => (order.indexOf(p) > order.indexOf(coarsest) ? p : coarsest),
    "day",
  );
  return { earliest: start?.earliest ?? null, latest: end?.latest ?? null, precision };
}

/** Local midnight at the start of `day`: the instant vis-timeline draws as that day in any zone. */
export function dayToLocalDate(day: string): Date {
  mustParse(day);
  // Without `in`, parseISO reads a date alone as local midnight (not UTC, as `new Date` would).
  return parseISO(day);
}

/** The calendar day a local `Date` falls on, in the viewer's zone (the inverse of dayToLocalDate). */
export function localDateToDay(date: Date): string {
  return dayOfDate(date);
}
