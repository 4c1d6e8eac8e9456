/**
 * Weeks and weekends: "last week", "early this week", "the following week", "the week of June 12",
 * "this weekend". A week is an ISO week (Monday to Sunday).
 */
import type { Day } from "../calendar.ts";
import { dayOf, plusDays, weekdayOf } from "../calendar.ts";
import { cutAtDateline, date, dayOfPoint, nearestWeekday, valueAt } from "../resolve.ts";
import type { Direction } from "../types.ts";
import { weekendValue, weekValue } from "../values.ts";
import { resolveDayMonth } from "./absoluteDates.ts";
import { DAYNUM, lower, MONTH, namesCapitalised, withMod, YEAR } from "./common.ts";
import { defineRule } from "./rule.ts";

export const week = defineRule({
  name: "week",
  needs: "week",
  pattern: String.raw`(?:(?<mod>early|late|earlier|later) )?(?<rel>last|this|next|the past|the previous|the following|the coming|the current|the same|that) week(?!s| ended| ending|end|ly|-)`,
  resolve: (g, ctx) => {
    const rel = lower(g.rel);
    const mod = /early|earlier/.test(lower(g.mod))
      ? "START"
      : /late/.test(lower(g.mod))
        ? "END"
        : undefined;
    if (/previous|following|same|that/.test(rel)) {
      const p = ctx.previous((x) => x.granularity === "day" || x.granularity === "week");
      const base = p ? (dayOfPoint(p) ?? undefined) : undefined;
      if (p && (base || p.week !== undefined)) {
        ctx.flag("relativeToPrevious");
        const step = rel.includes("previous") ? -7 : rel.includes("following") ? 7 : 0;
        const v = base ? weekValue(plusDays(base, step)) : valueAt(p, "week");
        return v ? withMod(date(v), mod) : null;
      }
    }
    ctx.flag("relativeToDateline");
    const step = /last|past|previous/.test(rel) ? -1 : /next|coming|following/.test(rel) ? 1 : 0;
    const week = withMod(date(weekValue(plusDays(ctx.dateline, 7 * step))), mod);
    return cutAtDateline(week, g.mod, ctx.dateline);
  },
});

export const weekOf = defineRule({
  name: "weekOf",
  needs: "week",
  pattern: `the week of ${MONTH} ${DAYNUM}(?:,? ${YEAR})?`,
  resolve: (g, ctx) => {
    const r = resolveDayMonth(g, ctx);
    if (r.invalid) return r;
    const d = dayOf(
      Number(r.value.slice(0, 4)),
      Number(r.value.slice(5, 7)),
      Number(r.value.slice(8, 10)),
    );
    return d ? date(weekValue(d)) : null;
  },
  accept: namesCapitalised,
});

export const weekend = defineRule({
  name: "weekend",
  needs: "weekend",
  pattern: String.raw`(?:(?<rel>this past|this coming|this|last|next|the past|the coming|the|that) )?weekend(?!s)`,
  resolve: (g, ctx) => {
    const rel = lower(g.rel);
    ctx.flag("relativeToDateline");
    let dir: Direction;
    if (/last|past/.test(rel)) dir = "past";
    else if (/next|coming/.test(rel)) dir = "future";
    else dir = ctx.direction({ kind: "other", name: "weekend" });
    // The Saturday of the weekend nearest the dateline on that side (a weekend dateline is its own).
    const wd = weekdayOf(ctx.dateline);
    const inWeekend = wd === 6 || wd === 0;
    let saturday: Day;
    if (inWeekend && rel !== "last" && rel !== "next")
      saturday = plusDays(ctx.dateline, wd === 6 ? 0 : -1);
    else saturday = nearestWeekday(ctx.dateline, 6, dir, true);
    if (rel === "last" && inWeekend) saturday = plusDays(ctx.dateline, wd === 6 ? -7 : -8);
    return date(weekendValue(saturday));
  },
});
