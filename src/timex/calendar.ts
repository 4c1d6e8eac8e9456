/**
 * Calendar arithmetic for the tagger, on date-fns with UTC dates: a day is a `UTCDate` at
 * midnight UTC, so no machine time zone can move it. Everything here works on whole days; times
 * of day are carried beside a day, never inside it.
 */
import { UTCDate } from "@date-fns/utc";
import {
  addDays,
  addMonths,
  addYears,
  differenceInCalendarDays,
  getDay,
  getDaysInMonth,
  getISOWeek,
  getISOWeekYear,
  getISOWeeksInYear,
  lastDayOfMonth,
  lightFormat,
  nextDay,
  previousDay,
  setISOWeek,
  startOfISOWeek,
  startOfISOWeekYear,
} from "date-fns";
import type { Day as DayOfWeek } from "date-fns";

/** A calendar day (midnight UTC). */
export type Day = UTCDate;

/** The day `year`-`month`-`day` (month 1–12), or undefined when no such day exists. */
export function dayOf(year: number, month: number, day: number): Day | undefined {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return undefined;
  const first = firstOfMonth(year, month);
  if (day > getDaysInMonth(first)) return undefined;
  return addDays(first, day - 1);
}

function firstOfMonth(year: number, month: number): Day {
  // setUTCFullYear, not the constructor: Date maps years 0–99 to 1900–1999.
  const d = new UTCDate(Date.UTC(2000, month - 1, 1));
  d.setUTCFullYear(year);
  return d;
}

/** Parses `YYYY-MM-DD` (anything after the day, such as a time, is ignored). */
export function parseDay(s: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return undefined;
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** `YYYY-MM-DD`. */
export function formatDay(d: Day): string {
  return lightFormat(d, "yyyy-MM-dd");
}

export const yearOf = (d: Day): number => d.getUTCFullYear();
export const monthOf = (d: Day): number => d.getUTCMonth() + 1;
export const dateOf = (d: Day): number => d.getUTCDate();
/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (d: Day): number => getDay(d);

/**
 * The weekday `wd` (0 = Sunday) nearest `d` on side `dir`: `d` itself when it is that weekday,
 * unless `strict`.
 */
export function stepToWeekday(d: Day, wd: number, dir: "past" | "future", strict = false): Day {
  if (!strict && weekdayOf(d) === wd) return d;
  return dir === "past" ? previousDay(d, wd as DayOfWeek) : nextDay(d, wd as DayOfWeek);
}

/** The last day of `d`'s month. */
export const lastOfMonth = (d: Day): Day => lastDayOfMonth(d);

export const plusDays = (d: Day, n: number): Day => addDays(d, n);
export const plusMonths = (d: Day, n: number): Day => addMonths(d, n);
export const plusYears = (d: Day, n: number): Day => addYears(d, n);
/** b − a in whole days. */
export const daysFrom = (a: Day, b: Day): number => differenceInCalendarDays(b, a);

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(firstOfMonth(year, month));
}

/** The ISO 8601 week (Monday–Sunday) holding `d`: its week-numbering year and number. */
export function isoWeekOf(d: Day): { year: number; week: number } {
  return { year: getISOWeekYear(d), week: getISOWeek(d) };
}

/** The Monday of ISO week `week` of week-numbering year `year`, or undefined if there is none. */
export function mondayOfIsoWeek(year: number, week: number): Day | undefined {
  // 4 January always lies in week 1 of its own ISO week-numbering year (1 January may not).
  const start = startOfISOWeekYear(addDays(firstOfMonth(year, 1), 3));
  if (week < 1 || week > getISOWeeksInYear(start)) return undefined;
  return startOfISOWeek(setISOWeek(start, week));
}

/** The month index (year × 12 + month − 1), for month arithmetic without days. */
export const monthIndex = (year: number, month: number): number => year * 12 + month - 1;

/** The year and month (1–12) of a month index. */
export function fromMonthIndex(i: number): { year: number; month: number } {
  return { year: Math.floor(i / 12), month: (((i % 12) + 12) % 12) + 1 };
}

export const pad = (n: number, width: number): string => String(n).padStart(width, "0");
