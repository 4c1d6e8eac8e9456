/**
 * The temporal tagger: finds every temporal expression in a text and resolves it against the
 * text's dateline. Three passes: every rule of the grammar proposes its matches; the longest
 * matches win where they overlap (TIMEX3 marks the largest expression); then the winners are
 * resolved in reading order, so that "the same day" or "a year earlier" can refer back to the
 * date mentioned before.
 */
import { parseEdtf } from "../model/dates.ts";
import type { Day } from "./calendar.ts";
import { parseDay } from "./calendar.ts";
import type { Rule } from "./rules/index.ts";
import { RULES } from "./rules/index.ts";
import type { Ambiguity, ReferenceUnit, Resolution, ResolveContext } from "./resolve.ts";
import { guessDirection } from "./tense.ts";
import type { Direction, Timex, TimexDate, TimexFlag } from "./types.ts";
import type { CalendarPoint } from "./values.ts";
import { edtfOfValue, pointOfValue } from "./values.ts";

/** How to read a text. */
export type TagOptions = {
  /**
   * The side of the dateline for expressions whose words leave it open. Without it the tagger
   * guesses from the tense around each expression and flags the guess.
   */
  direction?: Direction;
  /**
   * The date that expressions referring to another one ("the same month") take, instead of the
   * date mentioned before them in the text.
   */
  anchor?: CalendarPoint;
  /** Require month and weekday names to be capitalised (default true: "may" is not May). */
  strictCase?: boolean;
};

/** A found expression before resolution, and what its rule said about it afterwards. */
type Candidate = {
  rule: Rule;
  match: RegExpExecArray;
  /** The whole match: it blocks overlapping matches. */
  start: number;
  end: number;
  /** The expression itself (the `t` group when the rule names one). */
  spanStart: number;
  spanEnd: number;
};

/** The result of resolving one candidate: the expression, and why the resolver may reject it. */
export type Resolved = {
  timex: Timex;
  rule: string;
  invalid: boolean;
  ambiguity?: Ambiguity;
  /** The unit it took from the date before it (or the anchor), when it referred to one. */
  referredUnit?: ReferenceUnit;
};

const TITLED_UNIT = /(?:^|[^A-Za-z])(?:Seconds?|Minutes?|Hours?|Days?|Weeks?|Months?|Years?)\b/;

/**
 * True when a unit word is capitalised where a sentence would not capitalise it: a title ("60
 * Minutes", "This Week"), not a date.
 */
function titled(matched: string, index: number, text: string): boolean {
  const m = TITLED_UNIT.exec(matched);
  if (!m) return false;
  const at = m.index + (/^[A-Za-z]/.test(m[0]) ? 0 : 1);
  if (at > 0) return true;
  return !/(?:^|[.!?]["')]?\s+|\n\s*)$/.test(text.slice(Math.max(0, index - 4), index));
}

/** The text's paragraphs (split at blank lines) as [start, end) offsets: no expression spans two. */
function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(/\n[ \t\u00a0\r]*\n/g)) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/**
 * A list of rules ready to match: each rule's rank in it (the first wins a tie), and the matches
 * of short texts already read with it.
 */
type Grammar = {
  rules: readonly Rule[];
  rank: Map<Rule, number>;
  remembered: Map<string, Candidate[]>;
};

const grammars = new WeakMap<readonly Rule[], Grammar>();

function grammarOf(rules: readonly Rule[]): Grammar {
  let g = grammars.get(rules);
  if (!g) {
    g = { rules, rank: new Map(rules.map((r, i) => [r, i])), remembered: new Map() };
    grammars.set(rules, g);
  }
  return g;
}

function candidates(text: string, strictCase: boolean, rules: readonly Rule[]): Candidate[] {
  const found: Candidate[] = [];
  const chunks = paragraphs(text);
  for (const rule of rules) {
    for (const [from, to] of chunks) {
      const chunk = from === 0 && to === text.length ? text : text.slice(from, to);
      // Most paragraphs lack most rules' words: skip the pattern there.
      if (!rule.needs.test(chunk)) continue;
      const pattern = rule.pattern;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(chunk); match; match = pattern.exec(chunk)) {
        const at = match.index;
        match.index += from; // offsets into the whole text from here on
        if (
          (rule.accept && !rule.accept(match, text, strictCase)) ||
          (strictCase && !rule.unitsInNames && titled(match[0], match.index, text))
        ) {
          // A refused match must not hide a shorter one inside it: "in the weeks before" is
          // refused as "the weeks" and read as "weeks".
          pattern.lastIndex = at + 1;
          continue;
        }
        const t = match.indices?.groups?.t ?? match.indices?.groups?.t2;
        const start = match.index;
        const end = start + match[0].length;
        found.push({
          rule,
          match,
          start,
          end,
          spanStart: t ? t[0] + from : start,
          spanEnd: t ? t[1] + from : end,
        });
      }
    }
  }
  return found;
}

/**
 * The longest candidates that do not overlap, in text order; among candidates as long, the one
 * whose rule comes first in the grammar's list.
 */
function select(found: Candidate[], rank: Map<Rule, number>): Candidate[] {
  const ranked = [...found].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      (rank.get(a.rule) ?? 0) - (rank.get(b.rule) ?? 0) ||
      a.start - b.start,
  );
  const taken: Candidate[] = [];
  for (const c of ranked) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * The side of the dateline for an open expression: the tense marker's, unless that side's
 * candidate lies months away and the other's within two months ("payable Jan. 2" said in
 * November);
 * without a marker, the nearer side, the past preferred up to three times as far (news reports the
 * past). Distances are in days.
 */
export function chooseDirection(
  guess: { direction: Direction; marked: boolean },
  distances?: { past: number; future: number },
): Direction {
  if (!distances) return guess.direction;
  const nearer: Direction = distances.past <= 3 * distances.future ? "past" : "future";
  if (!guess.marked) return nearer;
  const own = guess.direction === "past" ? distances.past : distances.future;
  const other = guess.direction === "past" ? distances.future : distances.past;
  return own > 90 && own > 4 * other && other <= 62 ? nearer : guess.direction;
}

/**
 * The matches of a short text (an annotation's phrase), remembered: a corpus repeats its phrases
 * ("in February", "last week") over thousands of events, and matching is most of the work.
 * Bounded, and only for short texts, so a long article never fills it.
 */
const SHORT = 120;
const MAX_REMEMBERED = 4096;

function chosenFor(text: string, strictCase: boolean, grammar: Grammar): Candidate[] {
  const read = (): Candidate[] => select(candidates(text, strictCase, grammar.rules), grammar.rank);
  if (text.length > SHORT) return read();
  const key = `${strictCase ? "1" : "0"}${text}`;
  let chosen = grammar.remembered.get(key);
  if (!chosen) {
    chosen = read();
    if (grammar.remembered.size >= MAX_REMEMBERED) grammar.remembered.clear();
    grammar.remembered.set(key, chosen);
  }
  return chosen;
}

/**
 * How far back (in characters, a few paragraphs) an expression looks for the date it refers to:
 * "a year earlier" ten paragraphs after a quarter was named no longer means that quarter.
 */
const REFERENCE_REACH = 2000;

/** The calendar interval of a resolution, as the dataset stores it. */
function dateOf(r: Resolution, dateline: Day): TimexDate | undefined {
  const edtf =
    r.edtf ?? (r.type === "DATE" || r.type === "TIME" ? edtfOfValue(r.value, dateline) : undefined);
  if (!edtf) return undefined;
  const parsed = parseEdtf(edtf);
  if (!parsed) return undefined;
  return { edtf, ...parsed };
}

/**
 * Finds and resolves the temporal expressions of `text` against `dateline` (`YYYY-MM-DD`; a time
 * after the day, as in a TimeML creation time, is ignored), in text order, invalid ones (a date
 * that does not exist) included and marked, for the phrase resolver to report. `rules` is the
 * grammar to read with, in priority order (rules/index.ts); tests pass another order.
 */
export function resolveAll(
  text: string,
  dateline: string,
  options: TagOptions = {},
  rules: readonly Rule[] = RULES,
): Resolved[] {
  const dl = parseDay(dateline);
  if (!dl) throw new Error(`not a dateline (YYYY-MM-DD): ${dateline}`);
  const chosen = chosenFor(text, options.strictCase ?? true, grammarOf(rules));
  const out: Resolved[] = [];
  const mentioned: { point: CalendarPoint; at: number }[] = [];
  for (const c of chosen) {
    if (!c.rule.resolve) continue; // a blocker (an age)
    const flags = new Set<TimexFlag>();
    let direction: Direction | undefined;
    let ambiguity: Ambiguity | undefined;
    let referredUnit: ReferenceUnit | undefined;
    const ctx: ResolveContext = {
      text,
      start: c.spanStart,
      end: c.spanEnd,
      dateline: dl,
      direction(a, distances) {
        ambiguity = a;
        if (options.direction) direction = options.direction;
        else {
          direction = chooseDirection(guessDirection(text, c.spanStart, c.spanEnd), distances);
          flags.add("directionGuessed");
        }
        return direction;
      },
      tense() {
        if (options.direction) return options.direction;
        const g = guessDirection(text, c.spanStart, c.spanEnd);
        if (!g.marked) return undefined;
        flags.add("directionGuessed");
        return g.direction;
      },
      topic(accept) {
        if (options.anchor) return undefined;
        const m = mentioned.find((x) => accept(x.point));
        return m && c.spanStart - m.at <= REFERENCE_REACH ? m.point : undefined;
      },
      previous(accept, want) {
        if (want) referredUnit = want;
        if (options.anchor) return options.anchor;
        for (let i = mentioned.length - 1; i >= 0; i--) {
          const m = mentioned[i];
          if (!m || c.spanStart - m.at > REFERENCE_REACH) break;
          if (!accept || accept(m.point)) return m.point;
        }
        return undefined;
      },
      flag(f) {
        flags.add(f);
      },
    };
    const groups = { ...c.match.groups };
    const r = c.rule.resolve(groups, ctx);
    if (!r) continue;
    if (r.value.includes("X") || r.value.endsWith("_REF")) flags.add("vague");
    const date = r.invalid ? undefined : dateOf(r, dl);
    const timex: Timex = {
      start: c.spanStart,
      end: c.spanEnd,
      text: text.slice(c.spanStart, c.spanEnd),
      type: r.type,
      value: r.value,
      ...(r.mod ? { mod: r.mod } : {}),
      ...(date ? { date } : {}),
      ...(direction ? { direction } : {}),
      flags: [...flags].sort(),
    };
    out.push({
      timex,
      rule: c.rule.name,
      invalid: r.invalid === true,
      ...(ambiguity ? { ambiguity } : {}),
      ...(referredUnit ? { referredUnit } : {}),
    });
    if (
      !r.invalid &&
      (r.type === "DATE" || r.type === "TIME") &&
      !flags.has("relativeToPrevious")
    ) {
      const p = pointOfValue(r.value);
      if (p) mentioned.push({ point: p, at: c.spanEnd });
    }
  }
  return out;
}

/**
 * Every temporal expression in `text`, resolved against `dateline` (`YYYY-MM-DD`, optionally
 * followed by a time, which is ignored), in text order. Pure and synchronous; runs in Node and in
 * the browser.
 */
export function tagTimexes(text: string, dateline: string, options: TagOptions = {}): Timex[] {
  return resolveAll(text, dateline, options)
    .filter((r) => !r.invalid)
    .map((r) => r.timex);
}
