/**
 * Drafts of the words an editor writes: an event's title and summary, its id, the article's title.
 * They are taken from the article's own sentences, never made up, and marked in the file as drafts
 * to rewrite: a title is the event's main clause, cut short, with a person named as the registry
 * names them ("US Secretary of State Antony Blinken" → "Antony Blinken"); a summary is the
 * sentence the event is reported in, without its credit line.
 */
import { SLUG_PATTERN } from "../model/datasetTerms.ts";
import type { Mention } from "./names.ts";
import { quotableSpan } from "./text.ts";

/** A headline's length: titles stay within it wherever the clause allows. */
const TITLE_MAX = 70;
/** Past this, a title is cut at a word with an ellipsis (only when no phrase boundary fits). */
const TITLE_HARD_MAX = 90;

/** `s` with its first letter capitalised, unless it opens with a camel-case name ("iPhone"). */
function capitalise(s: string): string {
  if (/^\p{Ll}+\p{Lu}/u.test(s)) return s;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `s` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function cutAtWord(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, "")}…`;
}

/** Words that open a leading adverbial ("In …,", "Yesterday,", "Rather than …,"). */
const ADVERBIAL_OPENERS = new Set(
  (
    "in on at during after before following despite while when with under for as since unlike " +
    "like according among amid yesterday today tonight earlier later meanwhile however moreover " +
    "also further furthermore then now rather instead besides additionally still yet thus once " +
    "within without through throughout alongside beyond by from to"
  ).split(" "),
);
/** Verbs after which "that" opens their object, not a phrase to drop. */
const SAYING =
  /^(?:said|says|stated|states|announced|announces|claimed|claims|argued|noted|added|reported|revealed|confirmed|believes|believed|told)$/i;

/** Words that open a phrase a headline can end before. */
const PHRASE_STARTS = new Set(
  (
    "from to in on at for with by during after before as which that who whom whose where when " +
    "while because since until although though including despite amid over under into through " +
    "and but or so than via against between among about following"
  ).split(" "),
);
const FINITE =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do)$/i;

/** Whether a stretch of words holds a verb of its own (so it is not a leading adverbial). */
function holdsVerb(s: string): boolean {
  return s
    .split(/\s+/)
    .some(
      (w, i) =>
        FINITE.test(w) ||
        (i > 0 &&
          /^[a-z]{3,}ed$/.test(w) &&
          !/^(?:the|a|an|his|her|its|their)$/i.test(s.split(/\s+/)[i - 1] ?? "")),
    );
}

/**
 * The headline of a clause: its subject, verb and object in its own words, within about 70
 * characters, never a cut clause. From the quotable words of [start, end) of `text`:
 * - leading adverbials go ("In a surprising move,", "Yesterday, at this year's conference,");
 * - an appositive after the subject goes ("Steve Jobs, the Apple Chief Executive Officer,");
 * - the descriptive words before a subject's name go ("Irish low cost airline Ryanair" →
 *   "Ryanair");
 * - "He" or "She" opening it becomes the person the article last named (`pronounName`);
 * - persons are named as the registry names them;
 * - a clause longer than a headline ends before its last phrase that still leaves subject, verb
 *   and object ("… aircraft from the US manufacturer" → "… aircraft"); only a clause with no such
 *   boundary is cut at a word, with an ellipsis.
 */
export function draftTitle(
  text: string,
  start: number,
  end: number,
  persons: readonly Mention[],
  names: ReadonlyMap<string, string>,
  options: { verbAt?: number; pronounName?: string; subject?: string } = {},
): string {
  const span = quotableSpan(text, start, end);
  let s = "";
  let at = span.start;
  let verbIndex = -1;
  for (const m of persons) {
    if (m.start < span.start || m.end > span.end) continue;
    s += text.slice(at, m.start) + (names.get(m.id) ?? m.form);
    at = m.end;
  }
  s += text.slice(at, span.end);
  if (options.verbAt !== undefined && options.verbAt >= span.start && options.verbAt < span.end) {
    // The verb's place in the rewritten string: count the words before it.
    verbIndex = text
      .slice(span.start, options.verbAt)
      .split(/\s+/)
      .filter((w) => w !== "").length;
  }
  s = s.replace(/["“”]/g, "").replace(/\s+/g, " ").trim();
  // Leading adverbials: a comma-ended stretch without a verb of its own, before the subject,
  // that opens as an adverbial does ("In a surprising move,", "Yesterday,", "Structure-wise,").
  for (let i = 0; i < 3; i++) {
    const m = /^([^,]{2,100}),\s+/.exec(s);
    if (!m?.[1] || holdsVerb(m[1])) break;
    const first = (m[1].split(" ")[0] ?? "").toLowerCase();
    if (!ADVERBIAL_OPENERS.has(first) && !/(?:ly|wise)$/.test(first)) break;
    const rest = s.slice(m[0].length);
    if (rest.split(" ").length < 3 || /^\d/.test(rest)) break;
    verbIndex -= m[0].trim().split(/\s+/).length;
    s = rest;
  }
  // An appositive after a subject name: "Steve Jobs, the Apple CEO, announced".
  s = s.replace(
    /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*),\s+(?:the|a|an|formerly|founder|former)\b[^,]{0,70},\s+/u,
    (_, name: string) => `${name} `,
  );
  // "Irish low cost airline Ryanair has …": the subject is the name.
  s = s.replace(
    /^(?:\p{Lu}[\p{Ll}-]+\s+)?(?:(?!(?:and|or|of|with|to|for|by|from|in|on|at)\s)[\p{Ll}-]+\s+){1,4}((?:\p{Lu}[\p{L}&'’.-]*\s+){1,3})(?=(?:has|have|had|is|was|will|would|said|says|\p{Ll}+ed|\p{Ll}+s)\b)/u,
    (whole: string, name: string) =>
      /^(?:the|a|an|in|on|at|after|before)\s/i.test(whole) ? whole : name,
  );
  if (options.pronounName !== undefined) {
    s = s.replace(/^(?:He|She|he|she)\s+/, `${options.pronounName} `);
  }
  // A clause that shares its sentence's subject ("… and has been on medical leave since
  // January") takes that subject.
  if (
    options.subject !== undefined &&
    /^(?:has|have|had|is|are|was|were|will|would|\p{Ll}+ed|\p{Ll}{3,}s)\s/u.test(s)
  )
    s = `${options.subject} ${s}`;
  s = s.replace(/[.,;:]+$/, "");
  if (s.length > TITLE_MAX) s = endAtPhrase(s, verbIndex);
  s = s.replace(/[.,;:]+$/, "");
  return capitalise(cutAtWord(s, TITLE_HARD_MAX));
}

/**
 * A long headline ended before its last phrase that fits: at a comma, a dash, or before a
 * preposition or conjunction, after the verb and at least one word beyond it. Unchanged when no
 * such boundary fits.
 */
function endAtPhrase(s: string, verbIndex: number): string {
  const words = s.split(" ");
  let best = "";
  let length = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const next = words[i + 1];
    length += (i > 0 ? 1 : 0) + w.length;
    if (length > TITLE_MAX + 5) break;
    const nextLower = next?.toLowerCase() ?? "";
    const atBoundary =
      next === undefined ||
      /[,;:]$/.test(w) ||
      /^[-–—]+$/.test(next) ||
      (PHRASE_STARTS.has(nextLower) &&
        !/^(?:and|or|but)$/.test(nextLower) &&
        !(nextLower === "that" && SAYING.test(w)));
    const dangling = PHRASE_STARTS.has(w.toLowerCase().replace(/[,;:]$/, ""));
    const pastVerb = (verbIndex < 0 ? i >= 2 : i > verbIndex + 1) && !dangling;
    if (atBoundary && pastVerb && i >= 2) best = words.slice(0, i + 1).join(" ");
  }
  return best === "" ? s : best.replace(/[,;:]$/, "");
}

/** A summary: the sentence [start, end) without a trailing credit, ending with a full stop. */
export function draftSummary(text: string, start: number, end: number): string {
  const span = quotableSpan(text, start, end);
  const s = text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
  return capitalise(/[.!?]["”]?$/.test(s) ? s : `${s}.`);
}

const STOP = new Set(
  (
    "a an the of to in on at for and or but with by from as is are was were be been has have had will would " +
    "that which who this these those his her its their it he she they we i not also further moreover " +
    "said says told after before than then there more most very"
  ).split(" "),
);

/**
 * An event id from a title: its first five significant words as a lower-case slug, made unique
 * against `taken` with a numeric suffix (`-2`, `-3` …). Always matches the dataset's id pattern.
 */
export function draftId(title: string, taken: Set<string>): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/'s\b/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !STOP.has(w));
  let base = words.slice(0, 5).join("-").slice(0, 48).replace(/-+$/, "");
  if (!SLUG_PATTERN.test(base)) base = "event";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
