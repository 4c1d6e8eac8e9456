/**
 * Weekdays: "Friday", "last Tuesday", "this coming Monday", "the following Wednesday", "Friday
 * night". A bare weekday lies on the side of the dateline the tense gives (the past without a
 * marker); "the following Monday" counts from the day told about before.
 */
import { WEEKDAY_NAMES } from "../../model/dates.ts";
import type { Day } from "../calendar.ts";
import { WEEKDAY_SRC, weekdayNumber } from "../wordPatterns.ts";
import { date, dayOfPoint, nearestWeekday } from "../resolve.ts";
import { dayValue } from "../values.ts";
import { lower, namesCapitalised, POD, PODS, WEEKDAY } from "./common.ts";
import { defineRule } from "./rule.ts";

export const weekday = defineRule({
  name: "weekday",
  needs: WEEKDAY_SRC,
  pattern: `(?:(?<rel>early|late|earlier|later|last|this|next|this past|this coming|the previous|the following|the next|the preceding|the same) )?${WEEKDAY}(?: ${POD})?`,
  resolve: (g, ctx) => {
    const wd = weekdayNumber(g.wd ?? "");
    const rel = lower(g.rel);
    let d: Day;
    if (/previous|following|next|preceding|same/.test(rel) && rel.startsWith("the")) {
      const p = ctx.previous((x) => x.granularity === "day");
      const base = p ? dayOfPoint(p) : undefined;
      if (base) {
        ctx.flag("relativeToPrevious");
        d =
          rel === "the same"
            ? base
            : nearestWeekday(base, wd, /previous|preceding/.test(rel) ? "past" : "future", true);
      } else {
        ctx.flag("relativeToDateline");
        d = nearestWeekday(
          ctx.dateline,
          wd,
          /previous|preceding/.test(rel) ? "past" : "future",
          true,
        );
      }
    } else {
      ctx.flag("relativeToDateline");
      if (rel === "last" || rel === "this past") d = nearestWeekday(ctx.dateline, wd, "past", true);
      else if (rel === "next" || rel === "this coming")
        d = nearestWeekday(ctx.dateline, wd, "future", true);
      else
        d = nearestWeekday(
          ctx.dateline,
          wd,
          ctx.direction({ kind: "weekday", name: WEEKDAY_NAMES[wd] ?? "" }),
        );
    }
    if (g.pod !== undefined)
      return { type: "TIME", value: `${dayValue(d)}T${PODS[lower(g.pod)] ?? "DT"}` };
    return date(dayValue(d));
  },
  accept: namesCapitalised,
});
