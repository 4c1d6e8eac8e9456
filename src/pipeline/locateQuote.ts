/**
 * Finding an annotator's quote in its article and turning it into a W3C Web Annotation citation
 * (TextQuoteSelector exact/prefix/suffix + TextPositionSelector start/end + paragraph index).
 */
import type { Citation, Span } from "../model/dataset.ts";
import { paragraphAt, truncate } from "./article.ts";

/** Characters (UTF-16 code units) of context kept on each side of a quote, fewer at the text's ends. */
export const CONTEXT_LENGTH = 32;

/** The parts of a Source that quote location reads. */
export type QuotedSource = { id: string; text: string; paragraphs: readonly Span[] };

/** Why a quote could not be placed, and how to fix it. */
export type QuoteProblem = { message: string; hint: string };

/**
 * Every start offset (UTF-16) at which `quote` occurs in `text`, overlapping ones included,
 * in increasing order. O(text length) per call.
 */
export function findOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === "") return found;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/**
 * Places `quote` in `source`: an exact, case-sensitive match of the quote (its surrounding
 * whitespace trimmed) that lies inside one paragraph. When the words occur more than once,
 * `occurrence` (1-based, in reading order) picks one; without it the quote is ambiguous.
 * Returns the citation, or a problem with a hint (for a missing quote, the closest passage).
 */
export function locateQuote(
  source: QuotedSource,
  quote: string,
  occurrence?: number,
): { citation: Citation } | { problem: QuoteProblem } {
  const exact = quote.trim();
  if (exact === "") {
    return { problem: { message: "empty quote", hint: "copy the cited words from the article" } };
  }
  const found = findOccurrences(source.text, exact);
  if (found.length === 0) return { problem: notFound(source, exact) };
  const paragraphNumbers = (): string => {
    const numbers = [...new Set(found.map((i) => paragraphAt(source.paragraphs, i) + 1))];
    return `${numbers.length === 1 ? "paragraph" : "paragraphs"} ${numbers.join(", ")}`;
  };
  let start: number;
  if (occurrence === undefined) {
    if (found.length > 1) {
      return {
        problem: {
          message: `ambiguous quote "${truncate(exact, 60)}": it occurs ${found.length} times in article ${source.id} (${paragraphNumbers()})`,
          hint: `add \`occurrence: N\` (1 to ${found.length}, in reading order) to pick one, or quote more words`,
        },
      };
    }
    start = found[0] ?? 0;
  } else {
    const picked = found[occurrence - 1];
    if (!Number.isInteger(occurrence) || occurrence < 1 || picked === undefined) {
      return {
        problem: {
          message: `occurrence ${occurrence} of quote "${truncate(exact, 60)}" does not exist: it occurs ${found.length} time${found.length === 1 ? "" : "s"} (${paragraphNumbers()})`,
          hint:
            found.length === 1
              ? "remove `occurrence`: the quote is unique"
              : `use an occurrence from 1 to ${found.length}`,
        },
      };
    }
    start = picked;
  }
  const end = start + exact.length;
  const paragraph = paragraphAt(source.paragraphs, start);
  const last = paragraphAt(source.paragraphs, end - 1);
  if (paragraph === -1 || paragraph !== last) {
    return {
      problem: {
        message: `quote "${truncate(exact, 60)}" spans a paragraph break in article ${source.id}`,
        hint: "cite each paragraph's words as a separate quote",
      },
    };
  }
  return {
    citation: {
      source: source.id,
      exact,
      prefix: source.text.slice(safeStart(source.text, start - CONTEXT_LENGTH), start),
      suffix: source.text.slice(end, safeEnd(source.text, end + CONTEXT_LENGTH)),
      start,
      end,
      paragraph,
    },
  };
}

/** max(0, i), moved forward off a low surrogate so context never starts with half a character. */
function safeStart(text: string, i: number): number {
  if (i <= 0) return 0;
  return isLowSurrogate(text.charCodeAt(i)) ? i + 1 : i;
}

/** min(length, i), moved back off a low surrogate so context never ends with half a character. */
function safeEnd(text: string, i: number): number {
  if (i >= text.length) return text.length;
  return isLowSurrogate(text.charCodeAt(i)) ? i - 1 : i;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * A "not found" problem whose hint shows the closest passage: a match ignoring letter case, or
 * else where the longest matching beginning of the quote stops agreeing with the article.
 * Costs O(log quote × text), paid only on failure.
 */
function notFound(source: QuotedSource, exact: string): QuoteProblem {
  const message = `quote not found in article ${source.id}: "${truncate(exact, 80)}"`;
  const folded = source.text.toLowerCase().indexOf(exact.toLowerCase());
  if (folded !== -1) {
    return {
      message,
      hint: `copy the words exactly from the article: it has "${truncate(source.text.slice(folded, folded + exact.length), 80)}" (letter case differs)`,
    };
  }
  // The longest prefix of the quote that occurs: prefix matches are monotonic, so binary search.
  let lo = 0;
  let hi = exact.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (source.text.includes(exact.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo >= 12) {
    const at = source.text.indexOf(exact.slice(0, lo));
    const paragraph = paragraphAt(source.paragraphs, at) + 1;
    const from = Math.max(at, at + lo - 30);
    const articleSays = source.text.slice(from, at + lo + 30);
    const quoteSays = exact.slice(from - at, lo + 30);
    return {
      message,
      hint: `copy the words exactly from the article: the quote agrees with paragraph ${paragraph} up to "…${articleSays.slice(0, at + lo - from)}", then the article has "${articleSays.slice(at + lo - from)}…" where the quote has "${quoteSays.slice(at + lo - from)}…"`,
    };
  }
  return { message, hint: "copy the words exactly from the article" };
}
