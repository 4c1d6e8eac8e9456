/**
 * Durations: "three days", "5 1/2 hours", "nearly five years", "the past two months", "a
 * 16-hour flight", "recent weeks", "the coming years", "for years", "a month-long strike". One
 * counted back or forward from the dateline ("the past two months") also gets the interval it
 * covers. "$33 million a year" is a rate: a SET.
 */
import { DETERMINERS } from "../../model/lexicon.ts";
import type { Day } from "../calendar.ts";
import type { Unit } from "../wordPatterns.ts";
import {
  durationValue,
  NUMBER_SRC,
  numberValue,
  UNIT_SINGULAR_SRC,
  UNIT_SRC,
  unitOf,
} from "../wordPatterns.ts";
import type { Resolution, ResolveContext } from "../resolve.ts";
import { date, plusUnits } from "../resolve.ts";
import { dayValue } from "../values.ts";
import { lower, modOf, PRE_DET_MOD, PRE_MOD, VAGUE_N, wordBefore } from "./common.ts";
import type { Groups } from "./rule.ts";
import { defineRule } from "./rule.ts";

/** The unit words every duration holds: what a duration rule needs. */
const UNIT_WORDS =
  "\\b(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni)";

const DUR_REL =
  "(?<rel>past|last|next|first|final|coming|previous|following|latest|initial|remaining|ensuing|preceding|prior|subsequent|entire|full|whole|additional|further|same|year-earlier|year-ago|latest|recent)";
const HALF = "(?<half>half an?|a half|one half)";

/** A duration's value, SET when it is a rate ("$33 million a year", "twice a week"). */
function resolveDuration(g: Groups, ctx: ResolveContext): Resolution | null {
  const unit = unitOf(g.unit ?? "");
  const nText = lower(g.n);
  let n: number | "X";
  if (g.half !== undefined) n = 0.5;
  else if (nText === "" || /^an?$/.test(nText)) n = 1;
  else if (/^(a couple of|couple of)$/.test(nText)) n = 2;
  else if (new RegExp(`^${VAGUE_N}$`).test(nText)) n = "X";
  else {
    const first = nText.split(/ (?:or|to) |-(?=\d)/)[0] ?? nText;
    const v = numberValue(first);
    n = Number.isFinite(v) ? v : "X";
    if (/ (?:or|to) /.test(nText) && Number.isFinite(v) && first !== nText) n = v;
  }
  if (g.andHalf !== undefined && n !== "X") n += 0.5;
  if (n === "X") ctx.flag("vague");
  const value = durationValue(n, unit);
  const mod = modOf(g.mod);
  // "the past two months" is counted back from the dateline: an interval Dateline can show.
  const rel = lower(g.rel);
  let edtf: string | undefined;
  if (g.det !== undefined && /^(past|last|next|coming)$/.test(rel)) {
    ctx.flag("relativeToDateline");
    edtf = countedInterval(ctx.dateline, unit, n, rel === "next" || rel === "coming" ? 1 : -1);
  }
  const r: Resolution = { type: "DURATION", value, ...(mod ? { mod } : {}) };
  return edtf ? { ...r, edtf } : r;
}

/** The days from the dateline `n` units back (-1) or forward (+1); open when `n` is unknown. */
function countedInterval(dl: Day, unit: Unit, n: number | "X", sign: 1 | -1): string | undefined {
  const here = dayValue(dl);
  if (n === "X") return sign < 0 ? `../${here}` : `${here}/..`;
  if (!Number.isInteger(n)) return undefined;
  // A unit finer than a day ("the past two hours") covers the dateline alone.
  const other = plusUnits(dl, unit, sign * n);
  if (!other) return here;
  return sign < 0 ? `${dayValue(other)}/${here}` : `${here}/${dayValue(other)}`;
}

export const duration = defineRule({
  name: "duration",
  needs: UNIT_WORDS,
  pattern: `(?:${PRE_DET_MOD})?(?:(?<det>the|its|their|his|her|our|a|an|this|that) )?(?:${DUR_REL} )?(?:${PRE_MOD})?(?:(?<n>${NUMBER_SRC}(?: (?:or|to) ${NUMBER_SRC})?|${VAGUE_N})|${HALF}) (?:(?:more|additional|full|straight|consecutive|long|odd|trading|business|working|calendar|school) )?(?<unit>${UNIT_SRC})(?<andHalf> and a half)?(?: or so)?`,
  resolve: (g, ctx) => {
    const r = resolveDuration({ ...g, mod: g.mod ?? g.mod0 }, ctx);
    return r;
  },
  accept: (m) => {
    const g = m.groups ?? {};
    // "the first two quarters" is a half (its own rule).
    if (
      /^first$/i.test(g.rel ?? "") &&
      /^(two|2)$/i.test(g.n ?? "") &&
      /^quarters$/i.test(g.unit ?? "")
    ) {
      return false;
    }
    // "a five year low": a number with a singular unit is an adjective, and its determiner
    // belongs to the noun (durationAdjective marks "five year").
    const n = (g.n ?? "").toLowerCase();
    if (g.det !== undefined && n !== "" && !/^(one|1|a|an)$/.test(n) && !/s$/i.test(g.unit ?? "")) {
      return false;
    }
    return true;
  },
});

export const durationSingular = defineRule({
  name: "durationSingular",
  needs: UNIT_WORDS,
  pattern: `(?:${PRE_MOD})?(?<n>an?|one) (?:(?:full|whole|entire|long|additional|extra|further|more) )?(?<unit>${UNIT_SINGULAR_SRC})(?<andHalf> and a half)?(?!-)`,
  resolve: (g, ctx) => {
    // "$33 million a year", "twice a week", "hundreds of interviews a day": a rate, i.e. a SET.
    const before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start);
    if (
      /^an?$/i.test(g.n ?? "") &&
      g.mod === undefined &&
      /(?:\d|million|billion|trillion|thousand|hundred|dozen|cents?|dollars?|percent|%|times|once|twice|thrice|each|people|miles|barrels|tons|rallies|interviews|visitors|calls|copies|units|cases|shares|sales|meals|pounds|hours|days|points|words|games|flights|trips)\s*$/i.test(
        before,
      )
    ) {
      const unit = unitOf(g.unit ?? "");
      return { type: "SET", value: durationValue(1, unit) };
    }
    return resolveDuration(g, ctx);
  },
  accept: (m, text) => {
    // "a quarter of the shares", "a second round": a fraction and an ordinal, not durations.
    if (!/^(quarter|second)$/i.test(m.groups?.unit ?? "")) return true;
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    return /^(?:\s*[,.;:)]|\s*$| (?:ago|earlier|later|before|after|and|or)\b)/.test(next);
  },
});

export const durationAdjective = defineRule({
  name: "durationAdjective",
  needs: UNIT_WORDS,
  pattern: String.raw`(?:(?<det>a|an|the) (?=\S+ (?:period|span|stretch|term)))?(?<n>${NUMBER_SRC}|several|multi|half)(?:-| )(?<unit>${UNIT_SINGULAR_SRC})(?:-long|-old| (?:period|span|stretch|term))?(?!(?:-| )old)`,
  resolve: (g, ctx) =>
    resolveDuration({ ...g, det: undefined, n: lower(g.n) === "multi" ? "several" : g.n }, ctx),
  accept: (m, text) => {
    // Hyphenated ("two-day", "16-hour"), or "two day" only before a noun ("a two day rally").
    if (/-/.test(m[0])) return true;
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    return (
      /^ (?:period|span|stretch|term)/.test(m[0]) ||
      (/^ [a-z]+/.test(next) &&
        !/^ (?:ago|earlier|later|before|after|of|and|or|in|to|for|on|at|as|that|the|a|was|is|are|were|from|into|when|since)\b/.test(
          next,
        ))
    );
  },
});

export const durationOne = defineRule({
  name: "durationOne",
  needs: UNIT_WORDS,
  pattern: String.raw`the (?<rel>past|last|next|coming|previous|following|first|final) (?<unit>year|month|week|decade|century|quarter|fortnight)(?! or)(?!-)`,
  resolve: (g, ctx) => resolveDuration({ ...g, det: "the", n: "1" }, ctx),
});

export const durationPlural = defineRule({
  name: "durationPlural",
  needs: UNIT_WORDS,
  pattern: String.raw`(?<t>(?<det>the )?(?<rel>coming|recent|past|next|last|previous|ensuing|following|early|first|final|intervening) (?<unit>years|months|weeks|days|decades|hours|quarters|centuries))`,
  resolve: (g, ctx) => {
    const rel = lower(g.rel);
    ctx.flag("vague");
    if (
      (rel === "recent" || (rel === "past" && g.det === undefined)) &&
      /^(years|decades)$/i.test(g.unit ?? "")
    ) {
      // "in recent years", "in past years": some time before now, as TimeML's PAST_REF (and
      // HeidelTime) reads it, not a stretch of known length.
      ctx.flag("relativeToDateline");
      return date("PAST_REF");
    }
    const unit = unitOf(g.unit ?? "");
    const value = durationValue("X", unit);
    if (/^(coming|next)$/.test(rel)) {
      ctx.flag("relativeToDateline");
      return { type: "DURATION", value, edtf: countedInterval(ctx.dateline, unit, "X", 1) ?? "" };
    }
    if (/^(recent|past|last)$/.test(rel)) {
      ctx.flag("relativeToDateline");
      return { type: "DURATION", value, edtf: countedInterval(ctx.dateline, unit, "X", -1) ?? "" };
    }
    return { type: "DURATION", value };
  },
});

export const durationAhead = defineRule({
  name: "durationAhead",
  needs: UNIT_WORDS,
  pattern: String.raw`the (?<unit>years|months|weeks|days|decades) (?:ahead|to come)`,
  resolve: (g, ctx) => {
    ctx.flag("vague");
    ctx.flag("relativeToDateline");
    const unit = unitOf(g.unit ?? "");
    return {
      type: "DURATION",
      value: durationValue("X", unit),
      edtf: countedInterval(ctx.dateline, unit, "X", 1) ?? "",
    };
  },
});

/** Plural units a bare duration may be counted in ("for years", "the weeks before"). */
const PLURAL_UNITS = "years|months|weeks|decades|centuries|hours|minutes|days";

/** Prepositions after which a bare plural unit is a stretch of time, whatever follows: "for years". */
const SPANNING = /^(?:for|within|over|during|throughout)$/;

/**
 * What may follow a bare plural unit after another word ("the weeks before", "years of war",
 * "in years."): the end of its paragraph too (a blank line, or the end of the text).
 */
const BARE_FOLLOWER =
  /^(?:(?:[ \t\u00a0\r]+|[ \t\u00a0\r]*\n[ \t\u00a0\r]*)(?:of|to come|ahead|that followed|since|before|after|and|but)\b|[,.;:)]|$|\n[ \t\u00a0\r]*\n)/;

export const durationBare = defineRule({
  name: "durationBare",
  needs: UNIT_WORDS,
  pattern: `(?<t>(?<det>the )?(?<unit>${PLURAL_UNITS})(?: (?:or|and) (?:${PLURAL_UNITS}))?)(?!-)`,
  resolve: (g, ctx) => {
    ctx.flag("vague");
    return { type: "DURATION", value: durationValue("X", unitOf(g.unit ?? "")) };
  },
  accept: (m, text) => {
    const w = wordBefore(text, m.index);
    if (m.groups?.det !== undefined) return SPANNING.test(w) && w !== "for" && w !== "within";
    if (SPANNING.test(w)) return true;
    const end = m.index + m[0].length;
    const next = text.slice(end, end + 16);
    if (/^(?:in|after|the)$/.test(w)) return BARE_FOLLOWER.test(next);
    // "follows months of talks", "days after the shooting": a stretch of time before "of" or
    // a signal, unless a determiner makes it a noun of its own ("those days of").
    return !DETERMINERS.has(w) && /^\s+(?:of|after|before)\b/.test(next);
  },
});

/**
 * A vague stretch of time after "for": "for a while", "for some time", "for a fairly lengthy
 * period" (TIMEX3 writes its unknown length as PXX).
 */
export const durationVague = defineRule({
  name: "durationVague",
  needs: "while|time|period",
  pattern: String.raw`(?<=\bfor )(?:a while|some time|a (?:(?:fairly|very|relatively|rather) )?(?:long|lengthy|short|brief) (?:period|while))`,
  resolve: (_g, ctx) => {
    ctx.flag("vague");
    return { type: "DURATION", value: "PXX" };
  },
});

// "a month-long strike", "a decade-long war": one unit, as an adjective; "a decades-long
// battle", "a years-old slump": an unknown number of them (with a number, "a 6-year-old" is an
// age, see ages.ts).
export const durationLong = defineRule({
  name: "durationLong",
  needs: "-long|s-old",
  pattern: String.raw`(?<unit>day|week|month|year|decade|century)-long|(?<units>days|weeks|months|years|decades|centuries)-(?:long|old)`,
  resolve: (g, ctx) =>
    g.units !== undefined
      ? resolveDuration({ n: "several", unit: g.units }, ctx)
      : resolveDuration({ n: "1", unit: g.unit ?? "year" }, ctx),
});
