/**
 * Guessing whether an expression whose words leave it open ("Friday", "in May", "Aug. 7") lies
 * before or after the dateline, from the tense of the words around it. News reports the past, so
 * the past is the default; a future marker near the expression ("will", "is expected to",
 * "until", "scheduled") turns it. The nearest marker wins, looking first backwards within the
 * sentence, then forwards.
 */
import type { Direction } from "./types.ts";

const FUTURE = new Set([
  "will",
  "'ll",
  "shall",
  "wo", // won't
  "scheduled",
  "planned",
  "plans",
  "plan",
  "planning",
  "expected",
  "expects",
  "expect",
  "due",
  "until",
  "till",
  "by",
  "upcoming",
  "intends",
  "intend",
  "aims",
  "hopes",
  "hope",
  "hoping",
  "would",
  "should",
  "must",
  "could",
  "might",
  "may",
  "can",
  "going",
  "next",
  "coming",
  "reconvenes",
  "resumes",
  "begins",
  "starts",
  "opens",
  "closes",
  "ends",
  "expires",
  "tomorrow",
  "payable",
  "effective",
  "expire",
  "expires",
  "redeem",
  "record",
  "through",
  "resume",
  "resumes",
]);

const PAST = new Set([
  "said",
  "says",
  "say",
  "was",
  "were",
  "had",
  "did",
  "told",
  "ago",
  "last",
  "since",
  "earlier",
  "yesterday",
  "been",
  "reported",
  "announced",
  "has",
  "have",
  // Irregular past tenses news uses most.
  "went",
  "came",
  "took",
  "made",
  "got",
  "gave",
  "met",
  "saw",
  "left",
  "began",
  "fell",
  "rose",
  "won",
  "lost",
  "held",
  "kept",
  "led",
  "brought",
  "thought",
  "found",
  "felt",
  "sent",
  "spent",
  "built",
  "paid",
  "sold",
  "bought",
  "struck",
  "fought",
  "caught",
  "ran",
  "wrote",
  "spoke",
  "broke",
  "chose",
  "drove",
  "flew",
  "grew",
  "knew",
  "threw",
  "became",
  "shot",
  "quit",
  "stood",
  "heard",
  "sought",
  "arose",
  "drew",
  "overtook",
  "withdrew",
  "undertook",
]);

/** Words ending in -ed that are not past-tense verbs for this purpose. */
const NOT_PAST_ED = new Set(["scheduled", "planned", "expected", "need", "indeed", "red", "bed"]);

const TOKEN = /[A-Za-z']+/g;

/** A full stop, question or exclamation mark that may end a sentence. */
const SENTENCE_END = /[.!?]["')\]]*\s+(?=["'`(]*[A-Z])/g;
/** An initial or a title before a full stop ("P.", "Mr.", "U.S."): not a sentence's end. */
const ABBREVIATION =
  /(?:^|[^A-Za-z])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Rev|Lt|Col|Capt|Sgt|Prof|Inc|Co|Corp|Ltd|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs|U\.S|U\.N)\.$/;

/** The words of the sentence before and after [start, end), nearest first. */
function around(text: string, start: number, end: number): { before: string[]; after: string[] } {
  const from = Math.max(0, start - 160);
  const left = text.slice(from, start);
  let cut = left.lastIndexOf("\n");
  for (const m of left.matchAll(SENTENCE_END)) {
    if (!ABBREVIATION.test(left.slice(Math.max(0, m.index - 6), m.index + 1))) {
      cut = Math.max(cut, m.index);
    }
  }
  const before = [...left.slice(cut + 1).matchAll(TOKEN)].map((m) => m[0]);
  const right = text.slice(end, end + 120);
  const stop = /[.?!\n]/.exec(right);
  const after = [...right.slice(0, stop ? stop.index : undefined).matchAll(TOKEN)].map((m) => m[0]);
  return { before: before.reverse().slice(0, 12), after: after.slice(0, 6) };
}

function classify(token: string): Direction | undefined {
  const word = token.toLowerCase();
  if (FUTURE.has(word) || word.endsWith("'ll")) return "future";
  if (PAST.has(word)) return "past";
  // A capitalised -ed word is a name ("United", "Reed"), not a verb.
  if (
    word.length > 4 &&
    word.endsWith("ed") &&
    (!word.endsWith("eed") || /(?:agr|fr|decr|guarant)eed$/.test(word)) && // not "succeed"
    !NOT_PAST_ED.has(word) &&
    !/^[A-Z]/.test(token)
  ) {
    return "past";
  }
  return undefined;
}

/**
 * Past or future for the expression at [start, end) of `text`, from the nearest tense marker in
 * its sentence (`marked`), or "past" when there is none (`marked` false).
 */
export function guessDirection(
  text: string,
  start: number,
  end: number,
): { direction: Direction; marked: boolean } {
  const { before, after } = around(text, start, end);
  for (const w of [...before, ...after]) {
    const d = classify(w);
    if (d) return { direction: d, marked: true };
  }
  return { direction: "past", marked: false };
}
