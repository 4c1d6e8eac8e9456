/**
 * The corpus-wide half of the build: joins the compiled articles with the corpus's meta files.
 * It checks ids across files, attaches cross-article citations, resolves dates in anchor order
 * (anchors.ts), assembles, sorts and checks the dataset against the contract.
 */
import type { Citation, Dataset, Report, Source, TimelineEvent } from "../model/dataset.ts";
import { DatasetSchema, EventSchema, SCHEMA_VERSION, SourceSchema } from "../model/dataset.ts";
import { reconcileReports } from "../model/reports.ts";
import type { DateNode, RegisteredEvent } from "./anchors.ts";
import { anchoredDates } from "./anchors.ts";
import type { ArticleUnit, CompiledReport } from "./compileArticle.ts";
import type { CorpusMeta } from "./corpusLayout.ts";
import type { Located } from "./corpusFiles.ts";
import type { Problem } from "./problems.ts";
import { compareStrings, duplicate, schemaProblems, sortProblems } from "./problems.ts";
import { compareEvents, serializeDataset } from "./serializeDataset.ts";
import { suggestId } from "./suggestId.ts";

/** Either the dataset, or every problem found (sorted by file and line). */
export type BuildResult =
  { ok: true; dataset: Dataset; json: string } | { ok: false; problems: Problem[] };

/**
 * Joins compiled articles (in any order) with the corpus's meta files into the dataset, or every
 * problem found. `layoutProblems` are those of the corpus's file layout, reported with the rest.
 */
export function joinUnits(
  meta: CorpusMeta,
  unsortedUnits: readonly ArticleUnit[],
  corpusDigest: string,
  layoutProblems: readonly Problem[] = [],
): BuildResult {
  const units = [...unsortedUnits].sort((a, b) => compareStrings(a.id, b.id));
  const problems: Problem[] = [...layoutProblems, ...meta.problems];
  for (const unit of units) for (const p of unit.problems) problems.push(p);

  // The registry of events by id; a later duplicate is reported and left out.
  const events = new Map<string, RegisteredEvent>();
  const broken = new Set<string>();
  for (const unit of units) {
    for (const e of unit.events) {
      const first = events.get(e.entry.id);
      if (first) {
        duplicate(
          problems,
          e.file,
          e.entry.line,
          `event "${e.entry.id}"`,
          "event",
          e.entry.id,
          first.file,
          first.entry.line,
        );
      } else {
        events.set(e.entry.id, { ...e, article: unit.id, dateline: unit.dateline });
        if (!e.ok) broken.add(e.entry.id);
      }
    }
  }
  // "Did you mean" costs a scan of the known ids: offer it for the first 100 unknown ids only,
  // so a corpus full of broken references still fails fast.
  let suggestions = 100;
  const suggest = (id: string, known: Iterable<string>): string =>
    suggestions-- > 0 ? suggestId(id, known) : "";
  const eventProblem = (
    file: string,
    line: number | undefined,
    id: string,
    message: string,
    hint: string,
  ): void => {
    broken.add(id);
    problems.push({
      file,
      ...(line === undefined ? {} : { line }),
      where: `event "${id}"`,
      message,
      hint,
    });
  };

  // Reports: each article's word on an event another article defines, checked against it.
  type Registered = CompiledReport & { article: string; dateline: string };
  const reportsOf = new Map<string, Registered[]>();
  for (const unit of units) {
    for (const r of unit.reports) {
      const target = events.get(r.event);
      const at = { file: r.file, ...(r.line === undefined ? {} : { line: r.line }) };
      if (target === undefined) {
        problems.push({
          ...at,
          where: r.where,
          message: `unknown event "${r.event}"${suggest(r.event, events.keys())}`,
          hint: r.fromCites
            ? "cite an event defined in another article's annotation file, by its id"
            : "report on an event defined in another article's annotation file, by its id",
        });
      } else if (target.article === unit.id) {
        if (r.fromCites) {
          eventProblem(
            r.file,
            r.line,
            r.event,
            `"cites" names event "${r.event}", which this file defines`,
            "list the quote under the event's own `citations:`",
          );
        } else {
          broken.add(r.event);
          problems.push({
            ...at,
            where: r.where,
            message: `this file defines event "${r.event}": an article cannot report on its own event`,
            hint: "put this status, date and quotes in the event's own definition, and delete the report",
          });
        }
      } else if (!r.ok || unit.dateline === undefined) {
        broken.add(r.event); // its problem is already reported
      } else if (!r.fromCites && target.dateline !== undefined && unit.dateline < target.dateline) {
        broken.add(r.event);
        problems.push({
          ...at,
          where: r.where,
          message: `this article (${unit.dateline}) is older than ${target.file}, which defines event "${r.event}" (${target.dateline})`,
          hint: "define the event in the earliest article that reports it, and report on it from the later ones",
        });
      } else {
        const list = reportsOf.get(r.event) ?? [];
        list.push({ ...r, article: unit.id, dateline: unit.dateline });
        reportsOf.set(r.event, list);
      }
    }
  }

  // Dates, in anchor order (anchors.ts): events' own and reports', one node each. An anchor names
  // the anchor event's date as this article gives it, else as the article that defines it.
  const nodeKey = (article: string, event: string): string => `${article}\n${event}`;
  const nodes = new Map<string, DateNode>();
  for (const e of events.values()) {
    nodes.set(nodeKey(e.article, e.entry.id), {
      event: e.entry.id,
      article: e.article,
      file: e.file,
      where: `event "${e.entry.id}"`,
      dateline: e.dateline,
      spec: e.entry.date,
    });
  }
  for (const list of reportsOf.values()) {
    for (const r of list) {
      if (r.date) {
        nodes.set(nodeKey(r.article, r.event), {
          event: r.event,
          article: r.article,
          file: r.file,
          where: r.where,
          dateline: r.dateline,
          spec: r.date,
        });
      }
    }
  }
  const resolve = anchoredDates(
    nodes,
    (from, anchor) => {
      const defined = events.get(anchor);
      if (defined === undefined) return undefined;
      const here = nodeKey(from.article, anchor);
      return nodes.has(here) ? here : nodeKey(defined.article, anchor);
    },
    (node, line, message, hint) => {
      broken.add(node.event);
      problems.push({
        file: node.file,
        ...(line === undefined ? {} : { line }),
        where: node.where,
        message,
        hint,
      });
    },
    (id) => suggest(id, events.keys()),
    (node) => broken.add(node.event),
  );
  // Per event: ids, dates, reports, assembly, the contract.
  const titles = new Map<string, string>();
  for (const unit of units) if (unit.source) titles.set(unit.id, unit.source.title);
  const titleOf = (id: string): string => titles.get(id) ?? id;
  const assembled: TimelineEvent[] = [];
  for (const {
    entry: e,
    file,
    phraseProblem,
    article,
    dateline,
    citations: own,
  } of events.values()) {
    type Known = { has: (id: string) => boolean; keys: () => Iterable<string> };
    const check = (
      list: Located<string>[] | undefined,
      known: Known,
      kind: string,
      hint: string,
    ): void => {
      for (const ref of list ?? []) {
        if (!known.has(ref.value)) {
          eventProblem(
            file,
            ref.line,
            e.id,
            `unknown ${kind} "${ref.value}"${suggest(ref.value, known.keys())}`,
            hint,
          );
        } else if (kind === "related event" && ref.value === e.id) {
          eventProblem(
            file,
            ref.line,
            e.id,
            "the event lists itself as related",
            "remove its own id from `related:`",
          );
        }
      }
    };
    check(
      e.actors,
      meta.actorIds,
      "actor",
      "add it to actors.yaml, or use the id of a listed actor",
    );
    check(
      e.places,
      meta.placeIds,
      "place",
      "add it to places.yaml, or use the id of a listed place",
    );
    check(
      e.related,
      events,
      "related event",
      "use the id of an event defined in an annotation file",
    );
    const date = resolve(nodeKey(article, e.id));
    if (date && phraseProblem) {
      broken.add(e.id);
      problems.push(phraseProblem);
    }
    // The reports' dates, in the same way: a phrase problem is told once the phrase resolves.
    const others = (reportsOf.get(e.id) ?? []).sort(
      (a, b) => compareStrings(a.dateline, b.dateline) || compareStrings(a.article, b.article),
    );
    const otherDates = others.map((r) => {
      if (!r.date) return null;
      const resolved = resolve(nodeKey(r.article, e.id));
      if (resolved && r.phraseProblem) {
        broken.add(e.id);
        problems.push(r.phraseProblem);
      }
      return resolved;
    });
    if (
      broken.has(e.id) ||
      !date ||
      own.length === 0 ||
      dateline === undefined ||
      e.title === undefined ||
      e.summary === undefined ||
      e.status === undefined ||
      !e.actors ||
      !e.places ||
      !e.related ||
      others.some((r, i) => r.date !== undefined && !otherDates[i])
    ) {
      continue;
    }
    // Reports in dateline order, the defining article first among those of its day (and before
    // every `reports:` entry, which may not be older; an older `cites:` quote may). Citations
    // follow the same order, and each report lists its own by index.
    const told = [
      { source: article, dateline, status: e.status, date, quotes: own, defining: true },
      ...others.map((r, i) => ({
        source: r.article,
        dateline: r.dateline,
        status: r.status ?? null,
        date: otherDates[i] ?? null,
        quotes: r.citations,
        defining: false,
      })),
    ].sort(
      (a, b) =>
        compareStrings(a.dateline, b.dateline) ||
        Number(b.defining) - Number(a.defining) ||
        compareStrings(a.source, b.source),
    );
    const citations: Citation[] = [];
    const reports: Report[] = told.map((r) => {
      const first = citations.length;
      citations.push(...r.quotes);
      return {
        source: r.source,
        dateline: r.dateline,
        status: r.status,
        date: r.date,
        citations: r.quotes.map((_, j) => first + j),
      };
    });
    const story = reconcileReports(reports, titleOf);
    if (!story) continue; // cannot happen: the first report states both
    const event: TimelineEvent = {
      id: e.id,
      title: e.title,
      summary: e.summary,
      date: story.date,
      status: story.status,
      asOf: story.asOf,
      actors: e.actors.map((x) => x.value),
      places: e.places.map((x) => x.value),
      related: e.related.map((x) => x.value),
      citations,
      reports,
      disagreements: story.disagreements,
    };
    if (schemaProblems(problems, EventSchema, event, file, e.line, `event "${e.id}"`))
      assembled.push(event);
  }

  const sources: Source[] = [];
  for (const unit of units) {
    if (
      unit.source &&
      schemaProblems(
        problems,
        SourceSchema,
        unit.source,
        unit.articleFile ?? unit.id,
        1,
        `article "${unit.id}"`,
      )
    ) {
      sources.push(unit.source);
    }
  }

  if (problems.length > 0 || meta.info === undefined) {
    return { ok: false, problems: sortProblems(problems) };
  }

  const byId = <T extends { id: string }>(a: T, b: T): number => compareStrings(a.id, b.id);
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    title: meta.info.title,
    description: meta.info.description,
    corpusDigest,
    sources: sources.sort(byId),
    actors: [...meta.actors.values()].map((x) => x.actor).sort(byId),
    places: [...meta.places.values()].map((x) => x.place).sort(byId),
    events: assembled.sort(compareEvents),
  };
  // The last line of defence: the contract as the app will check it. Every source, actor, place
  // and event has already passed its own schema (the very ones DatasetSchema's arrays are made
  // of), so the whole is checked with empty arrays: the same verdict without copying 100,000 events.
  const shell = DatasetSchema.safeParse({
    ...dataset,
    sources: [],
    actors: [],
    places: [],
    events: [],
  });
  if (!shell.success) {
    return {
      ok: false,
      problems: shell.error.issues.map((issue) => ({
        file:
          issue.path[0] === "title" || issue.path[0] === "description"
            ? "corpus.yaml"
            : "(assembled dataset)",
        where: issue.path.map(String).join("."),
        message: `breaks the dataset contract: ${issue.message}`,
        hint: "correct the value (a pipeline bug if it is not in the corpus)",
      })),
    };
  }
  return {
    ok: true,
    dataset,
    get json(): string {
      return serializeDataset(dataset);
    },
  };
}
