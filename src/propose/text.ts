/**
 * An article's text as the proposer reads it: paragraphs into sentences, sentences into clauses.
 * A clause is the unit a citation is made of and the unit whose tense and modality give a status,
 * so the cuts fall where English news starts a new predicate: a semicolon or a dash, a comma before
 * a conjunction or a relative pronoun, "that", "which", "when", "after a …", and the attribution
 * that closes a report ("…, Al Jazeera reported", "…," Biden said). Which cuts are kept is decided
 * later (events.ts), once it is known where the dates are.
 *
 * Pure: offsets are UTF-16 code units into the article's text, end exclusive.
 */
import type { Span } from "../model/dataset.ts";

/** A sentence of a paragraph: [start, end) in the text, its final punctuation included. */
export type Sentence = { start: number; end: number; paragraph: number; index: number };

/**
 * How a piece of a sentence joins the piece before it:
 * - `main`: the sentence's first piece;
 * - `hard`: a new main clause (after `;`, a dash, `, and`, `, but`, or an attribution);
 * - `soft`: `and`/`but` without a comma, inside one predicate ("meet officials and attend");
 * - `relative`: `which`, `who`, `that` …: a clause about a noun of the piece before;
 * - `subordinate`: `when`, `while`, `although`, `as`, `saying` …;
 * - `prep`: `after`/`before` a noun or a gerund ("after a long meeting in November");
 * - `source`: the outlet or document credited ("according to Al Jazeera", "…, Reuters reported");
 * - `speech`: a speaker's attribution ("…," Biden said; "Yu added"; ", adding,").
 */
export type PieceKind =
  "main" | "hard" | "soft" | "relative" | "subordinate" | "prep" | "source" | "speech";

/** A piece of a sentence: [start, end) in the text, and how it joins the piece before. */
export type Piece = {
  start: number;
  end: number;
  kind: PieceKind;
  /** For `source` and `speech`: who is credited, as written ("Al Jazeera", "Biden", "he"). */
  speaker?: string;
  /** For `speech`: the verb ("said", "told", "added"). */
  verb?: string;
};

const ABBREVIATION =
  /(?:^|[^A-Za-z])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Rev|Lt|Col|Capt|Sgt|Prof|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|vs|U\.S|U\.N|U\.K|E\.U)\.$/;

/** Where a sentence may end: a full stop, question or exclamation mark, and closing quotes. */
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s+["“'‘(]*[A-Z0-9])/g;

/**
 * The sentences of `text`, paragraph by paragraph (a sentence never crosses a paragraph break).
 * A full stop after an initial, a title or an abbreviation ("Mr.", "U.S.", "Jan.") does not end a
 * sentence when a capital follows it.
 */
export function splitSentences(text: string, paragraphs: readonly Span[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    const body = text.slice(p.start, p.end);
    let from = 0;
    const push = (to: number): void => {
      let s = from;
      while (s < to && /\s/.test(body[s] ?? "")) s++;
      if (to > s) out.push({ start: p.start + s, end: p.start + to, paragraph, index: out.length });
    };
    for (const m of body.matchAll(SENTENCE_END)) {
      const end = m.index + m[0].length;
      if (ABBREVIATION.test(body.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
      push(end);
      from = end;
    }
    push(body.length);
  });
  return out;
}

/** How a quotation mark at `i` reads: opening (before a word), closing (after one), or unclear. */
function markAt(text: string, i: number): "open" | "close" {
  const c = text[i];
  if (c === "“") return "open";
  if (c === "”") return "close";
  const before = text[i - 1] ?? " ";
  const after = text[i + 1] ?? " ";
  if (/\s|[([—–-]/.test(before) && /[\p{L}\p{N}'‘….]/u.test(after)) return "open";
  return "close";
}

/** How many paragraphs a quotation may run over before it is taken for a typo. */
const QUOTED_PARAGRAPHS = 6;

/**
 * For each UTF-16 offset of `text`, whether it lies inside a direct quotation. Straight double
 * quotes toggle; curly ones open and close. A quotation may run over several paragraphs (a letter
 * or a speech quoted at length): a paragraph left open continues into the next ones up to the
 * paragraph whose first mark closes it (within a few paragraphs). Otherwise an unbalanced quote
 * (a typo in the article) runs to the end of its paragraph, never further.
 */
export function quotedMask(text: string, paragraphs: readonly Span[]): Uint8Array {
  const mask = new Uint8Array(text.length);
  // Per paragraph: whether it ends inside an opened quotation, and whether its first mark closes.
  const endsOpen: boolean[] = [];
  const closesFirst: boolean[] = [];
  for (const p of paragraphs) {
    let inside = false;
    let first: "open" | "close" | undefined;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (c !== '"' && c !== "“" && c !== "”") continue;
      const kind: "open" | "close" = c === '"' && inside ? "close" : markAt(text, i);
      first ??= kind;
      inside = kind === "open";
    }
    endsOpen.push(inside);
    closesFirst.push(first === "close");
  }
  const carried = paragraphs.map(() => false);
  for (let k = 0; k < paragraphs.length; k++) {
    if (!endsOpen[k]) continue;
    const close = closesFirst.findIndex((c, j) => c && j > k && j <= k + QUOTED_PARAGRAPHS);
    if (close === -1) continue;
    // Only if no paragraph between opens or closes a quotation of its own.
    let clean = true;
    for (let j = k + 1; j < close; j++) {
      const p = paragraphs[j];
      if (p && /["“”]/.test(text.slice(p.start, p.end)) && !endsOpen[j]) clean = false;
    }
    if (!clean) continue;
    for (let j = k + 1; j <= close; j++) carried[j] = true;
  }
  paragraphs.forEach((p, k) => {
    let inside = carried[k] ?? false;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (c === "“") inside = true;
      else if (c === "”") {
        mask[i] = 1;
        inside = false;
        continue;
      } else if (c === '"') {
        if (inside && !(i === p.start && carried[k])) {
          mask[i] = 1;
          inside = false;
          continue;
        }
        inside = true;
      }
      if (inside) mask[i] = 1;
    }
  });
  return mask;
}

/** A speaker as news writes one: a capitalised name of up to five words, or a pronoun. */
const SPEAKER =
  "(?:(?:[A-Z][\\w'’.-]*\\s+){0,4}[A-Z][\\w'’.-]*|he|she|they|we|officials|the\\s+\\w+(?:\\s+\\w+)?)";
/** The verbs of attribution. */
const SPEECH_VERBS =
  "said|says|added|adds|told\\s+[\\w ]{1,30}?|tells\\s+[\\w ]{1,30}?|wrote|noted|stated|explained|warned|insisted|argued|claimed|recalled|asked|replied|continued|concluded|acknowledged|conceded|cautioned|stressed|emphasised|emphasized";
/** Verbs that credit a source rather than a speaker. */
const SOURCE_VERBS = "reported|reports|quoted|cited";

/** `…, Al Jazeera reported` / `…," Biden said on Saturday.` / `…, said Biden.` at a piece's end. */
const TRAILING_ATTRIBUTION = new RegExp(
  `(?:,\\s*["”’]?|["”]\\s*,?\\s*|,\\s*["”]\\s+)\\s*(?:(${SPEAKER})\\s+(${SOURCE_VERBS}|${SPEECH_VERBS})|(said|added|told)\\s+(${SPEAKER}))` +
    `(?=\\s*(?:[,.;]|["”]|$)|\\s+(?:on|in|at|last|this|during|earlier|later|yesterday|today|to|,)\\b)`,
  "g",
);
/** `, according to Al Jazeera` / `, as per Al Jazeera` / `, citing officials`. */
const ACCORDING =
  /,\s*(according to|as per|citing|quoted by|as reported by)\s+([^,;.]+?)(?=\s*(?:[,;.]|["”]|$))/g;
/** `According to Al Jazeera, …` at a sentence's start. */
const LEADING_ACCORDING = /^(?:According to|As per|Citing)\s+([^,;]+),\s*/;
/** `, adding,` / `, adding that` after an attribution: the same speaker goes on. */
const ADDING = /,\s*(adding|saying)(?:,|\s+that\b)/g;

/** Cuts inside a sentence: where each starts, and how it joins what is before. */
const CUTS: { pattern: RegExp; kind: PieceKind }[] = [
  { pattern: /;\s+|\s+(?:--|—|–)\s+/g, kind: "hard" },
  { pattern: /,\s+(?=(?:and|but|so|yet|or)\s)/g, kind: "hard" },
  { pattern: /,?\s+(?=(?:which|who|whom|whose|where)\s)/g, kind: "relative" },
  { pattern: /\s+(?=that\s)/g, kind: "relative" },
  {
    pattern:
      /,?\s+(?=(?:when|while|whereas|although|though|because|since|until|unless|if|whether|saying|prompting|leading)\s)/g,
    kind: "subordinate",
  },
  { pattern: /,?\s+(?=as\s+(?:[A-Z]|he\s|she\s|they\s|it\s|we\s|I\s))/g, kind: "subordinate" },
  {
    pattern:
      /,?\s+(?=(?:after|before|following|ahead of)\s+(?:a|an|the|his|her|its|their|this|that|these|those|last|[a-z]+ing)\b)/g,
    kind: "prep",
  },
  { pattern: /\s+(?=(?:and|but)\s)/g, kind: "soft" },
];

/**
 * Cuts a sentence ([start, end) of `text`) into pieces at every candidate boundary, labelled with
 * how each joins the piece before. Attributions become their own `source` or `speech` pieces.
 * Cuts inside a direct quotation are made only where the quotation is itself the report (a
 * paragraph that is one long quote); an attribution is always found.
 */
export function cutSentence(text: string, sentence: { start: number; end: number }): Piece[] {
  const s = text.slice(sentence.start, sentence.end);
  type Cut = { at: number; kind: PieceKind; end?: number; speaker?: string; verb?: string };
  const cuts: Cut[] = [];
  const lead = LEADING_ACCORDING.exec(s);
  if (lead) {
    cuts.push({ at: 0, kind: "source", end: lead[0].length, speaker: (lead[1] ?? "").trim() });
  }
  for (const m of s.matchAll(TRAILING_ATTRIBUTION)) {
    const speaker = (m[1] ?? m[4] ?? "").trim();
    const verbWord = (m[2] ?? m[3] ?? "").split(/\s+/)[0] ?? "";
    const source = new RegExp(`^(?:${SOURCE_VERBS})$`).test(verbWord);
    // The attribution runs to the end of its clause: "told reporters on Saturday".
    const after = s.slice(m.index + m[0].length);
    const stop = /[,;]|["”]?\s*[.!?]["”]?\s*$|["”]?\s*$/.exec(after);
    const end = m.index + m[0].length + (stop ? stop.index : after.length);
    cuts.push({
      at: m.index,
      kind: source ? "source" : "speech",
      end,
      speaker,
      verb: verbWord,
    });
  }
  for (const m of s.matchAll(ACCORDING)) {
    cuts.push({
      at: m.index,
      kind: "source",
      end: m.index + m[0].length,
      speaker: (m[2] ?? "").trim(),
    });
  }
  for (const m of s.matchAll(ADDING)) {
    cuts.push({ at: m.index, kind: "speech", end: m.index + m[0].length, verb: m[1] ?? "" });
  }
  // Attributions first; ordinary cuts only outside them.
  const covered = (i: number): boolean =>
    cuts.some((c) => c.end !== undefined && i >= c.at && i < c.end);
  for (const { pattern, kind } of CUTS) {
    for (const m of s.matchAll(pattern)) {
      const at = m.index;
      if (at === 0 || covered(at)) continue;
      cuts.push({ at, kind });
    }
  }
  cuts.sort((a, b) => a.at - b.at || (a.end === undefined ? 1 : 0) - (b.end === undefined ? 1 : 0));
  // Pieces: between consecutive cuts; an attribution cut ends where its attribution ends, and
  // what follows it starts a new clause.
  const pieces: Piece[] = [];
  let from = 0;
  let kind: PieceKind = "main";
  let pending: Omit<Piece, "start" | "end"> | undefined;
  const push = (to: number): void => {
    if (to <= from) return;
    const slice = s.slice(from, to);
    if (slice.trim() === "" || /^[\s,.;:!?"“”'’-]*$/.test(slice)) return;
    pieces.push({
      start: sentence.start + from,
      end: sentence.start + to,
      kind: pieces.length === 0 && kind !== "source" && kind !== "speech" ? "main" : kind,
      ...(pending ?? {}),
    });
  };
  for (const cut of cuts) {
    if (cut.at < from) continue;
    // Two cuts at one boundary (", and": a comma and a conjunction): the first one's kind holds.
    if (cut.end === undefined && from > 0 && /^[\s,;:—–-]*$/.test(s.slice(from, cut.at))) continue;
    push(cut.at);
    pending = undefined;
    from = cut.at;
    kind = cut.kind;
    if (cut.end !== undefined) {
      pending = {
        kind: cut.kind,
        ...(cut.speaker === undefined ? {} : { speaker: cut.speaker }),
        ...(cut.verb === undefined ? {} : { verb: cut.verb }),
      };
      push(cut.end);
      pending = undefined;
      from = cut.end;
      kind = "hard";
    }
  }
  push(s.length);
  return pieces;
}

/** The words of [start, end) of `text`, with their offsets. */
export type Word = { text: string; lower: string; start: number; end: number };

const WORD = /[A-Za-z][A-Za-z'’-]*|\d[\d,.:]*/g;

/** The words of [start, end) of `text` (letters, apostrophes and hyphens; numbers). */
export function wordsOf(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(start, end).matchAll(WORD)) {
    const w = m[0].replace(/’/g, "'");
    out.push({
      text: w,
      lower: w.toLowerCase(),
      start: start + m.index,
      end: start + m.index + m[0].length,
    });
  }
  return out;
}

/** Words that open a clause without being part of what it reports. */
const CONNECTIVES =
  /^(?:(?:Further|Furthermore|Moreover|Meanwhile|However|Also|Separately|Still|Yet|Besides|Additionally|Earlier|Later|Instead|Indeed|Then|Now|And|But|So|Or|and|but|so|or|yet|that|which|as|while|whereas|although|though|because|when|saying|adding)\b,?\s+)+/;

/**
 * [start, end) of the words worth quoting in a piece: without the connective that opens it
 * ("Moreover,", "and", "that"; with `preposition`, "after" or "before" too), the punctuation that
 * joins it to the next piece, or an opening quotation mark whose closing mark lies outside the
 * span.
 */
export function quotableSpan(text: string, start: number, end: number, preposition = false): Span {
  let s = start;
  let e = end;
  const skip = (): void => {
    while (s < e && /[\s,;:—–-]/.test(text[s] ?? "")) s++;
  };
  skip();
  // "after a long meeting in November": the meeting is the event, "after" only places it.
  const lead = preposition
    ? /^(?:after|before|following|ahead of)\s+/i.exec(text.slice(s, e))
    : null;
  if (lead) s += lead[0].length;
  for (;;) {
    const m = CONNECTIVES.exec(text.slice(s, e));
    if (!m || m[0].length >= e - s) break;
    s += m[0].length;
    skip();
  }
  while (e > s && /[\s,;:—–-]/.test(text[e - 1] ?? "")) e--;
  // A quotation mark is kept only with its partner.
  const inner = text.slice(s, e);
  const marks = (inner.match(/["“”]/g) ?? []).length;
  if (marks % 2 === 1) {
    if (/^["“]/.test(inner)) s++;
    else if (/["”]$/.test(inner)) e--;
  }
  while (e > s && /[\s,;:]/.test(text[e - 1] ?? "")) e--;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  return { start: s, end: e };
}
