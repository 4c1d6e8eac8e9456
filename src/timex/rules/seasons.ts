/**
 * Seasons: "last fall", "the summer of 1996", "early spring", "in the winter". "Fall" and
 * "spring" are verbs and nouns too, so a season needs a determiner, a year or a preposition.
 */
import { monthIndex, monthOf, yearOf } from "../calendar.ts";
import { SEASON_SRC, SEASONS, SPOKEN_YEAR_SRC } from "../wordPatterns.ts";
import { date, relativeSeason } from "../resolve.ts";
import type { Season } from "../values.ts";
import { seasonValue } from "../values.ts";
import { lower, modOf, PREPOSITIONS, withMod, wordBefore, YEAR, yearFrom } from "./common.ts";
import { defineRule } from "./rule.ts";

/** The first and last month of each season, counted from January of its TimeML year (a winter ends in the next February). */
const SEASON_SPAN: Record<Season, [number, number]> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 14],
};

export const season = defineRule({
  name: "season",
  needs: SEASON_SRC,
  pattern: `(?<t>(?:(?<rel>this past|this coming|this|last|next|past|the) )?(?:(?<mod>early|late|mid) |mid-)?(?:the )?(?<s>${SEASON_SRC})(?:(?: of)? (?:${YEAR}|(?<spoken>${SPOKEN_YEAR_SRC})))?)`,
  resolve: (g, ctx) => {
    const s = SEASONS.get(lower(g.s));
    if (!s) return null;
    const mod = modOf(g.mod);
    const y = yearFrom(g);
    if (y !== undefined) return withMod(date(seasonValue(y, s)), mod);
    const rel = lower(g.rel);
    ctx.flag("relativeToDateline");
    const which = /past|last/.test(rel) ? "last" : /next|coming/.test(rel) ? "next" : "this";
    if (rel === "the" || rel === "") ctx.flag("yearGuessed");
    const r = relativeSeason(ctx.dateline, s, which);
    if (rel === "the" || rel === "") {
      // A bare season still to come this year, told in the past tense, is last year's ("the
      // talks collapsed in the summer", said in March); one already over, told in the future
      // tense, is next year's.
      const [first, last] = SEASON_SPAN[s];
      const now = monthIndex(yearOf(ctx.dateline), monthOf(ctx.dateline));
      const from = monthIndex(r.year, first);
      const to = monthIndex(r.year, last);
      if (now < from || now > to) {
        const dir = ctx.tense();
        if (now < from && dir === "past") r.year -= 1;
        else if (now > to && dir === "future") r.year += 1;
      }
    }
    return withMod(date(seasonValue(r.year, r.season)), mod);
  },
  accept: (m, text) => {
    const g = m.groups ?? {};
    // "fall", "spring" are verbs and nouns too: take a season only with a determiner, a year, or
    // after a preposition.
    if (g.rel !== undefined || g.year !== undefined || g.spoken !== undefined) return true;
    if (g.mod !== undefined && /^(early|late)$/.test(lower(g.mod).trim())) {
      return PREPOSITIONS.has(wordBefore(text, m.index));
    }
    const w = wordBefore(text, m.index);
    return (
      /^(in|during|over|through|until|by|since|into|throughout)$/.test(w) &&
      !/^fall$/i.test(g.s ?? "")
    );
  },
});
