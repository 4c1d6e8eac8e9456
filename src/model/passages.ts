/**
 * Passages of an article: the sentence a quote sits in, and a paragraph cut into runs of text
 * that are or are not cited. The views build `<mark>` elements from these runs as React text nodes,
 * so article text is never parsed as HTML.
 */
import type { Citation, Dataset, Source } from "./dataset.ts";

/** A quote inside its sentence: `before` + `exact` + `after` is a slice of the paragraph. */
export type QuoteContext = {
  before: string;
  exact: string;
  after: string;
  /** True when `before` / `after` were cut short (the view shows an ellipsis there). */
  clippedBefore: boolean;
  clippedAfter: boolean;
};

/** Longest context kept on each side of a quote, in UTF-16 code units. */
export const MAX_CONTEXT = 240;

/** The paragraph span holding offset `at` (falling back to the whole text). */
function paragraphAt(source: Source, at: number): { start: number; end: number } {
  return (
    source.paragraphs.find((p) => p.start <= at && at < p.end) ?? {
      start: 0,
      end: source.text.length,
    }
  );
}

// A sentence ends at . ! or ? followed, after any closing quotes or brackets, by whitespace.
const SENTENCE_END = /[.!?]["”’')\]]*(?=\s)/g;

/**
 * The sentence(s) around a citation, bounded by its paragraph: from the start of the sentence the
 * quote begins in to the end of the sentence it ends in. Context longer than MAX_CONTEXT on a side
 * is cut at a word boundary and flagged. Offsets are trusted (readDataset checked them).
 */
export function quoteContext(
  source: Source,
  citation: Pick<Citation, "start" | "end">,
): QuoteContext {
  const text = source.text;
  const paragraph = paragraphAt(source, citation.start);
  const head = text.slice(paragraph.start, citation.start);
  let sentenceStart = paragraph.start;
  for (const match of head.matchAll(SENTENCE_END)) {
    sentenceStart = paragraph.start + match.index + match[0].length;
  }
  while (sentenceStart < citation.start && /\s/.test(text[sentenceStart] ?? "")) sentenceStart++;

  const paragraphEnd = Math.max(paragraph.end, citation.end);
  let sentenceEnd = paragraphEnd;
  const tail = text.slice(citation.end, paragraphEnd);
  // A quote that already ends its sentence needs nothing after it.
  const endsSentence = /[.!?]["”’')\]]*$/.test(text.slice(citation.start, citation.end));
  if (endsSentence) sentenceEnd = citation.end;
  else {
    SENTENCE_END.lastIndex = 0;
    const match = SENTENCE_END.exec(tail);
    if (match) sentenceEnd = citation.end + match.index + match[0].length;
  }

  let before = text.slice(sentenceStart, citation.start);
  let after = text.slice(citation.end, sentenceEnd);
  let clippedBefore = false;
  let clippedAfter = false;
  if (before.length > MAX_CONTEXT) {
    const cut = before.slice(-MAX_CONTEXT);
    before = cut.slice(Math.max(cut.indexOf(" ") + 1, 0));
    clippedBefore = true;
  }
  if (after.length > MAX_CONTEXT) {
    const cut = after.slice(0, MAX_CONTEXT);
    const space = cut.lastIndexOf(" ");
    after = space > 0 ? cut.slice(0, space) : cut;
    clippedAfter = true;
  }
  return {
    before,
    exact: text.slice(citation.start, citation.end),
    after,
    clippedBefore,
    clippedAfter,
  };
}

/** A cited stretch of an article and the events citing it. */
export type CitedRange = { start: number; end: number; eventIds: readonly string[] };

/**
 * Every stretch of `sourceId` that some event cites, merged per identical [start, end) (so a quote
 * cited by two events is one range naming both), in text order.
 */
export function citedRanges(dataset: Dataset, sourceId: string): CitedRange[] {
  const byRange = new Map<string, { start: number; end: number; eventIds: string[] }>();
  for (const event of dataset.events) {
    for (const c of event.citations) {
      if (c.source !== sourceId) continue;
      const key = `${c.start}-${c.end}`;
      const range = byRange.get(key) ?? { start: c.start, end: c.end, eventIds: [] };
      if (!range.eventIds.includes(event.id)) range.eventIds.push(event.id);
      byRange.set(key, range);
    }
  }
  return [...byRange.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A run of text with the indexes (into the ranges given) of the ranges covering all of it. */
export type Segment = { start: number; end: number; text: string; covers: readonly number[] };

/**
 * Cuts `text[from, to)` at every boundary of the ranges, so each run is covered by the same ranges
 * throughout. Runs are in order, non-empty, and together are exactly the slice. Ranges may overlap
 * and may reach outside the slice.
 */
export function segmentText(
  text: string,
  from: number,
  to: number,
  ranges: readonly { start: number; end: number }[],
): Segment[] {
  const cuts = new Set<number>([from, to]);
  for (const r of ranges) {
    if (r.start > from && r.start < to) cuts.add(r.start);
    if (r.end > from && r.end < to) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? from;
    const end = points[i + 1] ?? to;
    if (end <= start) continue;
    const covers: number[] = [];
    ranges.forEach((r, index) => {
      if (r.start <= start && end <= r.end) covers.push(index);
    });
    segments.push({ start, end, text: text.slice(start, end), covers });
  }
  return segments;
}
