/**
 * Explicit dates: ISO dates and months (`2023-06-18`, `2023-06`), numeric dates (`6/18/2023`), and
 * a day with its month, with or without a year or a weekday ("Aug. 7, 1998", "18 June 2023",
 * "Monday, Oct. 26", "early July 4"). A day without a year lies on the side of the dateline the
 * tense gives (the resolver's `direction`).
 */
import type { Day } from "../calendar.ts";
import { dayOf, daysFrom, weekdayOf } from "../calendar.ts";
import { MONTH_SRC, monthNumber, SPOKEN_YEAR_SRC, weekdayNumber } from "../wordPatterns.ts";
import type { Resolution, ResolveContext } from "../resolve.ts";
import { date, INVALID, nearestDayOfMonth } from "../resolve.ts";
import { dayValue, monthValue } from "../values.ts";
import {
  DAYNUM,
  modOf,
  MONTH,
  namesCapitalised,
  WEEKDAY,
  withMod,
  YEAR,
  yearFrom,
} from "./common.ts";
import type { Groups } from "./rule.ts";
import { defineRule } from "./rule.ts";

export const isoDay = defineRule({
  name: "isoDay",
  needs: String.raw`\d{4}-\d`,
  pattern: String.raw`(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:T(?<h>[01]\d|2[0-4]):(?<mi>[0-5]\d))?`,
  resolve: (g) => {
    const d = dayOf(Number(g.y), Number(g.mo), Number(g.d));
    if (!d) return INVALID;
    if (g.h !== undefined) return { type: "TIME", value: `${dayValue(d)}T${g.h}:${g.mi ?? "00"}` };
    return date(dayValue(d));
  },
});

export const isoMonth = defineRule({
  name: "isoMonth",
  needs: String.raw`\d{4}-\d`,
  pattern: String.raw`(?<y>\d{4})-(?<mo>\d{2})(?![-/]?\d)`,
  resolve: (g) => {
    const m = Number(g.mo);
    if (m < 1 || m > 12) return INVALID;
    return date(monthValue(Number(g.y), m));
  },
  accept: (m, text) => !/[\d-]$/.test(text.slice(0, m.index)),
});

export const numericDate = defineRule({
  name: "numericDate",
  needs: String.raw`\d/\d`,
  pattern: String.raw`(?<mo>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\d|0?[1-9])/(?<y>\d{4}|\d{2})`,
  resolve: (g) => {
    let y = Number(g.y);
    if ((g.y ?? "").length === 2) y += y < 50 ? 2000 : 1900;
    const d = dayOf(y, Number(g.mo), Number(g.d));
    return d ? date(dayValue(d)) : INVALID;
  },
});

/** A day and month with or without a year, a weekday in front: "Monday, Oct. 26", "18 June 2023". */
export function resolveDayMonth(g: Groups, ctx: ResolveContext): Resolution {
  const month = monthNumber(g.month ?? "");
  const day = Number(g.day);
  const year = yearFrom(g) ?? (g.pairYear !== undefined ? Number(g.pairYear) : undefined);
  const mod = modOf(g.mod);
  if (year !== undefined) {
    const d = dayOf(year, month, day);
    return d ? withMod(date(dayValue(d)), mod) : INVALID;
  }
  if (!dayOf(2000, month, day)) return INVALID; // no such day in any year (31 April)
  ctx.flag("relativeToDateline");
  if (g.wd !== undefined) {
    // A weekday settles the year: take the nearest such day that falls on it.
    const wd = weekdayNumber(g.wd);
    const fits = [
      nearestDayOfMonth(ctx.dateline, month, day, "past"),
      nearestDayOfMonth(ctx.dateline, month, day, "future"),
    ].filter((d): d is Day => d !== undefined && weekdayOf(d) === wd);
    if (fits.length === 1 && fits[0]) return withMod(date(dayValue(fits[0])), mod);
  }
  const name = `${g.day ?? ""} ${g.month ?? ""}`;
  const past = nearestDayOfMonth(ctx.dateline, month, day, "past");
  const future = nearestDayOfMonth(ctx.dateline, month, day, "future");
  const distances =
    past && future
      ? { past: daysFrom(past, ctx.dateline), future: daysFrom(ctx.dateline, future) }
      : undefined;
  const d = ctx.direction({ kind: "dayMonth", name }, distances) === "past" ? past : future;
  return d ? withMod(date(dayValue(d)), mod) : INVALID;
}

const MOD_WORD = "(?<mod>(?:early|late|mid) |(?:early|late|mid)-)?";

/**
 * The year after the second day of a pair ("Jan. 6 or [7, 1998]"), read ahead as `pairYear`: it
 * is the first day's year too. Outside the match, so it takes nothing from coordinatedDay.
 */
const PAIR_YEAR = String.raw`(?=(?:,? (?:and|or|to|through|until) \d{1,2}(?:st|nd|rd|th)?,? (?<pairYear>(?:1[5-9]|20)\d\d)(?![\d,.]\d))|)`;

export const monthDay = defineRule({
  name: "monthDay",
  needs: MONTH_SRC,
  pattern: `(?:(?:last|this|next) )?(?<t>(?:around )?(?:${WEEKDAY},? )?${MOD_WORD}${MONTH} ${DAYNUM}(?:(?:,|,? of)? (?:${YEAR}|(?<spoken>${SPOKEN_YEAR_SRC})))?)${PAIR_YEAR}`,
  resolve: resolveDayMonth,
  accept: namesCapitalised,
});

export const dayMonth = defineRule({
  name: "dayMonth",
  needs: MONTH_SRC,
  pattern: `(?:${WEEKDAY},? )?(?:the )?${DAYNUM}(?: of)? ${MONTH}(?:,? (?:${YEAR}|(?<spoken>${SPOKEN_YEAR_SRC})))?`,
  resolve: resolveDayMonth,
  accept: namesCapitalised,
});

/**
 * The second day of a pair or a range under one month name: "April 24 and [25]", "June 3 to
 * [5]" (TimeML marks each day; the first is monthDay's). The month is read behind the day.
 */
export const coordinatedDay = defineRule({
  name: "coordinatedDay",
  needs: MONTH_SRC,
  pattern: `(?<=${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? (?:and|or|to|through|until) )${DAYNUM}(?:,? (?:${YEAR}|(?<spoken>${SPOKEN_YEAR_SRC})))?`,
  resolve: resolveDayMonth,
  accept: namesCapitalised,
});
