/**
 * The words a passage is matched by when the proposer asks whether two reports tell of the same
 * happening: the names it gives (capitalised and camel-case words: "Steve Jobs", "iPhone"), the
 * happening words (verbs and event nouns, reduced to one stem per family: "launched", "launch" and
 * "launches" are one; "resigned" and "resignation" are one; "fought" is "fight"), and its other
 * content words, stemmed. Stems come from the Porter stemmer (the `stemmer` package); irregular
 * past forms and the nominalisations Porter keeps apart are mapped first.
 *
 * Pure and cheap: a few regular expressions and table look-ups per word, so the proposer can
 * match every event of a 10,000-article archive.
 */
import { stemmer } from "stemmer";
import { readStatus } from "./status.ts";
import { wordsOf } from "./text.ts";
import {
  EVENT_NOUN_WORDS,
  IRREGULAR_STEMS,
  MATCH_STOP_WORDS,
  NOT_NAMES,
  NOUN_VERB_PAIRS,
  SENTENCE_OPENERS,
} from "../model/lexicon.ts";

/** What a passage is matched by. */
export type Terms = {
  /** Lower-case name words ("steve", "jobs", "iphone"), as the text capitalises them. */
  names: Set<string>;
  /** Stems of its happening words: verbs and event nouns ("launch", "resign", "introduc"). */
  heads: Set<string>;
  /** Stems of its main verbs: the verb each passage's status is read from ("fought" → "fight"). */
  mains: Set<string>;
  /** Stems of its other content words ("music", "store", "cancer"). */
  words: Set<string>;
  /** For the checks: the first written form of each stem or name ("introduced", "iPhone"). */
  shown: Map<string, string>;
};

/** A word's stem: irregular forms and nominalisations mapped to their family. */
export function stemOf(word: string): string {
  const known = STEMS.get(word);
  if (known !== undefined) return known;
  const lower = word
    .toLowerCase()
    .replace(/[’']s$/, "")
    .replace(/[’']/g, "");
  const base = IRREGULAR_STEMS[lower] ?? lower;
  const porter = stemmer(base);
  const stem = FAMILY.get(porter) ?? porter;
  // News repeats its words, and stemming is the costly part of reading them.
  if (STEMS.size >= 50_000) STEMS.clear();
  STEMS.set(word, stem);
  return stem;
}

const STEMS = new Map<string, string>();

/** Noun stems to their verb's stem. */
const FAMILY = new Map(NOUN_VERB_PAIRS.map(([noun, verb]) => [stemmer(noun), stemmer(verb)]));
/** Stems of the event nouns. */
const EVENT_NOUNS = new Set(EVENT_NOUN_WORDS.split(" ").map(stemOf));
/** Stems of reporting words: weak evidence that two reports are one. */
const REPORTING = new Set(
  "say said says tell told state stated note noted report reported add added announce announced comment claim"
    .split(" ")
    .map(stemOf),
);

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}’'&.-]*/gu;

/** Whether a word is written as a name: "Apple", "iPhone", "AT&T" (not at a sentence's start). */
function looksLikeName(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);
}

/** Words before which an -ing form is a verb ("was fighting", "while introducing"). */
const BEFORE_ING = new Set(
  "is are was were be been being am while when after before by since without upon on".split(" "),
);
/** Words before which a base form is a verb ("will offer", "to receive"). */
const BEFORE_BASE = new Set("will would to shall could can may might must 'll".split(" "));
/** Words before which an -ed form is an adjective, not a verb ("the increased tension"). */
const DETERMINERS = new Set(
  "the a an his her its their our my your this that these those".split(" "),
);

/**
 * Verbs by form and place: past tenses and participles ("launched", "fought"), -ing forms after
 * an auxiliary or a subordinator ("was fighting", "while introducing"), base forms after a modal
 * or "to" ("will offer"). Plural nouns and noun modifiers ("features", "operating system") are not.
 */
function looksLikeVerb(lower: string, prev: string): boolean {
  if (DETERMINERS.has(prev)) return false;
  if (lower in IRREGULAR_STEMS) return true;
  if (/ed$/.test(lower) && lower.length > 4) return true;
  if (/ing$/.test(lower) && lower.length > 4) return BEFORE_ING.has(prev);
  return BEFORE_BASE.has(prev);
}

/**
 * The terms of a passage. `heads` holds the stems of its verbs (by form) and event nouns;
 * `names` its capitalised words other than a sentence's first (unless that word is capitalised
 * elsewhere in the passage too) and function words; `words` the rest of its content words.
 */
export function termsOf(text: string): Terms {
  const known = CACHE.get(text);
  if (known) return known;
  const terms = readTerms(text);
  // Quotes are matched again each time their event is: keep the latest few thousand.
  if (CACHE.size >= CACHE_SIZE) CACHE.clear();
  CACHE.set(text, terms);
  return terms;
}

const CACHE = new Map<string, Terms>();

/**
 * Makes `termsOf(text)` answer `terms` without reading the text again: for a thread that matches
 * drafts another thread read (their terms travel with them).
 */
export function rememberTerms(text: string, terms: Terms): void {
  if (CACHE.size >= CACHE_SIZE) CACHE.clear();
  CACHE.set(text, terms);
}
const CACHE_SIZE = 20_000;

/** Terms with nothing in them yet. */
function emptyTerms(): Terms {
  return {
    names: new Set(),
    heads: new Set(),
    mains: new Set(),
    words: new Set(),
    shown: new Map(),
  };
}

function readTerms(text: string): Terms {
  const out = emptyTerms();
  for (const main of mainVerbs(text)) {
    out.mains.add(main.stem);
    out.heads.add(main.stem);
    if (!out.shown.has(main.stem)) out.shown.set(main.stem, main.word);
  }
  const tokens: { word: string; opener: boolean; prev: string; joined: boolean }[] = [];
  let opener = true;
  let prev = "";
  let end = 0;
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0].replace(/[.\-&]+$/, "").replace(/[’']s$/, "");
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (/[.!?:"“]\s*$/.test(before)) opener = true;
    // Only a space between two words keeps them in one name ("iPhone 4", not "iPhone, iPhone").
    const joined = /^\s+$/.test(text.slice(end, m.index)) && !/[’']s$/.test(m[0]);
    if (word !== "") tokens.push({ word, opener, prev, joined });
    opener = false;
    prev = word.toLowerCase();
    end = m.index + m[0].length;
  }
  const lowerInside = new Set(
    tokens.filter((t) => /^\p{Ll}/u.test(t.word)).map((t) => t.word.toLowerCase()),
  );
  const capitalisedInside = new Set(
    tokens.filter((t) => !t.opener && looksLikeName(t.word)).map((t) => t.word.toLowerCase()),
  );
  // A run of name words, with a number that follows it, is a name of its own: "iPhone 4",
  // "Steve Jobs", "iTunes Music Store" say more than each of their words.
  let run: string[] = [];
  let written: string[] = [];
  const flush = (): void => {
    if (run.length > 1) {
      const key = run.join(" ");
      out.names.add(key);
      if (!out.shown.has(key)) out.shown.set(key, written.join(" "));
    }
    run = [];
    written = [];
  };
  for (const { word, opener: first, prev: before, joined } of tokens) {
    if (!joined) flush();
    const lower = word.toLowerCase();
    const isNumber = /^\d+(?:[.,]\d+)*$/.test(lower);
    if (isNumber && run.length > 0 && written.length < 5) {
      run.push(lower);
      written.push(word);
      flush();
      continue;
    }
    if (MATCH_STOP_WORDS.has(lower) || isNumber || NOT_NAMES.has(lower)) {
      flush();
      continue;
    }
    if (
      looksLikeName(word) &&
      (!first ||
        capitalisedInside.has(lower) ||
        (!SENTENCE_OPENERS.has(lower) && !lowerInside.has(lower)))
    ) {
      out.names.add(lower);
      if (!out.shown.has(lower)) out.shown.set(lower, word);
      run.push(lower);
      written.push(word);
      continue;
    }
    flush();
    if (lower.length < 3) continue;
    const stem = stemOf(lower);
    if (stem.length < 2) continue;
    const isHead = EVENT_NOUNS.has(stem) || REPORTING.has(stem) || looksLikeVerb(lower, before);
    if (isHead) out.heads.add(stem);
    else if (!out.heads.has(stem)) out.words.add(stem);
    if (!out.shown.has(stem)) out.shown.set(stem, word);
  }
  flush();
  return out;
}

/** Auxiliaries, adverbs and particles of a verb group, which are not its main verb. */
const GROUP_WORDS = new Set(
  (
    "is are am was were be been being has have had 's 're 've 'd do does did will would shall " +
    "should can could may might must 'll to not n't also now already still just never then first " +
    "further again finally recently reportedly officially formally likely unlikely expected " +
    "scheduled set due going about able"
  ).split(" "),
);

/** Past tenses of verbs that report a statement: the statement is itself a happening. */
export const STATED = new Set(
  (
    "said told announced stated confirmed revealed declared noted added explained promised " +
    "pledged warned insisted claimed acknowledged admitted disclosed predicted vowed"
  ).split(" "),
);

/**
 * The main verbs of a passage: the last word of the verb group its status is read from, and for
 * a statement of something to come ("Jobs said that Apple will offer …") the statement's verb.
 */
function mainVerbs(text: string): { stem: string; word: string }[] {
  const words = wordsOf(text, 0, text.length);
  const reading = readStatus(
    words,
    words.map(() => false),
    false,
  );
  const span = reading.cueSpan;
  if (!span) return [];
  const out: { stem: string; word: string }[] = [];
  const group = words.filter((w) => w.start >= span.start && w.end <= span.end);
  const verb = [...group].reverse().find((w) => !GROUP_WORDS.has(w.lower));
  if (
    verb &&
    verb.lower.length >= 3 &&
    !MATCH_STOP_WORDS.has(verb.lower) &&
    !/^\p{Lu}/u.test(verb.text)
  ) {
    // "step down", "stand down": a resignation.
    const next = words[words.indexOf(verb) + 1]?.lower;
    const phrasal = /^(?:step|stand)/.test(verb.lower) && next === "down";
    out.push({ stem: phrasal ? "resign" : stemOf(verb.lower), word: verb.text });
  }
  // "has chosen to step down", "decided to leave": the infinitive tells the happening.
  const last = group.at(-1);
  if (last?.lower === "to") {
    const inf = words[words.indexOf(last) + 1];
    const particle = words[words.indexOf(last) + 2]?.lower;
    if (
      inf &&
      /^\p{Ll}/u.test(inf.text) &&
      !MATCH_STOP_WORDS.has(inf.lower) &&
      !GROUP_WORDS.has(inf.lower)
    ) {
      const phrasal = /^(?:step|stand)$/.test(inf.lower) && particle === "down";
      out.push({ stem: phrasal ? "resign" : stemOf(inf.lower), word: inf.text });
    }
  }
  if (reading.status === "planned" || reading.status === "expected") {
    const said = words.find((w) => w.start < span.start && STATED.has(w.lower));
    if (said) out.push({ stem: stemOf(said.lower), word: said.text });
  }
  return out;
}

/**
 * Words an article may use by turns for one happening ("stepped down", "resigned", "his
 * resignation"), by family. Each word is stemmed as `stemOf` stems it.
 */
const FAMILIES: Record<string, string> = {
  resign: "resign quit depart departure",

  oust: "oust fire dismiss sack",
  die: "die died death",
  sue: "sue sued lawsuit suit",
};
const FAMILY_OF = new Map<string, string>();
for (const [family, words] of Object.entries(FAMILIES)) {
  for (const w of words.split(" ")) FAMILY_OF.set(stemOf(w), family);
}

/** The family of a happening stem ("quit" → "resign"), or the stem itself. */
export function familyOf(stem: string): string {
  return FAMILY_OF.get(stem) ?? stem;
}

/** Whether a word is written as a verb: a past or participle form, or ends in -s, -ed, -ing. */
export function isVerbForm(word: string): boolean {
  const lower = word.toLowerCase();
  return lower in IRREGULAR_STEMS || (/(?:s|ed|ing)$/.test(lower) && lower.length > 3);
}

/** Whether a stem is that of a noun naming a happening ("launch", "resignation", "leave"). */
export function isEventNoun(stem: string): boolean {
  return EVENT_NOUNS.has(stem);
}

/**
 * Light verbs: their sense is in their object ("left the company", "left a farewell"; "made a
 * statement"), so alone they say little about which happening it is.
 */
const LIGHT = new Set(
  (
    "leave left make made take took taken have had give gave given get got come came go went " +
    "put set keep kept hold held do did become became bring brought show showed see saw use " +
    "turn move stand stood remain include includes"
  )
    .split(" ")
    .map(stemOf),
);

/** Whether a stem is a light verb's ("left", "made"): its sense is in its object. */
export function isLight(stem: string): boolean {
  return LIGHT.has(stem);
}

/**
 * Whether a stem is weak evidence on its own that two reports tell of one happening: a reporting
 * word ("said", "told") or a light verb ("left", "made").
 */
export function isReporting(stem: string): boolean {
  return REPORTING.has(stem) || LIGHT.has(stem);
}

/** The union of several passages' terms. */
export function mergeTerms(all: readonly Terms[]): Terms {
  const out = emptyTerms();
  for (const t of all) {
    for (const n of t.names) out.names.add(n);
    for (const h of t.heads) out.heads.add(h);
    for (const m of t.mains) out.mains.add(m);
    for (const w of t.words) out.words.add(w);
    for (const [k, v] of t.shown) if (!out.shown.has(k)) out.shown.set(k, v);
  }
  return out;
}
