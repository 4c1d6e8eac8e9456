/**
 * The corpus-wide half of the build: joins the compiled articles with the corpus's meta files.
 * It checks ids across files, attaches cross-article citations, resolves dates in anchor order
 * (anchors.ts), assembles, sorts and checks the dataset against the contract.
 */
import type { Citation, Dataset, Source, TimelineEvent } from "../model/dataset.ts";
import { DatasetSchema, EventSchema, SCHEMA_VERSION, SourceSchema } from "../model/dataset.ts";
import type { RegisteredEvent } from "./anchors.ts";
import { anchoredDates } from "./anchors.ts";
import type { ArticleUnit } from "./compileArticle.ts";
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

  // Citations: each event's own, then those from other articles' `cites:`, in article order.
  const citations = new Map<string, Citation[]>();
  const asOf = new Map<string, string>();
  for (const e of events.values()) {
    citations.set(e.entry.id, [...e.citations]);
    if (e.dateline !== undefined) asOf.set(e.entry.id, e.dateline);
  }
  for (const unit of units) {
    for (const c of unit.cites) {
      const target = events.get(c.event);
      if (target === undefined) {
        problems.push({
          file: c.file,
          ...(c.line === undefined ? {} : { line: c.line }),
          where: `cites "${c.event}"`,
          message: `unknown event "${c.event}"${suggest(c.event, events.keys())}`,
          hint: "cite an event defined in another article's annotation file, by its id",
        });
      } else if (target.article === unit.id) {
        eventProblem(
          c.file,
          c.line,
          c.event,
          `"cites" names event "${c.event}", which this file defines`,
          "list the quote under the event's own `citations:`",
        );
      } else if (!c.citation || unit.dateline === undefined) {
        broken.add(c.event); // the quote's problem is already reported
      } else {
        citations.get(c.event)?.push(c.citation);
        const previous = asOf.get(c.event);
        if (previous === undefined || unit.dateline > previous) asOf.set(c.event, unit.dateline);
      }
    }
  }

  // Dates, in anchor order (anchors.ts).
  const resolve = anchoredDates(
    events,
    eventProblem,
    (id) => suggest(id, events.keys()),
    (id) => broken.add(id),
  );

  // Per event: ids, date, assembly, the contract.
  const assembled: TimelineEvent[] = [];
  for (const { entry: e, file, phraseProblem } of events.values()) {
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
    const date = resolve(e.id);
    if (date && phraseProblem) {
      broken.add(e.id);
      problems.push(phraseProblem);
    }
    const cited = citations.get(e.id);
    const when = asOf.get(e.id);
    if (
      broken.has(e.id) ||
      !date ||
      !cited ||
      cited.length === 0 ||
      !when ||
      e.title === undefined ||
      e.summary === undefined ||
      e.status === undefined ||
      !e.actors ||
      !e.places ||
      !e.related
    ) {
      continue;
    }
    const event: TimelineEvent = {
      id: e.id,
      title: e.title,
      summary: e.summary,
      date,
      status: e.status,
      asOf: when,
      actors: e.actors.map((x) => x.value),
      places: e.places.map((x) => x.value),
      related: e.related.map((x) => x.value),
      citations: cited,
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
