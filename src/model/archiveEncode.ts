/**
 * Writing the index of the index-first layout (archive.ts): a whole dataset and the refs of its
 * written shards in, the columnar index file out (encodeIndex).
 */
import type { Dataset, DatasetIndexFile, EventDate, ShardRef, TimelineEvent } from "./dataset.ts";
import { DISAGREEMENT_KINDS, PRECISIONS, SCHEMA_VERSION, STATUSES } from "./datasetTerms.ts";
import type { ArchiveParts } from "./archive.ts";
import { mustDay } from "./archive.ts";

/** The refs of the written shards, in the order of ArchiveParts (and of the search buckets). */
export type ShardRefs = {
  events: ShardRef[];
  sources: ShardRef[];
  search: ShardRef[];
};

/**
 * The index of a whole, valid dataset whose shards were cut by cutShards and written as `refs`.
 * Deterministic: the same dataset and refs give the same index.
 */
export function encodeIndex(
  dataset: Dataset,
  parts: ArchiveParts,
  refs: ShardRefs,
): DatasetIndexFile {
  const sourceOrdinal = new Map(dataset.sources.map((s, i) => [s.id, i]));
  const eventOrdinal = new Map(dataset.events.map((e, i) => [e.id, i]));
  const actorOrdinal = new Map(dataset.actors.map((a, i) => [a.id, i]));
  const placeOrdinal = new Map(dataset.places.map((p, i) => [p.id, i]));
  const attributions: string[] = [];
  const attributionOrdinal = new Map<string, number>();
  const attributionOf = (name: string): number => {
    let n = attributionOrdinal.get(name);
    if (n === undefined) {
      n = attributions.length;
      attributions.push(name);
      attributionOrdinal.set(name, n);
    }
    return n;
  };
  const dates: DatasetIndexFile["dates"] = {
    edtf: [],
    precision: [],
    earliest: [],
    latest: [],
    phrase: [],
    resolvedAgainst: [],
  };
  const dateOrdinal = new Map<string, number>();
  const dateOf = (date: EventDate): number => {
    const key = JSON.stringify(date);
    let n = dateOrdinal.get(key);
    if (n === undefined) {
      n = dates.edtf.length;
      dateOrdinal.set(key, n);
      dates.edtf.push(date.edtf);
      dates.precision.push(PRECISIONS.indexOf(date.precision));
      dates.earliest.push(date.earliest === null ? null : mustDay(date.earliest));
      dates.latest.push(date.latest === null ? null : mustDay(date.latest));
      dates.phrase.push(date.phrase);
      dates.resolvedAgainst.push(mustDay(date.resolvedAgainst));
    }
    return n;
  };
  const ordinal = (map: ReadonlyMap<string, number>, id: string): number => {
    const n = map.get(id);
    if (n === undefined) throw new Error(`archive: unknown id ${id}`);
    return n;
  };
  const sources: DatasetIndexFile["sources"] = {
    id: [],
    title: [],
    dateline: [],
    attribution: [],
    length: [],
    shard: [],
  };
  dataset.sources.forEach((s, i) => {
    sources.id.push(s.id);
    sources.title.push(s.title);
    sources.dateline.push(mustDay(s.dateline));
    sources.attribution.push(attributionOf(s.attribution));
    sources.length.push(s.text.length);
    sources.shard.push(parts.sourceShard[i] ?? 0);
  });
  const events: DatasetIndexFile["events"] = {
    id: [],
    title: [],
    date: [],
    status: [],
    asOf: [],
    source: [],
    actors: [],
    places: [],
    related: [],
  };
  const reports: DatasetIndexFile["reports"] = { event: [], source: [], status: [], date: [] };
  const disagreements: DatasetIndexFile["disagreements"] = {
    event: [],
    kind: [],
    first: [],
    second: [],
  };
  dataset.events.forEach((e, i) => {
    events.id.push(e.id);
    events.title.push(e.title);
    events.date.push(dateOf(e.date));
    events.status.push(STATUSES.indexOf(e.status));
    events.asOf.push(mustDay(e.asOf));
    events.source.push(ordinal(sourceOrdinal, e.reports[0]?.source ?? ""));
    events.actors.push(e.actors.map((id) => ordinal(actorOrdinal, id)));
    events.places.push(e.places.map((id) => ordinal(placeOrdinal, id)));
    events.related.push(e.related.map((id) => ordinal(eventOrdinal, id)));
    if (!toldOnceAsStated(e)) {
      for (const r of e.reports) {
        reports.event.push(i);
        reports.source.push(ordinal(sourceOrdinal, r.source));
        reports.status.push(r.status === null ? null : STATUSES.indexOf(r.status));
        reports.date.push(r.date === null ? null : dateOf(r.date));
      }
    }
    for (const d of e.disagreements) {
      disagreements.event.push(i);
      disagreements.kind.push(DISAGREEMENT_KINDS.indexOf(d.kind));
      disagreements.first.push(d.reports[0] ?? 0);
      disagreements.second.push(d.reports[1] ?? 0);
    }
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    layout: "index",
    title: dataset.title,
    description: dataset.description,
    corpusDigest: dataset.corpusDigest,
    actors: dataset.actors.map((a) => ({ ...a })),
    places: dataset.places.map((p) => ({ ...p })),
    attributions,
    sources,
    dates,
    events,
    reports,
    disagreements,
    shards: {
      events: refs.events.map((ref, i) => ({
        ...ref,
        first: parts.events[i]?.first ?? 0,
        count: parts.events[i]?.count ?? 1,
      })),
      sources: refs.sources,
      search: refs.search,
    },
  };
}

/**
 * True when an event is told by one report that states its status and date (the index then
 * writes no report rows for it: they are implied by the event's first source, status and date).
 */
function toldOnceAsStated(event: TimelineEvent): boolean {
  const only = event.reports[0];
  return (
    event.reports.length === 1 &&
    only !== undefined &&
    only.status === event.status &&
    only.dateline === event.asOf &&
    only.date !== null &&
    JSON.stringify(only.date) === JSON.stringify(event.date)
  );
}
