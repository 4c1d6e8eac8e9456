/**
 * The events the rest of the corpus already holds, for "Same as…": each with the reports the
 * articles made of it, so a card marked as the same happening can show what was said before, and
 * a search by title, actor, place or date for when the matcher has no suggestion. Built with the
 * pipeline's own build (buildDataset) on the other annotated articles, so the workspace sees the
 * events exactly as readers do.
 */
import type { Dataset, Status } from "../model/dataset.ts";
import { buildDataset } from "../pipeline/buildDataset.ts";
import type { CorpusFile } from "../pipeline/compileArticle.ts";

/** One article's earlier report on a corpus event: when, who, what status, in its words. */
export type EarlierReport = {
  source: string;
  dateline: string;
  /** The article's attribution (the outlet or author the corpus credits). */
  outlet: string;
  status: Status | null;
  quote: string;
};

/** A corpus event a card can be marked "Same as". */
export type CorpusEvent = {
  id: string;
  title: string;
  /** The event's date as EDTF ("2023-11-15", "2023-11"). */
  edtf: string;
  status: Status;
  /** The names of its actors and places, for the search. */
  names: string[];
  /** Dateline order, the defining article first. */
  reports: EarlierReport[];
};

/**
 * The events of every annotated article of `files` but `articleId`, as readers would see them.
 * Empty, with the build's first problem, when those articles do not build (the search then has
 * nothing to offer, and says why).
 */
export function corpusEvents(
  files: readonly CorpusFile[],
  articleId: string,
): { events: CorpusEvent[]; dataset?: Dataset; problem?: string } {
  const annotated = new Set(
    files
      .filter(
        (f) => f.path.startsWith("annotations/") && f.path !== `annotations/${articleId}.yaml`,
      )
      .map((f) => f.path.slice("annotations/".length).replace(/\.yaml$/, "")),
  );
  const kept = files.filter((f) => {
    if (!f.path.includes("/")) return true;
    const id = f.path.replace(/^(articles|annotations)\//, "").replace(/\.(txt|yaml)$/, "");
    return annotated.has(id);
  });
  if (annotated.size === 0) return { events: [] };
  const result = buildDataset(kept, "0".repeat(64));
  if (!result.ok) {
    const first = result.problems[0];
    return {
      events: [],
      problem: first ? `${first.file}${first.line ? `:${first.line}` : ""}: ${first.message}` : "",
    };
  }
  const { dataset } = result;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const actorNames = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const placeNames = new Map(dataset.places.map((p) => [p.id, p.name]));
  const events = dataset.events.map((e): CorpusEvent => ({
    id: e.id,
    title: e.title,
    edtf: e.date.edtf,
    status: e.status,
    names: [
      ...e.actors.map((a) => actorNames.get(a) ?? a),
      ...e.places.map((p) => placeNames.get(p) ?? p),
    ],
    reports: e.reports.map((r) => ({
      source: r.source,
      dateline: r.dateline,
      outlet: sources.get(r.source)?.attribution ?? r.source,
      status: r.status,
      quote: r.citations.map((i) => e.citations[i]?.exact ?? "").join(" … "),
    })),
  }));
  return { events, dataset };
}

/**
 * The events whose id, title, date, actors or places hold every word of `query` (ignoring case),
 * in corpus order; all of them for an empty query.
 */
export function searchEvents(events: readonly CorpusEvent[], query: string): CorpusEvent[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return events.filter((e) => {
    const hay = [e.id, e.title, e.edtf, ...e.names].join("\n").toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
