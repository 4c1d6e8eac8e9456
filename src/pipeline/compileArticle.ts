/**
 * The per-article half of the build: one article and its annotation file in, everything that can
 * be known from those two files alone out (the source, the events as written, their citations
 * placed in the text, the date phrases' provenance, and the problems). Articles compile
 * independently of each other, so a large corpus can be compiled in parallel and its raw bytes
 * dropped as it goes; buildDataset then joins the units (ids, cross-article cites, anchors, dates).
 */
import type { Citation, Source, Status } from "../model/dataset.ts";
import type { FileProblem } from "./article.ts";
import { decodeUtf8, parseArticle } from "./article.ts";
import type { DateEntry, EventEntry, QuoteEntry } from "./corpusFiles.ts";
import { readAnnotation } from "./corpusFiles.ts";
import { locateQuote } from "./locateQuote.ts";
import type { Problem } from "./problems.ts";
import { parseYaml } from "./yamlReader.ts";

/** A corpus file's path relative to the corpus folder ("/" separators), bytes and sha256 (hex). */
export type CorpusFile = { path: string; bytes: Uint8Array; sha256: string };

/** Folders of the articles and of the annotations inside a corpus. */
export const ARTICLES_DIR = "articles";
export const ANNOTATIONS_DIR = "annotations";

/** An event as written, with its own citations placed in its article. */
export type CompiledEvent = {
  entry: EventEntry;
  /** The annotation file that defines it. */
  file: string;
  citations: Citation[];
  /** False when the event already has a problem of its own (it is then left out of the dataset). */
  ok: boolean;
  /**
   * The date phrase is not in a cited paragraph. Reported by the join only once the phrase has
   * resolved: a misspelt phrase is one mistake, not two.
   */
  phraseProblem?: Problem;
};

/**
 * This article's report on an event defined elsewhere: a `reports:` entry, or the `cites:` entries
 * that quote one event (a report that states nothing), with its quotes placed in the article.
 */
export type CompiledReport = {
  event: string;
  file: string;
  line: number | undefined;
  /** How problems name it: `report "x"`, or `cites "x"` for one made of `cites:`. */
  where: string;
  /** From `cites:` rather than `reports:` (problems word the fix for what was written). */
  fromCites: boolean;
  status?: Status;
  date?: DateEntry;
  citations: Citation[];
  /** False when it already has a problem of its own (the build fails; nothing more is said of it). */
  ok: boolean;
  /** As for an event: the date phrase is not in a cited paragraph, reported once it resolves. */
  phraseProblem?: Problem;
};

/** What one article contributes to the dataset, computed from its two files alone. */
export type ArticleUnit = {
  id: string;
  problems: Problem[];
  /** The article's dateline, when it could be read (events resolve their dates against it). */
  dateline?: string;
  /** The complete Source, when the article and its annotation's title/attribution were readable. */
  source?: Source;
  /** Path of the article file, when there is one. */
  articleFile?: string;
  events: CompiledEvent[];
  /** Its reports on events defined elsewhere, one per event, in the order written. */
  reports: CompiledReport[];
};

/**
 * Compiles one article (`articles/<id>.txt`) with its annotation file (`annotations/<id>.yaml`);
 * either may be missing, which is itself a problem. Pure and independent of other articles.
 */
export function compileArticle(
  id: string,
  article: CorpusFile | undefined,
  annotation: CorpusFile | undefined,
): ArticleUnit {
  const problems: Problem[] = [];
  const unit: ArticleUnit = { id, problems, events: [], reports: [] };
  const push = (file: string, p: FileProblem): void => {
    problems.push({ file, ...p });
  };

  let parsed: ReturnType<typeof parseArticle> | undefined;
  if (article) {
    unit.articleFile = article.path;
    const decoded = decodeUtf8(article.bytes);
    if ("problem" in decoded) push(article.path, decoded.problem);
    else {
      parsed = parseArticle(decoded.text);
      if ("problems" in parsed) for (const p of parsed.problems) push(article.path, p);
      else unit.dateline = parsed.dateline;
    }
    if (!annotation) {
      push(article.path, {
        message: `article ${id} has no annotation file`,
        hint: `add ${ANNOTATIONS_DIR}/${id}.yaml with title, attribution and events (\`events: []\` if none)`,
      });
    }
  }
  if (!annotation) return unit;

  const file = annotation.path;
  if (!article) {
    push(file, {
      line: 1,
      message: `annotation file for a missing article: there is no ${ARTICLES_DIR}/${id}.txt`,
      hint: `add the article as ${ARTICLES_DIR}/${id}.txt, or rename this file to match its article`,
    });
  }
  const decoded = decodeUtf8(annotation.bytes);
  if ("problem" in decoded) {
    push(file, decoded.problem);
    return unit;
  }
  const yaml = parseYaml(file, decoded.text, problems);
  const entry = yaml && readAnnotation(yaml.ctx, yaml.root);
  if (!entry) return unit;
  const text = parsed && !("problems" in parsed) ? parsed : undefined;
  if (text && article && entry.title !== undefined && entry.attribution !== undefined) {
    unit.source = {
      id,
      title: entry.title,
      dateline: text.dateline,
      attribution: entry.attribution,
      sha256: article.sha256,
      text: text.text,
      paragraphs: text.paragraphs,
    };
  }

  const place = (quote: QuoteEntry, where: string): Citation | undefined => {
    if (!text) return undefined;
    const located = locateQuote(
      { id, text: text.text, paragraphs: text.paragraphs },
      quote.quote,
      quote.occurrence,
    );
    if ("problem" in located) {
      problems.push({
        file,
        ...(quote.line === undefined ? {} : { line: quote.line }),
        where,
        ...located.problem,
      });
      return undefined;
    }
    return located.citation;
  };

  /**
   * Provenance for dates: the phrase must be in a paragraph that the claim's own citations come
   * from. Checked only when every quote was placed (else the quote's problem says it all).
   */
  const phraseCheck = (
    date: DateEntry | undefined,
    quotes: readonly QuoteEntry[] | undefined,
    citations: readonly Citation[],
    where: string,
  ): Problem | undefined => {
    if (!text || !date || citations.length === 0 || citations.length !== quotes?.length) {
      return undefined;
    }
    const phrase = date.phrase.toLowerCase();
    const paragraphs = [...new Set(citations.map((c) => c.paragraph))].sort((a, b) => a - b);
    const found = paragraphs.some((p) => {
      const span = text.paragraphs[p];
      return (
        span !== undefined && text.text.slice(span.start, span.end).toLowerCase().includes(phrase)
      );
    });
    if (found) return undefined;
    return {
      file,
      ...(date.line === undefined ? {} : { line: date.line }),
      where,
      message: `date phrase "${date.phrase}" does not occur in ${paragraphs.length === 1 ? "paragraph" : "paragraphs"} ${paragraphs.map((p) => p + 1).join(", ")}, which its citations come from`,
      hint: "copy the phrase exactly from a cited paragraph, or cite the passage that gives the date",
    };
  };

  for (const e of entry.events) {
    const where = `event "${e.id}"`;
    const before = problems.length;
    const citations: Citation[] = [];
    for (const q of e.citations ?? []) {
      const citation = place(q, where);
      if (citation) citations.push(citation);
    }
    const phraseProblem = phraseCheck(e.date, e.citations, citations, where);
    unit.events.push({
      entry: e,
      file,
      citations,
      ok:
        problems.length === before &&
        e.citations !== undefined &&
        problems.every((p) => p.where !== where),
      ...(phraseProblem ? { phraseProblem } : {}),
    });
  }

  // Reports: one per event. A second `reports:` entry for an event, or `cites:` beside its report,
  // is a problem: the article's word on the event must be in one place.
  const reported = new Map<string, CompiledReport>();
  for (const r of entry.reports) {
    const where = `report "${r.event}"`;
    const first = reported.get(r.event);
    if (first) {
      problems.push({
        file,
        ...(r.line === undefined ? {} : { line: r.line }),
        where,
        message: `event "${r.event}" is reported twice in this file (first at line ${String(first.line ?? "?")})`,
        hint: "merge the two into one report: one status, one date and all the quotes",
      });
      first.ok = false;
      continue;
    }
    const before = problems.length;
    const citations: Citation[] = [];
    for (const q of r.citations ?? []) {
      const citation = place(q, where);
      if (citation) citations.push(citation);
    }
    const phraseProblem = phraseCheck(r.date, r.citations, citations, where);
    const compiled: CompiledReport = {
      event: r.event,
      file,
      line: r.line,
      where,
      fromCites: false,
      ...(r.status === undefined ? {} : { status: r.status }),
      ...(r.date === undefined ? {} : { date: r.date }),
      citations,
      ok:
        problems.length === before &&
        r.citations !== undefined &&
        problems.every((p) => p.where !== where),
      ...(phraseProblem ? { phraseProblem } : {}),
    };
    reported.set(r.event, compiled);
    unit.reports.push(compiled);
  }
  const cited = new Map<string, CompiledReport>();
  for (const c of entry.cites) {
    const where = `cites "${c.event}"`;
    const citation = place(c.quote, where);
    const report = reported.get(c.event);
    if (report) {
      problems.push({
        file,
        ...(c.line === undefined ? {} : { line: c.line }),
        where,
        message: `event "${c.event}" is both in \`reports:\` (line ${String(report.line ?? "?")}) and in \`cites:\``,
        hint: "move the quote under that report's `citations:` and delete this `cites:` entry",
      });
      report.ok = false;
      continue;
    }
    let compiled = cited.get(c.event);
    if (!compiled) {
      compiled = {
        event: c.event,
        file,
        line: c.line,
        where,
        fromCites: true,
        citations: [],
        ok: true,
      };
      cited.set(c.event, compiled);
      unit.reports.push(compiled);
    }
    if (citation) compiled.citations.push(citation);
    else compiled.ok = false;
  }
  return unit;
}
