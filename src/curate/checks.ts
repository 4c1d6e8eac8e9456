/**
 * The live checks: the draft's annotation file is put into the corpus as the browser holds it and
 * the pipeline's own build (buildDataset, the code `npm run data` runs) is run on it. Every problem
 * it reports in this article's files is then tied to the card and field it is about, by the line
 * it names, so the workspace can show it beside that field with the pipeline's hint.
 */
import type { Node, Pair, YAMLMap } from "yaml";
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Dataset } from "../model/dataset.ts";
import { buildDataset } from "../pipeline/buildDataset.ts";
import type { CorpusFile } from "../pipeline/compileArticle.ts";
import { EVENT_FIELDS } from "../pipeline/corpusFiles.ts";
import type { Problem } from "../pipeline/problems.ts";
import { annotationPath } from "./annotationYaml.ts";
import type { Draft } from "./draft.ts";

/** The fields a problem can be about: the file's own, or one card's. */
export type EventField =
  "id" | "title" | "summary" | "date" | "status" | "actors" | "places" | "related" | "citations";
export type FieldRef =
  | { scope: "file"; field: "title" | "attribution" | "article" | "file" }
  | { scope: "event"; key: string; field: EventField };

/** A pipeline problem, and the field it is about. */
export type FieldProblem = { problem: Problem; ref: FieldRef };

/** What the checks found: this article's problems, and its events as readers will see them. */
export type CheckResult = {
  problems: FieldProblem[];
  /** Problems in other files of the corpus (they do not block this save, but block a rebuild). */
  elsewhere: number;
  /** The dataset of this article alone, when it builds (the preview shows it). */
  preview: Dataset | undefined;
};

const EVENT_FIELD_SET = new Set(EVENT_FIELDS);

/** The DOM id of a field's control, so a problem can link to it. */
export function fieldId(ref: FieldRef): string {
  return ref.scope === "file" ? `field-${ref.field}` : `field-${ref.key}-${ref.field}`;
}

type LineRange = { from: number; to: number; ref: FieldRef };

/** For each key of the YAML text, the lines it spans and the field it is, by card. */
function lineRanges(yaml: string, draft: Draft): LineRange[] {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  const line = (offset: number | undefined): number =>
    offset === undefined ? 0 : counter.linePos(offset).line;
  const ranges: LineRange[] = [];
  const pairsOf = (map: YAMLMap): Pair[] => map.items;
  const span = (pair: Pair): [number, number] => {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    return [line(key?.range?.[0]), line(value?.range?.[1] ?? key?.range?.[1])];
  };
  if (!isMap(doc.contents)) return ranges;
  const keys = new Map(
    draft.events.filter((e) => e.state === "accepted").map((e) => [e.id, e.key]),
  );
  for (const pair of pairsOf(doc.contents)) {
    const name = isScalar(pair.key) ? String(pair.key.value) : "";
    const [from, to] = span(pair);
    if (name === "title" || name === "attribution") {
      ranges.push({ from, to, ref: { scope: "file", field: name } });
    }
    if (name !== "events" || !isSeq(pair.value)) continue;
    for (const item of pair.value.items) {
      if (!isMap(item)) continue;
      const id = item.get("id");
      const key = typeof id === "string" ? keys.get(id) : undefined;
      if (key === undefined) continue;
      const itemRange = item.range;
      ranges.push({
        from: line(itemRange?.[0]),
        to: line(itemRange?.[1]),
        ref: { scope: "event", key, field: "id" },
      });
      for (const field of pairsOf(item)) {
        const fieldName = isScalar(field.key) ? String(field.key.value) : "";
        if (!EVENT_FIELD_SET.has(fieldName)) continue;
        const [start, end] = span(field);
        ranges.push({
          from: start,
          to: Math.max(start, end),
          ref: { scope: "event", key, field: fieldName as EventField },
        });
      }
    }
  }
  return ranges;
}

/** The narrowest range holding `line`, else the card named by `where`, else the file. */
function refFor(problem: Problem, ranges: readonly LineRange[], draft: Draft): FieldRef {
  if (problem.file.startsWith("articles/")) return { scope: "file", field: "article" };
  const named = /^event "(.*)"$/.exec(problem.where ?? "")?.[1];
  const byLine =
    problem.line === undefined
      ? undefined
      : ranges
          .filter((r) => r.from <= (problem.line ?? 0) && (problem.line ?? 0) <= r.to)
          .sort((a, b) => a.to - a.from - (b.to - b.from))[0];
  if (byLine) {
    // A missing field is reported on its event's line: tie it to the field it names.
    const missing = /field "(\w+)"/.exec(problem.message)?.[1];
    if (
      byLine.ref.scope === "event" &&
      byLine.ref.field === "id" &&
      missing &&
      EVENT_FIELD_SET.has(missing)
    ) {
      return { ...byLine.ref, field: missing as EventField };
    }
    return byLine.ref;
  }
  const card = draft.events.find((e) => e.state === "accepted" && e.id === named);
  if (card) {
    const field = /date/.test(problem.message)
      ? "date"
      : /quote|citation/.test(problem.message)
        ? "citations"
        : "id";
    return { scope: "event", key: card.key, field };
  }
  return { scope: "file", field: "file" };
}

/**
 * Checks the draft as the annotation text `yaml` in the corpus `files` (the article among them).
 * `articleFile` is the article's path. Pure; runs the whole corpus's build, which is what makes
 * related-event ids and duplicate ids checkable.
 */
export function checkDraft(files: readonly CorpusFile[], draft: Draft, yaml: string): CheckResult {
  const path = annotationPath(draft.articleId);
  const articleFile = `articles/${draft.articleId}.txt`;
  const annotation: CorpusFile = {
    path,
    bytes: new TextEncoder().encode(yaml),
    sha256: "0".repeat(64),
  };
  const corpus = [...files.filter((f) => f.path !== path), annotation];
  const digest = "0".repeat(64);
  const result = buildDataset(corpus, digest);
  if (result.ok) {
    return { problems: [], elsewhere: 0, preview: onlyArticle(result.dataset, draft.articleId) };
  }
  const ranges = lineRanges(yaml, draft);
  const mine = result.problems.filter((p) => p.file === path || p.file === articleFile);
  const problems = mine.map((problem) => ({ problem, ref: refFor(problem, ranges, draft) }));
  // Other files' problems (an article still without annotation, say) hide the preview of the
  // whole corpus; the article alone with the meta files may still build.
  let preview: Dataset | undefined;
  if (problems.length === 0) {
    const alone = buildDataset(
      corpus.filter((f) => !f.path.includes("/") || f.path === path || f.path === articleFile),
      digest,
    );
    if (alone.ok) preview = alone.dataset;
  }
  return { problems, elsewhere: result.problems.length - mine.length, preview };
}

/** The dataset cut down to one article's events (and the events they cite). */
function onlyArticle(dataset: Dataset, articleId: string): Dataset {
  return {
    ...dataset,
    events: dataset.events.filter((e) => e.citations.some((c) => c.source === articleId)),
  };
}
