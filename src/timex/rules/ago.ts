/**
 * Dates counted back from the dateline: "two years ago", "a decade ago", "years ago", "long ago",
 * and "a year earlier" (from the date told about before, or in a results story the year-ago
 * quarter).
 */
import type { Day } from "../calendar.ts";
import { yearOf } from "../calendar.ts";
import type { Unit } from "../wordPatterns.ts";
import { NUMBER_SRC, numberValue, UNIT_SRC, unitOf } from "../wordPatterns.ts";
import { date, shiftedValue } from "../resolve.ts";
import { dayValue, quarterValue, yearValue } from "../values.ts";
import { lower, modOf, PRE_MOD, reference, VAGUE_N, withMod } from "./common.ts";
import { reportedQuarter } from "./quarters.ts";
import { defineRule } from "./rule.ts";

const N_OR_VAGUE = `(?:${NUMBER_SRC}|an?|${VAGUE_N})`;

/** The value `n` units back (ago) from `base`, at the unit's granularity. */
function agoValue(base: Day, unit: Unit, n: number): string | undefined {
  if (unit === "hour" || unit === "minute" || unit === "second") return dayValue(base);
  return shiftedValue(base, unit, -n);
}

export const ago = defineRule({
  name: "ago",
  needs: "ago",
  pattern: `(?:${PRE_MOD})?(?<n>${N_OR_VAGUE})(?: or so)? (?<unit>${UNIT_SRC})(?: or so)? ago`,
  resolve: (g, ctx) => {
    const unit = unitOf(g.unit ?? "");
    const nText = lower(g.n);
    const n = /^an?$/.test(nText) ? 1 : numberValue(nText);
    ctx.flag("relativeToDateline");
    if (!Number.isFinite(n)) {
      ctx.flag("vague");
      return date("PAST_REF");
    }
    if (unit === "year" && n === 1) {
      // "a year ago" in a report of quarterly results is the year-ago quarter.
      const q = reportedQuarter(ctx);
      if (q?.quarter !== undefined && !/ago/.test(lower(g.mod))) {
        ctx.flag("relativeToPrevious");
        return date(quarterValue(q.year - 1, q.quarter));
      }
    }
    const v = agoValue(ctx.dateline, unit, Math.round(n));
    return v ? withMod(date(v), modOf(g.mod)) : null;
  },
});

export const agoBare = defineRule({
  name: "agoBare",
  needs: "ago",
  pattern: String.raw`(?<unit>years|months|weeks|days|decades|centuries) ago|long ago`,
  resolve: reference("PAST_REF"),
});

export const yearEarlier = defineRule({
  name: "yearEarlier",
  needs: "year",
  pattern: String.raw`(?<t>(?:a|one) year (?:earlier|before)|year-(?:earlier|ago|before))`,
  resolve: (_g, ctx) => {
    const q = reportedQuarter(ctx);
    if (q?.quarter !== undefined) {
      ctx.flag("relativeToPrevious");
      return date(quarterValue(q.year - 1, q.quarter));
    }
    const p = ctx.previous(
      (x) => x.granularity === "year" || x.granularity === "day" || x.granularity === "month",
    );
    if (p) {
      ctx.flag("relativeToPrevious");
      return date(yearValue(p.year - 1));
    }
    ctx.flag("relativeToDateline");
    return date(yearValue(yearOf(ctx.dateline) - 1));
  },
});
