/**
 * Years, decades and centuries: "1998", "fiscal 1989", "mid-1996", "1994 or later", "the 1990s",
 * "the '80s", "the sixties", "the 20th century", "this century". A number that counts things
 * ("1990 shares", "$1998") is not a year.
 */
import { yearOf } from "../calendar.ts";
import { SPOKEN_YEAR_SRC } from "../wordPatterns.ts";
import { date } from "../resolve.ts";
import { halfValue, yearValue } from "../values.ts";
import { lower, modOf, withMod, wordBefore, YEAR, yearFrom } from "./common.ts";
import { defineRule } from "./rule.ts";

const YEAR_PRE =
  "(?<pre>fiscal(?: year)? |calendar(?: year)? |the year |(?:early|late|mid) |mid-|post-|pre-|the (?:beginning|start|middle|end|first half|second half|last half|latter half|rest|remainder) of |a good part of |much of |most of |all of )?";

export const year = defineRule({
  name: "year",
  needs: String.raw`\d{4}|nineteen|eighteen|twenty|thousand`,
  pattern: `(?<t>${YEAR_PRE}(?:${YEAR}|(?<spoken>${SPOKEN_YEAR_SRC}))(?: or (?:later|earlier|so|beyond)| and beyond)?)(?<after> (?:people|persons|troops|soldiers|workers|employees|shares|feet|foot|meters|metres|miles|kilometers|tons|tonnes|pounds|acres|yards|points|votes|students|vehicles|cars|units|barrels|percent|jobs|members|copies|homes|houses|deaths|victims|refugees|prisoners|rooms|calories|megawatts|dollars|marks|yen|francs|rupees))?`,
  resolve: (g) => {
    if (g.after !== undefined) return null;
    const y = yearFrom(g);
    if (y === undefined) return null;
    const pre = lower(g.pre);
    if (/half of/.test(pre)) return date(halfValue(y, /first/.test(pre) ? 1 : 2));
    return withMod(date(yearValue(y)), modOf(pre));
  },
  accept: (m, text) => {
    const g = m.groups ?? {};
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (/[$£€#]\s*$|\d[,.]$|No\. ?$/.test(before)) return false;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (/^(?:%|[,.:]\d|-\d|\/\d|\s?percent)/.test(rest)) return false;
    if (g.spoken !== undefined && g.pre === undefined && /^two thousand/i.test(g.spoken)) {
      return /^(in|since|of|until|by|from|to|and|early|late)$/.test(wordBefore(text, m.index));
    }
    return true;
  },
});

const DECADE_WORDS: Record<string, number> = {
  twenties: 192,
  thirties: 193,
  forties: 194,
  fifties: 195,
  sixties: 196,
  seventies: 197,
  eighties: 198,
  nineties: 199,
};

export const decade = defineRule({
  name: "decade",
  needs: String.raw`0'?s|ties`,
  pattern: String.raw`(?<t>(?<mod>(?:early|late|mid) |mid-)?(?:(?<dec>1[5-9]\d|20\d)0'?s|'(?<short>\d)0s))|(?<t2>the (?<mod2>(?:early|late|mid) |mid-)?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`,
  resolve: (g) => {
    const d =
      g.dec !== undefined
        ? Number(g.dec)
        : g.short !== undefined
          ? 190 + Number(g.short)
          : DECADE_WORDS[lower(g.word)];
    if (d === undefined) return null;
    return withMod(date(String(d)), modOf(g.mod ?? g.mod2));
  },
});

export const century = defineRule({
  name: "century",
  needs: "century",
  pattern: String.raw`(?:the )?(?<mod>(?:early|late|mid) |mid-)?(?<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first) century`,
  resolve: (g) => {
    const o = lower(g.ord);
    const words = [
      "first",
      "second",
      "third",
      "fourth",
      "fifth",
      "sixth",
      "seventh",
      "eighth",
      "ninth",
      "tenth",
      "eleventh",
      "twelfth",
      "thirteenth",
      "fourteenth",
      "fifteenth",
      "sixteenth",
      "seventeenth",
      "eighteenth",
      "nineteenth",
      "twentieth",
      "twenty-first",
    ];
    const n = /^\d/.test(o) ? parseInt(o, 10) : words.indexOf(o) + 1;
    if (n < 1) return null;
    return withMod(date(String(n - 1).padStart(2, "0")), modOf(g.mod));
  },
});

export const thisCentury = defineRule({
  name: "thisCentury",
  needs: "century",
  pattern: "(?<rel>this|last|next|the last|the next|the past|the previous) century",
  resolve: (g, ctx) => {
    const rel = lower(g.rel);
    const c =
      Math.floor(yearOf(ctx.dateline) / 100) +
      (/last|past|previous/.test(rel) ? -1 : /next/.test(rel) ? 1 : 0);
    ctx.flag("relativeToDateline");
    return date(String(c).padStart(2, "0"));
  },
});
