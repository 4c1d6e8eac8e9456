/**
 * Holidays: "Christmas", "New Year's Eve", "Thanksgiving", "Easter week", "Labor Day 1998", on
 * the side of the dateline the tense gives.
 */
import type { Day } from "../calendar.ts";
import { daysFrom, dayOf, lastOfMonth, plusDays, stepToWeekday, yearOf } from "../calendar.ts";
import type { Resolution } from "../resolve.ts";
import { date } from "../resolve.ts";
import type { Direction } from "../types.ts";
import { dayValue, weekValue } from "../values.ts";
import { lower, YEAR } from "./common.ts";
import { defineRule } from "./rule.ts";

const HOLIDAYS =
  "(?<h>Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)?|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|Good Friday|Independence Day|the Fourth of July|July Fourth|Labor Day|Memorial Day|Veterans Day|Halloween|Valentine's Day|Mother's Day|Father's Day|Boxing Day|Martin Luther King Day|Presidents' Day|Columbus Day|Election Day)";

/** Easter Sunday of `year` (Gregorian computus). */
function easter(year: number): Day | undefined {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

/** The n-th (1-based; -1 = last) weekday `wd` of `month` in `year`. */
function nthWeekday(year: number, month: number, wd: number, n: number): Day | undefined {
  const first = dayOf(year, month, 1);
  if (!first) return undefined;
  if (n > 0) return plusDays(stepToWeekday(first, wd, "future"), 7 * (n - 1));
  return stepToWeekday(lastOfMonth(first), wd, "past");
}

function dayOfHoliday(name: string, year: number): Day | undefined {
  const h = lower(name).replace(/^the /, "");
  if (h.startsWith("christmas eve")) return dayOf(year, 12, 24);
  if (h.startsWith("christmas")) return dayOf(year, 12, 25);
  if (h.startsWith("new year's eve")) return dayOf(year, 12, 31);
  if (h.startsWith("new year's")) return dayOf(year, 1, 1);
  if (h.startsWith("thanksgiving")) return nthWeekday(year, 11, 4, 4);
  const sunday = easter(year);
  if (h === "easter monday") return sunday && plusDays(sunday, 1);
  if (h.startsWith("easter")) return sunday;
  if (h === "good friday") return sunday && plusDays(sunday, -2);
  if (h === "independence day" || h === "fourth of july" || h === "july fourth")
    return dayOf(year, 7, 4);
  if (h === "labor day") return nthWeekday(year, 9, 1, 1);
  if (h === "memorial day") return nthWeekday(year, 5, 1, -1);
  if (h === "veterans day") return dayOf(year, 11, 11);
  if (h === "halloween") return dayOf(year, 10, 31);
  if (h === "valentine's day") return dayOf(year, 2, 14);
  if (h === "mother's day") return nthWeekday(year, 5, 0, 2);
  if (h === "father's day") return nthWeekday(year, 6, 0, 3);
  if (h === "boxing day") return dayOf(year, 12, 26);
  if (h === "martin luther king day") return nthWeekday(year, 1, 1, 3);
  if (h === "presidents' day") return nthWeekday(year, 2, 1, 3);
  if (h === "columbus day") return nthWeekday(year, 10, 1, 2);
  if (h === "election day") {
    const monday = nthWeekday(year, 11, 1, 1);
    return monday ? plusDays(monday, 1) : undefined;
  }
  return undefined;
}

export const holiday = defineRule({
  name: "holiday",
  unitsInNames: true,
  needs:
    "christmas|new year|thanksgiving|easter|good friday|independence|fourth|labor|memorial|veterans|halloween|valentine|mother|father|boxing|luther|presidents|columbus|election",
  pattern: `(?:(?<rel>last|this|next|this past) )?${HOLIDAYS}(?: (?<week>week))?(?:,? ${YEAR})?`,
  resolve: (g, ctx) => {
    const name = g.h ?? "";
    const finish = (d: Day | undefined): Resolution | null => {
      if (!d) return null;
      return date(g.week !== undefined ? weekValue(d) : dayValue(d));
    };
    if (g.year !== undefined) return finish(dayOfHoliday(name, Number(g.year)));
    ctx.flag("relativeToDateline");
    const rel = lower(g.rel);
    const y = yearOf(ctx.dateline);
    const candidates = [y - 1, y, y + 1]
      .map((year) => dayOfHoliday(name, year))
      .filter((d): d is Day => d !== undefined);
    const before = candidates.filter((d) => d <= ctx.dateline).pop();
    const after = candidates.find((d) => d >= ctx.dateline);
    const distances =
      before && after
        ? { past: daysFrom(before, ctx.dateline), future: daysFrom(ctx.dateline, after) }
        : undefined;
    const dir: Direction = /last|past/.test(rel)
      ? "past"
      : rel === "next"
        ? "future"
        : ctx.direction({ kind: "other", name }, distances);
    const strict = rel === "last" || rel === "next";
    const pick =
      dir === "past"
        ? candidates.filter((d) => (strict ? d < ctx.dateline : d <= ctx.dateline)).pop()
        : candidates.find((d) => (strict ? d > ctx.dateline : d >= ctx.dateline));
    return finish(pick);
  },
});
