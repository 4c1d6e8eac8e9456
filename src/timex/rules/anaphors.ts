/**
 * Dates that refer to the date told about before: "the same day", "that year", "later that
 * month", "the next day", "the previous week", "a week later". Without one they fall back on the
 * dateline, flagged `needsAnchor`.
 */
import { dayOf, monthOf, yearOf } from "../calendar.ts";
import type { Resolution, ResolveContext } from "../resolve.ts";
import { date, dayOfPoint, shiftedValue, valueAt } from "../resolve.ts";
import type { CalendarPoint } from "../values.ts";
import { dayValue, monthValue, quarterValue, yearValue } from "../values.ts";
import { contextDay, lower, PODS } from "./common.ts";
import { defineRule } from "./rule.ts";

/**
 * The value of a day or month inside the coarser point `p`, its unknown part written as X
 * (`1998-10-XX`, `1998-XX`); undefined when `p` is not a year or a month.
 */
function unknownFiner(p: CalendarPoint, unit: "day" | "month"): string | undefined {
  if (p.granularity === "month" && p.month !== undefined && unit === "day") {
    return `${monthValue(p.year, p.month)}-XX`;
  }
  if (p.granularity === "year")
    return unit === "day" ? `${yearValue(p.year)}-XX-XX` : `${yearValue(p.year)}-XX`;
  return undefined;
}

/** The value of the date mentioned before, moved by `n` units at that unit's granularity. */
export function fromPrevious(
  ctx: ResolveContext,
  unit: "day" | "week" | "month" | "year" | "quarter",
  n: number,
): Resolution | null {
  const finer = (p: CalendarPoint): boolean => {
    if (unit === "year") return true;
    if (unit === "quarter") return p.granularity === "quarter" || p.month !== undefined;
    if (unit === "month") return p.month !== undefined;
    return p.granularity === "day" || (unit === "week" && p.week !== undefined);
  };
  if (n === 0 && (unit === "day" || unit === "month")) {
    // "That same day" after "last October": the day lies in the month told about, which is
    // later than any day mentioned before it; TimeML writes the part it does not know as X.
    const last = ctx.previous(undefined, unit);
    if (last && !finer(last)) {
      const v = unknownFiner(last, unit);
      if (v) {
        ctx.flag("relativeToPrevious");
        return date(v);
      }
    }
  }
  const p = ctx.previous(finer, unit);
  if (p && finer(p)) {
    ctx.flag("relativeToPrevious");
    if (n === 0) {
      const v = valueAt(p, unit);
      return v ? date(v) : null;
    }
    const base = dayOfPoint(p) ?? dayOf(p.year, p.month ?? 1, 1);
    if (!base) return null;
    if (unit === "year") return date(yearValue(p.year + n));
    if (unit === "quarter" && p.quarter !== undefined) {
      const i = p.year * 4 + p.quarter - 1 + n;
      return date(quarterValue(Math.floor(i / 4), (i % 4) + 1));
    }
    const v = shiftedValue(base, unit, n);
    return v ? date(v) : null;
  }
  ctx.flag("needsAnchor");
  ctx.flag("relativeToDateline");
  const v =
    n === 0
      ? valueAt(
          {
            granularity: "day",
            year: yearOf(ctx.dateline),
            month: monthOf(ctx.dateline),
            day: ctx.dateline.getUTCDate(),
          },
          unit,
        )
      : shiftedValue(ctx.dateline, unit, n);
  return v ? date(v) : null;
}

const ANAPHOR_UNIT = "(?<unit>day|morning|afternoon|evening|night|week|month|year|quarter)";

/** The unit an anaphor's word refers to: a part of the day ("that night") is its day. */
function anaphorUnit(word: string): "day" | "week" | "month" | "quarter" | "year" {
  return word === "year" || word === "month" || word === "week" || word === "quarter"
    ? word
    : "day";
}

export const sameDay = defineRule({
  name: "sameDay",
  needs: "same|that",
  pattern: `(?<t>(?<mod>earlier|later|early|late) (?:that|the same|that same|in the) ${ANAPHOR_UNIT}|(?:the same|that same|that very|the very same|that) ${ANAPHOR_UNIT.replace("unit", "unit2")})`,
  resolve: (g, ctx) => {
    const u = lower(g.unit ?? g.unit2);
    const unit = anaphorUnit(u);
    if (lower(g.mod) !== "" && u === "day" && /in the/.test(lower(g.t))) {
      // "later in the day": the day being told about.
      return date(dayValue(contextDay(ctx)));
    }
    const r = fromPrevious(ctx, unit, 0);
    if (r && unit === "day" && PODS[u])
      return { type: "TIME", value: `${r.value}T${PODS[u] ?? "DT"}` };
    return r;
  },
  accept: (m, text) => {
    // "that day" etc. only where it names a time ("that year's", "that day"), not "that weekday
    // schedule"; and not "that week's" of a demonstrative noun phrase after a verb: keep all.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    return !/^-/.test(after);
  },
});

export const followingDay = defineRule({
  name: "followingDay",
  needs: "next|following|previous|preceding|prior|before|after|earlier|later",
  pattern: String.raw`the (?<rel>next|following|previous|preceding|prior) ${ANAPHOR_UNIT}|the ${ANAPHOR_UNIT.replace("unit", "unit2")} (?<ba>before|after)(?= *[,.;:)]| and| but| when| as| that)|(?:a|one) (?<unit3>day|week|month) (?<ba2>earlier|later|before|after)(?= *[,.;:)]| and| but| when| as)`,
  resolve: (g, ctx) => {
    const u = lower(g.unit ?? g.unit2 ?? g.unit3);
    const unit = anaphorUnit(u);
    const back = /previous|preceding|prior|before|earlier/.test(lower(g.rel ?? g.ba ?? g.ba2));
    const r = fromPrevious(ctx, unit, back ? -1 : 1);
    if (r && unit === "day" && PODS[u])
      return { type: "TIME", value: `${r.value}T${PODS[u] ?? "DT"}` };
    return r;
  },
});
