/**
 * The lexicon's words as the rules match and read them: the regular-expression source of each
 * word class (months, weekdays, numbers, units, seasons, parts of the day), and the readers of
 * what a source matched (`monthNumber`, `numberValue`, `unitOf`). The words themselves are the
 * English lexicon's (src/model/lexicon.ts), so a word the rules can match is a word they can read.
 */
import type { SeasonWord } from "../model/lexicon.ts";
import {
  MONTH_ABBREVIATIONS,
  MONTH_WORDS,
  PART_OF_DAY_WORDS,
  SEASON_WORDS,
  SMALL_NUMBERS as SMALL,
  TENS,
  UNIT_WORDS,
  WEEKDAY_WORDS,
} from "../model/lexicon.ts";
import type { Season } from "./values.ts";

export { ORDINALS } from "../model/lexicon.ts";

/** A month name or its abbreviation (`Sept.`, `Aug`): longest first, so `June` is not `Jun`. */
export const MONTH_SRC = `(?:${[...MONTH_WORDS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((m) => (MONTH_ABBREVIATIONS.has(m) ? `${m}\\.?` : m))
  .join("|")})`;

/** The month (1–12) of a matched month name, `Sept.` and `SEPT` included. */
export function monthNumber(word: string): number {
  return MONTH_WORDS.get(word.toLowerCase().replace(/\.$/, "")) ?? 0;
}

/** A weekday name. */
export const WEEKDAY_SRC = `(?:${[...WEEKDAY_WORDS.keys()].join("|")})`;

/** The weekday (0 = Sunday … 6 = Saturday) of a matched weekday name. */
export function weekdayNumber(word: string): number {
  return WEEKDAY_WORDS.get(word.toLowerCase()) ?? 0;
}

const SMALL_SRC = `(?:${[...SMALL].reverse().join("|")})`;
const UNDER_100_SRC = `(?:(?:${TENS.join("|")})(?:(?:-| )(?:${SMALL.slice(1, 10).join("|")}))?|${SMALL_SRC})`;

/**
 * A number of things, as news writes it: digits (`14`, `1,000`, `5 1/2`, `2.5`), words
 * (`twenty-four`, `a hundred`, `two thousand`), or halves (`one and a half`).
 */
export const NUMBER_SRC =
  `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?: \\d/\\d)?` +
  `|(?:a|one|${UNDER_100_SRC}) (?:hundred|thousand)(?: (?:and )?${UNDER_100_SRC})?` +
  `|${UNDER_100_SRC}(?: and a half)?)`;

/** The value of a NUMBER_SRC match (`5 1/2` → 5.5, `twenty-four` → 24); NaN if unreadable. */
export function numberValue(s: string): number {
  const t = s.toLowerCase().trim().replace(/\s+/g, " ");
  const frac = /^(\d+) (\d)\/(\d)$/.exec(t);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  if (/^[\d,.]+$/.test(t)) return Number(t.replace(/,/g, ""));
  let total = 0;
  let current = 0;
  for (const word of t.replace(/-/g, " ").split(" ")) {
    if (word === "and") continue;
    if (word === "a" || word === "an") current = 1;
    else if (word === "half") current += 0.5;
    else if (word === "hundred") current = (current || 1) * 100;
    else if (word === "thousand") {
      total += (current || 1) * 1000;
      current = 0;
    } else {
      const small = SMALL.indexOf(word);
      const tens = TENS.indexOf(word);
      if (small >= 0) current += small;
      else if (tens >= 0) current += (tens + 2) * 10;
      else return Number.NaN;
    }
  }
  return total + current;
}

/** A year written out: `nineteen ninety-six`, `two thousand`, `two thousand and one`. */
const TEN_TO_99_SRC = `(?:(?:${TENS.join("|")})(?:(?:-| )(?:${SMALL.slice(1, 10).join("|")}))?|${SMALL.slice(10).reverse().join("|")})`;
export const SPOKEN_YEAR_SRC =
  `(?:(?:nineteen|eighteen) (?:hundred|${UNDER_100_SRC})` +
  `|twenty ${TEN_TO_99_SRC}` +
  `|two thousand(?: (?:and )?${UNDER_100_SRC})?)`;

/** The value of a SPOKEN_YEAR_SRC match, or NaN. */
export function spokenYearValue(s: string): number {
  const t = s.toLowerCase().replace(/-/g, " ").trim();
  if (t.startsWith("two thousand")) return numberValue(t);
  const [century, ...rest] = t.split(/\s+/);
  const c = numberValue(century ?? "");
  const restText = rest.join(" ");
  const y = restText === "hundred" ? 0 : numberValue(restText);
  return c * 100 + y;
}

/** Units of time and how TIMEX3 durations write them. */
export type Unit =
  | "second"
  | "minute"
  | "hour"
  | "day"
  | "week"
  | "weekend"
  | "fortnight"
  | "month"
  | "quarter"
  | "year"
  | "decade"
  | "century";

export const UNIT_SRC =
  "(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centuries|century|millenni(?:um|a))";
export const UNIT_SINGULAR_SRC = `(?:${UNIT_WORDS.join("|")})`;

/** The unit a matched unit word names (`nights` → day, `millennia` → century×10 is not kept). */
export function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (w.startsWith("sec")) return "second";
  if (w.startsWith("min")) return "minute";
  if (w.startsWith("hour")) return "hour";
  if (w.startsWith("day") || w.startsWith("night")) return "day";
  if (w.startsWith("weekend")) return "weekend";
  if (w.startsWith("week")) return "week";
  if (w.startsWith("fortnight")) return "fortnight";
  if (w.startsWith("month")) return "month";
  if (w.startsWith("quarter")) return "quarter";
  if (w.startsWith("decade")) return "decade";
  if (w.startsWith("centur")) return "century";
  return "year";
}

/**
 * A TIMEX3 duration value: `P3D`, `PT5H`, `P9M` (three quarters), `P10Y` (a decade), `PT5H30M`
 * (five and a half hours), `PXY` (an unknown number of years).
 */
export function durationValue(n: number | "X", unit: Unit): string {
  if (n === "X") {
    const code: Record<Unit, string> = {
      second: "TXS",
      minute: "TXM",
      hour: "TXH",
      day: "XD",
      week: "XW",
      weekend: "XW",
      fortnight: "XW",
      month: "XM",
      quarter: "XQ",
      year: "XY",
      decade: "XDE",
      century: "XCE",
    };
    return `P${code[unit]}`;
  }
  switch (unit) {
    case "second":
      return `PT${trim(n)}S`;
    case "minute":
      return Number.isInteger(n) ? `PT${n}M` : `PT${Math.floor(n)}M${Math.round((n % 1) * 60)}S`;
    case "hour":
      return Number.isInteger(n) ? `PT${n}H` : `PT${Math.floor(n)}H${Math.round((n % 1) * 60)}M`;
    case "day":
      return Number.isInteger(n) ? `P${n}D` : `PT${Math.round(n * 24)}H`;
    case "week":
    case "weekend":
      return Number.isInteger(n) ? `P${n}W` : `P${Math.round(n * 7)}D`;
    case "fortnight":
      return `P${trim(n * 2)}W`;
    case "month":
      return Number.isInteger(n) ? `P${n}M` : `P${Math.round(n * 30)}D`;
    case "quarter":
      // TimeML's annotators and HeidelTime count quarters in quarters ("P2Q"), not months.
      return Number.isInteger(n) ? `P${n}Q` : `P${trim(n * 3)}M`;
    case "year":
      return Number.isInteger(n) ? `P${n}Y` : `P${Math.round(n * 12)}M`;
    case "decade":
      return `P${trim(n * 10)}Y`;
    case "century":
      return `P${trim(n * 100)}Y`;
  }
}

const trim = (n: number): string => String(Math.round(n * 1000) / 1000);

/** Seasons' names to their TIMEX3 codes. */
const SEASON_CODES: Record<SeasonWord, Season> = {
  spring: "SP",
  summer: "SU",
  fall: "FA",
  autumn: "FA",
  winter: "WI",
};
export const SEASONS = new Map<string, Season>(Object.entries(SEASON_CODES));
export const SEASON_SRC = `(?:${SEASON_WORDS.join("|")})`;

/** A part of the day TIMEX3 names. */
export const PART_OF_DAY_SRC = `(?:${PART_OF_DAY_WORDS.join("|")})`;
