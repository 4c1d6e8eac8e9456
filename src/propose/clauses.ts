/**
 * From an article's sentences to its clauses, each with the dates it holds (its triggers). The
 * pieces of a sentence (text.ts) are joined back right to left into clauses, so that a clause holds
 * at most one date wherever the sentence's grammar allows it: a relative clause joins the noun it
 * is about ("delay the trip which was planned for the same month"), a subordinate clause and an
 * attribution join the clause they belong to, and "after a long meeting in November" stays on its
 * own when it carries a date (it reports an earlier happening), as does a conjunct with a date of
 * its own ("comes during the frosty ties and follows the discovery … in February").
 */
import type { Span } from "../model/dataset.ts";
import type { Timex } from "../timex/index.ts";
import type { Piece, PieceKind, Sentence } from "./text.ts";
import { cutSentence, quotableSpan, wordsOf } from "./text.ts";

/**
 * What dates a clause:
 * - `timex`: a date the tagger found ("in February", "on Saturday", "the next several months");
 * - `nDay`: "two-day" before a noun ("two-day trip"), a span counted from the dateline;
 * - `signal`: "Before departure," / "After the vote," opening the clause, a date relative to
 *   another event (its words up to the comma are the phrase).
 */
export type Trigger =
  | { kind: "timex"; start: number; end: number; timex: Timex }
  | { kind: "nDay"; start: number; end: number; timex: Timex; noun: string }
  | { kind: "signal"; start: number; end: number; word: "before" | "after"; object: string };

/** A clause of a sentence: a span of the text, what joins it to its neighbours, its dates. */
export type Clause = {
  sentence: Sentence;
  start: number;
  end: number;
  kind: PieceKind;
  triggers: Trigger[];
  /** The attribution inside it ("," Biden said"), if any. */
  speech?: { speaker: string; verb: string; start: number; end: number };
  /** Every word of its reported content lies inside a direct quotation. */
  quotedOnly: boolean;
  /** Whether it says nothing but a date ("ended December 30, 2006."): a fragment, no event. */
  dateOnly: boolean;
  /** Index in the article's clause list. */
  index: number;
};

/** The outlets or documents credited ("according to Al Jazeera"), with where. */
export type Credit = { name: string; start: number; end: number };

const N_DAY = /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)-day$/i;
const SIGNAL =
  /^(?:(?:Further|Moreover|Meanwhile|However|Also|But|And|Earlier|Later),?\s+)?(Before|After|before|after)\s+([^,;]{2,60}?),\s/;

/** A piece while clauses are being formed. */
type Draft = Piece & { triggers: Trigger[]; speech?: Clause["speech"] };

/** Whether a piece has a finite verb of its own (else a fragment that joins the piece before). */
function hasVerb(text: string, start: number, end: number): boolean {
  return wordsOf(text, start, end).some((w, i, ws) => {
    const l = w.lower;
    if (
      /^(?:is|are|was|were|am|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did|'s|'re|'ll|'ve|'d|'m)$/.test(
        l,
      )
    ) {
      return true;
    }
    const prev = ws[i - 1]?.lower ?? "";
    return /ed$/.test(l) && l.length > 4 && !/^(?:the|a|an|his|her|its|their|of)$/.test(prev);
  });
}

/**
 * The clauses of every sentence, with their triggers. `timexes` are the tagger's expressions for
 * the whole text; `quoted` is its direct-quotation mask.
 */
export function buildClauses(
  text: string,
  sentences: readonly Sentence[],
  timexes: readonly Timex[],
  quoted: Uint8Array,
): { clauses: Clause[]; credits: Credit[] } {
  const clauses: Clause[] = [];
  const credits: Credit[] = [];
  let t = 0;
  for (const sentence of sentences) {
    while (t < timexes.length && (timexes[t]?.start ?? 0) < sentence.start) t++;
    const inside: Timex[] = [];
    for (let k = t; k < timexes.length && (timexes[k]?.start ?? Infinity) < sentence.end; k++) {
      const x = timexes[k];
      if (x) inside.push(x);
    }
    const pieces: Draft[] = cutSentence(text, sentence).map((p) => ({ ...p, triggers: [] }));
    for (const x of inside) {
      if (modifiesNoun(text, x)) continue;
      const trigger = triggerOf(text, x);
      if (!trigger) continue;
      const piece = pieces.find((p) => x.start >= p.start && x.start < p.end);
      piece?.triggers.push(trigger);
    }
    for (const p of pieces) {
      const signal = signalOf(text, p);
      if (signal) {
        // The signal's words are its date: a date inside them is part of it ("Before 18 June").
        p.triggers = [signal, ...p.triggers.filter((x) => x.start >= signal.end)];
      }
      if (p.kind === "source" && p.speaker) {
        credits.push({ name: p.speaker, start: p.start, end: p.end });
      }
      if (p.kind === "speech") {
        p.speech = { speaker: p.speaker ?? "", verb: p.verb ?? "", start: p.start, end: p.end };
      }
    }
    // Right to left: each piece joins the one before it when the grammar says so and no clause
    // would end up with two dates.
    for (let i = pieces.length - 1; i >= 1; i--) {
      const c = pieces[i];
      const p = pieces[i - 1];
      if (!c || !p || p.kind === "source" || (p.kind === "speech" && !contentOf(text, p))) continue;
      if (!joins(text, p, c)) continue;
      p.end = c.end;
      p.triggers = [...p.triggers, ...c.triggers];
      if (c.speech) p.speech = c.speech;
      pieces.splice(i, 1);
    }
    for (const p of pieces) {
      if (p.kind === "source") continue;
      const speechStart = p.speech?.start ?? p.end;
      let letters = 0;
      let quotedLetters = 0;
      for (let i = p.start; i < speechStart; i++) {
        if (/\p{L}/u.test(text[i] ?? "")) {
          letters++;
          if (quoted[i]) quotedLetters++;
        }
      }
      clauses.push({
        sentence,
        start: p.start,
        end: p.end,
        kind: p.kind,
        triggers: p.triggers,
        ...(p.speech ? { speech: p.speech } : {}),
        quotedOnly: letters > 0 && quotedLetters === letters,
        dateOnly: dateOnly(text, p),
        index: clauses.length,
      });
    }
  }
  return { clauses, credits };
}

/** Words that may surround a date without saying anything of their own. */
const DATE_FRAME = new Set(
  (
    "which that who when where ended ending began beginning starting started before after until " +
    "till by on in at during the a an of from to since as early late mid end start beginning " +
    "middle rest"
  ).split(" "),
);

/**
 * Whether a piece says nothing but a date: "before the end of the month", ", which ended
 * December 30, 2006", "and 25" after "on April 24". It dates the clause before it (or the noun it
 * follows), not a happening of its own, and is never a title.
 */
function dateOnly(text: string, c: Draft): boolean {
  if (c.triggers.length === 0 || c.kind === "speech") return false;
  // Any piece but a speech: "on April 24 | and 25" is one date, whatever split it. A coordinated
  // piece needs the conjunction among its frame words; a verb would make it a clause of its own.
  const frame = (w: string): boolean =>
    DATE_FRAME.has(w) || (c.kind !== "prep" && c.kind !== "relative" && /^(?:and|or|to)$/.test(w));
  return wordsOf(text, c.start, c.end).every(
    // A word that starts inside a date is of it ("25." ends a sentence: its stop is no word).
    (w) => frame(w.lower) || c.triggers.some((t) => w.start >= t.start && w.start < t.end),
  );
}

/** Whether piece `c` joins piece `p` before it. */
function joins(text: string, p: Draft, c: Draft): boolean {
  if (dateOnly(text, c)) return true;
  const both = p.triggers.length > 0 && c.triggers.length > 0;
  switch (c.kind) {
    case "speech":
      return !both;
    case "relative":
    case "subordinate":
    case "soft":
      return !both;
    case "prep":
      return c.triggers.length === 0;
    case "hard":
      return c.triggers.length === 0 && !hasVerb(text, c.start, c.end);
    default:
      return false;
  }
}

/** Whether a speech piece holds words of its own beyond the attribution (", adding," holds none). */
function contentOf(text: string, p: Draft): boolean {
  return (
    p.kind !== "speech" ||
    (p.speech?.speaker ?? "") !== "" ||
    /\p{L}{3}/u.test(text.slice(p.start, p.end).replace(/adding|saying/g, ""))
  );
}

/**
 * Whether a date is written as a noun's modifier: "the 1991 agreement", "its 2005 revenue". It
 * dates that noun (an earlier happening the clause mentions), not the clause's own event.
 */
function modifiesNoun(text: string, x: Timex): boolean {
  if (!/^\d{4}$/.test(x.text.trim())) return false;
  const before = /(?:^|\s)(the|a|an|its|his|her|their|this|that)\s+$/i.exec(
    text.slice(Math.max(0, x.start - 8), x.start),
  );
  const after = /^\s+([a-z][a-z-]+)/.exec(text.slice(x.end, x.end + 30));
  return before !== null && after?.[1] !== undefined && !/^(?:and|or|to|in|of|for)$/.test(after[1]);
}

/** The trigger a found expression makes, if it dates anything. */
function triggerOf(text: string, x: Timex): Trigger | undefined {
  if (x.type === "SET") return undefined;
  if (x.type === "DURATION") {
    if (N_DAY.test(x.text) && /^P\d+D$/.test(x.value)) {
      const noun = /^\s+([a-z]+)/.exec(text.slice(x.end, x.end + 30))?.[1];
      if (noun)
        return { kind: "nDay", start: x.start, end: x.end + 1 + noun.length, timex: x, noun };
    }
    // A duration dates something only when counted from the dateline ("the next several months");
    // "nearly five years" dates nothing.
    return x.date && (x.date.earliest === null || x.date.latest === null)
      ? { kind: "timex", start: x.start, end: x.end, timex: x }
      : undefined;
  }
  // "now", "recently", "currently": no date beyond the dateline's side, which an undated event
  // says as well.
  if (x.value === "PRESENT_REF" || x.value === "PAST_REF" || x.value === "FUTURE_REF")
    return undefined;
  return { kind: "timex", start: x.start, end: x.end, timex: x };
}

/** "Before departure," / "After leaving Kyiv," opening a piece. */
function signalOf(text: string, p: Piece): Trigger | undefined {
  if (p.kind === "source" || p.kind === "speech") return undefined;
  const span: Span = quotableSpan(text, p.start, p.end);
  const body = text.slice(p.start, p.end);
  const lead = body.length - body.trimStart().length;
  const m = SIGNAL.exec(body.trimStart());
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  const start = p.start + lead + m[0].indexOf(m[1]);
  const end = start + m[1].length + 1 + m[2].length;
  if (end > span.end) return undefined;
  return {
    kind: "signal",
    start,
    end,
    word: m[1].toLowerCase() as "before" | "after",
    object: m[2],
  };
}
