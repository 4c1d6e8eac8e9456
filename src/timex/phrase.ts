/**
 * Resolving an annotation's date phrase ("in February", "on Saturday", "two-day trip", "Before
 * departure") with the tagger, so that a phrase an editor writes and an expression the tagger
 * finds in an article always resolve alike. On top of the tagger it adds what only an
 * annotation has: a `direction` instead of a guess, an `anchor` (another event's date) for
 * phrases that refer to one, `undated: true`, the "N-day" span of a visit, and the signals
 * "before", "after", "since", "until" and "by" in front of a date or an event.
 *
 * An annotation's date must not rest on a guess: where the tagger would have guessed a direction
 * or a year, the resolver asks for it instead, with a hint.
 */
import { parseEdtf } from "../model/dates.ts";
import type { Day } from "./calendar.ts";
import { formatDay, parseDay, plusDays } from "./calendar.ts";
import { durationAdjective } from "./rules/durations.ts";
import type { Resolved } from "./tagger.ts";
import { resolveAll } from "./tagger.ts";
import type { Direction, Timex, TimexDate } from "./types.ts";
import type { CalendarPoint } from "./values.ts";

/** What an annotator writes under `date:` (the anchor, if any, is passed resolved). */
export type PhraseSpec = { phrase: string; direction?: Direction; undated?: boolean };

/** Why a phrase could not be resolved, and how to fix the annotation. */
export type PhraseProblem = { message: string; hint: string };

/**
 * A resolved phrase: the date, and the expression the tagger found in it (absent for undated
 * phrases and for "before"/"after" an event).
 */
export type PhraseResult = { date: TimexDate; timex?: Timex } | { problem: PhraseProblem };

const NEEDS_DIRECTION = "add direction: past or future";
const CANNOT_READ_HINT =
  "use a supported form (18 June 2023, June 2023, 2023, in February, on Saturday, yesterday, " +
  "last week, the same month + anchor, two-day trip, over the next several months, Before …, After …) " +
  "or mark it `undated: true`";

const fail = (message: string, hint: string): PhraseResult => ({ problem: { message, hint } });
const cannotRead = (phrase: string, why = ""): PhraseResult =>
  fail(`cannot read the date phrase "${phrase}"`, `${why}${CANNOT_READ_HINT}`);

function dateOf(edtf: string): TimexDate {
  const parsed = parseEdtf(edtf);
  if (!parsed) throw new Error(`the resolver built an EDTF date it cannot read: ${edtf}`);
  return { edtf, ...parsed };
}

const openEnd = (from: Day): TimexDate => dateOf(`${formatDay(from)}/..`);
const openStart = (to: Day): TimexDate => dateOf(`../${formatDay(to)}`);
const dayOfString = (s: string): Day => {
  const d = parseDay(s);
  if (!d) throw new Error(`not a calendar day: ${s}`);
  return d;
};

/** The anchor as a calendar point for the tagger ("the same month" of a day is its month). */
function anchorPoint(anchor: TimexDate): CalendarPoint | undefined {
  const first = anchor.earliest ?? anchor.latest;
  if (first === null) return undefined;
  const [y, m, d] = first.split("-").map(Number) as [number, number, number];
  if (anchor.precision === "year") return { granularity: "year", year: y };
  if (anchor.precision === "month") return { granularity: "month", year: y, month: m };
  return { granularity: "day", year: y, month: m, day: d };
}

/** Checks that an anchor can say which `unit` a phrase referring to it means; the old messages. */
function anchorProblem(phrase: string, unit: string, anchor: TimexDate): PhraseResult | undefined {
  if (anchor.earliest === null || anchor.latest === null) {
    return fail(
      `"${phrase}": the anchor's date ${anchor.edtf} is open-ended, so its ${unit} is unknown`,
      "anchor it to an event with a closed date",
    );
  }
  const a = anchor.earliest;
  const b = anchor.latest;
  const spans = (units: string): PhraseResult =>
    fail(
      `"${phrase}" is ambiguous: the anchor's date ${anchor.edtf} spans several ${units}`,
      "anchor it to an event within a single such period, or write the date itself",
    );
  if (unit === "year") return a.slice(0, 4) === b.slice(0, 4) ? undefined : spans("years");
  if (anchor.precision === "year") {
    return fail(
      `"${phrase}": the anchor's date ${anchor.edtf} is known only to the year`,
      "anchor it to an event known to the month or day, or say `the same year`",
    );
  }
  if (unit === "month" || unit === "quarter") {
    return a.slice(0, 7) === b.slice(0, 7) ? undefined : spans("months");
  }
  if (anchor.precision !== "day") {
    return fail(
      `"${phrase}": the anchor's date ${anchor.edtf} is known only to the month`,
      "anchor it to an event known to the day, or say `the same month`",
    );
  }
  return a === b ? undefined : spans("days");
}

function normalise(phrase: string): string {
  return phrase
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[.,;:!?]+$/, "");
}

const LEADING_PREPOSITION = /^(?:in|on|during|over|within|at) /i;
const N_DAY_DETERMINER = /^(?:(?:a|an|the|his|her|their|its|this|that|our|my|your) )?/i;

/**
 * Resolves `spec.phrase` against `dateline` (YYYY-MM-DD) and, for phrases that refer to another
 * event ("the same month", "Before departure", "two-day trip"), `anchor`: that event's date.
 * Never throws on a phrase: an unreadable one, an impossible date, or a missing direction or
 * anchor comes back as a problem with a hint.
 */
export function resolvePhrase(
  spec: PhraseSpec,
  dateline: string,
  anchor?: TimexDate,
): PhraseResult {
  const parsedDateline = parseDay(dateline);
  if (!parsedDateline) throw new Error(`not a dateline (YYYY-MM-DD): ${dateline}`);
  const dl: Day = parsedDateline;
  if (spec.phrase.trim() === "")
    return fail("empty date phrase", "copy the article's words for the date");
  const phrase = spec.phrase;
  const p = normalise(phrase);

  if (spec.undated === true) {
    if (anchor) return { date: { ...anchor } };
    return { date: spec.direction === "future" ? openEnd(dl) : openStart(dl) };
  }

  const signal = /^(before|after|since|until|till|by)\b ?(.*)$/i.exec(p);
  if (signal) return resolveSignal(signal[1]?.toLowerCase() ?? "", signal[2] ?? "");

  const body = p.replace(LEADING_PREPOSITION, "");
  return resolveBody(body);

  /** "Before departure", "after 18 June 2023", "since 2019": an open interval beside a date. */
  function resolveSignal(word: string, rest: string): PhraseResult {
    const inner = rest === "" ? undefined : resolveBody(rest.replace(LEADING_PREPOSITION, ""));
    const innerDate = inner && "date" in inner ? inner.date : undefined;
    const before = word === "before";
    const after = word === "after";
    if (before || after) {
      // An event ("before departure") takes its anchor's date, else the dateline's; a date
      // ("before 18 June 2023") its own.
      if (anchor) {
        const edge = before ? anchor.earliest : anchor.latest;
        if (edge === null) {
          return before
            ? fail(
                `"${phrase}": the anchor's date has no known start to be before`,
                "anchor it to an event with a known first day, or drop the anchor to mean before the dateline",
              )
            : fail(
                `"${phrase}": the anchor's date has no known end to be after`,
                "anchor it to an event with a known last day, or drop the anchor to mean after the dateline",
              );
        }
        const d = dayOfString(edge);
        return { date: before ? openStart(plusDays(d, -1)) : openEnd(plusDays(d, 1)) };
      }
      const edge = innerDate && (before ? innerDate.earliest : innerDate.latest);
      const d = edge ? dayOfString(edge) : dl;
      const date = before ? openStart(plusDays(d, -1)) : openEnd(plusDays(d, 1));
      return inner && "timex" in inner && edge ? { date, timex: inner.timex } : { date };
    }
    // since, until, till, by: only in front of a date.
    if (!inner) return cannotRead(phrase);
    if ("problem" in inner) return inner;
    const from = word === "since" ? inner.date.earliest : null;
    const to = word === "since" ? null : inner.date.latest;
    if (word === "since" && from !== null) return withTimex(openEnd(dayOfString(from)), inner);
    if (word !== "since" && to !== null) return withTimex(openStart(dayOfString(to)), inner);
    return cannotRead(phrase, "it has no known edge to count from: ");
  }

  function withTimex(date: TimexDate, inner: PhraseResult): PhraseResult {
    return "timex" in inner ? { date, timex: inner.timex } : { date };
  }

  /** The phrase without signal or preposition: it must be one expression the tagger finds. */
  function resolveBody(text: string): PhraseResult {
    const point = anchor ? anchorPoint(anchor) : undefined;
    const found = resolveAll(text, dateline, {
      strictCase: false,
      ...(spec.direction ? { direction: spec.direction } : {}),
      ...(point ? { anchor: point } : {}),
    });
    const nDay = found.find(
      (r) =>
        r.rule === durationAdjective.name &&
        /^P\d+D$/.test(r.timex.value) &&
        N_DAY_DETERMINER.exec(text)?.[0].length === r.timex.start,
    );
    if (nDay) return nDaySpan(nDay);
    // TimeML leaves "the" out of some expressions ("the [1990s]"); a phrase may keep it.
    const from = /^the /i.test(text) && !found.some((r) => r.timex.start === 0) ? 4 : 0;
    const whole = found.find((r) => r.timex.start === from && r.timex.end === text.length);
    if (!whole) return cannotRead(phrase);
    if (whole.invalid) {
      return fail(
        `impossible date "${phrase}": no such day in the calendar`,
        "correct the date to a real calendar day",
      );
    }
    const t = whole.timex;
    if (whole.ambiguity && !spec.direction) return directionProblem(whole);
    if (t.flags.includes("relativeToPrevious") || t.flags.includes("needsAnchor")) {
      if (!anchor) {
        return fail(
          `"${phrase}" refers to another event's date, but there is no anchor`,
          "add `anchor: <event-id>` naming the event it refers to",
        );
      }
      const problem = anchorProblem(phrase, whole.referredUnit ?? "day", anchor);
      if (problem) return problem;
    }
    if (t.flags.includes("yearGuessed")) {
      return cannotRead(phrase, "it does not say which year: write the year (autumn 2023), ");
    }
    if (t.type === "SET") {
      return cannotRead(phrase, "a repeated time (every week) dates no single event: ");
    }
    if (!t.date) {
      return cannotRead(
        phrase,
        t.type === "DURATION"
          ? "a duration dates nothing by itself: "
          : "part of its date is unknown: ",
      );
    }
    return { date: t.date, timex: t };
  }

  /** "two-day trip": N days from the anchor's first day, or from the dateline. */
  function nDaySpan(r: Resolved): PhraseResult {
    const n = Number(/^P(\d+)D$/.exec(r.timex.value)?.[1]);
    if (!Number.isInteger(n) || n < 1 || n > 10) {
      return fail(
        `"${phrase}": a span of ${n} days is not supported (1 to 10)`,
        "mark the date `undated: true`, or use an explicit date phrase",
      );
    }
    let start = dl;
    if (anchor) {
      if (anchor.earliest === null) {
        return fail(
          `"${phrase}": the anchor's date has no known first day to count from`,
          "anchor it to an event with a known first day, or drop the anchor to count from the dateline",
        );
      }
      start = dayOfString(anchor.earliest);
    }
    const end = plusDays(start, n - 1);
    const edtf = n === 1 ? formatDay(start) : `${formatDay(start)}/${formatDay(end)}`;
    return { date: dateOf(edtf), timex: r.timex };
  }

  function directionProblem(r: Resolved): PhraseResult {
    const a = r.ambiguity;
    if (a?.kind === "dayMonth") return fail(`"${phrase}" has no year`, NEEDS_DIRECTION);
    if (a?.kind === "weekday") {
      return fail(`"${phrase}" could be the last or the coming ${a.name}`, NEEDS_DIRECTION);
    }
    if (a?.kind === "month") {
      return fail(`"${phrase}" could be the past or the coming ${a.name}`, NEEDS_DIRECTION);
    }
    return fail(`"${phrase}" could lie before or after the dateline`, NEEDS_DIRECTION);
  }
}
