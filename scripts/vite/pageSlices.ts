/**
 * Each share page's part of the dataset: the records its page, its card and its oEmbed file are
 * made from, and a key that hashes them. The build renders each page from its slice alone, so:
 * - the key is honest by construction: a page is a function of its own record and its slice (and
 *   of the options and the code, which the caller adds to the key), since its renderer is never
 *   given anything else; a page whose key is unchanged is reused, not rendered again;
 * - a page costs what its slice holds, not what the whole dataset holds (an article's page
 *   looks for the events citing it among those events only, not among all 100,000).
 *
 * What a slice holds, by kind (the dataset's order is kept in each array):
 * - an event's page: the event, its related events, the articles its citations and reports come
 *   from, its actors and places;
 * - an article's page: the article, and every event citing it.
 * Plus every top-level field but the records and `corpusDigest` (which changes with any file of
 * the corpus, so a page that read it could never be reused: a slice carries zeros instead). A
 * unit test renders every page of several corpora both from its slice and from the whole dataset
 * and finds them identical: a renderer that starts reading something else fails it.
 */
import { createHash } from "node:crypto";
import type { Dataset, Source, TimelineEvent } from "../../src/model/dataset.ts";
import { articlePagePath, eventPagePath } from "../../src/share/urls.ts";

/** A share page to publish and the slice it is made from. */
export type PageSlice = {
  /** Its folder under the app's base: `e/<id>/` or `a/<id>/`. */
  folder: string;
  /** sha256 (hex) of the slice's records and top-level fields. */
  key: string;
  /** The slice as a dataset (made when asked: a reused page never needs it). */
  dataset: () => Dataset;
  /** The dataset's order among pages of its kind, newest first (see cardChoice). */
  recency: string;
} & ({ kind: "event"; event: TimelineEvent } | { kind: "article"; source: Source });

/** Every event's and article's page, in the dataset's order, and the key of the whole dataset. */
export type PagePlan = { pages: PageSlice[]; datasetKey: string };

/** The dataset's records and its digest: not part of a slice's head. */
const RECORDS = new Set(["events", "sources", "actors", "places", "corpusDigest"]);

/** Stands for corpusDigest in a slice: a valid digest that says nothing. */
const NO_DIGEST = "0".repeat(64);

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Sorted, distinct indexes of `ids` in `byId` (unknown ids are left out, as renderers do). */
function indexesOf(ids: Iterable<string>, byId: ReadonlyMap<string, number>): number[] {
  const found = new Set<number>();
  for (const id of ids) {
    const i = byId.get(id);
    if (i !== undefined) found.add(i);
  }
  return [...found].sort((a, b) => a - b);
}

/** The pages of `dataset` with their slices and keys (see the module's comment). */
export function planPages(dataset: Dataset): PagePlan {
  const { events, sources, actors, places } = dataset;
  const hashes = (records: readonly unknown[]): string[] =>
    records.map((r) => sha256(JSON.stringify(r)));
  const eventHash = hashes(events);
  const sourceHash = hashes(sources);
  const actorHash = hashes(actors);
  const placeHash = hashes(places);
  const positions = (records: readonly { id: string }[]): Map<string, number> =>
    new Map(records.map((r, i) => [r.id, i]));
  const eventAt = positions(events);
  const sourceAt = positions(sources);
  const actorAt = positions(actors);
  const placeAt = positions(places);
  // Every top-level field but the records and the digest, so a field added later counts too.
  const head = JSON.stringify(dataset, (key: string, value: unknown) =>
    key === "" || !RECORDS.has(key) ? value : undefined,
  );

  // The events citing each article, in the dataset's order: one pass, not one per article.
  const citing = new Map<string, number[]>();
  events.forEach((event, i) => {
    for (const id of new Set(event.citations.map((c) => c.source))) {
      const list = citing.get(id);
      if (list) list.push(i);
      else citing.set(id, [i]);
    }
  });

  type Members = { events: number[]; sources: number[]; actors: number[]; places: number[] };
  // The page's own record first: two events that relate to each other have the same members.
  const keyOf = (kind: string, own: string, m: Members): string =>
    sha256(
      [
        kind,
        own,
        head,
        m.events.map((i) => eventHash[i]).join(","),
        m.sources.map((i) => sourceHash[i]).join(","),
        m.actors.map((i) => actorHash[i]).join(","),
        m.places.map((i) => placeHash[i]).join(","),
      ].join("\n"),
    );
  const sliceOf = (m: Members) => (): Dataset => ({
    ...dataset,
    corpusDigest: NO_DIGEST,
    events: m.events.map((i) => events[i] as TimelineEvent),
    sources: m.sources.map((i) => sources[i] as Source),
    actors: m.actors.map((i) => actors[i] as (typeof actors)[number]),
    places: m.places.map((i) => places[i] as (typeof places)[number]),
  });

  const pages: PageSlice[] = [];
  events.forEach((event, i) => {
    const members: Members = {
      events: indexesOf([event.id, ...event.related], eventAt),
      sources: indexesOf(
        [...event.citations.map((c) => c.source), ...event.reports.map((r) => r.source)],
        sourceAt,
      ),
      actors: indexesOf(event.actors, actorAt),
      places: indexesOf(event.places, placeAt),
    };
    pages.push({
      kind: "event",
      event,
      folder: eventPagePath(event.id),
      key: keyOf("event", eventHash[i] ?? "", members),
      dataset: sliceOf(members),
      recency: event.asOf,
    });
  });
  sources.forEach((source, i) => {
    const members: Members = {
      events: citing.get(source.id) ?? [],
      sources: [i],
      actors: [],
      places: [],
    };
    pages.push({
      kind: "article",
      source,
      folder: articlePagePath(source.id),
      key: keyOf("article", sourceHash[i] ?? "", members),
      dataset: sliceOf(members),
      recency: source.dateline,
    });
  });
  const datasetKey = sha256(
    [
      head,
      eventHash.join(","),
      sourceHash.join(","),
      actorHash.join(","),
      placeHash.join(","),
    ].join("\n"),
  );
  return { pages, datasetKey };
}

/** Which pages get a link-preview card, and a few words saying which (for the build's log). */
export type CardChoice = { pages: PageSlice[]; summary: string };

/**
 * The pages that get a card: every event's and article's, except that above `maxEvents` events
 * only articles do (an event page keeps its text preview), and that at most `maxCards` pages do:
 * the newest (an article by its dateline, an event by the dateline its status holds on, later
 * first; ties in the dataset's order). What a newsroom shares is mostly recent, and each card
 * costs about 0.1 s of CPU to draw. The pages keep the dataset's order.
 */
export function choosePagesForCards(
  pages: readonly PageSlice[],
  maxEvents: number,
  maxCards: number,
): CardChoice {
  const events = pages.filter((p) => p.kind === "event").length;
  const eventsLeftOut = events > maxEvents;
  const candidates = eventsLeftOut ? pages.filter((p) => p.kind === "article") : [...pages];
  const words = eventsLeftOut
    ? `articles only: ${String(events)} events is over DATELINE_CARDS_MAX_EVENTS=${String(maxEvents)}`
    : "events and articles";
  if (candidates.length <= maxCards) return { pages: candidates, summary: words };
  const order = new Map(candidates.map((p, i) => [p, i]));
  const newest = [...candidates]
    .sort((a, b) =>
      a.recency === b.recency
        ? (order.get(a) ?? 0) - (order.get(b) ?? 0)
        : a.recency < b.recency
          ? 1
          : -1,
    )
    .slice(0, maxCards);
  const chosen = new Set(newest);
  return {
    pages: candidates.filter((p) => chosen.has(p)),
    summary: `${words}; the newest ${String(maxCards)} of ${String(candidates.length)} (DATELINE_CARDS_MAX)`,
  };
}
