/**
 * Which clauses a timeline wants. Actions, announcements, decisions, releases, deals, meetings,
 * results and what is planned or expected are events; states ("Ryanair is the world's most
 * profitable airline", "iPhone 4 has a new steel frame", "There are 500 engineers"), opinions in
 * the present ("Analyst X predicts that …", "Y says …") and background in the present tense are
 * not, unless the text dates them (a clause with a date of its own is always an event). A headline
 * is not an event of its own either: it supports the event it speaks of.
 *
 * The reading is English grammar, not a list of topics: the verb group the status was read from
 * (status.ts) says whether the clause reports a happening. A form of "be" or "have" followed by
 * no participle is a state ("was long-awaited", "has a new screen"); a present tense without a
 * date is a state or a habit ("comes in two colours", "is priced at"); a past participle after
 * the auxiliary is a happening ("was first introduced", "have released").
 */
import { NOT_ED_SUFFIX } from "../model/lexicon.ts";
import type { Reading } from "./status.ts";
import type { Word } from "./text.ts";

/**
 * What an undated clause reports: a happening, a state, an opinion, something that did not happen
 * ("did not comment", "made no statement"), or background told of nobody the story names ("Many
 * buyers experienced issues").
 */
export type ClauseKind = "happening" | "state" | "opinion" | "negated" | "background";

const BE = new Set(["is", "are", "am", "was", "were", "'s", "'re", "be", "been", "being"]);
const HAVE = new Set(["has", "have", "had", "'ve", "'d"]);
/** Adverbs and particles that may sit between an auxiliary and its verb. */
const BETWEEN = new Set(
  (
    "not n't also now already still further then first originally initially previously currently " +
    "formally officially widely tentatively just never reportedly again finally recently long since " +
    "yet even only briefly personally quickly reportedly soon later both all each jointly newly " +
    "successfully publicly"
  ).split(" "),
);
/** Participles that do not end in -ed or -en. */
const IRREGULAR_PARTICIPLES = new Set(
  (
    "made said told met held kept led brought thought found felt sent spent built paid sold bought " +
    "struck fought caught run won lost hit set put cut shut quit done gone come become begun sung " +
    "swum drunk shot stood heard sought left dealt meant lent understood upheld withdrawn undergone " +
    "overtaken undertaken born borne torn worn sworn split spread cast hurt read let bid"
  ).split(" "),
);
/** Present-tense verbs that frame an opinion or a comment rather than report a happening. */
const OPINION_VERBS = new Set(
  (
    "says adds states notes predicts believes thinks argues claims suggests warns expects " +
    "attributes insists contends maintains feels reckons estimates speculates doubts fears " +
    "wonders considers describes calls credits blames praises criticises criticizes agrees " +
    "disagrees acknowledges admits concedes recalls explains"
  ).split(" "),
);

const NEGATION = new Set(["not", "n't", "never", "no", "neither", "nor", "without"]);
/**
 * Verbs that state what something is or does, not what happens: "will cost $250", "will allow
 * developers to …", "will use iOS 4", "will compete with …". In the future, without a date, they
 * describe a product or a rule.
 */
const STATIVE = new Set(
  (
    "cost allow support compete include feature contain mean require need have own remain use " +
    "enable run work depend weigh measure equal exceed lack resemble consist belong seem appear " +
    "look sound replace offer provide let"
  ).split(" "),
);

/** Modal frames that state an ability or a rule, not a happening: "will be able to", "will have to". */
const ABILITY =
  /^(?:will|would|'ll|could|can|may|might)\s+(?:not\s+)?(?:be\s+able|have\s+to|need\s+to|be\s+allowed|be\s+required)\b/;
/** Personal pronouns: a subject the story has named before. */
const PRONOUNS = new Set([
  "he",
  "she",
  "they",
  "it",
  "we",
  "i",
  "you",
  "his",
  "her",
  "their",
  "its",
]);
/** Capitalised words that open a sentence without naming anyone. */
const OPENERS = new Set(
  (
    "the a an this that these those some many most several other others all both each every any " +
    "no few such one two three four five six seven eight nine ten in on at for of by with from " +
    "after before during since while when as if but and or so yet however meanwhile also still " +
    "further moreover besides instead earlier later there here according"
  ).split(" "),
);

/** Whether the word after a verb reads as its object or complement ("that", "the", a name). */
function takesObject(next: Word | undefined): boolean {
  if (!next) return true;
  return (
    /^(?:that|the|a|an|his|her|its|their|this|these|those|it|him|them|what|how|why)$/.test(
      next.lower,
    ) || /^\p{Lu}/u.test(next.text)
  );
}

/** Whether a word is a past participle ("released", "given", "made"), not an adjective. */
function isParticiple(word: Word): boolean {
  const w = word.lower;
  if (w.includes("-")) return false; // "long-awaited", "well-known": adjectives
  if (IRREGULAR_PARTICIPLES.has(w)) return true;
  // "died", "used": four letters are enough; "need", "red", "hundred" end in -ed without a suffix.
  if (/ed$/.test(w)) return w.length > 3 && !NOT_ED_SUFFIX.has(w);
  return /en$/.test(w) && w.length > 4 && w !== "often";
}

/**
 * What a clause without a date of its own reports, from its words and the reading of its status
 * (`reading.cueSpan` marks the verb group it was read from).
 */
export function clauseKind(
  words: readonly Word[],
  reading: Reading,
  isName: (word: Word, index: number) => boolean = defaultIsName,
  dated = false,
): ClauseKind {
  const span = reading.cueSpan;
  const at = span ? words.findIndex((w) => w.start >= span.start) : -1;
  const group = at === -1 ? [] : words.slice(at, at + 4).map((w) => w.lower);
  if (
    at !== -1 &&
    (group.slice(0, 3).some((w) => NEGATION.has(w)) ||
      /^(?:neither|no|none|nobody|nothing)$/.test(words[0]?.lower ?? "") ||
      // "While no comment has been made": the same after a subordinating word.
      (/^(?:while|although|though|as|since|because|if|when)$/.test(words[0]?.lower ?? "") &&
        /^(?:neither|no|none|nobody|nothing)$/.test(words[1]?.lower ?? "")))
  )
    return "negated";
  if (ABILITY.test(group.join(" "))) return "state";
  // "will cost", "will be available to users": what a product will be, not a happening.
  if (reading.status === "planned" || reading.status === "expected") {
    const after = group.slice(1).find((w) => !BETWEEN.has(w) && w !== "be" && !/ly$/.test(w));
    if (group[0] === "will" || group[0] === "would" || group[0] === "'ll") {
      if (after !== undefined && STATIVE.has(after)) return "state";
    }
    // "may be too small", "could rise": a possibility, not a plan.
    if (/^(?:may|might|could)$/.test(group[0] ?? "")) return "opinion";
  }
  // Who does it: a name or a pronoun before the verb ("Jobs said", "He showed", "The new iPhone
  // was praised"); or, in the passive, the agent after it ("… was praised by Jobs").
  if (at > 0 || at === -1) {
    const subject = at === -1 ? words : words.slice(0, at);
    const named = subject.some(
      (w, i) => PRONOUNS.has(w.lower) || (defaultIsName(w) && isName(w, i)),
    );
    const agent = words
      .slice(at)
      .some((w, i, ws) => ws[i - 1]?.lower === "by" && isName(w, at + i));
    if (!named && !agent) return "background";
  }
  // A present-tense frame before the verb group: "Analyst X predicts that …", "Y says …".
  const frameEnd = at === -1 ? words.length : at;
  for (let i = 1; i < frameEnd; i++) {
    const w = words[i];
    if (w && OPINION_VERBS.has(w.lower) && !/^\p{Lu}/u.test(w.text) && takesObject(words[i + 1]))
      return "opinion";
  }
  // A present tense the status reader passed over ("iOS 5 introduces 200 features, including …
  // installed"): the clause describes, it does not report. With a date of its own, a present
  // tense is news told in the present ("the trip comes during frosty ties"): only the auxiliary's
  // reading below may make it a state.
  const end = dated ? 0 : at === -1 ? words.length : at;
  for (let i = 1; i < end; i++) {
    const w = words[i];
    const prev = words[i - 1];
    const next = words[i + 1];
    if (
      w &&
      prev &&
      next &&
      /^[a-z]{3,}(?:es|s)$/.test(w.text) &&
      !/(?:ss|us|is|ous|ics)$/.test(w.lower) &&
      !/^(?:the|a|an|of|for|in|on|at|by|with|from|to|and|or|its|their|his|her|this|these|those|new|more|many|some|all|several)$/.test(
        prev.lower,
      ) &&
      /^(?:the|a|an|its|their|his|her|this|these|those|some|all|around|about|more|over|up|full|new|\d[\d,.]*)$/.test(
        next.lower,
      )
    ) {
      return "state";
    }
  }
  if (reading.status === "present" && !dated) {
    const w = at === -1 ? undefined : words[at];
    return w && OPINION_VERBS.has(w.lower) ? "opinion" : "state";
  }
  // "Apple is also facing competition": without a date, the narrator's present progressive
  // describes how things stand (a speaker's "I'm hoping to meet Xi" is left as it was).
  if (
    !dated &&
    reading.status === "ongoing" &&
    (words[at]?.lower === "is" || words[at]?.lower === "are")
  )
    return "state";
  if (reading.status !== "occurred" || at === -1) return "happening";
  const aux = words[at];
  if (!aux || !(BE.has(aux.lower) || HAVE.has(aux.lower))) return "happening";
  // The verb after the auxiliary: a participle makes a happening ("was introduced", "has
  // released"), anything else a state ("was the year of", "has a new screen", "were 500").
  let k = at + 1;
  while (k < words.length && BETWEEN.has(words[k]?.lower ?? "")) k++;
  let next = words[k];
  if (next && (next.lower === "been" || next.lower === "being")) {
    k++;
    while (k < words.length && BETWEEN.has(words[k]?.lower ?? "")) k++;
    next = words[k];
    // "has been fighting" is a happening in progress; without a date, "has been focusing on" is a
    // state of affairs the article describes.
    // With a date of its own ("has been fighting cancer since 2004") it is the happening.
    if (next && /ing$/.test(next.lower) && next.lower.length > 4)
      return dated ? "happening" : "state";
  }
  if (next && isParticiple(next)) return "happening";
  if (next && HAVE.has(aux.lower) && /ing$/.test(next.lower)) return "happening";
  return "state";
}

/** A capitalised or camel-case word that is not a common sentence opener: a name. */
function defaultIsName(word: Word): boolean {
  return (
    (/^\p{Lu}/u.test(word.text) || /^\p{Ll}+\p{Lu}/u.test(word.text)) && !OPENERS.has(word.lower)
  );
}

/**
 * Whether a paragraph reads as a headline: the article's first paragraph, one line without the
 * full stop that ends a sentence, and short.
 */
export function isHeadline(paragraph: string, index: number): boolean {
  if (index !== 0) return false;
  const body = paragraph.trim();
  if (body === "" || body.includes("\n")) return false;
  if (/[.!?]["'”’)]*$/.test(body)) return false;
  return body.split(/\s+/).length <= 20;
}
