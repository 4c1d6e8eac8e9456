/**
 * Sets, times that recur: "daily", "every month", "each July", "every other week", "twice a
 * week", "Mondays and Thursdays".
 */
import {
  durationValue,
  MONTH_SRC,
  monthNumber,
  NUMBER_SRC,
  numberValue,
  PART_OF_DAY_SRC,
  SEASON_SRC,
  SEASONS,
  UNIT_SINGULAR_SRC,
  UNIT_SRC,
  unitOf,
  WEEKDAY_SRC,
  weekdayNumber,
} from "../wordPatterns.ts";
import { lower, named, namesCapitalised, PODS, WEEKDAY } from "./common.ts";
import { defineRule } from "./rule.ts";

const SET_ADVERBS: Record<string, string> = {
  daily: "P1D",
  weekly: "P1W",
  biweekly: "P2W",
  fortnightly: "P2W",
  monthly: "P1M",
  bimonthly: "P2M",
  yearly: "P1Y",
  hourly: "PT1H",
  nightly: "P1D",
  semiannually: "P6M",
  biannually: "P6M",
};

export const setAdverb = defineRule({
  name: "setAdverb",
  needs: "ly\\b",
  pattern: `(?<w>${Object.keys(SET_ADVERBS).join("|")})`,
  resolve: (g) => ({
    type: "SET",
    value: SET_ADVERBS[lower(g.w)] ?? "P1D",
  }),
});

export const setEvery = defineRule({
  name: "setEvery",
  needs: "every|each|per",
  pattern: `(?:every|each|per) (?:other |single )?(?:(?<n>${NUMBER_SRC}|few|several) )?(?<unit>${UNIT_SRC})`,
  resolve: (g, ctx) => {
    const unit = unitOf(g.unit ?? "");
    const nText = lower(g.n);
    const n = nText === "" ? 1 : /few|several/.test(nText) ? "X" : numberValue(nText);
    if (n === "X") ctx.flag("vague");
    return {
      type: "SET",
      value: durationValue(Number.isNaN(n) ? "X" : n, unit),
    };
  },
});

export const setNamed = defineRule({
  name: "setNamed",
  needs: "every|each",
  pattern: `(?:every|each) (?:(?<month>${MONTH_SRC})|(?<s>${SEASON_SRC})|(?<pod>${PART_OF_DAY_SRC}))`,
  resolve: (g) => {
    if (g.month !== undefined)
      return { type: "SET", value: `XXXX-${String(monthNumber(g.month)).padStart(2, "0")}` };
    if (g.s !== undefined) return { type: "SET", value: `XXXX-${SEASONS.get(lower(g.s)) ?? "SU"}` };
    return { type: "SET", value: `XXXX-XX-XXT${PODS[lower(g.pod)] ?? "DT"}` };
  },
  accept: namesCapitalised,
});

export const setTimes = defineRule({
  name: "setTimes",
  needs: "once|twice|thrice|times",
  pattern: `(?<f>once|twice|thrice|(?:${NUMBER_SRC}) times) (?:a|an|per|every|each) (?<unit>${UNIT_SINGULAR_SRC})`,
  resolve: (g) => ({ type: "SET", value: durationValue(1, unitOf(g.unit ?? "")) }),
});

export const weekdays = defineRule({
  name: "weekdays",
  needs: WEEKDAY_SRC,
  pattern: `(?<pre>every|each|on) ${WEEKDAY}s?|(?<wd2>${WEEKDAY_SRC})s(?= and| or|,| through)`,
  resolve: (g) => {
    const name = g.wd ?? g.wd2 ?? "";
    const wd = weekdayNumber(name);
    if (g.pre !== undefined && lower(g.pre) === "on" && !/s$/i.test(name)) return null;
    return { type: "SET", value: `XXXX-WXX-${wd === 0 ? 7 : wd}` };
  },
  accept: (m, _text, strictCase) => {
    const g = m.groups ?? {};
    if (lower(g.pre) === "on" && !/s$/.test(m[0])) return false;
    return named(g.wd ?? g.wd2, strictCase);
  },
});
