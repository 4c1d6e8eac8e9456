/**
 * Status from tense and modality: what a clause says of its event as of the dateline.
 *
 * The clause's words are read in order and the first verb group that says something decides:
 * - a delay or postponement anywhere in the clause ("delay the trip which was planned for …"):
 *   `postponed`;
 * - a hope ("hopes to", "hoped that", "I'm hoping"): `hoped-for`;
 * - a likelihood ("is likely to", "is expected to", "could", "may"): `expected`;
 * - an arrangement ("will host", "is scheduled to", "plans to", "has been invited to", "is to"):
 *   `planned`;
 * - something under way ("is under way", "continues", "are meeting"): `ongoing`;
 * - a past tense or a present perfect ("was", "met", "said", "have expressed"): `occurred`;
 * - a present tense ("comes", "is focused"): decided by the date, below.
 * A reporting verb ("said", "told") followed by what was said lets the reported clause decide ("Biden
 * said he hoped to meet Xi": hoped-for), and is itself the event when nothing in it does ("Yu said
 * in a live report, "…"": occurred). Nouns do not count: "their hopes of", "expressed hope that",
 * "the expectations of" say nothing about the clause's own event.
 *
 * The date then settles what the words leave open (`settleStatus`): a present tense is `ongoing`
 * when the date spans the dateline, `planned` when it lies after, `occurred` before; a past tense
 * with a date after the dateline is `planned`, and says so.
 */
import type { Status } from "../model/dataset.ts";
import {
  ADJECTIVAL_ED,
  ADVERBS,
  BE_PAST,
  BE_PRESENT,
  FUTURE_MODALS,
  HAVE_PAST,
  HAVE_PRESENT,
  HOPE_AS_NOUN_BEFORE,
  HOPE_WORDS,
  IRREGULAR_PAST,
  LIKELY_BEFORE_TO,
  LIKELY_MODALS,
  NOMINAL_BEFORE,
  NOT_ED_SUFFIX,
  ONGOING_WORDS,
  PLAN_BEFORE_TO,
  PLAN_PARTICIPLES_ED,
  POSTPONE_VERBS,
  POSTPONE_WITH_PARTICLE,
  PRESENT_VERBS,
  PROPOSER_ONLY_PAST,
  SPEECH_VERBS,
} from "../model/lexicon.ts";
import type { Word } from "./text.ts";

/** What the words of a clause say, before its date is known. */
export type Reading = {
  /** The status the words give, or "present" / undefined when the date must decide. */
  status: Status | "present" | undefined;
  /** The words that decided it ("are likely to", "met"), and where they are in the text. */
  cue?: string;
  cueSpan?: { start: number; end: number };
  /** The tense of the verb group, when one was found. */
  tense?: "past" | "present" | "future";
};

/** A form of "have": the auxiliary of a perfect. */
const have = (w: string): boolean => HAVE_PRESENT.has(w) || HAVE_PAST.has(w);
/** A past tense that is no -ed form: an irregular one, or one of PROPOSER_ONLY_PAST ("hit"). */
const irregularPast = (w: string): boolean => IRREGULAR_PAST.has(w) || PROPOSER_ONLY_PAST.has(w);
/** An -ed word that is no event's past tense: no suffix, an adjective, or an arrangement. */
const notPastEd = (w: string): boolean =>
  NOT_ED_SUFFIX.has(w) || ADJECTIVAL_ED.has(w) || PLAN_PARTICIPLES_ED.has(w);

/** Whether the word at `i` is a past tense: "met", "emphasized", not "the increased tension". */
function isPastTense(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  const prev = words[i - 1]?.lower ?? "";
  if (irregularPast(w.lower)) return !NOMINAL_BEFORE.has(prev) && !BE_PRESENT.has(prev);
  if (w.lower.length < 5 || !w.lower.endsWith("ed") || notPastEd(w.lower)) return false;
  if (/^\p{Lu}/u.test(w.text) && i > 0) return false; // a name ("United", "Reed")
  return !NOMINAL_BEFORE.has(prev) && !BE_PRESENT.has(prev) && !have(prev);
}

/**
 * Reads the status the words of a clause give. `quoted[i]` says whether word `i` lies inside a
 * direct quotation: quoted words count only when `inQuote` (the clause reports what was said).
 */
export function readStatus(
  words: readonly Word[],
  quoted: readonly boolean[],
  inQuote: boolean,
): Reading {
  const ws = words.filter((_, i) => inQuote || !quoted[i]);
  const wq = words.flatMap((_, i) => (inQuote || !quoted[i] ? [quoted[i] ?? false] : []));
  const lower = ws.map((w) => w.lower);
  const cue = (
    from: number,
    to: number,
  ): { cue: string; cueSpan: { start: number; end: number } } => {
    const picked = ws.slice(Math.max(0, from), Math.min(ws.length, to + 1));
    return {
      cue: picked.map((w) => w.text).join(" "),
      cueSpan: { start: picked[0]?.start ?? 0, end: picked.at(-1)?.end ?? 0 },
    };
  };
  // A postponement anywhere: "caused him to delay the trip which was planned for the same month".
  for (let i = 0; i < ws.length; i++) {
    const w = lower[i] ?? "";
    if (POSTPONE_VERBS.has(w) && !/^(?:without|no|any)$/.test(lower[i - 1] ?? "")) {
      return { status: "postponed", ...cue(i, i), tense: "past" };
    }
    const next = lower[i + 1] ?? "";
    if (
      POSTPONE_WITH_PARTICLE.has(w) &&
      (next === "off" || (next === "back" && w.startsWith("push")))
    ) {
      return { status: "postponed", ...cue(i, i + 1), tense: "past" };
    }
  }
  /** A report ("said") seen before: the reported clause may still say more. */
  let reported: Reading | undefined;
  /** A verb group that leaves the status to the date ("was planned for March"). */
  let open: Reading | undefined;
  for (let i = 0; i < ws.length; i++) {
    const w = lower[i] ?? "";
    const prev = lower[i - 1] ?? "";
    const next = lower[i + 1] ?? "";
    // Hope, as a verb: "hopes to", "hoped that", "hoping", not "their hopes of".
    if (HOPE_WORDS.has(w) && !HOPE_AS_NOUN_BEFORE.has(prev)) {
      if (
        w === "hoping" ||
        w === "hopeful" ||
        /^(?:to|that|for|we|he|she|they|it|i|the)$/.test(next)
      ) {
        return { status: "hoped-for", ...cue(i, i + 1), tense: "future" };
      }
    }
    if ((w === "want" || w === "wants") && next === "to" && !HOPE_AS_NOUN_BEFORE.has(prev)) {
      return { status: "hoped-for", ...cue(i, i + 1), tense: "future" };
    }
    // A modal: "will host", "could meet", "would" in reported speech.
    if (FUTURE_MODALS.has(w) || (w.endsWith("'ll") && w.length > 3)) {
      return { status: "planned", ...cue(i, i + 1), tense: "future" };
    }
    if (LIKELY_MODALS.has(w) && !/^\p{Lu}/u.test(ws[i]?.text ?? "")) {
      return { status: "expected", ...cue(i, i + 1), tense: "future" };
    }
    if (w === "would") {
      return reported
        ? { status: "planned", ...cue(i, i + 1), tense: "future" }
        : { status: "expected", ...cue(i, i + 1), tense: "future" };
    }
    if (w === "probably" || (w === "likely" && next !== "to")) {
      return { status: "expected", ...cue(i, i), tense: "future" };
    }
    // An auxiliary: read the verb group it opens ("has been invited to", "are likely to").
    if (
      BE_PRESENT.has(w) ||
      BE_PAST.has(w) ||
      have(w) ||
      w === "did" ||
      w === "does" ||
      w === "do"
    ) {
      let k = i + 1;
      while (
        k < ws.length &&
        (ADVERBS.has(lower[k] ?? "") || lower[k] === "been" || lower[k] === "being")
      )
        k++;
      const head = lower[k] ?? "";
      const after = lower[k + 1] ?? "";
      const past = BE_PAST.has(w) || w === "did" || ((w === "had" || w === "'d") && true);
      const perfect = have(w);
      const group = (r: Reading): Reading => ({
        ...r,
        ...cue(i, Math.min(k + (after === "to" ? 1 : 0), ws.length - 1)),
      });
      if (HOPE_WORDS.has(head)) return group({ status: "hoped-for", tense: "future" });
      if (LIKELY_BEFORE_TO.has(head) && (after === "to" || head === "expected")) {
        return group({ status: "expected", tense: "future" });
      }
      if (PLAN_BEFORE_TO.has(head) && (after === "to" || after === "for")) {
        if (past && after === "for") {
          open ??= group({ status: undefined, tense: "past" });
          i = k;
          continue;
        }
        return group({ status: "planned", tense: "future" });
      }
      if (/^(?:scheduled|planned|slated|due|set)$/.test(head) && !past) {
        return group({ status: "planned", tense: "future" });
      }
      if (head === "to" && !perfect && !past) return group({ status: "planned", tense: "future" });
      if (head === "going" && after === "to") return group({ status: "planned", tense: "future" });
      if (head === "under" && after === "way")
        return group({ status: "ongoing", tense: "present" });
      if (/ing$/.test(head) && head.length > 4 && !past && !perfect && !(wq[i] ?? false)) {
        return group({ status: "ongoing", tense: "present" });
      }
      if (past || perfect) {
        if (reported) return reported;
        return group({ status: "occurred", tense: "past" });
      }
      if (reported) return reported;
      return group({ status: "present", tense: "present" });
    }
    if (
      PLAN_BEFORE_TO.has(w) &&
      next === "to" &&
      !NOMINAL_BEFORE.has(prev) &&
      w !== "set" &&
      w !== "due"
    ) {
      return { status: "planned", ...cue(i, i + 1), tense: "future" };
    }
    if (LIKELY_BEFORE_TO.has(w) && next === "to") {
      return { status: "expected", ...cue(i, i + 1), tense: "future" };
    }
    // Under way.
    if (ONGOING_WORDS.has(w) || (w === "under" && next === "way") || w === "underway") {
      return { status: "ongoing", ...cue(i, w === "under" ? i + 1 : i), tense: "present" };
    }
    // A report: the reported clause decides; else the report itself occurred.
    if (SPEECH_VERBS.has(w) && !NOMINAL_BEFORE.has(prev)) {
      reported ??= { status: "occurred", ...cue(i, i), tense: "past" };
      // Direct speech follows, or nothing reported: the statement is the event.
      if (i + 1 >= ws.length || (wq[i + 1] ?? false) || /^(?:in|on|at|to|reporters)$/.test(next)) {
        return reported;
      }
      continue;
    }
    if (isPastTense(ws, i)) return reported ?? { status: "occurred", ...cue(i, i), tense: "past" };
    if (PRESENT_VERBS.has(w) && !NOMINAL_BEFORE.has(prev)) {
      return reported ?? { status: "present", ...cue(i, i), tense: "present" };
    }
  }
  return reported ?? open ?? { status: undefined };
}

/** A resolved date as the status needs it: its first and last days (null when open). */
export type DateSpan = { earliest: string | null; latest: string | null };

/** Where a date lies against the dateline. */
export function sideOf(
  date: DateSpan | undefined,
  dateline: string,
): "past" | "future" | "spans" | undefined {
  if (!date) return undefined;
  const { earliest, latest } = date;
  if (latest !== null && latest < dateline) return "past";
  if (earliest !== null && earliest > dateline) return "future";
  if (earliest !== null && latest !== null && earliest === latest) {
    return earliest === dateline ? "past" : earliest < dateline ? "past" : "future";
  }
  if (earliest === null) return "past"; // "../dateline": on or before
  if (latest === null) return earliest >= dateline ? "future" : "spans";
  return "spans";
}

/** The status decided, and what a human should check about it. */
export type Settled = { status: Status; guessed: boolean; why?: string | undefined };

/**
 * The status of an event from its reading and, when known, its date (`undefined` for an undated
 * event). `guessed` when no verb said it, or when the date overruled the words.
 */
export function settleStatus(
  reading: Reading,
  date: DateSpan | undefined,
  dateline: string,
): Settled {
  const side = sideOf(date, dateline);
  const { status } = reading;
  if (status === "present" || status === undefined) {
    const none = status === undefined;
    if (side === "spans")
      return {
        status: "ongoing",
        guessed: none,
        why: none ? "no tense marker; the date spans the dateline" : undefined,
      };
    if (side === "future")
      return {
        status: "planned",
        guessed: true,
        why: `${none ? "no tense marker" : "a present tense"}; the date lies after the dateline`,
      };
    if (side === "past")
      return {
        status: "occurred",
        guessed: none,
        why: none ? "no tense marker; the date lies before the dateline" : undefined,
      };
    return none
      ? { status: "occurred", guessed: true, why: "no tense marker and no date" }
      : { status: "ongoing", guessed: true, why: "a present tense and no date" };
  }
  if (status === "occurred" && side === "future") {
    return {
      status: "planned",
      guessed: true,
      why: "a past tense, but the date lies after the dateline",
    };
  }
  if (
    (status === "planned" || status === "expected" || status === "hoped-for") &&
    side === "past"
  ) {
    return {
      status,
      guessed: true,
      why: "anticipated, but the date lies before the dateline: did it happen?",
    };
  }
  if (status === "ongoing" && side === "future") {
    return {
      status: "planned",
      guessed: true,
      why: "under way, but the date lies after the dateline",
    };
  }
  if (status === "ongoing" && side === "past" && date?.earliest !== date?.latest) {
    return {
      status: "occurred",
      guessed: true,
      why: "under way, but the date ends before the dateline",
    };
  }
  return { status, guessed: false };
}

/** The side of the dateline a status points an open date to ("in November" planned: the next). */
export function directionOfStatus(
  status: Status | "present" | undefined,
): "past" | "future" | undefined {
  if (status === "planned" || status === "expected" || status === "hoped-for") return "future";
  if (status === "occurred" || status === "ongoing" || status === "present") return "past";
  return undefined;
}
