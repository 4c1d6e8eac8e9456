/**
 * The pure core of `npm run data`: corpus files in (bytes + their sha256, read by the CLI), a
 * validated Dataset or every problem out. No I/O, no clock, no randomness: the same files always
 * give the same bytes (see serializeDataset).
 *
 * The build is a map and a join. compileArticle handles each article with its annotation file
 * alone (decode, split, parse the YAML, place every quote); joinUnits then checks what spans files
 * (ids, duplicate ids, cross-article cites, anchors) and resolves dates. Cost is linear in the
 * corpus: each quote is searched for only in its own article, ids are checked through hash maps,
 * anchors resolve by memoised depth-first search, paragraph lookups are binary searches.
 */
import type {
  Actor,
  Citation,
  Dataset,
  EventDate,
  Place,
  Source,
  TimelineEvent,
} from "../model/dataset.ts";
import {
  ActorSchema,
  DatasetSchema,
  EventSchema,
  PlaceSchema,
  SCHEMA_VERSION,
  SOURCE_ID_PATTERN,
  SourceSchema,
} from "../model/dataset.ts";
import { decodeUtf8 } from "./article.ts";
import type { ArticleUnit, CompiledEvent, CorpusFile } from "./compileArticle.ts";
import { ANNOTATIONS_DIR, ARTICLES_DIR, compileArticle } from "./compileArticle.ts";
import type { CorpusInfo, Located } from "./corpusFiles.ts";
import { readActors, readCorpusInfo, readPlaces } from "./corpusFiles.ts";
import type { Problem } from "./problems.ts";
import { compareStrings, sortProblems } from "./problems.ts";
import { resolveDate } from "./resolveDate.ts";
import { parseYaml } from "./yamlReader.ts";

export type { ArticleUnit, CorpusFile } from "./compileArticle.ts";
export { ANNOTATIONS_DIR, ARTICLES_DIR, compileArticle } from "./compileArticle.ts";

/** Progress of a long build: `done` of `total` items of `stage` ("articles"). */
export type ProgressCallback = (stage: string, done: number, total: number) => void;

/** Either the dataset, or every problem found (sorted by file and line). */
export type BuildResult =
  { ok: true; dataset: Dataset; json: string } | { ok: false; problems: Problem[] };

/**
 * The text whose sha256 is the dataset's corpusDigest: one line `<sha256>  <path>\n` per file under
 * the corpus folder (every regular file, hidden ones included), sorted by path in code-unit order,
 * paths relative with "/" separators. It is the output of
 * `cd corpus && find . -type f | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum`
 * (for ASCII paths), so `… | sha256sum` reproduces the digest by hand.
 */
export function corpusManifest(files: readonly { path: string; sha256: string }[]): string {
  return [...files]
    .sort((a, b) => compareStrings(a.path, b.path))
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join("");
}

/**
 * The dataset as written to disk, in pieces: the top level laid out with 2-space indents, and each
 * source, actor, place and event as compact JSON on a line of its own. A diff then shows one line
 * per changed record, and a 100,000-event dataset carries no indentation: pretty-printed, a
 * quarter of its bytes were spaces, which every reader downloaded and parsed. Writing the pieces
 * keeps such a dataset from ever being one string in memory.
 */
export function* serializeDatasetChunks(dataset: Dataset): Generator<string> {
  const entries = Object.entries(dataset);
  yield "{";
  for (const [i, [key, value]] of entries.entries()) {
    const comma = i < entries.length - 1 ? "," : "";
    if (Array.isArray(value) && value.length > 0) {
      yield `\n  ${JSON.stringify(key)}: [`;
      for (const [j, item] of value.entries()) {
        yield `\n    ${JSON.stringify(item)}${j < value.length - 1 ? "," : ""}`;
      }
      yield `\n  ]${comma}`;
    } else {
      yield `\n  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`;
    }
  }
  yield "\n}\n";
}

/** The dataset as written to disk (see serializeDatasetChunks), with a trailing newline. */
export function serializeDataset(dataset: Dataset): string {
  return [...serializeDatasetChunks(dataset)].join("");
}

/** The corpus-wide files: corpus.yaml, actors.yaml, places.yaml, read and checked. */
export type CorpusMeta = {
  info: CorpusInfo | undefined;
  actors: Map<string, { actor: Actor; line: number | undefined }>;
  places: Map<string, { place: Place; line: number | undefined }>;
  /** Every actor and place id written, malformed entries included (no cascades of "unknown id"). */
  actorIds: Set<string>;
  placeIds: Set<string>;
  problems: Problem[];
};

/** The roles of a corpus's files, by article id. Unexpected files in articles/ or annotations/ are problems. */
export type CorpusLayout = {
  meta: Map<string, CorpusFile>;
  articles: Map<string, string>;
  annotations: Map<string, string>;
  /** Every article id with an article file, an annotation file or both, sorted. */
  ids: string[];
  problems: Problem[];
};

const META_FILES = ["corpus.yaml", "actors.yaml", "places.yaml"];

/**
 * Sorts corpus paths into their roles. Takes paths only (plus the meta files' contents), so the
 * CLI can plan a build before reading any article. Hidden files (".x") in the two folders, and
 * files elsewhere, are ignored, though they still count in the digest.
 */
export function layoutCorpus(paths: readonly string[]): Omit<CorpusLayout, "meta"> {
  const problems: Problem[] = [];
  const articles = new Map<string, string>();
  const annotations = new Map<string, string>();
  for (const path of paths) {
    const [dir, name, ...rest] = path.split("/");
    const folder =
      dir === ARTICLES_DIR ? articles : dir === ANNOTATIONS_DIR ? annotations : undefined;
    if (folder === undefined || name === undefined || name.startsWith(".")) continue;
    const ext = dir === ARTICLES_DIR ? ".txt" : ".yaml";
    const id = name.slice(0, -ext.length);
    if (rest.length > 0) {
      problems.push({
        file: path,
        message: `unexpected subfolder in ${dir}/`,
        hint: `keep ${dir === ARTICLES_DIR ? "articles" : "annotation files"} directly in ${dir}/`,
      });
    } else if (!name.endsWith(ext)) {
      problems.push({
        file: path,
        message: `unexpected file in ${dir}/ (expected *${ext})`,
        hint: `rename it to <article-id>${ext}, or move it out of ${dir}/`,
      });
    } else if (!SOURCE_ID_PATTERN.test(id)) {
      problems.push({
        file: path,
        message: `"${id}" is not a valid article id`,
        hint: "name files with letters, digits, '_', '.' and '-', starting with a letter or digit",
      });
    } else {
      folder.set(id, path);
    }
  }
  const ids = [...new Set([...articles.keys(), ...annotations.keys()])].sort(compareStrings);
  return { articles, annotations, ids, problems };
}

/** Reads corpus.yaml, actors.yaml and places.yaml (each may be absent but corpus.yaml). */
export function readCorpusMeta(files: ReadonlyMap<string, CorpusFile>): CorpusMeta {
  const problems: Problem[] = [];
  const meta: CorpusMeta = {
    info: undefined,
    actors: new Map(),
    places: new Map(),
    actorIds: new Set(),
    placeIds: new Set(),
    problems,
  };
  const yamlOf = (f: CorpusFile): ReturnType<typeof parseYaml> => {
    const decoded = decodeUtf8(f.bytes);
    if ("problem" in decoded) {
      problems.push({ file: f.path, ...decoded.problem });
      return undefined;
    }
    return parseYaml(f.path, decoded.text, problems);
  };
  const corpusYaml = files.get("corpus.yaml");
  if (corpusYaml === undefined) {
    problems.push({
      file: "corpus.yaml",
      message: "missing corpus.yaml",
      hint: "create corpus.yaml with `title:` and `description:`",
    });
  } else {
    const parsed = yamlOf(corpusYaml);
    if (parsed) meta.info = readCorpusInfo(parsed.ctx, parsed.root);
  }
  /** Reads a registry file (actors.yaml, places.yaml): entries checked, duplicates reported. */
  const readRegistry = <T extends { id: string }>(
    file: string,
    kind: string,
    read: (
      parsed: NonNullable<ReturnType<typeof parseYaml>>,
    ) => (T & { line: number | undefined })[],
    schema: SafeParser,
    keep: (entry: T, line: number | undefined) => void,
    firstLine: (id: string) => { line: number | undefined } | undefined,
  ): void => {
    const source = files.get(file);
    const parsed = source && yamlOf(source);
    if (!parsed) return;
    for (const { line, ...rest } of read(parsed)) {
      const entry = rest as unknown as T;
      const where = `${kind} "${entry.id}"`;
      const first = firstLine(entry.id);
      if (first) duplicate(problems, file, line, where, kind, entry.id, file, first.line);
      else if (schemaProblems(problems, schema, entry, file, line, where)) keep(entry, line);
    }
  };
  readRegistry<Actor>(
    "actors.yaml",
    "actor",
    (parsed) => readActors(parsed.ctx, parsed.root, meta.actorIds),
    ActorSchema,
    (actor, line) => meta.actors.set(actor.id, { actor, line }),
    (id) => meta.actors.get(id),
  );
  readRegistry<Place>(
    "places.yaml",
    "place",
    (parsed) => readPlaces(parsed.ctx, parsed.root, meta.placeIds),
    PlaceSchema,
    (place, line) => meta.places.set(place.id, { place, line }),
    (id) => meta.places.get(id),
  );
  return meta;
}

/**
 * Builds the dataset from the corpus's files. `corpusDigest` is the sha256 of corpusManifest(files),
 * computed by the caller (hashing is I/O-side). Never throws on bad input: every problem is
 * collected and returned.
 */
export function buildDataset(
  files: readonly CorpusFile[],
  corpusDigest: string,
  onProgress?: ProgressCallback,
): BuildResult {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const layout = layoutCorpus(files.map((f) => f.path));
  const meta = readCorpusMeta(
    new Map(META_FILES.flatMap((p) => (byPath.has(p) ? [[p, byPath.get(p) as CorpusFile]] : []))),
  );
  const units = layout.ids.map((id, i) => {
    const article = layout.articles.get(id);
    const annotation = layout.annotations.get(id);
    const unit = compileArticle(
      id,
      article === undefined ? undefined : byPath.get(article),
      annotation === undefined ? undefined : byPath.get(annotation),
    );
    onProgress?.("articles", i + 1, layout.ids.length);
    return unit;
  });
  return joinUnits(meta, units, corpusDigest, layout.problems);
}

/**
 * The corpus-wide half of the build: joins compiled articles (in any order) with the corpus's
 * meta files: checks ids across files, attaches cross-article citations, resolves dates in anchor
 * order, assembles, sorts and checks the dataset against the contract.
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
  type Registered = CompiledEvent & { article: string; dateline: string | undefined };
  const events = new Map<string, Registered>();
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

  // Dates, in anchor order (memoised depth-first search; a cycle is reported once).
  // Iterative, so a long chain of anchors cannot overflow the call stack.
  const dates = new Map<string, EventDate | null>();
  const resolve = (start: string): EventDate | null => {
    const path = [start];
    const onPath = new Set(path);
    const settle = (id: string, date: EventDate | null): void => {
      dates.set(id, date);
      path.pop();
      onPath.delete(id);
    };
    while (path.length > 0) {
      const id = path[path.length - 1] as string;
      const record = events.get(id);
      const spec = record?.entry.date;
      if (dates.has(id) || !record || !spec || record.dateline === undefined) {
        settle(id, dates.get(id) ?? null);
        continue;
      }
      let anchor: EventDate | undefined;
      if (spec.anchor) {
        const anchorId = spec.anchor.value;
        const anchorLine = spec.anchor.line ?? spec.line;
        if (!events.has(anchorId)) {
          eventProblem(
            record.file,
            anchorLine,
            id,
            `unknown anchor "${anchorId}"${suggest(anchorId, events.keys())}`,
            "set `anchor:` to the id of the event whose date this phrase refers to",
          );
          settle(id, null);
          continue;
        }
        if (onPath.has(anchorId)) {
          const cycle = [...path.slice(path.indexOf(anchorId)), anchorId].join(" → ");
          eventProblem(
            record.file,
            anchorLine,
            id,
            `anchor cycle: ${cycle}`,
            "anchor at least one of these events to the dateline instead (drop its `anchor:`)",
          );
          settle(id, null);
          continue;
        }
        const resolved = dates.get(anchorId);
        if (resolved === undefined) {
          path.push(anchorId); // resolve the anchor first, then come back
          onPath.add(anchorId);
          continue;
        }
        if (resolved === null) {
          broken.add(id); // the anchor's own problem is reported
          settle(id, null);
          continue;
        }
        anchor = resolved;
      }
      const result = resolveDate(
        {
          phrase: spec.phrase,
          ...(spec.direction === undefined ? {} : { direction: spec.direction }),
          ...(spec.undated === undefined ? {} : { undated: spec.undated }),
        },
        record.dateline,
        anchor,
      );
      if ("problem" in result) {
        eventProblem(record.file, spec.line, id, result.problem.message, result.problem.hint);
        settle(id, null);
      } else {
        settle(id, result.date);
      }
    }
    return dates.get(start) ?? null;
  };

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

/** Event order: by (earliest ?? latest, latest ?? earliest, id), all in code-unit order. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    compareStrings(
      a.date.earliest ?? a.date.latest ?? "",
      b.date.earliest ?? b.date.latest ?? "",
    ) ||
    compareStrings(
      a.date.latest ?? a.date.earliest ?? "",
      b.date.latest ?? b.date.earliest ?? "",
    ) ||
    compareStrings(a.id, b.id)
  );
}

function duplicate(
  problems: Problem[],
  file: string,
  line: number | undefined,
  where: string,
  kind: string,
  id: string,
  firstFile: string,
  firstLine: number | undefined,
): void {
  problems.push({
    file,
    ...(line === undefined ? {} : { line }),
    where,
    message: `duplicate ${kind} id "${id}" (first defined at ${firstFile}${firstLine === undefined ? "" : `:${firstLine}`})`,
    hint: `give each ${kind} its own id, or merge the two`,
  });
}

type SafeParser = {
  safeParse: (value: unknown) =>
    | { success: true }
    | {
        success: false;
        error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
      };
};

/** Checks `value` against a contract schema; reports each issue at `file:line`. True when valid. */
function schemaProblems(
  problems: Problem[],
  schema: SafeParser,
  value: unknown,
  file: string,
  line: number | undefined,
  where: string,
): boolean {
  const result = schema.safeParse(value);
  if (result.success) return true;
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join(".");
    problems.push({
      file,
      ...(line === undefined ? {} : { line }),
      where,
      message: `${field === "" ? "value" : `field "${field}"`} ${issue.message}`,
      hint:
        field.endsWith("id") || field === ""
          ? "ids are lower-case slugs like beijing-visit"
          : `correct the ${field}`,
    });
  }
  return false;
}

/** ` (did you mean "x"?)` for the closest id within two edits, scanning at most 20,000 ids. */
function suggestId(id: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = 3;
  let scanned = 0;
  for (const candidate of known) {
    if (++scanned > 20_000) break;
    if (Math.abs(candidate.length - id.length) >= bestDistance) continue;
    const d = boundedDistance(id, candidate, bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? "" : ` (did you mean "${best}"?)`;
}

/** Levenshtein distance, or `limit` when it is at least that. */
function boundedDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      current[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit, limit);
}
