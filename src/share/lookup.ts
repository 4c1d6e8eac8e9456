/**
 * Lookups and wording shared by every export and page: names for ids, the sources an event cites,
 * and how a citation or a status is written for readers (the status words are src/model/statuses.ts). Dates are worded only by
 * src/model/dates.ts (formatDateLabel), never here.
 */
import type { Actor, Citation, Dataset, Place, Source, TimelineEvent } from "../model/dataset.ts";
import { formatDayLong } from "../model/dates.ts";
import { STATUS_WORDS } from "../model/statuses.ts";

/** The dataset's actors, places, sources and events by id. */
export type DatasetIndex = {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly places: ReadonlyMap<string, Place>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly events: ReadonlyMap<string, TimelineEvent>;
};

const indexes = new WeakMap<Dataset, DatasetIndex>();

/** Maps of the dataset's records by id (built once per dataset object). */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const cached = indexes.get(dataset);
  if (cached) return cached;
  const index: DatasetIndex = {
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    places: new Map(dataset.places.map((p) => [p.id, p])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    events: new Map(dataset.events.map((e) => [e.id, e])),
  };
  indexes.set(dataset, index);
  return index;
}

/** The display name of each actor id (an unknown id stands for itself, so nothing is lost). */
export function actorNames(event: TimelineEvent, dataset: Dataset): string[] {
  const { actors } = indexDataset(dataset);
  return event.actors.map((id) => actors.get(id)?.name ?? id);
}

/** The display name of each place id (an unknown id stands for itself). */
export function placeNames(event: TimelineEvent, dataset: Dataset): string[] {
  const { places } = indexDataset(dataset);
  return event.places.map((id) => places.get(id)?.name ?? id);
}

/** `Status as of 18 June 2023: planned` — the status holds at the event's asOf dateline. */
export function statusSentence(event: TimelineEvent): string {
  return `Status as of ${formatDayLong(event.asOf)}: ${STATUS_WORDS[event.status].sentence}`;
}

/** The 1-based paragraph number readers see for a citation (the contract's index is 0-based). */
export function paragraphNumber(citation: Citation): number {
  return citation.paragraph + 1;
}

/**
 * One line naming where a citation comes from:
 * `Wire story, 18 June 2023, Test Wire, paragraph 2` (the source id when the source is unknown).
 */
export function citationSourceLine(citation: Citation, dataset: Dataset): string {
  const source = indexDataset(dataset).sources.get(citation.source);
  const where = `paragraph ${paragraphNumber(citation)}`;
  if (!source) return `${citation.source}, ${where}`;
  return `${source.title}, ${formatDayLong(source.dateline)}, ${source.attribution}, ${where}`;
}

/** The ids in `ids`, each once, in first-seen order. */
export function unique<T>(ids: Iterable<T>): T[] {
  return [...new Set(ids)];
}
