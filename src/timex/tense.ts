/**
 * Guessing whether an expression whose words leave it open ("Friday", "in May", "Aug. 7") lies
 * before or after the dateline, from the tense of the verb group it belongs to. News reports the
 * past, so the past is the default; a future marker near the expression ("will", "is expected
 * to", "plans to") turns it.
 *
 * The nearest marker wins, looking first backwards to the sentence's start, then forwards to its
 * end; but a marker that only hints at the future (a preposition, "until", "by"; a bare
 * participle, "a planned trip"; a modal such as "should") counts only where the sentence has no
 * verb that says its tense ("Until Thursday, they had not called him a suspect": the past). A
 * participle takes its tense from its auxiliary ("is scheduled to" the future, "had been
 * scheduled to" the past), and a passive participle ("will be named") is no past tense.
 */
import {
  ADVERBS,
  BE_PAST,
  BE_PRESENT,
  BEFORE_ADJECTIVE,
  FUTURE_BEFORE_TO,
  FUTURE_HINTS,
  FUTURE_MARKERS,
  GET,
  GOVERNING_HINTS,
  HAVE_PAST,
  HAVE_PRESENT,
  NOT_ED_SUFFIX,
  PAST_MARKERS,
  PLAN_PARTICIPLES,
  SCHEDULED_PRESENT,
  SEQUENCE_ADVERBS,
} from "../model/lexicon.ts";
import type { Direction } from "./types.ts";

/** What a word says of the tense: a side, and whether it settles it (a verb) or only hints. */
type Marker = { direction: Direction; strong: boolean };

/** Auxiliaries that put a participle in the present (so, for a plan, the future). */
const presentAux = (w: string): boolean => BE_PRESENT.has(w) || HAVE_PRESENT.has(w);
const pastAux = (w: string): boolean => BE_PAST.has(w) || HAVE_PAST.has(w);
/** Forms of "be" (and "get") before an -ed word: a passive, whose tense is the auxiliary's. */
const passiveAux = (w: string): boolean => BE_PRESENT.has(w) || GET.has(w);
/** Adverbs that may stand between an auxiliary and its participle ("was originally set to"). */
const adverb = (w: string): boolean => ADVERBS.has(w) || SEQUENCE_ADVERBS.has(w);

const TOKEN = /[A-Za-z']+/g;

/** A full stop, question or exclamation mark that may end a sentence. */
const SENTENCE_END = /[.!?]["')\]]*\s+(?=["'`(]*[A-Z])/g;
/** An initial or a title before a full stop ("P.", "Mr.", "U.S."): not a sentence's end. */
const ABBREVIATION =
  /(?:^|[^A-Za-z])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Rev|Lt|Col|Capt|Sgt|Prof|Inc|Co|Corp|Ltd|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs|U\.S|U\.N)\.$/;

/** How many words before and after the expression are read. */
const BEFORE_WORDS = 20;
const AFTER_WORDS = 6;

/**
 * The words of the sentence around [start, end), in text order, and the index of the first word
 * after the expression (the words before it are those below that index).
 */
function sentenceWords(text: string, start: number, end: number): { words: string[]; at: number } {
  const from = Math.max(0, start - 200);
  const left = text.slice(from, start);
  let cut = left.lastIndexOf("\n");
  for (const m of left.matchAll(SENTENCE_END)) {
    if (!ABBREVIATION.test(left.slice(Math.max(0, m.index - 6), m.index + 1))) {
      cut = Math.max(cut, m.index);
    }
  }
  const before = [...left.slice(cut + 1).matchAll(TOKEN)].map((m) => m[0]).slice(-BEFORE_WORDS);
  const right = text.slice(end, end + 160);
  const stop = /[.?!\n]/.exec(right);
  const after = [...right.slice(0, stop ? stop.index : undefined).matchAll(TOKEN)]
    .map((m) => m[0])
    .slice(0, AFTER_WORDS);
  return { words: [...before, ...after], at: before.length };
}

const lc = (w: string | undefined): string => (w ?? "").toLowerCase();

/** The auxiliary of the participle at `i`, skipping adverbs: its tense decides the participle's. */
function auxiliaryOf(words: string[], i: number): Direction | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = lc(words[k]);
    if (adverb(w)) continue;
    if (pastAux(w)) return "past";
    if (presentAux(w)) return "future";
    if (w === "been") {
      const v = lc(words[k - 1]);
      return v === "had" || v === "'d" ? "past" : "future";
    }
    return undefined;
  }
  return undefined;
}

/** An -ed word that is an adjective, not a past tense: "un-…-ed", or after a determiner. */
const isAdjective = (word: string, before: string): boolean =>
  /^un/.test(word) || BEFORE_ADJECTIVE.has(before);

/** What the word at `i` says of the tense, read with its neighbours; undefined when nothing. */
function markerAt(words: string[], i: number, at: number): Marker | undefined {
  const token = words[i] ?? "";
  const word = lc(token);
  const next = lc(words[i + 1]);
  // A preposition right before the expression governs it: "extended until Nov. 9", "loans
  // through January", "effective Feb. 1" name a date still to come whatever the verb's tense.
  // Not when it opens the sentence ("Until Thursday, they had not called him"): there the
  // main clause's verb tells.
  const governs =
    i > 0 &&
    ((GOVERNING_HINTS.has(word) &&
      (i === at - 1 || (i === at - 2 && /^(?:the|a|an|on|at)$/.test(lc(words[at - 1]))))) ||
      (word === "by" && i === at - 1));
  if (word === "next") return next === "to" ? undefined : { direction: "future", strong: true };
  if (PLAN_PARTICIPLES.has(word)) {
    if (word === "set" && next !== "to" && next !== "for") return undefined;
    const aux = auxiliaryOf(words, i);
    if (aux) return { direction: aux, strong: true };
    // Without an auxiliary: "flights scheduled to leave", "talks set to resume" are still to
    // come; "the team planned to leave", "a planned trip" only hint at it ("planned" may be a
    // past tense).
    if (next === "to" && word !== "planned" && word !== "expected") {
      return { direction: "future", strong: true };
    }
    return { direction: "future", strong: false };
  }
  if (word === "was" || word === "were") {
    // "were planning to drive", "was about to leave": a future seen from the past, which news
    // reports before it happens.
    let k = i + 1;
    while (adverb(lc(words[k]))) k++;
    const verb = lc(words[k]);
    if (
      /^(?:going|planning|preparing|about|due|scheduled|set|slated|poised)$/.test(verb) &&
      lc(words[k + 1]) === "to"
    ) {
      return { direction: "future", strong: true };
    }
  }
  if (FUTURE_BEFORE_TO.has(word)) {
    return next === "to" ? { direction: "future", strong: true } : undefined;
  }
  if ((word === "has" || word === "have") && next === "to") return undefined;
  if (FUTURE_MARKERS.has(word) || word.endsWith("'ll") || word === "won't") {
    return { direction: "future", strong: true };
  }
  if (SCHEDULED_PRESENT.has(word)) {
    return lc(words[i - 1]) === "to" ? undefined : { direction: "future", strong: true };
  }
  if (FUTURE_HINTS.has(word)) return { direction: "future", strong: governs };
  if (PAST_MARKERS.has(word)) {
    // "would be paid", "is held": a participle after "be" is a passive, not a past tense.
    return passiveAux(lc(words[i - 1])) ? undefined : { direction: "past", strong: true };
  }
  // A capitalised -ed word is a name ("United", "Reed"), not a verb; after "be" it is a passive
  // whose auxiliary tells the tense ("will be named").
  if (
    word.length > 4 &&
    word.endsWith("ed") &&
    (!word.endsWith("eed") || /(?:agr|fr|decr|guarant)eed$/.test(word)) && // not "succeed"
    !NOT_ED_SUFFIX.has(word) &&
    !/^[A-Z]/.test(token) &&
    !passiveAux(lc(words[i - 1])) &&
    !isAdjective(word, lc(words[i - 1]))
  ) {
    return { direction: "past", strong: true };
  }
  return undefined;
}

/**
 * Past or future for the expression at [start, end) of `text`, from the nearest verb-group
 * marker of tense in its sentence, else its nearest hint (`marked` true either way), or "past"
 * when there is neither (`marked` false).
 */
export function guessDirection(
  text: string,
  start: number,
  end: number,
): { direction: Direction; marked: boolean } {
  const { words, at } = sentenceWords(text, start, end);
  const order: number[] = [];
  for (let i = at - 1; i >= 0; i--) order.push(i);
  for (let i = at; i < words.length; i++) order.push(i);
  let hint: Direction | undefined;
  for (const i of order) {
    const m = markerAt(words, i, at);
    if (!m) continue;
    if (m.strong) return { direction: m.direction, marked: true };
    hint ??= m.direction;
  }
  return hint ? { direction: hint, marked: true } : { direction: "past", marked: false };
}
