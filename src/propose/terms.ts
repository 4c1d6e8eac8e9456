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

/** What a passage is matched by. */
export type Terms = {
  /** Lower-case name words ("steve", "jobs", "iphone"), as the text capitalises them. */
  names: Set<string>;
  /** Stems of its happening words: verbs and event nouns ("launch", "resign", "introduc"). */
  heads: Set<string>;
  /** Stems of its other content words ("music", "store", "cancer"). */
  words: Set<string>;
  /** For the checks: the first written form of each stem or name ("introduced", "iPhone"). */
  shown: Map<string, string>;
};

/** Function words, reporting frames and filler that say nothing about which happening it is. */
const STOP = new Set(
  (
    "a an the of to in on at for and or but with by from as into onto over under about after before " +
    "than then that this these those there here it its it's he him his she her hers they them their " +
    "we us our you your i me my who whom whose which what when where why how all any both each few " +
    "more most other some such no nor not only own same so too very can will just should now also " +
    "is are was were be been being am has have had having do does did doing would could may might " +
    "must shall one two three four five six seven eight nine ten first second new last next year " +
    "years month months week weeks day days today yesterday tomorrow time mr mrs ms dr per cent " +
    "percent according however further while although though because since until during including " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june " +
    "july august september october november december million billion thousand hundred"
  ).split(" "),
);

/** Irregular past forms and participles, to their base. */
const IRREGULAR: Record<string, string> = {
  fought: "fight",
  underwent: "undergo",
  undergone: "undergo",
  went: "go",
  gone: "go",
  came: "come",
  took: "take",
  taken: "take",
  made: "make",
  gave: "give",
  given: "give",
  saw: "see",
  seen: "see",
  left: "leave",
  began: "begin",
  begun: "begin",
  held: "hold",
  kept: "keep",
  led: "lead",
  brought: "bring",
  bought: "buy",
  sold: "sell",
  built: "build",
  paid: "pay",
  sent: "send",
  spent: "spend",
  struck: "strike",
  caught: "catch",
  ran: "run",
  wrote: "write",
  written: "write",
  spoke: "speak",
  spoken: "speak",
  broke: "break",
  broken: "break",
  chose: "choose",
  chosen: "choose",
  drove: "drive",
  flew: "fly",
  flown: "fly",
  grew: "grow",
  grown: "grow",
  knew: "know",
  known: "know",
  threw: "throw",
  became: "become",
  shot: "shoot",
  stood: "stand",
  heard: "hear",
  sought: "seek",
  drew: "draw",
  drawn: "draw",
  withdrew: "withdraw",
  withdrawn: "withdraw",
  won: "win",
  lost: "lose",
  fell: "fall",
  fallen: "fall",
  rose: "rise",
  risen: "rise",
  hit: "hit",
  met: "meet",
  told: "tell",
  said: "say",
  found: "find",
  felt: "feel",
  fled: "flee",
  swept: "sweep",
  taught: "teach",
  upheld: "uphold",
  overtook: "overtake",
  undertook: "undertake",
  forgot: "forget",
  hid: "hide",
  stole: "steal",
  sank: "sink",
  sang: "sing",
  bore: "bear",
  dealt: "deal",
  lent: "lend",
  shut: "shut",
  set: "set",
  put: "put",
  cut: "cut",
  quit: "quit",
  died: "die",
  dies: "die",
  dying: "die",
  death: "die",
  dead: "die",
  born: "birth",
};

/** Nouns whose Porter stem differs from their verb's, paired with the verb. */
const NOUN_VERB: [string, string][] = [
  ["introduction", "introduce"],
  ["settlement", "settle"],
  ["acquisition", "acquire"],
  ["departure", "depart"],
  ["arrival", "arrive"],
  ["decision", "decide"],
  ["agreement", "agree"],
  ["appointment", "appoint"],
  ["retirement", "retire"],
  ["invasion", "invade"],
  ["explosion", "explode"],
  ["collision", "collide"],
  ["conclusion", "conclude"],
  ["expansion", "expand"],
  ["suspension", "suspend"],
  ["extension", "extend"],
  ["admission", "admit"],
  ["submission", "submit"],
  ["approval", "approve"],
  ["testimony", "testify"],
  ["trial", "try"],
  ["sale", "sell"],
  ["loss", "lose"],
  ["victory", "win"],
  ["growth", "grow"],
  ["payment", "pay"],
  ["closure", "close"],
  ["failure", "fail"],
  ["refusal", "refuse"],
  ["removal", "remove"],
  ["denial", "deny"],
  ["proposal", "propose"],
  ["withdrawal", "withdraw"],
  ["demonstration", "demonstrate"],
  ["investigation", "investigate"],
  ["election", "elect"],
  ["announcement", "announce"],
  ["resignation", "resign"],
  ["release", "release"],
  ["launch", "launch"],
  ["purchase", "purchase"],
  ["lawsuit", "sue"],
  ["suit", "sue"],
];

/** Nouns that name a happening ("the launch", "his resignation"): heads, like verbs. */
const EVENT_NOUN_WORDS =
  "launch release introduction unveiling announcement resignation retirement departure arrival " +
  "appointment election vote referendum death birth funeral wedding marriage divorce trial " +
  "lawsuit suit ruling verdict sentence appeal settlement agreement deal merger acquisition " +
  "purchase sale bid offer takeover bankruptcy strike protest attack bombing explosion crash " +
  "collision fire flood earthquake storm outbreak invasion war battle ceasefire truce treaty " +
  "summit meeting conference keynote visit trip tour talks negotiations speech interview hearing " +
  "investigation inquiry arrest raid shooting killing murder scandal leak recall outage glitch " +
  "transplant surgery operation leave absence diagnosis illness award prize listing split layoffs " +
  "cut hike ban approval veto reform law bill budget tax tariff sanctions embargo debut premiere " +
  "opening closure shutdown resignation overhaul redesign update upgrade";

/** A word's stem: irregular forms and nominalisations mapped to their family. */
export function stemOf(word: string): string {
  const lower = word
    .toLowerCase()
    .replace(/[’']s$/, "")
    .replace(/[’']/g, "");
  const base = IRREGULAR[lower] ?? lower;
  const stem = stemmer(base);
  return FAMILY.get(stem) ?? stem;
}

/** Noun stems to their verb's stem. */
const FAMILY = new Map(NOUN_VERB.map(([noun, verb]) => [stemmer(noun), stemmer(verb)]));
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

/** Verbs by form: past tenses, participles and -ing forms of 4 letters or more. */
function looksLikeVerb(lower: string): boolean {
  return (
    lower in IRREGULAR ||
    (/(?:ed|ing)$/.test(lower) && lower.length > 4) ||
    (/(?:es|s)$/.test(lower) && lower.length > 4 && !/(?:ss|us|is)$/.test(lower))
  );
}

/**
 * The terms of a passage. `heads` holds the stems of its verbs (by form) and event nouns;
 * `names` its capitalised words other than a sentence's first (unless that word is capitalised
 * elsewhere in the passage too) and function words; `words` the rest of its content words.
 */
export function termsOf(text: string): Terms {
  const out: Terms = { names: new Set(), heads: new Set(), words: new Set(), shown: new Map() };
  const tokens: { word: string; opener: boolean }[] = [];
  let opener = true;
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0].replace(/[.\-&]+$/, "").replace(/[’']s$/, "");
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (/[.!?:"“]\s*$/.test(before)) opener = true;
    if (word !== "") tokens.push({ word, opener });
    opener = false;
  }
  const capitalisedInside = new Set(
    tokens.filter((t) => !t.opener && looksLikeName(t.word)).map((t) => t.word.toLowerCase()),
  );
  for (const { word, opener: first } of tokens) {
    const lower = word.toLowerCase();
    if (STOP.has(lower) || /^\d+(?:[.,]\d+)*$/.test(lower)) continue;
    if (looksLikeName(word) && (!first || capitalisedInside.has(lower))) {
      out.names.add(lower);
      if (!out.shown.has(lower)) out.shown.set(lower, word);
      continue;
    }
    if (lower.length < 3) continue;
    const stem = stemOf(lower);
    if (stem.length < 2) continue;
    const isHead = EVENT_NOUNS.has(stem) || REPORTING.has(stem) || looksLikeVerb(lower);
    (isHead ? out.heads : out.words).add(stem);
    if (!out.shown.has(stem)) out.shown.set(stem, word);
  }
  return out;
}

/** Whether a stem is a reporting word ("said", "told"): weak evidence on its own. */
export function isReporting(stem: string): boolean {
  return REPORTING.has(stem);
}

/** The union of several passages' terms. */
export function mergeTerms(all: readonly Terms[]): Terms {
  const out: Terms = { names: new Set(), heads: new Set(), words: new Set(), shown: new Map() };
  for (const t of all) {
    for (const n of t.names) out.names.add(n);
    for (const h of t.heads) out.heads.add(h);
    for (const w of t.words) out.words.add(w);
    for (const [k, v] of t.shown) if (!out.shown.has(k)) out.shown.set(k, v);
  }
  return out;
}
