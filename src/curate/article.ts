/**
 * The article as the workspace shows it: read by the pipeline's own parser, every temporal
 * expression the tagger finds, where each card's citations lie, and the text cut into pieces
 * that each carry the marks over them (so the article pane draws text nodes, never HTML).
 */
import type { Span } from "../model/dataset.ts";
import { decodeUtf8, paragraphAt, parseArticle } from "../pipeline/article.ts";
import { locateQuote } from "../pipeline/locateQuote.ts";
import type { Timex } from "../timex/index.ts";

export type { Timex };
import { tagTimexes } from "../timex/index.ts";
import type { DraftDate, DraftEvent } from "./draft.ts";

/** An article read for the workspace. */
export type ArticleView = {
  id: string;
  dateline: string;
  text: string;
  paragraphs: Span[];
  /** Every temporal expression found, in text order. */
  timexes: Timex[];
};

/**
 * Reads an article file's bytes as the pipeline does, and tags it. Returns the pipeline's
 * problems (not UTF-8, no dateline) as sentences when it cannot.
 */
export function readArticle(id: string, bytes: Uint8Array): ArticleView | { problems: string[] } {
  const decoded = decodeUtf8(bytes);
  if ("problem" in decoded)
    return { problems: [`${decoded.problem.message}: ${decoded.problem.hint}`] };
  const parsed = parseArticle(decoded.text);
  if ("problems" in parsed)
    return { problems: parsed.problems.map((p) => `${p.message}: ${p.hint}`) };
  return { id, ...parsed, timexes: tagTimexes(parsed.text, parsed.dateline) };
}

/** A citation of a card placed in the text (UTF-16 offsets, end exclusive). */
export type PlacedCitation = {
  key: string;
  index: number;
  start: number;
  end: number;
  paragraph: number;
};

/** Where each citation of the given cards lies in the article; quotes not found are left out. */
export function placeCitations(
  article: ArticleView,
  events: readonly DraftEvent[],
): PlacedCitation[] {
  const placed: PlacedCitation[] = [];
  for (const event of events) {
    event.citations.forEach((c, index) => {
      const found = locateQuote(article, c.quote, c.occurrence);
      if ("citation" in found) {
        const { start, end, paragraph } = found.citation;
        placed.push({ key: event.key, index, start, end, paragraph });
      }
    });
  }
  return placed;
}

/** A run of text under the same marks. */
export type Piece = {
  start: number;
  end: number;
  /** The temporal expression this piece lies in, if any (its index in `article.timexes`). */
  timex?: number;
  /** The cards whose citations cover it. */
  citedBy: string[];
};

/**
 * Each paragraph of the article cut into pieces at every boundary of a temporal expression or a
 * citation. Pieces are contiguous and cover the paragraph exactly.
 */
export function pieces(article: ArticleView, citations: readonly PlacedCitation[]): Piece[][] {
  return article.paragraphs.map((paragraph) => {
    const cuts = new Set([paragraph.start, paragraph.end]);
    const inside = (s: { start: number; end: number }): boolean =>
      s.end > paragraph.start && s.start < paragraph.end;
    const timexes = article.timexes.map((t, i) => ({ ...t, i })).filter((t) => inside(t));
    const cited = citations.filter((c) => inside(c));
    for (const s of [...timexes, ...cited]) {
      cuts.add(Math.max(s.start, paragraph.start));
      cuts.add(Math.min(s.end, paragraph.end));
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    const out: Piece[] = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const start = sorted[i] ?? 0;
      const end = sorted[i + 1] ?? 0;
      const timex = timexes.find((t) => t.start <= start && end <= t.end);
      const citedBy = [
        ...new Set(cited.filter((c) => c.start <= start && end <= c.end).map((c) => c.key)),
      ];
      out.push({ start, end, ...(timex ? { timex: timex.i } : {}), citedBy });
    }
    return out;
  });
}

/** A date a card may take: a found expression in one of its cited paragraphs. */
export type DateChoice = { timex: Timex; date: DraftDate };

/**
 * The dates a card can pick from: every expression with calendar days found in the paragraphs its
 * citations come from (the pipeline requires the phrase there), as the `date:` block that resolves
 * to the same days (the side of the dateline the tagger chose becomes `direction`).
 */
export function dateChoices(
  article: ArticleView,
  placed: readonly PlacedCitation[],
  key: string,
): DateChoice[] {
  const paragraphs = new Set(placed.filter((c) => c.key === key).map((c) => c.paragraph));
  return article.timexes
    .filter((t) => t.date !== undefined && paragraphs.has(paragraphAt(article.paragraphs, t.start)))
    .map((timex) => ({
      timex,
      date: { phrase: timex.text, ...(timex.direction ? { direction: timex.direction } : {}) },
    }));
}

/** A suggested article id: the dateline and the first words of the text, as a slug. */
export function suggestArticleId(dateline: string, text: string): string {
  const words = text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, "")
    .split(/\s+/)
    .filter((w) => w.length > 2)
    .slice(0, 4);
  return [dateline, ...words].filter((w) => w !== "").join("-") || "article";
}

/** The dateline a file's first line gives (`date YYYY-MM-DD`, a byte order mark and spaces allowed). */
export function datelineOf(fileText: string): string | undefined {
  return /^\uFEFF?\s*date (\d{4}-\d{2}-\d{2})/.exec(fileText)?.[1];
}

/** An article file from a pasted text and its dateline: the date line, then the text verbatim. */
export function articleFileText(dateline: string, text: string): string {
  return `date ${dateline}\n${text.endsWith("\n") ? text : `${text}\n`}`;
}
