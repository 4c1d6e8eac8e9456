/**
 * Months, years and decades named from the dateline: "last month", "this year", "next year",
 * "earlier this month", "the past year", "the same month", "the year", "year-end".
 */
import { monthOf, plusMonths, plusYears, yearOf } from "../calendar.ts";
import { cutAtDateline, date, valueAt } from "../resolve.ts";
import { monthValue, weekValue, yearValue } from "../values.ts";
import { fromPrevious } from "./anaphors.ts";
import { lower, modOf, withMod, wordBefore } from "./common.ts";
import { defineRule } from "./rule.ts";

export const relativePeriod = defineRule({
  name: "relativePeriod",
  needs: "month|year|decade",
  pattern: String.raw`(?:(?<mod>early|late|earlier|later|earlier in|later in|early in|late in|the (?:beginning|start|middle|end|rest|remainder|first half|second half) of|the end of) )?(?:sometime )?(?<rel>last|this|next|the next|the coming|the current|this past|this coming|the same|(?:the past|the last|the latest|the most recent)(?= (?:month|year|fiscal year|calendar year)\b)) (?<what>month|year|fiscal year|calendar year|decade)(?!s|-|ly| ended| ending| earlier| ago)(?: or so)?`,
  resolve: (g, ctx) => {
    const rel = lower(g.rel);
    const what = lower(g.what);
    const mod =
      modOf(g.mod) ??
      (/^early|^earlier/.test(lower(g.mod))
        ? "START"
        : /^late|^later/.test(lower(g.mod))
          ? "END"
          : undefined);
    if (rel === "the same") {
      const r = fromPrevious(ctx, what === "month" ? "month" : "year", 0);
      return r ? withMod(r, mod) : null;
    }
    ctx.flag("relativeToDateline");
    // "the latest year" is the last one completed, as "the latest quarter" is.
    const step = /last|past|previous|latest|recent/.test(rel)
      ? -1
      : /next|coming/.test(rel)
        ? 1
        : 0;
    if (what === "month") {
      const d = plusMonths(ctx.dateline, step);
      return cutAtDateline(
        withMod(date(monthValue(yearOf(d), monthOf(d))), mod),
        g.mod,
        ctx.dateline,
      );
    }
    if (what === "decade") {
      const d = Math.floor(yearOf(ctx.dateline) / 10) + step;
      return withMod(date(String(d)), mod);
    }
    const year = withMod(date(yearValue(yearOf(plusYears(ctx.dateline, step)))), mod);
    return cutAtDateline(year, g.mod, ctx.dateline);
  },
});

export const theYear = defineRule({
  name: "theYear",
  needs: "year|month|week",
  pattern: String.raw`(?<t>(?<mod>the (?:beginning|start|middle|end|rest|remainder|first half|second half) of |(?:earlier|later|early|late) in )?the (?<adj>full |entire |whole |current |fiscal |current fiscal |calendar |same )?(?<what>year|month|week))(?<ended> end(?:ed|ing))?(?!-| ago| earlier| before| later| after)`,
  resolve: (g, ctx) => {
    const what = lower(g.what);
    const adj = lower(g.adj).trim();
    if (g.ended !== undefined) {
      return {
        type: "DURATION",
        value: what === "year" ? "P1Y" : what === "month" ? "P1M" : "P1W",
      };
    }
    const mod = modOf(g.mod);
    if (adj === "same") {
      const r = fromPrevious(
        ctx,
        what === "month" ? "month" : what === "week" ? "week" : "year",
        0,
      );
      return r ? withMod(r, mod) : null;
    }
    if (what === "week") {
      const p = ctx.previous((x) => x.granularity === "week" || x.granularity === "day");
      if (p) {
        ctx.flag("relativeToPrevious");
        const v = valueAt(p, "week");
        if (v) return withMod(date(v), mod);
      }
      ctx.flag("relativeToDateline");
      return cutAtDateline(withMod(date(weekValue(ctx.dateline)), mod), g.mod, ctx.dateline);
    }
    ctx.flag("relativeToDateline");
    const unit =
      what === "month"
        ? monthValue(yearOf(ctx.dateline), monthOf(ctx.dateline))
        : yearValue(yearOf(ctx.dateline));
    // "earlier in the year": the dateline's year up to the dateline.
    return cutAtDateline(withMod(date(unit), mod), g.mod, ctx.dateline);
  },
  accept: (m, text) => {
    const g = m.groups ?? {};
    if (lower(g.what) === "year" || lower(g.what) === "month") {
      if (g.adj !== undefined || g.mod !== undefined || g.ended !== undefined) return true;
      // A bare "the year"/"the month" is a date in "for the year", "of the year", "during the year".
      return /^(for|of|during|in|through|throughout|over)$/.test(wordBefore(text, m.index));
    }
    return (
      g.adj !== undefined ||
      g.mod !== undefined ||
      /^(for|during|of|in)$/.test(wordBefore(text, m.index))
    );
  },
});

export const yearEnd = defineRule({
  name: "yearEnd",
  needs: "year",
  pattern: String.raw`year(?:'s)?(?:-| )end|the end of (?:the|this) year|end-of-year`,
  resolve: (_g, ctx) => {
    ctx.flag("relativeToDateline");
    return withMod(date(yearValue(yearOf(ctx.dateline))), "END");
  },
});
