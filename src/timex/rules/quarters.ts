/**
 * Quarters, halves and reporting periods, as financial news names them: "the third quarter of
 * 1990", "a third-quarter loss", "the year-ago quarter", "the latest quarter", "the period", "the
 * first half". A results story's "the quarter" and "a year ago" compare with the quarter it
 * reports (`reportedQuarter`).
 */
import type { Day } from "../calendar.ts";
import { dayOf, fromMonthIndex, monthIndex, monthOf, plusDays, yearOf } from "../calendar.ts";
import { MONTH_SRC, monthNumber, ORDINALS } from "../wordPatterns.ts";
import type { Resolution, ResolveContext } from "../resolve.ts";
import { date, nearestDayOfMonth, quarterOf, shiftedValue } from "../resolve.ts";
import type { CalendarPoint } from "../values.ts";
import { halfValue, quarterValue } from "../values.ts";
import { lower, YEAR } from "./common.ts";
import type { Groups } from "./rule.ts";
import { defineRule } from "./rule.ts";

const QUARTER_ORD = "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)";

/** The year of quarter `q` said on `ctx.dateline` with no year: the dateline's, unless that quarter is still to come and the sentence speaks of the past. */
function quarterYear(q: number, ctx: ResolveContext): number {
  const y = yearOf(ctx.dateline);
  ctx.flag("yearGuessed");
  if (q > quarterOf(ctx.dateline) && ctx.direction({ kind: "other", name: `Q${q}` }) === "past") {
    return y - 1;
  }
  return y;
}

/**
 * The quarter a report of results is about: the first quarter it names that could be reported on
 * the dateline (begun by then, ended at most a year before), else the quarter named last. "The
 * quarter", "the year-ago period" and "a year ago" compare with it, not with a quarter named in
 * passing ("after a flat second quarter") or a year-old one ("stopped paying in the third
 * quarter of 1984").
 */
export function reportedQuarter(ctx: ResolveContext): CalendarPoint | undefined {
  const now = monthIndex(yearOf(ctx.dateline), monthOf(ctx.dateline));
  const topic = ctx.topic((p) => {
    if (p.granularity !== "quarter" || p.quarter === undefined) return false;
    const first = monthIndex(p.year, 3 * p.quarter - 2);
    return first <= now && first + 2 >= now - 12;
  });
  return topic ?? ctx.previous((x) => x.granularity === "quarter");
}

/** The quarter a report is about (or, after "that", the one named last), or the last whole quarter before the dateline. */
function previousQuarter(
  ctx: ResolveContext,
  demonstrative = false,
): { year: number; quarter: number } {
  const p = demonstrative ? ctx.previous((x) => x.granularity === "quarter") : reportedQuarter(ctx);
  if (p?.quarter !== undefined) {
    ctx.flag("relativeToPrevious");
    return { year: p.year, quarter: p.quarter };
  }
  ctx.flag("relativeToDateline");
  const i = monthIndex(yearOf(ctx.dateline), monthOf(ctx.dateline)) - 3;
  const { year, month } = fromMonthIndex(i);
  return { year, quarter: Math.ceil(month / 3) };
}

const ENDED = new RegExp(
  `^,? (?:ended|ending) (${MONTH_SRC}) (\\d{1,2})(?:,? ((?:19|20)\\d\\d))?`,
  "i",
);

/** The last day of a reporting period, when "ended Sept. 30" follows it. */
function periodEnd(ctx: ResolveContext): Day | undefined {
  const m = ENDED.exec(ctx.text.slice(ctx.end, ctx.end + 40));
  if (!m) return undefined;
  const month = monthNumber(m[1] ?? "");
  const day = Number(m[2]);
  if (m[3] !== undefined) return dayOf(Number(m[3]), month, day);
  return nearestDayOfMonth(ctx.dateline, month, day, "past");
}

/** The year of a quarter named by its ordinal, from the words around it. */
function resolveQuarter(g: Groups, ctx: ResolveContext): Resolution | null {
  const o = lower(g.ord);
  const q = o === "final" || o === "last" ? 4 : (ORDINALS.get(o) ?? 0);
  if (q < 1 || q > 4) return null;
  const yw = lower(g.yearWord) + " " + lower(g.thisYear);
  const explicit = g.year ?? g.year2;
  const y0 = yearOf(ctx.dateline);
  let year: number;
  const end = explicit === undefined ? periodEnd(ctx) : undefined;
  if (explicit !== undefined) year = Number(explicit);
  else if (end) year = yearOf(end);
  else if (/last year/.test(yw)) year = y0 - 1;
  else if (/next year/.test(yw)) year = y0 + 1;
  else if (/this year|the year/.test(yw)) year = y0;
  else if (/ago|earlier|same|comparable|corresponding/.test(yw) || g.ago !== undefined) {
    year = quarterYear(q, ctx) - 1;
  } else year = quarterYear(q, ctx);
  ctx.flag("relativeToDateline");
  return date(quarterValue(year, q));
}

const QUARTER_YEAR_WORD = `(?:(?<yearWord>this year's|last year's|next year's|(?:the )?(?:comparable |corresponding |same )?year-(?:ago|earlier)|the same|the comparable|the corresponding) )?(?:${YEAR}(?:'s)? )?`;
const QUARTER_TAIL = String.raw`(?:(?:,| of| in)(?: fiscal| the)? (?:(?<year2>(?:19|20)\d\d)|(?<thisYear>this year|last year|next year|the year)))?(?<ago> (?:a year (?:ago|earlier)|last year|of last year))?`;

// "third-quarter loss": an adjective; its determiner belongs to the noun after it.
export const quarterAdjective = defineRule({
  name: "quarterAdjective",
  needs: "quarter",
  pattern: `(?:(?:the|its|a|an|this|that|their) )?(?<t>${QUARTER_YEAR_WORD}(?:fiscal(?:-| ))?${QUARTER_ORD}-quarter)`,
  resolve: resolveQuarter,
});

// "the third quarter (of 1990)": a noun phrase, "the" included.

export const quarter = defineRule({
  name: "quarter",
  needs: "quarter",
  pattern: `(?:(?:its|their|a|an|that) )?(?<t>(?:the |this |last |next )?${QUARTER_YEAR_WORD}(?:(?:fiscal|calendar) )?${QUARTER_ORD} (?:fiscal )?quarter${QUARTER_TAIL})`,
  resolve: resolveQuarter,
});

export const theQuarter = defineRule({
  name: "theQuarter",
  needs: "quarter|period",
  pattern: String.raw`(?<t>(?<pre>the|this|last|next|that|the latest|the current|the previous|the past|the prior|the preceding|the same|the comparable|the corresponding|the (?:comparable |corresponding |same )?year-(?:ago|earlier|before)|last year's|this year's|a year-earlier|a year-ago|the fiscal|the latest fiscal|the most recent|the recent|its latest|its|the just-ended|the just-completed|the (?:(?:19|20)\d\d)) (?<what>quarter|period)(?!-)(?<ago> a year (?:ago|earlier)| last year| of last year| a year before)?)`,
  resolve: (g, ctx) => {
    const pre = lower(g.pre);
    const what = lower(g.what);
    const explicitYear = /(\d{4})/.exec(pre)?.[1];
    const shiftBack =
      g.ago !== undefined ||
      /year-ago|year-earlier|year-before|last year's|comparable|corresponding/.test(pre);
    if (
      what === "period" &&
      !explicitYear &&
      !shiftBack &&
      !/latest|most recent|recent|just/.test(pre)
    ) {
      // "the period" names a quarter only in a report that has named one.
      if (!ctx.previous((p) => p.granularity === "quarter")) return null;
    }
    if (pre === "this" || pre === "the current") {
      if (!ctx.previous((p) => p.granularity === "quarter")) {
        ctx.flag("relativeToDateline");
        return date(quarterValue(yearOf(ctx.dateline), quarterOf(ctx.dateline)));
      }
    }
    if (pre === "next") {
      ctx.flag("relativeToDateline");
      return date(shiftedValue(ctx.dateline, "quarter", 1) ?? "");
    }
    if (pre === "last" && !shiftBack) {
      ctx.flag("relativeToDateline");
      return date(shiftedValue(ctx.dateline, "quarter", -1) ?? "");
    }
    const end = periodEnd(ctx);
    if (end && what === "quarter") {
      // "the quarter ended July 31": the quarter most of whose months lie before that day.
      const mid = plusDays(end, -45);
      return date(quarterValue(yearOf(mid), quarterOf(mid)));
    }
    if (/latest|most recent|just-/.test(pre) && !shiftBack) {
      // The latest quarter is the last one completed before the dateline, whatever came up since.
      ctx.flag("relativeToDateline");
      return date(shiftedValue(ctx.dateline, "quarter", -1) ?? "");
    }
    const q = previousQuarter(ctx, pre === "that");
    let year = explicitYear !== undefined ? Number(explicitYear) : q.year;
    if (shiftBack && explicitYear === undefined) year -= 1;
    return date(quarterValue(year, q.quarter));
  },
});

export const half = defineRule({
  name: "half",
  needs: "half|quarters",
  pattern: String.raw`(?:the )?(?<ord>first|second|last|latter|1st|2nd) half(?: of (?:fiscal )?(?:(?<year>(?:19|20)\d\d)|(?<which>this year|last year|next year|the year)))?|(?:the )?first two quarters(?: of (?<year2>(?:19|20)\d\d))?`,
  resolve: (g, ctx) => {
    const h = /first|1st|two quarters/.test(lower(g.ord ?? "first two quarters")) ? 1 : 2;
    let y = Number(g.year ?? g.year2 ?? NaN);
    if (!Number.isFinite(y)) {
      const w = lower(g.which);
      y = yearOf(ctx.dateline) + (w === "last year" ? -1 : w === "next year" ? 1 : 0);
      ctx.flag(g.which ? "relativeToDateline" : "yearGuessed");
    }
    return date(halfValue(y, h));
  },
});
