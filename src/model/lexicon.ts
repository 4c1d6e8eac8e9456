/**
 * The English lexicon: every list of English words that Dateline reads text with, in one place.
 * The temporal tagger (src/timex/: its rules and its tense guess, tense.ts), the proposer's status
 * reading (src/propose/status.ts) and the detail panel's date phrases (model/datePhrase.ts) take
 * their words from here, so a word added for one is there for the others.
 *
 * One vocabulary, several uses. Where two readers once kept lists of their own, the lists were
 * reconciled: the shared base is defined once (`DETERMINERS`, `ADVERBS`, `IRREGULAR_PAST`,
 * `FUTURE_MODALS`, the auxiliaries) and a reader that needs more names its additions here, with
 * why (`BEFORE_ADJECTIVE`, `NOMINAL_BEFORE`, `ADJECTIVAL_ED`, `TENSE_ONLY_PAST`). Each
 * reconciliation kept every output of the tagger and the proposer as it was (measured on the
 * 256 TimeML news documents and 30 Wikinews articles; docs/timex.md).
 *
 * Month and weekday names come from date-fns' en-GB locale, as the app's labels do. Words only:
 * what they mean in TIMEX3 (season codes, parts of the day) is the tagger's business.
 */
import type { Day, Month } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";

// Both helpers are marked free of side effects, so that a bundle keeps only the lists it uses
// (the explorer's detail panel needs TIME_WORDS, not the verbs).

/** The words of a space-separated list, in order. */
/* @__NO_SIDE_EFFECTS__ */
function words(list: string): readonly string[] {
  return list.trim().split(/\s+/);
}

/** A set of the words of one or more lists. */
/* @__NO_SIDE_EFFECTS__ */
function wordSet(...lists: readonly (readonly string[])[]): ReadonlySet<string> {
  return new Set(lists.flat());
}

// ---------------------------------------------------------------------------------------------
// Names of months and days.

const wideMonth = (i: number): string =>
  enGB.localize.month(i as Month, { width: "wide" }).toLowerCase();

/**
 * Month names and their abbreviations, lower case, to their month (1–12): en-GB's wide and
 * abbreviated names (`june`, `jun`), plus `sept`, which news style writes and the locale does not.
 */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map<string, number>(
  Array.from({ length: 12 }, (_, i) => [
    [wideMonth(i), i + 1] as const,
    [enGB.localize.month(i as Month, { width: "abbreviated" }).toLowerCase(), i + 1] as const,
  ])
    .flat()
    .concat([["sept", 9]]),
);

/** The abbreviations among MONTH_WORDS (every name shorter than its month's full name). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [...MONTH_WORDS].filter(([name, m]) => name.length < wideMonth(m - 1).length).map(([n]) => n),
);

/** Weekday names, lower case, to their number (0 = Sunday … 6 = Saturday), from en-GB. */
export const WEEKDAY_WORDS: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 7 }, (_, i) => [
    enGB.localize.day(i as Day, { width: "wide" }).toLowerCase(),
    i,
  ]),
);

/** Weekday abbreviations: en-GB's (`mon`, `tue`) and news style's `tues`, `thur`, `thurs`. */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = [
  ...Array.from({ length: 7 }, (_, i) =>
    enGB.localize.day(i as Day, { width: "abbreviated" }).toLowerCase(),
  ),
  ...words("tues thur thurs"),
];

// ---------------------------------------------------------------------------------------------
// Numbers.

/** `zero` to `nineteen`, each at its value. */
export const SMALL_NUMBERS: readonly string[] = words(`
  zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen`);

/** `twenty` to `ninety`: entry i is (i + 2) × 10. */
export const TENS: readonly string[] = words(
  "twenty thirty forty fifty sixty seventy eighty ninety",
);

/** Ordinals up to the twelfth, in words and digits, to their number. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ["first", 1],
  ["1st", 1],
  ["second", 2],
  ["2nd", 2],
  ["third", 3],
  ["3rd", 3],
  ["fourth", 4],
  ["4th", 4],
  ["fifth", 5],
  ["5th", 5],
  ["sixth", 6],
  ["6th", 6],
  ["seventh", 7],
  ["eighth", 8],
  ["ninth", 9],
  ["tenth", 10],
  ["eleventh", 11],
  ["twelfth", 12],
]);

// ---------------------------------------------------------------------------------------------
// Units, seasons, parts of the day.

/** Units of time, singular, shortest span first within each size (`week` before `weekend`). */
export const UNIT_WORDS: readonly string[] = words(
  "second minute hour day night week weekend fortnight month quarter year decade century",
);

/** The seasons' names; `fall` and `autumn` are one season. */
export const SEASON_WORDS = ["spring", "summer", "fall", "autumn", "winter"] as const;

/** A season's name. */
export type SeasonWord = (typeof SEASON_WORDS)[number];

/** Parts of the day that TIMEX3 names (`Friday night`, `this morning`). */
export const PART_OF_DAY_WORDS: readonly string[] = words("morning afternoon evening night");

/**
 * Every word that places something in time, lower case, without a plural `s`: month and weekday
 * names and abbreviations, units, seasons, parts of the day, and the words that order or place
 * in time ("ago", "next", "during"). A phrase holding one of them names a time
 * (`phraseNamesTime` in datePhrase.ts).
 */
export const TIME_WORDS: ReadonlySet<string> = wordSet(
  [...MONTH_WORDS.keys()],
  [...WEEKDAY_WORDS.keys()],
  WEEKDAY_ABBREVIATIONS,
  UNIT_WORDS,
  ["season"],
  SEASON_WORDS,
  PART_OF_DAY_WORDS,
  words(`
    noon midday midnight dawn dusk eve daily weekly monthly yearly annual annually era period
    today tonight tomorrow yesterday now soon recently lately currently earlier later ago past
    next last coming ahead upcoming previous previously following before after since until till
    during meanwhile then once ongoing early late mid beginning end start first third fourth
    final`),
);

// ---------------------------------------------------------------------------------------------
// Function words: what stands before a noun, between an auxiliary and its verb.

/** Articles. */
const ARTICLES = words("a an the");
/** Demonstratives. */
const DEMONSTRATIVES = words("this that these those");
/** Possessive determiners. */
const POSSESSIVES = words("my your his her its our their");
/** Quantifiers that stand as determiners. */
const QUANTIFIERS = words("some any no");

/** Determiners: a word after one is a noun or an adjective, not a verb ("the increased tax"). */
export const DETERMINERS: ReadonlySet<string> = wordSet(
  ARTICLES,
  DEMONSTRATIVES,
  POSSESSIVES,
  QUANTIFIERS,
);

/**
 * Words before which an -ed word is an adjective (the tagger's tense guess): the articles,
 * demonstratives and possessives, and the degree words that modify adjectives ("a still
 * unspecified date", "the newly elected"). Not the quantifiers: "some", "no" also stand alone
 * as subjects ("some started shipping" is a past tense).
 */
export const BEFORE_ADJECTIVE: ReadonlySet<string> = wordSet(
  ARTICLES,
  DEMONSTRATIVES,
  POSSESSIVES,
  words("still very more most well newly recently"),
);

/**
 * Words before which a verb form is a noun (the proposer's status reading: "the meets", "much
 * said", "of planned"): the determiners, and `of`, `much`, `more`. Not the degree words: the
 * proposer reads "recently announced" as a report.
 */
export const NOMINAL_BEFORE: ReadonlySet<string> = wordSet(
  ARTICLES,
  DEMONSTRATIVES,
  POSSESSIVES,
  QUANTIFIERS,
  words("of much more"),
);

/**
 * Words before which "hope" or "hopes" is a noun ("their hopes of", "expressed hope that"): the
 * articles, possessives and quantifiers, adjectives and verbs that take hope as their object.
 */
export const HOPE_AS_NOUN_BEFORE: ReadonlySet<string> = wordSet(
  ARTICLES,
  POSSESSIVES,
  QUANTIFIERS,
  words("high little new expressed voiced raised dashed of with in and growing"),
);

/** Adverbs that may stand between an auxiliary and its verb ("was originally scheduled"). */
export const ADVERBS: ReadonlySet<string> = wordSet(
  words(`
    not n't also now already still further then originally initially previously currently
    formally officially widely tentatively just never reportedly again finally recently long
    since yet even`),
);

/**
 * Adverbs of sequence ("was first scheduled", "had once been due"). The tagger's tense guess
 * skips them between an auxiliary and its participle as it skips ADVERBS; the proposer's status
 * reading stops at them, so its cue ends there ("was first"). Letting the proposer skip them
 * changes two of its cues on the measured news, so the two lists stay apart until a change to
 * the proposer decides.
 */
export const SEQUENCE_ADVERBS: ReadonlySet<string> = wordSet(words("first once"));

// ---------------------------------------------------------------------------------------------
// Verb groups: auxiliaries, modals, tenses.

/** "be" in the present (and its bare forms). */
export const BE_PRESENT: ReadonlySet<string> = wordSet(words("is are am 's 're 'm be being"));
const BE_PAST_WORDS = words("was were");
/** "be" in the past. */
export const BE_PAST: ReadonlySet<string> = wordSet(BE_PAST_WORDS);
/** "have" in the present. */
export const HAVE_PRESENT: ReadonlySet<string> = wordSet(words("has have 've"));
/** "have" in the past. */
export const HAVE_PAST: ReadonlySet<string> = wordSet(words("had 'd"));
/** "get", which makes a passive as "be" does ("get named"). */
export const GET: ReadonlySet<string> = wordSet(words("get gets getting"));

const FUTURE_MODAL_WORDS = words("will shall 'll won't wo");
/** Modals of the future (`wo` is "won't" cut at its apostrophe). */
export const FUTURE_MODALS: ReadonlySet<string> = wordSet(FUTURE_MODAL_WORDS);

/** Modals of what may be: the proposer's "expected" status. */
export const LIKELY_MODALS: ReadonlySet<string> = wordSet(words("could might may"));

const IRREGULAR_PAST_WORDS = words(`
    said told did went came took made got gave met saw left began fell rose won lost held kept
    led brought thought found felt sent spent built paid sold bought struck fought caught ran
    wrote spoke broke chose drove flew grew knew threw became shot stood heard sought arose
    drew overtook withdrew undertook tore wore swore stole froze woke rode sang sank shook
    bore forgot forgave hid bit fled slept swept wept meant lent dealt taught understood
    withstood upheld blew fed bled sped`);
/**
 * Past tenses that are not the present's spelling plus -ed (news uses these most), leaving out
 * those spelt as their present ("set", "put", "cut", "hit"); see PROPOSER_ONLY_PAST and
 * TENSE_ONLY_PAST for the few that only one reader takes.
 */
export const IRREGULAR_PAST: ReadonlySet<string> = wordSet(IRREGULAR_PAST_WORDS);

/**
 * Past tenses only the proposer's status reading takes. "hit" is spelt as its present: the
 * proposer, reading the verb of an event's own clause ("the storm hit the coast"), takes it as
 * past; the tagger's tense guess, reading any verb near a date, does not (a verb spelt alike in
 * both tenses marks nothing there). "rang": the tense guess reads the words after a date up to a
 * fixed length, and a "range" cut there reads as "rang" (measured: one guess changes).
 */
export const PROPOSER_ONLY_PAST: ReadonlySet<string> = wordSet(words("hit rang"));

const TENSE_ONLY_PAST_WORDS = words("quit bent");
/**
 * Past tenses only the tagger's tense guess reads: "quit" (spelt as its present, as "hit" is)
 * and "bent" (as often an adjective, "bent on", or a name in capitals). Given to the proposer
 * they change its drafts (measured: a byline, "BRUCE R. BENT", became an event), so they stay
 * apart.
 */
export const TENSE_ONLY_PAST: ReadonlySet<string> = wordSet(TENSE_ONLY_PAST_WORDS);

/**
 * Words ending in -ed whose -ed is no past-tense suffix: not verbs ("hundred", "sacred"), or
 * verbs ending in -eed ("proceed").
 */
export const NOT_ED_SUFFIX: ReadonlySet<string> = wordSet(
  words(`
    need indeed red bed hundred speed seed feed proceed succeed exceed breed greed shed wed led
    bred sacred naked wicked ragged rugged kindred beloved`),
);

/**
 * Participles news uses as adjectives ("the alleged killer", "increased tension"). The proposer
 * never takes them for an event's past tense. The tagger's tense guess reads them as verbs
 * ("profits increased in May" is past): giving it this list changes about a hundred of its
 * guesses on the measured news, so it stays the proposer's.
 */
export const ADJECTIVAL_ED: ReadonlySet<string> = wordSet(
  words(`
    united based related alleged aged armed detailed limited advanced increased reduced suspected
    supposed unexpected unprecedented`),
);

/** Participles of an arrangement ("planned for March"): the proposer reads them as plans. */
export const PLAN_PARTICIPLES_ED: ReadonlySet<string> = wordSet(
  words("planned expected scheduled invited proposed"),
);

/** Verbs that report speech: what follows them is what was said. */
export const SPEECH_VERBS: ReadonlySet<string> = wordSet(
  words(`
    said says say told tells added adds announced announces stated noted warned explained
    insisted argued claimed wrote reported declared confirmed acknowledged stressed emphasised
    emphasized recalled`),
);

// ---------------------------------------------------------------------------------------------
// What the tagger's tense guess reads (src/timex/tense.ts): words that put a date ahead or behind.

/**
 * Words that say a date lies ahead: the future modals, "would", and verbs and adjectives of what
 * is to come ("upcoming", "intends", "resumes").
 */
export const FUTURE_MARKERS: ReadonlySet<string> = wordSet(
  FUTURE_MODAL_WORDS,
  words(`
    would tomorrow upcoming coming intends intend aims hopes hoping expects reconvenes resumes
    begins starts opens closes ends expires`),
);

/**
 * A present tense of a scheduled event ("Arafat and Albright meet Monday", "the court hears the
 * case Tuesday"), which in news speaks of the future.
 */
export const SCHEDULED_PRESENT: ReadonlySet<string> = wordSet(
  words(`
    begin go goes takes meet meets visits vote votes arrives arrive leaves travels heads faces
    hosts hears convenes testifies returns departs`),
);

/** Words that make a verb group future only when "to" follows: "plans to visit", not "vacation plans". */
export const FUTURE_BEFORE_TO: ReadonlySet<string> = wordSet(
  words("plans plan planning going expect hope likely set poised intended"),
);

/** Words that hint at the future without a verb to say so ("until Friday", "payable Jan. 2"). */
export const FUTURE_HINTS: ReadonlySet<string> = wordSet(
  words(`
    until till by through payable effective expire resume redeem record should must may can`),
);

/** Hints that, right before a date, govern it: a deadline or a start still to come. */
export const GOVERNING_HINTS: ReadonlySet<string> = wordSet(
  words("until till through effective payable"),
);

/**
 * Participles whose tense is their auxiliary's: "is scheduled to" (future), "was expected"
 * (past), "had been due to" (past); alone ("a scheduled visit") they only hint at the future.
 */
export const PLAN_PARTICIPLES: ReadonlySet<string> = wordSet(
  words("scheduled planned expected due slated set"),
);

/**
 * Words that say a date lies behind: the past tenses, "be" in the past, "have" (a present perfect
 * tells of the past), reporting verbs, and "ago", "last", "since", "earlier", "yesterday".
 */
export const PAST_MARKERS: ReadonlySet<string> = wordSet(
  IRREGULAR_PAST_WORDS,
  TENSE_ONLY_PAST_WORDS,
  BE_PAST_WORDS,
  words("had has have been says say reported announced ago last since earlier yesterday"),
);

// ---------------------------------------------------------------------------------------------
// What the proposer's status reading needs besides (src/propose/status.ts).

/** Verbs of delay: a clause holding one tells of a postponement. */
export const POSTPONE_VERBS: ReadonlySet<string> = wordSet(
  words(`
    delay delays delayed delaying postpone postpones postponed postponing defer defers deferred
    deferring shelve shelved shelves reschedule rescheduled cancel cancels cancelled canceled
    cancelling`),
);

/** Verbs that postpone with a particle: "put off", "called off", "pushed back". */
export const POSTPONE_WITH_PARTICLE: ReadonlySet<string> = wordSet(
  words("put puts putting call calls called calling push pushes pushed pushing"),
);

/** Words of hoping and wishing. */
export const HOPE_WORDS: ReadonlySet<string> = wordSet(
  words("hope hopes hoped hoping hopeful wish wishes wished"),
);

/** Verbs whose infinitive is planned: "plans to", "intends to", "agreed to", "invited to". */
export const PLAN_BEFORE_TO: ReadonlySet<string> = wordSet(
  words(`
    plan plans planning intend intends intending scheduled slated due set poised invited agreed
    agrees preparing prepares going pledged promised vowed aims aim aiming seeks seeking`),
);

/** Words whose infinitive is likely: "is likely to", "is expected to". */
export const LIKELY_BEFORE_TO: ReadonlySet<string> = wordSet(
  words("likely unlikely expected expects expect poised"),
);

/** Words of something under way. */
export const ONGOING_WORDS: ReadonlySet<string> = wordSet(
  words("underway ongoing continues continuing continue"),
);

/** Present tenses news uses for what happens now or is scheduled. */
export const PRESENT_VERBS: ReadonlySet<string> = wordSet(
  words(`
    comes follows remains seeks faces meets visits hosts holds leads begins starts opens ends
    marks aims wants needs takes makes gets goes runs stands sees brings gives keeps looks
    appears seems`),
);

// The proposer's matching words (src/propose/terms.ts): what says nothing about which happening
// a passage tells, and the nouns and verbs that name one.

/** Function words, reporting frames and filler that say nothing about which happening it is. */
export const MATCH_STOP_WORDS = new Set(
  (
    "a an the of to in on at for and or but with by from as into onto over under about after before " +
    "than then that this these those there here it its it's he him his she her hers they them their " +
    "we us our you your i me my who whom whose which what when where why how all any both each few " +
    "more most other some such no nor not only own same so too very can will just should now also " +
    "is are was were be been being am has have had having do does did doing would could may might " +
    "must shall one two three four five six seven eight nine ten first second new last next year " +
    "years month months week weeks day days today yesterday tomorrow time mr mrs ms dr per cent " +
    "percent according however further while although though because since until during including " +
    "million billion thousand hundred"
  )
    .split(" ")
    // The names of months and days, from the shared lexicon (not their abbreviations: "mar").
    .concat(
      [...MONTH_WORDS.keys()].filter((m) => !MONTH_ABBREVIATIONS.has(m)),
      [...WEEKDAY_WORDS.keys()],
    ),
);

/** Irregular past forms and participles, to their base. */
export const IRREGULAR_STEMS: Record<string, string> = {
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

/**
 * Capitalised words that open sentences without naming anyone: a sentence's first word is taken
 * for a name unless it is one of these (or the passage writes it in lower case elsewhere).
 */
export const SENTENCE_OPENERS = new Set(
  (
    "the a an this that these those some many most several other others all both each every any " +
    "no few such one two three four five six seven eight nine ten in on at for of by with from " +
    "after before during since while when as if but and or so yet however meanwhile also still " +
    "further moreover besides instead earlier later there here according it its he she they we " +
    "i his her their our you your what who which where why how although though because despite " +
    "unfortunately fortunately recently currently today yesterday tomorrow last next first " +
    "then now once even only just rather formerly previously under over among between into " +
    "through within without against around about near"
  ).split(" "),
);

/** Words written like names that name no one: company forms and titles ("Inc", "CEO"). */
export const NOT_NAMES = new Set(
  (
    "inc corp co ltd llc plc ag sa gmbh nv bv ceo cfo coo cto chairman chairwoman president " +
    "vice minister secretary chief executive officer director spokesman spokeswoman judge " +
    "justice senator governor mayor prime mr mrs ms dr prof sir lord lady king queen prince"
  ).split(" "),
);

/** Nouns whose Porter stem differs from their verb's, paired with the verb. */
export const NOUN_VERB_PAIRS: [string, string][] = [
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
export const EVENT_NOUN_WORDS =
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
