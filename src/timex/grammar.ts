/**
 * The grammar of temporal expressions in English news, as TimeML's TIMEX3 guidelines mark them:
 * one rule per family of expressions (explicit dates, weekdays, "last week", quarters, seasons,
 * "two years ago", durations, sets, "now"/"recently"/"the future", clock times, holidays), each a
 * regular expression and a function from what it matched to a TIMEX3 value.
 *
 * Span conventions follow the TimeML-annotated news the tagger is measured on: a determiner and
 * the words that quantify the expression are inside ("the past two months", "nearly five years",
 * "more than an hour", "early December"); a preposition is outside ("in [February]",
 * "on [Friday]"), and so is "about" ("about [five hours]"). Where a rule needs context words
 * that are not part of the expression ("April [next year]" is marked as "April"), the
 * expression is the group named `t` and the rest only steers the resolution.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from "../model/dates.ts";
import type { Day } from "./calendar.ts";
import {
  dayOf,
  daysFrom,
  monthIndex,
  fromMonthIndex,
  monthOf,
  plusDays,
  stepToWeekday,
  lastOfMonth,
  plusMonths,
  plusYears,
  weekdayOf,
  yearOf,
} from "./calendar.ts";
import {
  MONTH_SRC,
  monthNumber,
  NUMBER_SRC,
  numberValue,
  ORDINALS,
  PART_OF_DAY_SRC,
  SEASON_SRC,
  SEASONS,
  SPOKEN_YEAR_SRC,
  spokenYearValue,
  UNIT_SINGULAR_SRC,
  UNIT_SRC,
  unitOf,
  durationValue,
  WEEKDAY_SRC,
  weekdayNumber,
} from "./lexicon.ts";
import type { Unit } from "./lexicon.ts";
import type { Resolution, ResolveContext } from "./resolve.ts";
import {
  date,
  dayOfPoint,
  INVALID,
  nearestDayOfMonth,
  nearestMonthYear,
  nearestWeekday,
  quarterOf,
  relativeSeason,
  shiftedValue,
  valueAt,
} from "./resolve.ts";
import type { Direction, TimexMod } from "./types.ts";
import type { CalendarPoint, Season } from "./values.ts";
import {
  dayValue,
  halfValue,
  monthValue,
  quarterValue,
  seasonValue,
  weekendValue,
  weekValue,
  yearValue,
} from "./values.ts";

/** Named groups of a match. */
export type Groups = Partial<Record<string, string>>;

/** One family of expressions. A rule without `resolve` only blocks ("a 6-year-old": an age). */
export type Rule = {
  name: string;
  pattern: RegExp;
  /** A check the regular expression cannot make (capitals, the word before). */
  accept?: (m: RegExpExecArray, text: string, strictCase: boolean) => boolean;
  resolve?: (g: Groups, ctx: ResolveContext) => Resolution | null;
  /**
   * Words without which the rule cannot match: a cheap test that spares running its pattern over
   * a text (an annotation's phrase) that holds none of them.
   */
  needs?: RegExp;
};

// ---------------------------------------------------------------------------------------------
// Pattern building: a space in a rule's source stands for a run of blanks.

// Any run of blanks; a match across a blank line (a paragraph break) is dropped by the tagger.
const WS = String.raw`(?:\s+)`;

function compile(src: string): RegExp {
  return new RegExp(String.raw`(?<![A-Za-z0-9])(?:${src.replace(/ /g, WS)})(?![A-Za-z0-9])`, "gid");
}

const MONTH = `(?<month>${MONTH_SRC})`;
const WEEKDAY = `(?<wd>${WEEKDAY_SRC})`;
const DAYNUM = String.raw`(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)`;
const YEAR = String.raw`(?<year>(?:1[5-9]|20)\d\d)(?![\d,.]\d)`;
const VAGUE_N = "(?:several|a few|few|a couple of|couple of|many|some|a number of)";
const POD = `(?<pod>${PART_OF_DAY_SRC})`;

const rules: Rule[] = [];
function rule(name: string, src: string, resolve: Rule["resolve"], accept?: Rule["accept"]): void {
  rules.push({
    name,
    pattern: compile(src),
    ...(resolve ? { resolve } : {}),
    ...(accept ? { accept } : {}),
  });
}

// ---------------------------------------------------------------------------------------------
// Small readers shared by the rules.

const lower = (s: string | undefined): string => (s ?? "").toLowerCase().replace(/\s+/g, " ");

/** True when a month or weekday name is written as a name (capitalised), or case is not checked. */
function named(word: string | undefined, strictCase: boolean): boolean {
  return !strictCase || word === undefined || /^[A-Z]/.test(word);
}

function namesCapitalised(m: RegExpExecArray, _text: string, strictCase: boolean): boolean {
  return named(m.groups?.month, strictCase) && named(m.groups?.wd, strictCase);
}

/** The word just before `index`, lower-cased. */
function wordBefore(text: string, index: number): string {
  const m = /([A-Za-z']+)[^A-Za-z']*$/.exec(text.slice(Math.max(0, index - 30), index));
  return (m?.[1] ?? "").toLowerCase();
}

const PREPOSITIONS = new Set([
  "in",
  "since",
  "by",
  "until",
  "till",
  "through",
  "from",
  "to",
  "between",
  "and",
  "or",
  "of",
  "during",
  "before",
  "after",
  "for",
  "early",
  "late",
  "mid",
  "last",
  "next",
  "this",
  "past",
  "into",
  "throughout",
  "on",
]);

/** A month-name modifier as a TIMEX3 mod. */
function modOf(word: string | undefined): TimexMod | undefined {
  const w = lower(word);
  if (/^(early|the beginning of|the start of|the first half of)/.test(w)) return "START";
  if (/^(late|the end of|the second half of|the last half of)/.test(w)) return "END";
  if (/^(mid|the middle of)/.test(w)) return "MID";
  if (/^(nearly|almost|less than|under|just under|up to)/.test(w)) return "LESS_THAN";
  if (/^(more than|over|well over|just over)/.test(w)) return "MORE_THAN";
  if (/^(at least|no less than)/.test(w)) return "EQUAL_OR_MORE";
  if (/^(no more than|not more than|at most)/.test(w)) return "EQUAL_OR_LESS";
  if (/^(about|around|approximately|roughly|some)/.test(w)) return "APPROX";
  return undefined;
}

const withMod = (r: Resolution, mod: TimexMod | undefined): Resolution => (mod ? { ...r, mod } : r);

function yearFrom(g: Groups): number | undefined {
  if (g.year !== undefined) return Number(g.year);
  if (g.spoken !== undefined) {
    const y = spokenYearValue(g.spoken);
    return Number.isFinite(y) ? y : undefined;
  }
  return undefined;
}

/** Resolves a day named by a word ("Friday", "yesterday", "Nov. 6") for a clock time's date. */
function dayOfWord(word: string, ctx: ResolveContext): Day | undefined {
  const w = lower(word);
  if (w === "today" || w === "tonight") return ctx.dateline;
  if (w === "yesterday") return plusDays(ctx.dateline, -1);
  if (w === "tomorrow") return plusDays(ctx.dateline, 1);
  const wd = WEEKDAY_NAMES_RE.exec(w);
  if (wd) {
    ctx.flag("relativeToDateline");
    return nearestWeekday(
      ctx.dateline,
      weekdayNumber(w),
      ctx.direction({ kind: "weekday", name: word }),
    );
  }
  const md = new RegExp(`^(${MONTH_SRC}) (\\d{1,2})(?:,? (\\d{4}))?$`, "i").exec(w);
  if (md) {
    const month = monthNumber(md[1] ?? "");
    const day = Number(md[2]);
    if (md[3] !== undefined) return dayOf(Number(md[3]), month, day);
    ctx.flag("relativeToDateline");
    return nearestDayOfMonth(
      ctx.dateline,
      month,
      day,
      ctx.direction({ kind: "dayMonth", name: word }),
    );
  }
  return undefined;
}
const WEEKDAY_NAMES_RE = new RegExp(`^${WEEKDAY_SRC}$`);

/** The day a part of the day or a clock time belongs to when no day is named. */
function contextDay(ctx: ResolveContext): Day {
  const p = ctx.previous((q) => q.granularity === "day");
  const d = p ? dayOfPoint(p) : undefined;
  if (d) {
    ctx.flag("relativeToPrevious");
    return d;
  }
  ctx.flag("relativeToDateline");
  return ctx.dateline;
}

const PODS: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI" };

// ---------------------------------------------------------------------------------------------
// Ages are not temporal expressions in TimeML-annotated news: "a 6-year-old", "52 years old".

rule(
  "age",
  String.raw`(?:${NUMBER_SRC})(?:-| )(?:years?|months?|weeks?|days?)(?:-| )old`,
  undefined,
);
rule("ageAged", String.raw`aged (?:${NUMBER_SRC})`, undefined);

// ---------------------------------------------------------------------------------------------
// Explicit dates.

rule(
  "isoDay",
  String.raw`(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:T(?<h>[01]\d|2[0-4]):(?<mi>[0-5]\d))?`,
  (g) => {
    const d = dayOf(Number(g.y), Number(g.mo), Number(g.d));
    if (!d) return INVALID;
    if (g.h !== undefined) return { type: "TIME", value: `${dayValue(d)}T${g.h}:${g.mi ?? "00"}` };
    return date(dayValue(d));
  },
);

rule(
  "isoMonth",
  String.raw`(?<y>\d{4})-(?<mo>\d{2})(?![-/]?\d)`,
  (g) => {
    const m = Number(g.mo);
    if (m < 1 || m > 12) return INVALID;
    return date(monthValue(Number(g.y), m));
  },
  (m, text) => !/[\d-]$/.test(text.slice(0, m.index)),
);

rule(
  "numericDate",
  String.raw`(?<mo>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\d|0?[1-9])/(?<y>\d{4}|\d{2})`,
  (g) => {
    let y = Number(g.y);
    if ((g.y ?? "").length === 2) y += y < 50 ? 2000 : 1900;
    const d = dayOf(y, Number(g.mo), Number(g.d));
    return d ? date(dayValue(d)) : INVALID;
  },
);

/** A day and month with or without a year, a weekday in front: "Monday, Oct. 26", "18 June 2023". */
function resolveDayMonth(g: Groups, ctx: ResolveContext): Resolution {
  const month = monthNumber(g.month ?? "");
  const day = Number(g.day);
  const year = yearFrom(g);
  const mod = modOf(g.mod);
  if (year !== undefined) {
    const d = dayOf(year, month, day);
    return d ? withMod(date(dayValue(d)), mod) : INVALID;
  }
  if (!dayOf(2000, month, day)) return INVALID; // no such day in any year (31 April)
  ctx.flag("relativeToDateline");
  if (g.wd !== undefined) {
    // A weekday settles the year: take the nearest such day that falls on it.
    const wd = weekdayNumber(g.wd);
    const fits = [
      nearestDayOfMonth(ctx.dateline, month, day, "past"),
      nearestDayOfMonth(ctx.dateline, month, day, "future"),
    ].filter((d): d is Day => d !== undefined && weekdayOf(d) === wd);
    if (fits.length === 1 && fits[0]) return withMod(date(dayValue(fits[0])), mod);
  }
  const name = `${g.day ?? ""} ${g.month ?? ""}`;
  const past = nearestDayOfMonth(ctx.dateline, month, day, "past");
  const future = nearestDayOfMonth(ctx.dateline, month, day, "future");
  const distances =
    past && future
      ? { past: daysFrom(past, ctx.dateline), future: daysFrom(ctx.dateline, future) }
      : undefined;
  const d = ctx.direction({ kind: "dayMonth", name }, distances) === "past" ? past : future;
  return d ? withMod(date(dayValue(d)), mod) : INVALID;
}

const MOD_WORD = "(?<mod>(?:early|late|mid) |(?:early|late|mid)-)?";
rule(
  "monthDay",
  `(?:(?:last|this|next) )?(?<t>(?:around )?(?:${WEEKDAY},? )?${MOD_WORD}${MONTH} ${DAYNUM}(?:(?:,|,? of)? (?:${YEAR}|(?<spoken>${SPOKEN_YEAR_SRC})))?)`,
  resolveDayMonth,
  namesCapitalised,
);
rule(
  "dayMonth",
  `(?:${WEEKDAY},? )?(?:the )?${DAYNUM}(?: of)? ${MONTH}(?:,? (?:${YEAR}|(?<spoken>${SPOKEN_YEAR_SRC})))?`,
  resolveDayMonth,
  namesCapitalised,
);

const MONTH_MOD =
  "(?<mod>(?:early|late|mid) |(?:early|late|mid)-|the (?:beginning|start|middle|end|first half|second half) of )?";
rule(
  "monthYear",
  `${MONTH_MOD}${MONTH},?(?: of)? (?:${YEAR}|(?<spoken>${SPOKEN_YEAR_SRC}))`,
  (g) => {
    const y = yearFrom(g);
    if (y === undefined) return null;
    return withMod(date(monthValue(y, monthNumber(g.month ?? ""))), modOf(g.mod));
  },
  namesCapitalised,
);

rule(
  "month",
  `(?<t>${MONTH_MOD}(?:(?<rel>last|this|next|this past|this coming|past|coming) )?${MONTH})(?: (?<which>this|last|next) year)?`,
  (g, ctx) => {
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
  (m, text, strictCase) => {
    const g = m.groups ?? {};
    if (!named(g.month, strictCase)) return false;
    if (!strictCase) return true;
    const word = g.month ?? "";
    // "May", "March" and bare abbreviations are also ordinary words and names: only take them
    // after a preposition or a modifier ("in May", "last March", "since Jan.").
    if (/^(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(word)) return false;
    const plain =
      /^(May|March|Mar\.|Jan\.|Jun\.|Jul\.|Aug\.|Sep\.|Sept\.|Oct\.|Nov\.|Dec\.|Feb\.|Apr\.)$/.test(
        word,
      );
    if (!plain || g.mod !== undefined || g.rel !== undefined) return true;
    return PREPOSITIONS.has(wordBefore(text, m.index));
  },
);

// Years, decades, centuries.

const YEAR_PRE =
  "(?<pre>fiscal(?: year)? |calendar(?: year)? |the year |(?:early|late|mid) |mid-|post-|pre-|the (?:beginning|start|middle|end|first half|second half|last half|latter half|rest|remainder) of |a good part of |much of |most of |all of )?";
rule(
  "year",
  `(?<t>${YEAR_PRE}(?:${YEAR}|(?<spoken>${SPOKEN_YEAR_SRC}))(?: or (?:later|earlier|so|beyond)| and beyond)?)(?<after> (?:people|persons|troops|soldiers|workers|employees|shares|feet|foot|meters|metres|miles|kilometers|tons|tonnes|pounds|acres|yards|points|votes|students|vehicles|cars|units|barrels|percent|jobs|members|copies|homes|houses|deaths|victims|refugees|prisoners|rooms|calories|megawatts|dollars|marks|yen|francs|rupees))?`,
  (g) => {
    if (g.after !== undefined) return null;
    const y = yearFrom(g);
    if (y === undefined) return null;
    const pre = lower(g.pre);
    if (/half of/.test(pre)) return date(halfValue(y, /first/.test(pre) ? 1 : 2));
    return withMod(date(yearValue(y)), modOf(pre));
  },
  (m, text) => {
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
);

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
rule(
  "decade",
  String.raw`(?<t>(?<mod>(?:early|late|mid) |mid-)?(?:(?<dec>1[5-9]\d|20\d)0'?s|'(?<short>\d)0s))|(?<t2>the (?<mod2>(?:early|late|mid) |mid-)?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`,
  (g) => {
    const d =
      g.dec !== undefined
        ? Number(g.dec)
        : g.short !== undefined
          ? 190 + Number(g.short)
          : DECADE_WORDS[lower(g.word)];
    if (d === undefined) return null;
    return withMod(date(String(d)), modOf(g.mod ?? g.mod2));
  },
);

rule(
  "century",
  String.raw`(?:the )?(?<mod>(?:early|late|mid) |mid-)?(?<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first) century`,
  (g) => {
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
);

rule(
  "thisCentury",
  "(?<rel>this|last|next|the last|the next|the past|the previous) century",
  (g, ctx) => {
    const rel = lower(g.rel);
    const c =
      Math.floor(yearOf(ctx.dateline) / 100) +
      (/last|past|previous/.test(rel) ? -1 : /next/.test(rel) ? 1 : 0);
    ctx.flag("relativeToDateline");
    return date(String(c).padStart(2, "0"));
  },
);

// ---------------------------------------------------------------------------------------------
// Quarters, halves and reporting periods (financial news).

const QUARTER_ORD = "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)";

/** The year of quarter `q` said on `ctx.dateline` with no year: the dateline's, unless that quarter is still to come and the sentence speaks of the past. */
function quarterYear(q: number, ctx: ResolveContext): number {
  const y = yearOf(ctx.dateline);
  ctx.flag("yearGuessed");
  if (q > quarterOf(ctx.dateline) && ctx.direction({ kind: "other", name: `Q${q}` }) === "past") {
    return y - 1;
  }
  return y;
}

/**
 * The quarter a report of results is about: the first quarter it names that could be reported on
 * the dateline (begun by then, ended at most a year before), else the quarter named last. "The
 * quarter", "the year-ago period" and "a year ago" compare with it, not with a quarter named in
 * passing ("after a flat second quarter") or a year-old one ("stopped paying in the third
 * quarter of 1984").
 */
function reportedQuarter(ctx: ResolveContext): CalendarPoint | undefined {
  const now = monthIndex(yearOf(ctx.dateline), monthOf(ctx.dateline));
  const topic = ctx.topic((p) => {
    if (p.granularity !== "quarter" || p.quarter === undefined) return false;
    const first = monthIndex(p.year, 3 * p.quarter - 2);
    return first <= now && first + 2 >= now - 12;
  });
  return topic ?? ctx.previous((x) => x.granularity === "quarter");
}

/** The quarter a report is about (or, after "that", the one named last), or the last whole quarter before the dateline. */
function previousQuarter(
  ctx: ResolveContext,
  demonstrative = false,
): { year: number; quarter: number } {
  const p = demonstrative ? ctx.previous((x) => x.granularity === "quarter") : reportedQuarter(ctx);
  if (p?.quarter !== undefined) {
    ctx.flag("relativeToPrevious");
    return { year: p.year, quarter: p.quarter };
  }
  ctx.flag("relativeToDateline");
  const i = monthIndex(yearOf(ctx.dateline), monthOf(ctx.dateline)) - 3;
  const { year, month } = fromMonthIndex(i);
  return { year, quarter: Math.ceil(month / 3) };
}

const ENDED = new RegExp(
  `^,? (?:ended|ending) (${MONTH_SRC}) (\\d{1,2})(?:,? ((?:19|20)\\d\\d))?`,
  "i",
);

/** The last day of a reporting period, when "ended Sept. 30" follows it. */
function periodEnd(ctx: ResolveContext): Day | undefined {
  const m = ENDED.exec(ctx.text.slice(ctx.end, ctx.end + 40));
  if (!m) return undefined;
  const month = monthNumber(m[1] ?? "");
  const day = Number(m[2]);
  if (m[3] !== undefined) return dayOf(Number(m[3]), month, day);
  return nearestDayOfMonth(ctx.dateline, month, day, "past");
}

/** The year of a quarter named by its ordinal, from the words around it. */
function resolveQuarter(g: Groups, ctx: ResolveContext): Resolution | null {
  const o = lower(g.ord);
  const q = o === "final" || o === "last" ? 4 : (ORDINALS.get(o) ?? 0);
  if (q < 1 || q > 4) return null;
  const yw = lower(g.yearWord) + " " + lower(g.thisYear);
  const explicit = g.year ?? g.year2;
  const y0 = yearOf(ctx.dateline);
  let year: number;
  const end = explicit === undefined ? periodEnd(ctx) : undefined;
  if (explicit !== undefined) year = Number(explicit);
  else if (end) year = yearOf(end);
  else if (/last year/.test(yw)) year = y0 - 1;
  else if (/next year/.test(yw)) year = y0 + 1;
  else if (/this year|the year/.test(yw)) year = y0;
  else if (/ago|earlier|same|comparable|corresponding/.test(yw) || g.ago !== undefined) {
    year = quarterYear(q, ctx) - 1;
  } else year = quarterYear(q, ctx);
  ctx.flag("relativeToDateline");
  return date(quarterValue(year, q));
}

const QUARTER_YEAR_WORD = `(?:(?<yearWord>this year's|last year's|next year's|(?:the )?(?:comparable |corresponding |same )?year-(?:ago|earlier)|the same|the comparable|the corresponding) )?(?:${YEAR}(?:'s)? )?`;
const QUARTER_TAIL = String.raw`(?:(?:,| of| in)(?: fiscal| the)? (?:(?<year2>(?:19|20)\d\d)|(?<thisYear>this year|last year|next year|the year)))?(?<ago> (?:a year (?:ago|earlier)|last year|of last year))?`;

// "third-quarter loss": an adjective; its determiner belongs to the noun after it.
rule(
  "quarterAdjective",
  `(?:(?:the|its|a|an|this|that|their) )?(?<t>${QUARTER_YEAR_WORD}(?:fiscal(?:-| ))?${QUARTER_ORD}-quarter)`,
  resolveQuarter,
);
// "the third quarter (of 1990)": a noun phrase, "the" included.
rule(
  "quarter",
  `(?:(?:its|their|a|an|that) )?(?<t>(?:the |this |last |next )?${QUARTER_YEAR_WORD}(?:(?:fiscal|calendar) )?${QUARTER_ORD} (?:fiscal )?quarter${QUARTER_TAIL})`,
  resolveQuarter,
);

rule(
  "theQuarter",
  String.raw`(?<t>(?<pre>the|this|last|next|that|the latest|the current|the previous|the past|the prior|the preceding|the same|the comparable|the corresponding|the (?:comparable |corresponding |same )?year-(?:ago|earlier|before)|last year's|this year's|a year-earlier|a year-ago|the fiscal|the latest fiscal|the most recent|the recent|its latest|its|the just-ended|the just-completed|the (?:(?:19|20)\d\d)) (?<what>quarter|period)(?!-)(?<ago> a year (?:ago|earlier)| last year| of last year| a year before)?)`,
  (g, ctx) => {
    const pre = lower(g.pre);
    const what = lower(g.what);
    const explicitYear = /(\d{4})/.exec(pre)?.[1];
    const shiftBack =
      g.ago !== undefined ||
      /year-ago|year-earlier|year-before|last year's|comparable|corresponding/.test(pre);
    if (
      what === "period" &&
      !explicitYear &&
      !shiftBack &&
      !/latest|most recent|recent|just/.test(pre)
    ) {
      // "the period" names a quarter only in a report that has named one.
      if (!ctx.previous((p) => p.granularity === "quarter")) return null;
    }
    if (pre === "this" || pre === "the current") {
      if (!ctx.previous((p) => p.granularity === "quarter")) {
        ctx.flag("relativeToDateline");
        return date(quarterValue(yearOf(ctx.dateline), quarterOf(ctx.dateline)));
      }
    }
    if (pre === "next") {
      ctx.flag("relativeToDateline");
      return date(shiftedValue(ctx.dateline, "quarter", 1) ?? "");
    }
    if (pre === "last" && !shiftBack) {
      ctx.flag("relativeToDateline");
      return date(shiftedValue(ctx.dateline, "quarter", -1) ?? "");
    }
    const end = periodEnd(ctx);
    if (end && what === "quarter") {
      // "the quarter ended July 31": the quarter most of whose months lie before that day.
      const mid = plusDays(end, -45);
      return date(quarterValue(yearOf(mid), quarterOf(mid)));
    }
    if (/latest|most recent|just-/.test(pre) && !shiftBack) {
      // The latest quarter is the last one completed before the dateline, whatever came up since.
      ctx.flag("relativeToDateline");
      return date(shiftedValue(ctx.dateline, "quarter", -1) ?? "");
    }
    const q = previousQuarter(ctx, pre === "that");
    let year = explicitYear !== undefined ? Number(explicitYear) : q.year;
    if (shiftBack && explicitYear === undefined) year -= 1;
    return date(quarterValue(year, q.quarter));
  },
);

rule(
  "half",
  String.raw`(?:the )?(?<ord>first|second|last|latter|1st|2nd) half(?: of (?:fiscal )?(?:(?<year>(?:19|20)\d\d)|(?<which>this year|last year|next year|the year)))?|(?:the )?first two quarters(?: of (?<year2>(?:19|20)\d\d))?`,
  (g, ctx) => {
    const h = /first|1st|two quarters/.test(lower(g.ord ?? "first two quarters")) ? 1 : 2;
    let y = Number(g.year ?? g.year2 ?? NaN);
    if (!Number.isFinite(y)) {
      const w = lower(g.which);
      y = yearOf(ctx.dateline) + (w === "last year" ? -1 : w === "next year" ? 1 : 0);
      ctx.flag(g.which ? "relativeToDateline" : "yearGuessed");
    }
    return date(halfValue(y, h));
  },
);

// ---------------------------------------------------------------------------------------------
// Seasons.

/** The first and last month of each season, counted from January of its TimeML year (a winter ends in the next February). */
const SEASON_SPAN: Record<Season, [number, number]> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 14],
};

rule(
  "season",
  `(?<t>(?:(?<rel>this past|this coming|this|last|next|past|the) )?(?:(?<mod>early|late|mid) |mid-)?(?:the )?(?<s>${SEASON_SRC})(?:(?: of)? (?:${YEAR}|(?<spoken>${SPOKEN_YEAR_SRC})))?)`,
  (g, ctx) => {
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
  (m, text) => {
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
);

// ---------------------------------------------------------------------------------------------
// Weeks and weekends.

rule(
  "week",
  String.raw`(?:(?<mod>early|late|earlier|later) )?(?<rel>last|this|next|the past|the previous|the following|the coming|the current|the same|that) week(?!s| ended| ending|end|ly|-)`,
  (g, ctx) => {
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
    return withMod(date(weekValue(plusDays(ctx.dateline, 7 * step))), mod);
  },
);

rule(
  "weekOf",
  `the week of ${MONTH} ${DAYNUM}(?:,? ${YEAR})?`,
  (g, ctx) => {
    const r = resolveDayMonth(g, ctx);
    if (r.invalid) return r;
    const d = dayOf(
      Number(r.value.slice(0, 4)),
      Number(r.value.slice(5, 7)),
      Number(r.value.slice(8, 10)),
    );
    return d ? date(weekValue(d)) : null;
  },
  namesCapitalised,
);

rule(
  "weekend",
  String.raw`(?:(?<rel>this past|this coming|this|last|next|the past|the coming|the|that) )?weekend(?!s)`,
  (g, ctx) => {
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
);

// ---------------------------------------------------------------------------------------------
// Days named relative to the dateline, and parts of days.

rule(
  "today",
  String.raw`(?:(?<mod>early|late|earlier|later) )?(?<w>today|yesterday|tomorrow)(?: (?<pod>morning|afternoon|evening|night))?|the day (?<ba>before yesterday|after tomorrow)`,
  (g, ctx) => {
    ctx.flag("relativeToDateline");
    const w = lower(g.w);
    const offset =
      g.ba !== undefined
        ? lower(g.ba).startsWith("before")
          ? -2
          : 2
        : w === "yesterday"
          ? -1
          : w === "tomorrow"
            ? 1
            : 0;
    const d = plusDays(ctx.dateline, offset);
    if (g.pod !== undefined)
      return { type: "TIME", value: `${dayValue(d)}T${PODS[lower(g.pod)] ?? "DT"}` };
    return date(dayValue(d));
  },
);

rule(
  "tonight",
  String.raw`(?<w>tonight|last night|overnight|this (?<pod>morning|afternoon|evening)|(?:(?:later|earlier) )this (?<pod2>morning|afternoon|evening))`,
  (g, ctx) => {
    const w = lower(g.w);
    let d = ctx.dateline;
    let pod = "NI";
    if (w === "tonight") {
      ctx.flag("relativeToDateline");
      return date(dayValue(d));
    }
    if (w === "last night") {
      d = plusDays(d, -1);
      ctx.flag("relativeToDateline");
    } else if (w === "overnight") {
      d = plusDays(contextDay(ctx), -1);
    } else {
      ctx.flag("relativeToDateline");
      const p = lower(g.pod ?? g.pod2 ?? g.pod3);
      if (p) pod = PODS[p] ?? "DT";
    }
    return { type: "TIME", value: `${dayValue(d)}T${pod}` };
  },
  (m, text) =>
    lower(m.groups?.w) !== "overnight" ||
    /^ ?[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) ||
    true,
);

rule(
  "partOfDay",
  String.raw`(?:the )?(?<mod>early|late|mid|mid-)(?: |-)?${POD}(?: (?<dw>yesterday|today|tomorrow))?|the (?<pod2>${PART_OF_DAY_SRC})(?= (?:session|trading|hours)|[,.;])|(?<=\b(?:in|during|by|until|through) )the (?<pod3>morning|afternoon|evening)|midafternoon|midmorning`,
  (g, ctx) => {
    const p = lower(g.pod ?? g.pod2);
    const code = PODS[p] ?? (/afternoon/.test(p) ? "AF" : "MO");
    const d = g.dw !== undefined ? (dayOfWord(g.dw, ctx) ?? contextDay(ctx)) : contextDay(ctx);
    return { type: "TIME", value: `${dayValue(d)}T${code}` };
  },
  // "midnight" is a clock time (T24:00), not the middle of a night.
  (m) => !/^(?:the )?midnight$/i.test(m[0]),
);

// ---------------------------------------------------------------------------------------------
// Weekdays.

rule(
  "weekday",
  `(?:(?<rel>early|late|earlier|later|last|this|next|this past|this coming|the previous|the following|the next|the preceding|the same) )?${WEEKDAY}(?: ${POD})?`,
  (g, ctx) => {
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
  namesCapitalised,
);

rule(
  "weekdays",
  `(?<pre>every|each|on) ${WEEKDAY}s?|(?<wd2>${WEEKDAY_SRC})s(?= and| or|,| through)`,
  (g) => {
    const name = g.wd ?? g.wd2 ?? "";
    const wd = weekdayNumber(name);
    if (g.pre !== undefined && lower(g.pre) === "on" && !/s$/i.test(name)) return null;
    return { type: "SET", value: `XXXX-WXX-${wd === 0 ? 7 : wd}` };
  },
  (m, _text, strictCase) => {
    const g = m.groups ?? {};
    if (lower(g.pre) === "on" && !/s$/.test(m[0])) return false;
    return named(g.wd ?? g.wd2, strictCase);
  },
);

// ---------------------------------------------------------------------------------------------
// Holidays.

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

function holiday(name: string, year: number): Day | undefined {
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

rule(
  "holiday",
  `(?:(?<rel>last|this|next|this past) )?${HOLIDAYS}(?: (?<week>week))?(?:,? ${YEAR})?`,
  (g, ctx) => {
    const name = g.h ?? "";
    const finish = (d: Day | undefined): Resolution | null => {
      if (!d) return null;
      return date(g.week !== undefined ? weekValue(d) : dayValue(d));
    };
    if (g.year !== undefined) return finish(holiday(name, Number(g.year)));
    ctx.flag("relativeToDateline");
    const rel = lower(g.rel);
    const y = yearOf(ctx.dateline);
    const candidates = [y - 1, y, y + 1]
      .map((year) => holiday(name, year))
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
);

// ---------------------------------------------------------------------------------------------
// "Two years ago", "a year earlier", and dates counted from the one mentioned before.

const N_OR_VAGUE = `(?:${NUMBER_SRC}|an?|${VAGUE_N})`;
const PRE_MOD =
  "(?<mod>nearly|almost|more than|less than|no more than|not more than|no less than|up to|over(?= an? )|under|roughly|at least|well over|some|around|approximately) ";
/** Modifiers that may stand before a determiner ("at least the past 18 months"): not "over". */
const PRE_DET_MOD =
  "(?<mod0>nearly|almost|more than|less than|no more than|not more than|at least|roughly|approximately) ";

/** The value `n` units back (ago) from `base`, at the unit's granularity. */
function agoValue(base: Day, unit: Unit, n: number): string | undefined {
  if (unit === "hour" || unit === "minute" || unit === "second") return dayValue(base);
  return shiftedValue(base, unit, -n);
}

rule(
  "ago",
  `(?:${PRE_MOD})?(?<n>${N_OR_VAGUE})(?: or so)? (?<unit>${UNIT_SRC})(?: or so)? ago`,
  (g, ctx) => {
    const unit = unitOf(g.unit ?? "");
    const nText = lower(g.n);
    const n = /^an?$/.test(nText) ? 1 : numberValue(nText);
    ctx.flag("relativeToDateline");
    if (!Number.isFinite(n)) {
      ctx.flag("vague");
      return date("PAST_REF");
    }
    if (unit === "year" && n === 1) {
      // "a year ago" in a report of quarterly results is the year-ago quarter.
      const q = reportedQuarter(ctx);
      if (q?.quarter !== undefined && !/ago/.test(lower(g.mod))) {
        ctx.flag("relativeToPrevious");
        return date(quarterValue(q.year - 1, q.quarter));
      }
    }
    const v = agoValue(ctx.dateline, unit, Math.round(n));
    return v ? withMod(date(v), modOf(g.mod)) : null;
  },
);

rule(
  "agoBare",
  String.raw`(?<unit>years|months|weeks|days|decades|centuries) ago|long ago`,
  (_g, ctx) => {
    ctx.flag("vague");
    ctx.flag("relativeToDateline");
    return date("PAST_REF");
  },
);

rule(
  "yearEarlier",
  String.raw`(?<t>(?:a|one) year (?:earlier|before)|year-(?:earlier|ago|before))`,
  (_g, ctx) => {
    const q = reportedQuarter(ctx);
    if (q?.quarter !== undefined) {
      ctx.flag("relativeToPrevious");
      return date(quarterValue(q.year - 1, q.quarter));
    }
    const p = ctx.previous(
      (x) => x.granularity === "year" || x.granularity === "day" || x.granularity === "month",
    );
    if (p) {
      ctx.flag("relativeToPrevious");
      return date(yearValue(p.year - 1));
    }
    ctx.flag("relativeToDateline");
    return date(yearValue(yearOf(ctx.dateline) - 1));
  },
);

/**
 * The value of a day or month inside the coarser point `p`, its unknown part written as X
 * (`1998-10-XX`, `1998-XX`); undefined when `p` is not a year or a month.
 */
function unknownFiner(p: CalendarPoint, unit: "day" | "month"): string | undefined {
  if (p.granularity === "month" && p.month !== undefined && unit === "day") {
    return `${monthValue(p.year, p.month)}-XX`;
  }
  if (p.granularity === "year")
    return unit === "day" ? `${yearValue(p.year)}-XX-XX` : `${yearValue(p.year)}-XX`;
  return undefined;
}

/** The value of the date mentioned before, moved by `n` units at that unit's granularity. */
function fromPrevious(
  ctx: ResolveContext,
  unit: "day" | "week" | "month" | "year" | "quarter",
  n: number,
): Resolution | null {
  const finer = (p: CalendarPoint): boolean => {
    if (unit === "year") return true;
    if (unit === "quarter") return p.granularity === "quarter" || p.month !== undefined;
    if (unit === "month") return p.month !== undefined;
    return p.granularity === "day" || (unit === "week" && p.week !== undefined);
  };
  if (n === 0 && (unit === "day" || unit === "month")) {
    // "That same day" after "last October": the day lies in the month told about, which is
    // later than any day mentioned before it; TimeML writes the part it does not know as X.
    const last = ctx.previous(undefined, unit);
    if (last && !finer(last)) {
      const v = unknownFiner(last, unit);
      if (v) {
        ctx.flag("relativeToPrevious");
        return date(v);
      }
    }
  }
  const p = ctx.previous(finer, unit);
  if (p && finer(p)) {
    ctx.flag("relativeToPrevious");
    if (n === 0) {
      const v = valueAt(p, unit);
      return v ? date(v) : null;
    }
    const base = dayOfPoint(p) ?? dayOf(p.year, p.month ?? 1, 1);
    if (!base) return null;
    if (unit === "year") return date(yearValue(p.year + n));
    if (unit === "quarter" && p.quarter !== undefined) {
      const i = p.year * 4 + p.quarter - 1 + n;
      return date(quarterValue(Math.floor(i / 4), (i % 4) + 1));
    }
    const v = shiftedValue(base, unit, n);
    return v ? date(v) : null;
  }
  ctx.flag("needsAnchor");
  ctx.flag("relativeToDateline");
  const v =
    n === 0
      ? valueAt(
          {
            granularity: "day",
            year: yearOf(ctx.dateline),
            month: monthOf(ctx.dateline),
            day: ctx.dateline.getUTCDate(),
          },
          unit,
        )
      : shiftedValue(ctx.dateline, unit, n);
  return v ? date(v) : null;
}

const ANAPHOR_UNIT = "(?<unit>day|morning|afternoon|evening|night|week|month|year|quarter)";
rule(
  "sameDay",
  `(?<t>(?<mod>earlier|later|early|late) (?:that|the same|that same|in the) ${ANAPHOR_UNIT}|(?:the same|that same|that very|the very same|that) ${ANAPHOR_UNIT.replace("unit", "unit2")})`,
  (g, ctx) => {
    const u = lower(g.unit ?? g.unit2);
    const unit =
      u === "year"
        ? "year"
        : u === "month"
          ? "month"
          : u === "week"
            ? "week"
            : u === "quarter"
              ? "quarter"
              : "day";
    if (lower(g.mod) !== "" && u === "day" && /in the/.test(lower(g.t))) {
      // "later in the day": the day being told about.
      return date(dayValue(contextDay(ctx)));
    }
    const r = fromPrevious(ctx, unit, 0);
    if (r && unit === "day" && PODS[u])
      return { type: "TIME", value: `${r.value}T${PODS[u] ?? "DT"}` };
    return r;
  },
  (m, text) => {
    // "that day" etc. only where it names a time ("that year's", "that day"), not "that weekday
    // schedule"; and not "that week's" of a demonstrative noun phrase after a verb: keep all.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    return !/^-/.test(after);
  },
);

rule(
  "followingDay",
  String.raw`the (?<rel>next|following|previous|preceding|prior) ${ANAPHOR_UNIT}|the ${ANAPHOR_UNIT.replace("unit", "unit2")} (?<ba>before|after)(?= *[,.;:)]| and| but| when| as| that)|(?:a|one) (?<unit3>day|week|month) (?<ba2>earlier|later|before|after)(?= *[,.;:)]| and| but| when| as)`,
  (g, ctx) => {
    const u = lower(g.unit ?? g.unit2 ?? g.unit3);
    const unit =
      u === "year"
        ? "year"
        : u === "month"
          ? "month"
          : u === "week"
            ? "week"
            : u === "quarter"
              ? "quarter"
              : "day";
    const back = /previous|preceding|prior|before|earlier/.test(lower(g.rel ?? g.ba ?? g.ba2));
    const r = fromPrevious(ctx, unit, back ? -1 : 1);
    if (r && unit === "day" && PODS[u])
      return { type: "TIME", value: `${r.value}T${PODS[u] ?? "DT"}` };
    return r;
  },
);

// ---------------------------------------------------------------------------------------------
// Periods named relative to the dateline: "last week" is above; months, years, "the year".

rule(
  "relativePeriod",
  String.raw`(?:(?<mod>early|late|earlier|later|earlier in|later in|early in|late in|the (?:beginning|start|middle|end|rest|remainder|first half|second half) of|the end of) )?(?:sometime )?(?<rel>last|this|next|the next|the coming|the current|this past|this coming|the same|(?:the past|the last)(?= (?:month|year|fiscal year|calendar year)\b)) (?<what>month|year|fiscal year|calendar year|decade)(?!s|-|ly| ended| ending| earlier| ago)(?: or so)?`,
  (g, ctx) => {
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
    const step = /last|past|previous/.test(rel) ? -1 : /next|coming/.test(rel) ? 1 : 0;
    if (what === "month") {
      const d = plusMonths(ctx.dateline, step);
      return withMod(date(monthValue(yearOf(d), monthOf(d))), mod);
    }
    if (what === "decade") {
      const d = Math.floor(yearOf(ctx.dateline) / 10) + step;
      return withMod(date(String(d)), mod);
    }
    return withMod(date(yearValue(yearOf(plusYears(ctx.dateline, step)))), mod);
  },
);

rule(
  "theYear",
  String.raw`(?<t>(?<mod>the (?:beginning|start|middle|end|rest|remainder|first half|second half) of |(?:earlier|later|early|late) in )?the (?<adj>full |entire |whole |current |fiscal |current fiscal |calendar |same )?(?<what>year|month|week))(?<ended> end(?:ed|ing))?(?!-| ago| earlier| before| later| after)`,
  (g, ctx) => {
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
      return withMod(date(weekValue(ctx.dateline)), mod);
    }
    if (what === "month") {
      ctx.flag("relativeToDateline");
      return withMod(date(monthValue(yearOf(ctx.dateline), monthOf(ctx.dateline))), mod);
    }
    ctx.flag("relativeToDateline");
    return withMod(date(yearValue(yearOf(ctx.dateline))), mod);
  },
  (m, text) => {
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
);

rule(
  "yearEnd",
  String.raw`year(?:'s)?(?:-| )end|the end of (?:the|this) year|end-of-year`,
  (_g, ctx) => {
    ctx.flag("relativeToDateline");
    return withMod(date(yearValue(yearOf(ctx.dateline))), "END");
  },
);

rule(
  "oneDay",
  String.raw`one day(?= [a-z])`,
  (_g, ctx) => {
    ctx.flag("vague");
    return date("FUTURE_REF");
  },
  // "will one day be", "hopes he one day follows": a day to come, not a duration.
  (m, text) =>
    /\b(?:will|would|could|may|might|can|should|he|she|they|we|I|you|it)\s*$/i.test(
      text.slice(Math.max(0, m.index - 12), m.index),
    ),
);

// ---------------------------------------------------------------------------------------------
// Durations.

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
  let other: Day;
  switch (unit) {
    case "day":
      other = plusDays(dl, sign * n);
      break;
    case "week":
    case "weekend":
      other = plusDays(dl, sign * 7 * n);
      break;
    case "fortnight":
      other = plusDays(dl, sign * 14 * n);
      break;
    case "month":
      other = plusMonths(dl, sign * n);
      break;
    case "quarter":
      other = plusMonths(dl, sign * 3 * n);
      break;
    case "year":
      other = plusYears(dl, sign * n);
      break;
    case "decade":
      other = plusYears(dl, sign * 10 * n);
      break;
    case "century":
      other = plusYears(dl, sign * 100 * n);
      break;
    default:
      return here;
  }
  return sign < 0 ? `${dayValue(other)}/${here}` : `${here}/${dayValue(other)}`;
}

rule(
  "duration",
  `(?:${PRE_DET_MOD})?(?:(?<det>the|its|their|his|her|our|a|an|this|that) )?(?:${DUR_REL} )?(?:${PRE_MOD})?(?:(?<n>${NUMBER_SRC}(?: (?:or|to) ${NUMBER_SRC})?|${VAGUE_N})|${HALF}) (?:(?:more|additional|full|straight|consecutive|long|odd|trading|business|working|calendar|school) )?(?<unit>${UNIT_SRC})(?<andHalf> and a half)?(?: or so)?`,
  (g, ctx) => {
    const r = resolveDuration({ ...g, mod: g.mod ?? g.mod0 }, ctx);
    return r;
  },
  (m) => {
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
);

rule(
  "durationSingular",
  `(?:${PRE_MOD})?(?<n>an?|one) (?:(?:full|whole|entire|long|additional|extra|further|more) )?(?<unit>${UNIT_SINGULAR_SRC})(?<andHalf> and a half)?(?!-)`,
  (g, ctx) => {
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
  (m, text) => {
    // "a quarter of the shares", "a second round": a fraction and an ordinal, not durations.
    if (!/^(quarter|second)$/i.test(m.groups?.unit ?? "")) return true;
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    return /^(?:\s*[,.;:)]|\s*$| (?:ago|earlier|later|before|after|and|or)\b)/.test(next);
  },
);

rule(
  "durationAdjective",
  String.raw`(?:(?<det>a|an|the) (?=\S+ (?:period|span|stretch|term)))?(?<n>${NUMBER_SRC}|several|multi|half)(?:-| )(?<unit>${UNIT_SINGULAR_SRC})(?:-long|-old| (?:period|span|stretch|term))?(?!(?:-| )old)`,
  (g, ctx) =>
    resolveDuration({ ...g, det: undefined, n: lower(g.n) === "multi" ? "several" : g.n }, ctx),
  (m, text) => {
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
);

rule(
  "durationOne",
  String.raw`the (?<rel>past|last|next|coming|previous|following|first|final) (?<unit>year|month|week|decade|century|quarter|fortnight)(?! or)(?!-)`,
  (g, ctx) => resolveDuration({ ...g, det: "the", n: "1" }, ctx),
);

rule(
  "durationPlural",
  String.raw`(?<t>(?<det>the )?(?<rel>coming|recent|past|next|last|previous|ensuing|following|early|final|intervening) (?<unit>years|months|weeks|days|decades|hours|quarters|centuries))`,
  (g, ctx) => {
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
);

rule(
  "durationAhead",
  String.raw`the (?<unit>years|months|weeks|days|decades) (?:ahead|to come)`,
  (g, ctx) => {
    ctx.flag("vague");
    ctx.flag("relativeToDateline");
    const unit = unitOf(g.unit ?? "");
    return {
      type: "DURATION",
      value: durationValue("X", unit),
      edtf: countedInterval(ctx.dateline, unit, "X", 1) ?? "",
    };
  },
);

rule(
  "durationBare",
  String.raw`(?<t>(?<det>the )?(?<unit>years|months|weeks|decades|centuries|hours|minutes|days))(?= (?:of|to come|ahead|that followed|since|before)\b|[,.;:)]| and\b| but\b|$)`,
  (g, ctx) => {
    ctx.flag("vague");
    return { type: "DURATION", value: durationValue("X", unitOf(g.unit ?? "")) };
  },
  (m, text) => {
    const w = wordBefore(text, m.index);
    if (m.groups?.det !== undefined) return w === "over";
    return /^(for|in|within|after|over|the)$/.test(w);
  },
);

// ---------------------------------------------------------------------------------------------
// Sets: "daily", "every month", "each July", "twice a week".

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
rule("setAdverb", `(?<w>${Object.keys(SET_ADVERBS).join("|")})`, (g) => ({
  type: "SET",
  value: SET_ADVERBS[lower(g.w)] ?? "P1D",
}));

rule(
  "setEvery",
  `(?:every|each|per) (?:other |single )?(?:(?<n>${NUMBER_SRC}|few|several) )?(?<unit>${UNIT_SRC})`,
  (g, ctx) => {
    const unit = unitOf(g.unit ?? "");
    const nText = lower(g.n);
    const n = nText === "" ? 1 : /few|several/.test(nText) ? "X" : numberValue(nText);
    if (n === "X") ctx.flag("vague");
    return {
      type: "SET",
      value: durationValue(Number.isNaN(n) ? "X" : n, unit),
    };
  },
);

rule(
  "setNamed",
  `(?:every|each) (?:(?<month>${MONTH_SRC})|(?<s>${SEASON_SRC})|(?<pod>${PART_OF_DAY_SRC}))`,
  (g) => {
    if (g.month !== undefined)
      return { type: "SET", value: `XXXX-${String(monthNumber(g.month)).padStart(2, "0")}` };
    if (g.s !== undefined) return { type: "SET", value: `XXXX-${SEASONS.get(lower(g.s)) ?? "SU"}` };
    return { type: "SET", value: `XXXX-XX-XXT${PODS[lower(g.pod)] ?? "DT"}` };
  },
  namesCapitalised,
);

rule(
  "setTimes",
  `(?<f>once|twice|thrice|(?:${NUMBER_SRC}) times) (?:a|an|per|every|each) (?<unit>${UNIT_SINGULAR_SRC})`,
  (g) => ({ type: "SET", value: durationValue(1, unitOf(g.unit ?? "")) }),
);

// ---------------------------------------------------------------------------------------------
// Present, past and future references.

rule(
  "present",
  String.raw`(?<w>right now|just now|now|currently|at present|nowadays|these days|the present(?: time| day)?|at this time|this time)(?!-)`,
  (_g, ctx) => {
    ctx.flag("vague");
    ctx.flag("relativeToDateline");
    return date("PRESENT_REF");
  },
  (m, text) => {
    const w = lower(m.groups?.w);
    if (w === "this time") return /^(at|by)$/.test(wordBefore(text, m.index));
    if (w === "the present")
      return !/^ (?:case|value|system|law|tense|government)/.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 12),
      );
    return true;
  },
);

rule(
  "current",
  String.raw`current(?= (?<next>[a-z]+))`,
  (_g, ctx) => {
    ctx.flag("vague");
    ctx.flag("relativeToDateline");
    return date("PRESENT_REF");
  },
  (m) =>
    !/^(account|accounts|affairs|events|of|and|or|issue|issues|dollars|prices|price|assets|liabilities|yield|yields|rate|rates)$/.test(
      m.groups?.next ?? "",
    ),
);

rule(
  "past",
  String.raw`(?<w>(?:more )?recently|lately|the past(?! (?:${NUMBER_SRC}|few|several|couple|weeks?|months?|years?|days?|decades?|quarters?|hours?|centur(?:y|ies)))|(?<=\bat )(?:the|that) time)`,
  (_g, ctx) => {
    ctx.flag("vague");
    ctx.flag("relativeToDateline");
    return date("PAST_REF");
  },
);

rule(
  "future",
  String.raw`(?<w>the (?:near |distant |foreseeable |not-too-distant |immediate )?future|future (?:quarters|years|months|weeks)|soon|shortly|the (?:near|short)(?:-| )term|a later date|as soon as possible)`,
  (_g, ctx) => {
    ctx.flag("vague");
    ctx.flag("relativeToDateline");
    return date("FUTURE_REF");
  },
  (m, text) => {
    const w = lower(m.groups?.w);
    if (w === "soon")
      return (
        !/^ as\b|^ after\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 7)) &&
        wordBefore(text, m.index) !== "as"
      );
    if (w === "shortly")
      return !/^ (?:after|before)\b/.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 8),
      );
    return true;
  },
);

// ---------------------------------------------------------------------------------------------
// Clock times.

const AMPM = String.raw`(?<ap>[ap]\.? ?m\b\.?|[AP]M\b)`;
const CLOCK_DAY = `(?:,? (?<dayw>${WEEKDAY_SRC}|today|yesterday|tomorrow|(?:${MONTH_SRC}) \\d{1,2}(?:,? \\d{4})?))`;
const TIME_ZONE = String.raw`(?: (?<tz>[ECMP][SD]T|GMT|UTC|local time|local|Eastern time|Pacific time))?`;

/**
 * A day named just after a clock time, outside its span ("at 8 p.m. on Tuesday": TimeML marks
 * "8 p.m." and "Tuesday" apart): the clock time's day.
 */
const ON_DAY = new RegExp(
  String.raw`^,? on (${WEEKDAY_SRC}|today|yesterday|tomorrow|(?:${MONTH_SRC}) \d{1,2}(?:,? \d{4})?)(?![A-Za-z0-9])`,
  "i",
);

function clockTime(h: number, mi: number, g: Groups, ctx: ResolveContext): Resolution {
  const on = g.dayw === undefined ? ON_DAY.exec(ctx.text.slice(ctx.end, ctx.end + 30)) : null;
  const named = g.dayw ?? on?.[1];
  const day = named !== undefined ? (dayOfWord(named, ctx) ?? contextDay(ctx)) : contextDay(ctx);
  const hh = String(h).padStart(2, "0");
  return { type: "TIME", value: `${dayValue(day)}T${hh}:${String(mi).padStart(2, "0")}` };
}

rule(
  "clock",
  String.raw`(?<t>(?:around )?(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\d))? ?${AMPM}${TIME_ZONE}${CLOCK_DAY}?)`,
  (g, ctx) => {
    let h = Number(g.h) % 12;
    if (/^p/i.test(g.ap ?? "")) h += 12;
    return clockTime(h, Number(g.mi ?? 0), g, ctx);
  },
);

rule(
  "clockWords",
  String.raw`(?<t>(?:around )?(?:(?<h>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o'clock)? in the (?<pod>morning|afternoon|evening)|(?<h2>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'clock|(?<nm>noon|midnight|midday))${TIME_ZONE}${CLOCK_DAY}?)`,
  (g, ctx) => {
    if (g.nm !== undefined) {
      const h = lower(g.nm) === "midnight" ? 24 : 12;
      return clockTime(h, 0, g, ctx);
    }
    const word = lower(g.h ?? g.h2);
    let h = /^\d/.test(word) ? Number(word) : numberValue(word);
    if (!Number.isFinite(h)) return null;
    if (/afternoon|evening/.test(lower(g.pod)) && h < 12) h += 12;
    return clockTime(h, 0, g, ctx);
  },
);

rule(
  "clockPlain",
  String.raw`(?<=\bat )(?<t>(?<h>[01]?\d|2[0-3]):(?<mi>[0-5]\d)${TIME_ZONE}${CLOCK_DAY}?)(?! ?[ap]\.? ?m\b)(?!\d|:\d)`,
  (g, ctx) => clockTime(Number(g.h), Number(g.mi), g, ctx),
);

// "a month-long strike", "a decade-long war": one unit, as an adjective.
rule("durationLong", String.raw`(?<unit>day|week|month|year|decade|century)-long`, (g, ctx) =>
  resolveDuration({ n: "1", unit: g.unit ?? "year" }, ctx),
);

// ---------------------------------------------------------------------------------------------
// What each rule needs to find in a text before its pattern is worth running.

const UNIT_WORDS =
  "\\b(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni)";
const NEEDS: Record<string, string> = {
  age: "old",
  ageAged: "aged",
  isoDay: String.raw`\d{4}-\d`,
  isoMonth: String.raw`\d{4}-\d`,
  numericDate: String.raw`\d/\d`,
  monthDay: MONTH_SRC,
  dayMonth: MONTH_SRC,
  monthYear: MONTH_SRC,
  month: MONTH_SRC,
  year: String.raw`\d{4}|nineteen|eighteen|twenty|thousand`,
  decade: String.raw`0'?s|ties`,
  century: "century",
  thisCentury: "century",
  quarterAdjective: "quarter",
  quarter: "quarter",
  theQuarter: "quarter|period",
  half: "half|quarters",
  season: SEASON_SRC,
  week: "week",
  weekOf: "week",
  weekend: "weekend",
  today: "today|yesterday|tomorrow",
  tonight: "night|morning|afternoon|evening",
  partOfDay: "morning|afternoon|evening|night",
  weekday: WEEKDAY_SRC,
  weekdays: WEEKDAY_SRC,
  holiday:
    "christmas|new year|thanksgiving|easter|good friday|independence|fourth|labor|memorial|veterans|halloween|valentine|mother|father|boxing|luther|presidents|columbus|election",
  ago: "ago",
  agoBare: "ago",
  yearEarlier: "year",
  sameDay: "same|that",
  followingDay: "next|following|previous|preceding|prior|before|after|earlier|later",
  relativePeriod: "month|year|decade",
  theYear: "year|month|week",
  yearEnd: "year",
  durationOne: UNIT_WORDS,
  duration: UNIT_WORDS,
  durationSingular: UNIT_WORDS,
  durationAdjective: UNIT_WORDS,
  durationPlural: UNIT_WORDS,
  durationAhead: UNIT_WORDS,
  durationBare: UNIT_WORDS,
  setAdverb: "ly\\b",
  setEvery: "every|each|per",
  setNamed: "every|each",
  setTimes: "once|twice|thrice|times",
  present: "now|current|present|days|time",
  current: "current",
  past: "recent|lately|past|time",
  future: "future|soon|shortly|term|date|possible",
  oneDay: "one day",
  clock: String.raw`\d ?[ap]\.? ?m`,
  clockWords: "o'clock|noon|midnight|midday|morning|afternoon|evening",
  clockPlain: String.raw`\bat \d`,
  durationLong: "-long",
};
for (const r of rules) {
  const needs = NEEDS[r.name];
  if (needs === undefined) throw new Error(`grammar rule ${r.name} says nothing of what it needs`);
  r.needs = new RegExp(needs, "i");
}

/** Every rule, in the order above. */
export const RULES: readonly Rule[] = rules;
