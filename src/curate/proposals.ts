/**
 * The one place the workspace calls the proposer (src/propose/): an article in, the cards of its
 * draft annotation out, each with what the proposer says a human must check.
 */
import type { CorpusMeta } from "../pipeline/corpusLayout.ts";
import type { ArticleView } from "./article.ts";
import { proposeDraft, registryFromMeta } from "../propose/index.ts";
import type { ProposedEvent } from "../propose/types.ts";
import type { DraftEvent } from "./draft.ts";

/** What the workspace starts a new annotation from. */
export type Proposal = {
  title: string;
  attribution: string;
  events: DraftEvent[];
  /** A sentence for the curator about where the cards came from. */
  note: string;
};

/** A proposed event as a card waiting for the curator's decision. */
export function cardFromProposal(proposed: ProposedEvent, index: number): DraftEvent {
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
 * The proposal for a new annotation of `article`: the proposer's draft (src/propose/) as cards
 * waiting for the curator, with the proposer's title and attribution, and a note saying how many
 * events it found and what to check about the attribution.
 */
export function proposeFor(input: {
  article: ArticleView;
  meta: CorpusMeta;
  takenIds: ReadonlySet<string>;
}): Proposal {
  const { article } = input;
  const draft = proposeDraft(
    {
      id: article.id,
      dateline: article.dateline,
      text: article.text,
      paragraphs: article.paragraphs,
    },
    registryFromMeta(input.meta),
    { takenIds: input.takenIds },
  );
  const n = draft.events.length;
  return {
    title: draft.title,
    attribution: draft.attribution,
    events: draft.events.map(cardFromProposal),
    note: `${n} event${n === 1 ? "" : "s"} proposed from the article: accept, fix or reject each. ${draft.attributionCheck.charAt(0).toUpperCase()}${draft.attributionCheck.slice(1)}`,
  };
}
