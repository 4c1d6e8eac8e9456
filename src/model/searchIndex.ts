/**
 * The search index of the index-first layout: what the text filter (`q=`, filter.ts) matches,
 * answered from shards built at build time, so a reader searches 100,000 events without
 * downloading their texts.
 *
 * The filter's meaning is kept exactly: an event matches when its search text (title, summary,
 * actor and place names, quotes, each normaliseText'd) contains every term of the query as a
 * substring. A term holds no white space, so it matches inside one word of the text (a run of
 * non-space characters); the index therefore answers "which documents hold a word containing
 * this term":
 * - a term of one or two characters: the documents holding that gram (`grams`, `sets`);
 * - a longer term: the words holding its first three characters (`trigrams`, `words`), filtered
 *   by the whole term, and the union of their documents (`postings`). A term that grows as the
 *   reader types keeps its first three characters, so each later keystroke is answered from the
 *   bucket the first three fetched.
 * Every gram lives in one bucket, chosen by a hash of the gram (bucketOf): one keystroke fetches at
 * most one bucket.
 *
 * Documents, not events, so the "as reported up to" view searches only what had been reported by
 * its day: document `i < events` is event `i`'s title, summary, names and the quotes of its first
 * report; the documents after them are the quotes of each later report (reports 2, 3… of each
 * event told more than once, in event order), visible only from that report's dateline on.
 *
 * Sets of documents are written delta-coded (encodeSet): ascending numbers as the gaps between
 * them, each gap in base 32 with a continuation flag, in 64 characters that JSON never escapes.
 * A dense set is a run of one character, which the server's compression all but removes.
 */
import type { Dataset, SearchShard, TimelineEvent } from "./dataset.ts";
import { SCHEMA_VERSION } from "./datasetTerms.ts";
import { normaliseText } from "./filter.ts";

/** The characters of encodeSet: 32 final digits, then 32 digits followed by more. */
const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
const DIGIT_VALUE = new Map(Array.from(DIGITS, (c, i) => [c.charCodeAt(0), i]));

/**
 * Ascending, distinct non-negative integers as a string: each gap to the previous one (the first
 * from -1) minus one, in base 32, least significant digit first, every digit but the last marked
 * by adding 32.
 */
export function encodeSet(values: readonly number[]): string {
  let out = "";
  let previous = -1;
  for (const value of values) {
    let gap = value - previous - 1;
    if (gap < 0 || !Number.isInteger(value)) {
      throw new Error(`encodeSet: ${value} after ${previous} is not ascending`);
    }
    previous = value;
    while (gap >= 32) {
      out += DIGITS.charAt(32 + (gap % 32));
      gap = Math.floor(gap / 32);
    }
    out += DIGITS.charAt(gap);
  }
  return out;
}

/**
 * The integers of an encodeSet string, calling `each` with every one in order; undefined when the
 * string is not one (a character outside the alphabet, a number left unfinished, or a number at
 * or past `limit`).
 */
export function decodeSet(text: string, limit: number, each: (value: number) => void): boolean {
  let value = -1;
  let gap = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const digit = DIGIT_VALUE.get(text.charCodeAt(i));
    if (digit === undefined) return false;
    if (digit >= 32) {
      gap += (digit - 32) * scale;
      scale *= 32;
      if (scale > 2 ** 40) return false;
      continue;
    }
    value += gap + digit * scale + 1;
    if (value >= limit) return false;
    each(value);
    gap = 0;
    scale = 1;
  }
  return scale === 1;
}

/** The words of a normalised search text (filter.ts, normaliseText): its runs of non-space. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== "");
}

/** 32-bit FNV-1a over UTF-16 code units: the same number in the build and the browser. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Which of `buckets` buckets holds `gram` (one to three UTF-16 code units). */
export function bucketOf(gram: string, buckets: number): number {
  return buckets <= 1 ? 0 : fnv1a(gram) % buckets;
}

/** The gram a term is looked up by: itself up to two characters, else its first three. */
export function gramOf(term: string): string {
  return term.length <= 2 ? term : term.slice(0, 3);
}

/** One gram's entry: its documents (grams of one or two characters) or its words (trigrams). */
type GramEntry = { set: string } | { words: string[]; postings: string[] };

/** The built index before it is cut into buckets: every gram's entry and its size in characters. */
export type SearchGrams = { entries: Map<string, GramEntry>; sizes: Map<string, number> };

/**
 * The search index of `documents` (normalised search texts, in document order; see this module's
 * comment for what a document is).
 */
export function buildSearchGrams(documents: readonly string[]): SearchGrams {
  // Each distinct word once: its documents, and its grams.
  const wordDocs = new Map<string, number[]>();
  documents.forEach((text, doc) => {
    for (const word of new Set(wordsOf(text))) {
      const docs = wordDocs.get(word);
      if (docs) docs.push(doc);
      else wordDocs.set(word, [doc]);
    }
  });
  const shortDocs = new Map<string, number[]>();
  const lastDoc = new Map<string, number>();
  const trigramWords = new Map<string, string[]>();
  const words = [...wordDocs.keys()].sort();
  const shortGramsOf = new Map<string, string[]>();
  for (const word of words) {
    const short = new Set<string>();
    const trigrams = new Set<string>();
    for (let i = 0; i < word.length; i++) {
      short.add(word.slice(i, i + 1));
      if (i + 2 <= word.length) short.add(word.slice(i, i + 2));
      if (i + 3 <= word.length) trigrams.add(word.slice(i, i + 3));
    }
    shortGramsOf.set(word, [...short]);
    for (const trigram of trigrams) {
      const list = trigramWords.get(trigram);
      if (list) list.push(word);
      else trigramWords.set(trigram, [word]);
    }
  }
  // Documents of each short gram, in document order, each once.
  documents.forEach((text, doc) => {
    for (const word of new Set(wordsOf(text))) {
      for (const gram of shortGramsOf.get(word) ?? []) {
        if (lastDoc.get(gram) === doc) continue;
        lastDoc.set(gram, doc);
        const docs = shortDocs.get(gram);
        if (docs) docs.push(doc);
        else shortDocs.set(gram, [doc]);
      }
    }
  });
  const entries = new Map<string, GramEntry>();
  const sizes = new Map<string, number>();
  const wordSets = new Map<string, string>();
  const setOf = (word: string): string => {
    let set = wordSets.get(word);
    if (set === undefined) {
      set = encodeSet(wordDocs.get(word) ?? []);
      wordSets.set(word, set);
    }
    return set;
  };
  for (const [gram, docs] of shortDocs) {
    const set = encodeSet(docs);
    entries.set(gram, { set });
    sizes.set(gram, gram.length + set.length + 6);
  }
  for (const [gram, list] of trigramWords) {
    const postings = list.map(setOf);
    entries.set(gram, { words: list, postings });
    sizes.set(
      gram,
      gram.length + 8 + list.reduce((n, w, i) => n + w.length + (postings[i]?.length ?? 0) + 6, 0),
    );
  }
  return { entries, sizes };
}

/**
 * How many buckets hold `grams` so that a bucket is about `targetChars` characters (JSON before
 * compression) on average: a power of two, at least 1.
 */
export function bucketCountFor(grams: SearchGrams, targetChars: number): number {
  let total = 0;
  for (const size of grams.sizes.values()) total += size;
  let buckets = 1;
  while (total / buckets > targetChars && buckets < 4096) buckets *= 2;
  return buckets;
}

/** The index cut into `buckets` shards (bucketOf decides), each gram in code-unit order. */
export function searchShards(grams: SearchGrams, buckets: number): SearchShard[] {
  const shards: SearchShard[] = Array.from({ length: buckets }, () => ({
    schemaVersion: SCHEMA_VERSION,
    layout: "search",
    grams: [],
    sets: [],
    trigrams: [],
    words: [],
    postings: [],
  }));
  const ordered = [...grams.entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const gram of ordered) {
    const entry = grams.entries.get(gram);
    const shard = shards[bucketOf(gram, buckets)];
    if (!entry || !shard) continue;
    if ("set" in entry) {
      shard.grams.push(gram);
      shard.sets.push(entry.set);
    } else {
      shard.trigrams.push(gram);
      shard.words.push(entry.words);
      shard.postings.push(entry.postings);
    }
  }
  return shards;
}

/**
 * Problems of a search bucket that its schema cannot see: columns of unequal length, a gram in
 * the wrong bucket or of the wrong length, a word without its trigram, a set that does not decode
 * or names a document past `documents`.
 */
export function searchShardProblems(
  shard: SearchShard,
  bucket: number,
  buckets: number,
  documents: number,
): string[] {
  const problems: string[] = [];
  if (shard.grams.length !== shard.sets.length) problems.push("grams and sets differ in length");
  if (shard.trigrams.length !== shard.words.length || shard.words.length !== shard.postings.length)
    problems.push("trigrams, words and postings differ in length");
  const checkSet = (set: string, where: string) => {
    if (!decodeSet(set, documents, () => undefined))
      problems.push(`${where}: not a set of documents`);
  };
  shard.grams.forEach((gram, i) => {
    if (gram.length < 1 || gram.length > 2 || bucketOf(gram, buckets) !== bucket) {
      problems.push(`gram "${gram}" does not belong in bucket ${bucket}`);
    }
    checkSet(shard.sets[i] ?? "", `gram "${gram}"`);
  });
  shard.trigrams.forEach((gram, i) => {
    if (gram.length !== 3 || bucketOf(gram, buckets) !== bucket) {
      problems.push(`trigram "${gram}" does not belong in bucket ${bucket}`);
    }
    const words = shard.words[i] ?? [];
    const postings = shard.postings[i] ?? [];
    if (words.length !== postings.length)
      problems.push(`trigram "${gram}": words and postings differ`);
    words.forEach((word, j) => {
      if (!word.includes(gram)) problems.push(`trigram "${gram}": word "${word}" lacks it`);
      checkSet(postings[j] ?? "", `word "${word}"`);
    });
  });
  return problems.slice(0, 20);
}

/**
 * The documents holding `term` (a query term: normalised, no white space, not empty) as a set of
 * flags, one per document, from the bucket that holds gramOf(term). Trusts the bucket (checked by
 * searchShardProblems when it arrived).
 */
export function documentsWith(term: string, shard: SearchShard, documents: number): Uint8Array {
  const found = new Uint8Array(documents);
  const mark = (value: number) => {
    found[value] = 1;
  };
  const gram = gramOf(term);
  if (term.length <= 2) {
    const i = shard.grams.indexOf(gram);
    if (i >= 0) decodeSet(shard.sets[i] ?? "", documents, mark);
    return found;
  }
  const i = shard.trigrams.indexOf(gram);
  if (i < 0) return found;
  const words = shard.words[i] ?? [];
  const postings = shard.postings[i] ?? [];
  words.forEach((word, j) => {
    if (word.includes(term)) decodeSet(postings[j] ?? "", documents, mark);
  });
  return found;
}

/**
 * The search index's documents of a whole dataset (see this module's comment): each event's
 * title, summary, actor and place names and its first report's quotes, then each later report's
 * quotes, each field normaliseText'd, as searchTexts writes them (filter.ts).
 */
export function searchDocuments(dataset: Dataset): string[] {
  const actorNames = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const placeNames = new Map(dataset.places.map((p) => [p.id, p.name]));
  const quotes = (event: TimelineEvent, report: number): string[] =>
    (event.reports[report]?.citations ?? []).map((c) => event.citations[c]?.exact ?? "");
  const later: string[] = [];
  const own = dataset.events.map((event) => {
    for (let k = 1; k < event.reports.length; k++) {
      later.push(quotes(event, k).map(normaliseText).join("\n"));
    }
    return [
      event.title,
      event.summary,
      ...event.actors.map((id) => actorNames.get(id) ?? id),
      ...event.places.map((id) => placeNames.get(id) ?? id),
      ...quotes(event, 0),
    ]
      .map(normaliseText)
      .join("\n");
  });
  return [...own, ...later];
}

/**
 * The events (one flag per event ordinal) whose text, as known on `asOf` (YYYY-MM-DD, or null for
 * every report), holds `term`: their own document holds it, or the document of a later report
 * published by then. `later` lists the later reports' documents in order (DecodedIndex).
 */
export function eventsWith(
  term: string,
  shard: SearchShard,
  events: number,
  later: readonly { event: number; dateline: string }[],
  asOf: string | null,
): Uint8Array {
  const documents = documentsWith(term, shard, events + later.length);
  const found = documents.subarray(0, events).slice();
  later.forEach((report, k) => {
    // YYYY-MM-DD strings compare as the days they name.
    if (documents[events + k] === 1 && (asOf === null || report.dateline <= asOf)) {
      found[report.event] = 1;
    }
  });
  return found;
}
