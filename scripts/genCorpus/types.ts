/** The generator's shapes (what it drafts before writing YAML) and its two small helpers. */
import { COUNTRIES, ORGANISATIONS } from "./vocabulary.ts";

export type CorpusOptions = { articles: number; seed: number };

/** One file of the corpus: a corpus-relative path (`articles/x.txt`) and its UTF-8 content. */
export type CorpusFile = { path: string; content: string };

/** First and last dateline (inclusive): 20 years. */
export const FIRST_DATELINE = "2006-01-01";
export const LAST_DATELINE = "2025-12-31";
export const DATELINE_DAYS = 7305; // 2006-01-01 … 2025-12-31 inclusive

/** How many actors and places the corpus has. */
export const PERSON_COUNT = 200;
export const ACTOR_COUNT = PERSON_COUNT + COUNTRIES.length + ORGANISATIONS.length;

export type ActorKind = "person" | "country" | "organisation";
export type GenActor = { id: string; name: string; kind: ActorKind; role?: string };
export type GenPlace = { id: string; name: string };

export type DateSpec = {
  phrase: string;
  anchor?: string;
  direction?: "past" | "future";
  undated?: true;
};
export type Status = "occurred" | "ongoing" | "planned" | "expected" | "postponed" | "hoped-for";

export type Citation = { quote: string };
export type GenEvent = {
  id: string;
  title: string;
  summary: string;
  date: DateSpec;
  status: Status;
  actors: string[];
  places: string[];
  related: string[];
  citations: Citation[];
};

/** What a later article needs to cite an earlier event. */
export type CitableEvent = { id: string; actorName: string; topic: string; dateline: string };

/**
 * An anticipated event a later article may report on: the days it was due on, inclusive (one
 * day, or the whole month of "in March"), as the pipeline resolves its phrase.
 */
export type DueEvent = CitableEvent & { first: string; last: string };

/** A later article's report on an earlier event (an annotation's `reports:` entry). */
export type GenReport = {
  event: string;
  status: Status;
  date?: { phrase: string };
  citations: Citation[];
};

/** `value`, which the caller knows exists (an index into a non-empty list). */
export function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("gen-corpus: internal error, missing value");
  return value;
}

/** Lower-case slug of a name, as the dataset's ids are. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
