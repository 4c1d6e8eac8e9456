/**
 * The one place the workspace calls the proposer (src/propose/): an article in, the cards of its
 * draft annotation out, each with what the proposer says a human must check.
 */
import type { Status } from "../model/dataset.ts";
import type { CorpusMeta } from "../pipeline/corpusLayout.ts";
import type { ArticleView } from "./article.ts";
import type { DraftDate, DraftEvent } from "./draft.ts";

/** The parts of a proposed event the workspace reads (the proposer's `ProposedEvent`). */
export type ProposedEventLike = {
  id: string;
  title: string;
  summary: string;
  date: DraftDate;
  status: Status;
  actors: readonly string[];
  places: readonly string[];
  related: readonly string[];
  citations: readonly { quote: string; occurrence?: number }[];
  candidates: readonly string[];
  checks: readonly { about: string; message: string }[];
};

/** What the workspace starts a new annotation from. */
export type Proposal = {
  title: string;
  attribution: string;
  events: DraftEvent[];
  /** A sentence for the curator about where the cards came from. */
  note: string;
};

/** A proposed event as a card waiting for the curator's decision. */
export function cardFromProposal(proposed: ProposedEventLike, index: number): DraftEvent {
  return {
    key: `proposed-${index}`,
    id: proposed.id,
    title: proposed.title,
    summary: proposed.summary,
    date: { ...proposed.date },
    status: proposed.status,
    actors: [...proposed.actors],
    places: [...proposed.places],
    related: [...proposed.related],
    citations: proposed.citations.map((c) => ({
      quote: c.quote,
      ...(c.occurrence === undefined ? {} : { occurrence: c.occurrence }),
    })),
    state: "proposed",
    checks: [
      ...proposed.checks.map((c) => `${c.about}: ${c.message}`),
      ...(proposed.candidates.length > 0
        ? [`names not in the registry: ${proposed.candidates.join(", ")}`]
        : []),
    ],
  };
}

/**
 * The proposal for a new annotation of `article`. The proposer is not part of this build yet, so
 * the draft starts empty and the curator creates events from selections; the workspace says so.
 */
export function proposeFor(input: {
  article: ArticleView;
  meta: CorpusMeta;
  takenIds: ReadonlySet<string>;
}): Proposal {
  return {
    title: "",
    attribution: "",
    events: [],
    note: `No proposals for ${input.article.id}: the proposer is not in this build. Select words in the article to create an event.`,
  };
}
