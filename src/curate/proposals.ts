/**
 * The one place the workspace calls the proposer (src/propose/): an article in, the cards of its
 * draft annotation out, each with what the proposer says a human must check.
 */
import type { Dataset } from "../model/dataset.ts";
import type { CorpusMeta } from "../pipeline/corpusLayout.ts";
import type { ArticleView } from "./article.ts";
import type { ProposedName } from "../propose/index.ts";

export type { ProposedName };
import { proposeDraft, registryFromMeta } from "../propose/index.ts";
import { archiveFromDataset } from "../propose/story.ts";
import type { LinkCheck, ProposedEvent, ProposedReport } from "../propose/types.ts";
import type { DraftEvent, SameAsSuggestion } from "./draft.ts";
import { slugOf, uniqueId } from "./draft.ts";

/** What the workspace starts a new annotation from. */
export type Proposal = {
  title: string;
  attribution: string;
  events: DraftEvent[];
  /** A sentence for the curator about where the cards came from. */
  note: string;
  /** Names the registry lacks, as the proposer would add them ("Add Ryanair (organisation)"). */
  names: ProposedName[];
};

const suggestion = (link: LinkCheck): SameAsSuggestion => ({
  event: link.event,
  title: link.title,
  why: link.message,
});

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
    ...(proposed.sameAs && proposed.sameAs.length > 0
      ? { suggestions: proposed.sameAs.map(suggestion) }
      : {}),
    ...(proposed.proposedActors.length + proposed.proposedPlaces.length > 0
      ? { proposedNames: [...proposed.proposedActors, ...proposed.proposedPlaces] }
      : {}),
  };
}

/**
 * A report the matcher proposes (this article on an event another article defines) as a card
 * already marked "Same as…" that event, waiting for the curator: undoing it gives the event the
 * card would otherwise be, under `id`.
 */
export function cardFromReport(report: ProposedReport, index: number, id: string): DraftEvent {
  return {
    key: `proposed-report-${index}`,
    id,
    title: report.title,
    summary: report.title,
    ...(report.date ? { date: { ...report.date } } : {}),
    status: report.status,
    actors: [],
    places: [],
    related: [],
    citations: report.citations.map((c) => ({
      quote: c.quote,
      ...(c.occurrence === undefined ? {} : { occurrence: c.occurrence }),
    })),
    state: "proposed",
    checks: [...report.checks.map((c) => `${c.about}: ${c.message}`)],
    sameAs: report.event,
    suggestions: [suggestion(report.link)],
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
  /** The rest of the corpus as built, for the matcher; absent when it does not build. */
  corpus?: Dataset | undefined;
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
    {
      takenIds: input.takenIds,
      ...(input.corpus ? { archive: archiveFromDataset(input.corpus) } : {}),
    },
  );
  const n = draft.events.length;
  const taken = new Set([...input.takenIds, ...draft.events.map((e) => e.id)]);
  const reports = draft.reports.map((r, i) => {
    const id = uniqueId(slugOf(r.title), taken);
    taken.add(id);
    return cardFromReport(r, i, id);
  });
  return {
    names: draft.names,
    title: draft.title,
    attribution: draft.attribution,
    events: [...draft.events.map(cardFromProposal), ...reports],
    note: `${n} event${n === 1 ? "" : "s"} proposed from the article: accept, fix or reject each. ${draft.attributionCheck.charAt(0).toUpperCase()}${draft.attributionCheck.slice(1)}`,
  };
}
