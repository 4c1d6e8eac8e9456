/**
 * Months: with a year ("June 2023", "early March 1998", "the end of June of nineteen ninety-six")
 * and without ("in May", "last March", "this coming June", "April next year"). A bare month lies
 * on the side of the dateline the tense gives, the nearer side without a marker.
 */
import { MONTH_NAMES } from "../../model/dates.ts";
import { DETERMINERS } from "../../model/lexicon.ts";
import { monthOf, yearOf } from "../calendar.ts";
import { MONTH_SRC, monthNumber, SPOKEN_YEAR_SRC } from "../wordPatterns.ts";
import { date, nearestMonthYear } from "../resolve.ts";
import { monthValue } from "../values.ts";
import {
  lower,
  modOf,
  MONTH,
  named,
  namesCapitalised,
  PREPOSITIONS,
  withMod,
  wordBefore,
  YEAR,
  yearFrom,
} from "./common.ts";
import { defineRule } from "./rule.ts";

const MONTH_MOD =
  "(?<mod>(?:early|late|mid) |(?:early|late|mid)-|the (?:beginning|start|middle|end|first half|second half) of )?";

export const monthYear = defineRule({
  name: "monthYear",
  needs: MONTH_SRC,
  pattern: `${MONTH_MOD}${MONTH},?(?: of)? (?:${YEAR}|(?<spoken>${SPOKEN_YEAR_SRC}))`,
  resolve: (g) => {
    const y = yearFrom(g);
    if (y === undefined) return null;
    return withMod(date(monthValue(y, monthNumber(g.month ?? ""))), modOf(g.mod));
  },
  accept: namesCapitalised,
});

export const month = defineRule({
  name: "month",
  needs: MONTH_SRC,
  pattern: `(?<t>${MONTH_MOD}(?:(?<rel>last|this|next|this past|this coming|past|coming) )?${MONTH})(?: (?<which>this|last|next) year)?`,
  resolve: (g, ctx) => {
    const month = monthNumber(g.month ?? "");
    const rel = lower(g.rel);
    const mod = modOf(g.mod);
    const y0 = yearOf(ctx.dateline);
    ctx.flag("relativeToDateline");
    if (g.which !== undefined) {
      const y = y0 + ({ last: -1, this: 0, next: 1 }[lower(g.which)] ?? 0);
      return withMod(date(monthValue(y, month)), mod);
    }
    let year: number;
    if (rel === "last" || rel === "this past" || rel === "past") {
      year = nearestMonthYear(ctx.dateline, month, "past", true);
    } else if (rel === "next" || rel === "this coming" || rel === "coming") {
      year = nearestMonthYear(ctx.dateline, month, "future", true);
    } else if (rel === "this") {
      year = y0;
    } else {
      const m0 = monthOf(ctx.dateline);
      const distances = {
        past: 30 * ((m0 - month + 12) % 12),
        future: 30 * ((month - m0 + 12) % 12),
      };
      const dir = ctx.direction({ kind: "month", name: MONTH_NAMES[month - 1] ?? "" }, distances);
      year = nearestMonthYear(ctx.dateline, month, dir);
    }
    return withMod(date(monthValue(year, month)), mod);
  },
  accept: (m, text, strictCase) => {
    const g = m.groups ?? {};
    if (!named(g.month, strictCase)) return false;
    if (!strictCase) return true;
    const word = g.month ?? "";
    // "May", "March" and bare abbreviations are also ordinary words and names: only take them
    // after a preposition or a modifier ("in May", "last March", "since Jan."), or between a
    // determiner and the noun they qualify.
    if (/^(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(word)) return false;
    const plain =
      /^(May|March|Mar\.|Jan\.|Jun\.|Jul\.|Aug\.|Sep\.|Sept\.|Oct\.|Nov\.|Dec\.|Feb\.|Apr\.)$/.test(
        word,
      );
    if (!plain || g.mod !== undefined || g.rel !== undefined) return true;
    const before = wordBefore(text, m.index);
    if (PREPOSITIONS.has(before)) return true;
    // A month that qualifies a noun right after a determiner: "the March accession", "a May
    // vote"; not a name ("the ``March of the Combatant Mothers''").
    const end = m.index + m[0].length;
    return (
      DETERMINERS.has(before) &&
      /[A-Za-z] $/.test(text.slice(m.index - 2, m.index)) &&
      /^ (?!of\b)[a-z]/.test(text.slice(end, end + 5))
    );
  },
});
