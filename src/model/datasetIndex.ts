/**
 * The dataset's records by id: the one index every view, page and filter looks records up in,
 * built once per dataset object (a dataset is never mutated once read).
 */
import type { Actor, Dataset, Place, Source, TimelineEvent } from "./dataset.ts";

/** The dataset's actors, places, sources and events by id, and each actor's display name. */
export type DatasetIndex = {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly actorNames: ReadonlyMap<string, string>;
  readonly places: ReadonlyMap<string, Place>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly events: ReadonlyMap<string, TimelineEvent>;
};

/** The parts of a dataset the index reads. */
export type IndexedParts = Pick<Dataset, "actors" | "places" | "sources" | "events">;

const indexes = new WeakMap<IndexedParts, DatasetIndex>();

/** The index of `dataset` (made on first use, then the same object for the same dataset). */
export function indexDataset(dataset: IndexedParts): DatasetIndex {
  const cached = indexes.get(dataset);
  if (cached) return cached;
  const index: DatasetIndex = {
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    actorNames: new Map(dataset.actors.map((a) => [a.id, a.name])),
    places: new Map(dataset.places.map((p) => [p.id, p])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    events: new Map(dataset.events.map((e) => [e.id, e])),
  };
  indexes.set(dataset, index);
  return index;
}
