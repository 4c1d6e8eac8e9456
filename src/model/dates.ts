/**
 * Calendar days without time zones. Every date in Dateline is a calendar day (`YYYY-MM-DD`) or a
 * span of them; arithmetic happens on day numbers (days since 1970-01-01), never on `Date` objects
 * in the viewer's zone. `Date` appears only in dayToLocalDate/localDateToDay, the bridge to
 * vis-timeline, which draws in the viewer's local time: local midnight of a day is that day for
 * every viewer, where UTC midnight would be the day before west of Greenwich.
 */
import type { EventDate, Precision } from "./dataset.ts";
import { DAY_PATTERN } from "./datasetTerms.ts";
import type { Status } from "./statuses.ts";
import { STATUS_WORDS } from "./statuses.ts";

/** Days since 1970-01-01 (negative before). An integer. */
export type DayNumber = number;

/** An inclusive span of days; null ends are open. */
export type DaySpan = { earliest: string | null; latest: string | null };

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/** True for leap years of the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Day number of a (year, month 1–12, day 1–31) triple; no validation: like Date.UTC, months and
 * days outside their range roll over (month 13 is January of the next year, day 0 the last day of
 * the previous month). Unlike Date.UTC, years 0–99 are those years, not 1900–1999.
 */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  // Howard Hinnant's days_from_civil, on a calendar whose years start in March.
  const y0 = year + Math.floor((month - 1) / 12);
  const m = (((month - 1) % 12) + 12) % 12; // 0 = January
  const y = m < 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 10) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day number of a `YYYY-MM-DD` string, or undefined when it is malformed or impossible (2023-02-30). */
export function parseDay(day: string): DayNumber | undefined {
  // Called for every date of every event on load: a cache spares the pattern and the arithmetic
  // for the few thousand distinct days a dataset holds.
  const known = parsedDays.get(day);
  if (known !== undefined || parsedDays.has(day)) return known;
  let parsed: DayNumber | undefined;
  if (DAY_PATTERN.test(day)) {
    const y = Number(day.slice(0, 4));
    const m = Number(day.slice(5, 7));
    const d = Number(day.slice(8, 10));
    parsed = d > daysInMonth(y, m) ? undefined : dayNumberOf(y, m, d);
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
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** The parts of a valid `YYYY-MM-DD`; throws on an invalid one (a programming error). */
export function dayParts(day: string): { year: number; month: number; day: number } {
  if (parseDay(day) === undefined) throw new Error(`not a calendar day: ${day}`);
  const [year, month, d] = day.split("-").map(Number) as [number, number, number];
  return { year, month, day: d };
}

function mustParse(day: string): DayNumber {
  const n = parseDay(day);
  if (n === undefined) throw new Error(`not a calendar day: ${day}`);
  return n;
}

/** `day` moved by `n` days (negative moves back). */
export function addDays(day: string, n: number): string {
  return formatDay(mustParse(day) + n);
}

/** Day of the week of `day`: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return (((mustParse(day) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday.
}

/** First and last day (inclusive) of `month` (1–12) in `year`. */
export function monthSpan(year: number, month: number): { earliest: string; latest: string } {
  const mm = String(month).padStart(2, "0");
  const yyyy = String(year).padStart(4, "0");
  return {
    earliest: `${yyyy}-${mm}-01`,
    latest: `${yyyy}-${mm}-${String(daysInMonth(year, month)).padStart(2, "0")}`,
  };
}

/** A parsed EDTF date: the inclusive days it covers and the precision of its known bound(s). */
export type ParsedEdtf = DaySpan & { precision: Precision };

const EDTF_SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function parseSingle(s: string): ParsedEdtf | undefined {
  const m = EDTF_SINGLE.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { earliest: `${m[1]}-01-01`, latest: `${m[1]}-12-31`, precision: "year" };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { ...monthSpan(year, month), precision: "month" };
  if (!isValidDay(s)) return undefined;
  return { earliest: s, latest: s, precision: "day" };
}

/**
 * Parses the EDTF subset Dateline writes: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, an interval `A/B` of
 * those, or an open interval `../B` or `A/..`. Returns undefined for anything else, an impossible
 * day, or a reversed interval. The precision of an interval is the coarser of its known ends.
 */
export function parseEdtf(edtf: string): ParsedEdtf | undefined {
  const parts = edtf.split("/");
  if (parts.length === 1) return parseSingle(edtf);
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

/** A day written for readers: `18 June 2023`. */
export function formatDayLong(day: string): string {
  const { year, month, day: d } = dayParts(day);
  return `${d} ${MONTH_NAMES[month - 1] ?? ""} ${year}`;
}

/** A month written for readers: `February 2023`. */
export function formatMonthLong(year: number, month: number): string {
  return `${MONTH_NAMES[month - 1] ?? ""} ${year}`;
}

/** A span of days, sharing what the ends share: `18–19 June 2023`, `30 June – 2 July 2023`. */
export function formatDayRange(earliest: string, latest: string): string {
  if (earliest === latest) return formatDayLong(earliest);
  const a = dayParts(earliest);
  const b = dayParts(latest);
  if (a.year === b.year && a.month === b.month) {
    return `${a.day}–${b.day} ${MONTH_NAMES[b.month - 1] ?? ""} ${b.year}`;
  }
  if (a.year === b.year) {
    return `${a.day} ${MONTH_NAMES[a.month - 1] ?? ""} – ${formatDayLong(latest)}`;
  }
  return `${formatDayLong(earliest)} – ${formatDayLong(latest)}`;
}

function formatBound(edtfPart: string): string {
  const parsed = parseSingle(edtfPart);
  if (!parsed?.earliest) return edtfPart;
  const { year, month } = dayParts(parsed.earliest);
  if (parsed.precision === "year") return String(year);
  if (parsed.precision === "month") return formatMonthLong(year, month);
  return formatDayLong(parsed.earliest);
}

/**
 * A date as readers should see it, saying its precision and never more than is known:
 * `November 2022`, `18 June 2023`, `18–19 June 2023`, `before 18 June 2023` (for `../2023-06-17`),
 * `on or before 18 June 2023` (an undated past event, `../<dateline>`), `from 18 June 2023 on`.
 * With a status other than occurred/ongoing, it is named: `September 2023 (planned)`.
 */
export function formatDateLabel(
  date: Pick<EventDate, "edtf" | "resolvedAgainst">,
  status?: Status,
): string {
  const label = formatEdtf(date.edtf, date.resolvedAgainst);
  const words = status ? STATUS_WORDS[status] : undefined;
  return words?.namedInDates ? `${label} (${words.sentence})` : label;
}

/** The label of an EDTF string alone; see formatDateLabel. `dateline` words undated past events. */
export function formatEdtf(edtf: string, dateline?: string): string {
  const parsed = parseEdtf(edtf);
  if (!parsed) return edtf;
  const [a, b] = edtf.split("/") as [string, string | undefined];
  if (b === undefined) return formatBound(a);
  if (a === "..") {
    if (parsed.precision === "day" && parsed.latest !== null) {
      return parsed.latest === dateline
        ? `on or before ${formatDayLong(parsed.latest)}`
        : `before ${formatDayLong(addDays(parsed.latest, 1))}`;
    }
    return `by ${formatBound(b)}`;
  }
  if (b === "..") return `from ${formatBound(a)} on`;
  if (parsed.precision === "day" && parsed.earliest !== null && parsed.latest !== null) {
    return formatDayRange(parsed.earliest, parsed.latest);
  }
  return `${formatBound(a)} – ${formatBound(b)}`;
}

/** Local midnight at the start of `day`: the instant vis-timeline draws as that day in any zone. */
export function dayToLocalDate(day: string): Date {
  const { year, month, day: d } = dayParts(day);
  const date = new Date(year, month - 1, d);
  date.setFullYear(year); // years 0–99 would otherwise be read as 1900–1999
  return date;
}

/** The calendar day a local `Date` falls on, in the viewer's zone (the inverse of dayToLocalDate). */
export function localDateToDay(date: Date): string {
  return formatDay(dayNumberOf(date.getFullYear(), date.getMonth() + 1, date.getDate()));
}
