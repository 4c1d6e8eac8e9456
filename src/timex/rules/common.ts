/**
 * What several rule families share: the pattern fragments for a month, a weekday, a day of the
 * month, a year and a vague number; the readers of what a pattern matched (modifiers, years,
 * capitals, the word before); and the day a clock time or a part of the day belongs to.
 */
import type { Day } from "../calendar.ts";
import { dayOf, plusDays } from "../calendar.ts";
import {
  MONTH_SRC,
  monthNumber,
  PART_OF_DAY_SRC,
  spokenYearValue,
  WEEKDAY_SRC,
  weekdayNumber,
} from "../wordPatterns.ts";
import type { Resolution, ResolveContext } from "../resolve.ts";
import { date, dayOfPoint, nearestDayOfMonth, nearestWeekday } from "../resolve.ts";
import type { TimexMod } from "../types.ts";
import type { Groups, Rule } from "./rule.ts";

export const MONTH = `(?<month>${MONTH_SRC})`;
export const WEEKDAY = `(?<wd>${WEEKDAY_SRC})`;
export const DAYNUM = String.raw`(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)`;
export const YEAR = String.raw`(?<year>(?:1[5-9]|20)\d\d)(?![\d,.]\d)`;
export const VAGUE_N = "(?:several|a few|few|a couple of|couple of|many|some|a number of)";
export const POD = `(?<pod>${PART_OF_DAY_SRC})`;

/** The lower-cased words of a group, blanks made single spaces ("" when it did not match). */
export const lower = (s: string | undefined): string =>
  (s ?? "").toLowerCase().replace(/\s+/g, " ");

/** True when a month or weekday name is written as a name (capitalised), or case is not checked. */
export function named(word: string | undefined, strictCase: boolean): boolean {
  return !strictCase || word === undefined || /^[A-Z]/.test(word);
}

/** An `accept` check: the month and weekday names of the match are capitalised. */
export function namesCapitalised(m: RegExpExecArray, _text: string, strictCase: boolean): boolean {
  return named(m.groups?.month, strictCase) && named(m.groups?.wd, strictCase);
}

/** The word just before `index`, lower-cased. */
export function wordBefore(text: string, index: number): string {
  const m = /([A-Za-z']+)[^A-Za-z']*$/.exec(text.slice(Math.max(0, index - 30), index));
  return (m?.[1] ?? "").toLowerCase();
}

/**
 * Words before which a bare month name or a modified season is a date ("in May", "since Jan.",
 * "until early spring"): "May", "March" and "spring" are ordinary words too.
 */
export const PREPOSITIONS = new Set([
  "in",
  "since",
  "by",
  "until",
  "till",
  "through",
  "from",
  "to",
  "between",
  "and",
  "or",
  "of",
  "during",
  "before",
  "after",
  "for",
  "early",
  "late",
  "mid",
  "last",
  "next",
  "this",
  "past",
  "into",
  "throughout",
  "on",
]);

/** A month-name modifier as a TIMEX3 mod. */
export function modOf(word: string | undefined): TimexMod | undefined {
  const w = lower(word);
  if (/^(early|the beginning of|the start of|the first half of)/.test(w)) return "START";
  if (/^(late|the end of|the second half of|the last half of)/.test(w)) return "END";
  if (/^(mid|the middle of)/.test(w)) return "MID";
  if (/^(nearly|almost|less than|under|just under|up to)/.test(w)) return "LESS_THAN";
  if (/^(more than|over|well over|just over)/.test(w)) return "MORE_THAN";
  if (/^(at least|no less than)/.test(w)) return "EQUAL_OR_MORE";
  if (/^(no more than|not more than|at most)/.test(w)) return "EQUAL_OR_LESS";
  if (/^(about|around|approximately|roughly|some)/.test(w)) return "APPROX";
  return undefined;
}

export const withMod = (r: Resolution, mod: TimexMod | undefined): Resolution =>
  mod ? { ...r, mod } : r;

/** The year a match names, in digits (`year`) or words (`spoken`). */
export function yearFrom(g: Groups): number | undefined {
  if (g.year !== undefined) return Number(g.year);
  if (g.spoken !== undefined) {
    const y = spokenYearValue(g.spoken);
    return Number.isFinite(y) ? y : undefined;
  }
  return undefined;
}

/** Parts of the day as TIMEX3 writes them after a day (`2023-06-17TNI`). */
export const PODS: Record<string, string> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
};

const WEEKDAY_NAMES_RE = new RegExp(`^${WEEKDAY_SRC}$`);

/** Resolves a day named by a word ("Friday", "yesterday", "Nov. 6") for a clock time's date. */
export function dayOfWord(word: string, ctx: ResolveContext): Day | undefined {
  const w = lower(word);
  if (w === "today" || w === "tonight") return ctx.dateline;
  if (w === "yesterday") return plusDays(ctx.dateline, -1);
  if (w === "tomorrow") return plusDays(ctx.dateline, 1);
  const wd = WEEKDAY_NAMES_RE.exec(w);
  if (wd) {
    ctx.flag("relativeToDateline");
    return nearestWeekday(
      ctx.dateline,
      weekdayNumber(w),
      ctx.direction({ kind: "weekday", name: word }),
    );
  }
  const md = new RegExp(`^(${MONTH_SRC}) (\\d{1,2})(?:,? (\\d{4}))?$`, "i").exec(w);
  if (md) {
    const month = monthNumber(md[1] ?? "");
    const day = Number(md[2]);
    if (md[3] !== undefined) return dayOf(Number(md[3]), month, day);
    ctx.flag("relativeToDateline");
    return nearestDayOfMonth(
      ctx.dateline,
      month,
      day,
      ctx.direction({ kind: "dayMonth", name: word }),
    );
  }
  return undefined;
}

/** The day a part of the day or a clock time belongs to when no day is named. */
export function contextDay(ctx: ResolveContext): Day {
  const p = ctx.previous((q) => q.granularity === "day");
  const d = p ? dayOfPoint(p) : undefined;
  if (d) {
    ctx.flag("relativeToPrevious");
    return d;
  }
  ctx.flag("relativeToDateline");
  return ctx.dateline;
}

/** Modifiers of a count ("nearly five years", "more than an hour"), as the group `mod`. */
export const PRE_MOD =
  "(?<mod>nearly|almost|more than|less than|no more than|not more than|no less than|up to|over(?= an? )|under|roughly|at least|well over|some|around|approximately) ";
/** Modifiers that may stand before a determiner ("at least the past 18 months"): not "over". */
export const PRE_DET_MOD =
  "(?<mod0>nearly|almost|more than|less than|no more than|not more than|at least|roughly|approximately) ";

/**
 * The resolver of a reference to the present, the past or the future ("now", "years ago",
 * "soon"): the value TimeML gives it, read from the dateline and flagged vague.
 */
export function reference(value: "PRESENT_REF" | "PAST_REF" | "FUTURE_REF"): Rule["resolve"] {
  return (_g, ctx) => {
    ctx.flag("vague");
    ctx.flag("relativeToDateline");
    return date(value);
  };
}
