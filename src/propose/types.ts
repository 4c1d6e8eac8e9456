/**
 * What the proposer returns: a draft annotation as data (for the curator's workspace, which shows
 * each proposed event as a card to accept or fix) and as the YAML file `npm run propose` writes.
 * The shapes follow the annotation format (docs/annotating.md), plus what a human must check.
 */
import type { Span, Status } from "../model/dataset.ts";
import type { TimexDate } from "../timex/index.ts";
import type { Archive } from "./archive.ts";
import type { ProposedName } from "./proposedNames.ts";

/** An article as `parseArticle` reads it, with its id (the file name without `.txt`). */
export type ProposeArticle = {
  id: string;
  dateline: string;
  text: string;
  paragraphs: readonly Span[];
};

/** What a human must check, and about which field. */
export type Check = {
  about: "event" | "date" | "status" | "actors" | "places" | "citations";
  message: string;
};

/** A citation: the quote as the annotation writes it, and where the pipeline will find it. */
export type ProposedCitation = {
  quote: string;
  /** 1-based, only when the words occur more than once in the article. */
  occurrence?: number;
  /** UTF-16 offsets into the article's text, end exclusive; the 0-based paragraph. */
  start: number;
  end: number;
  paragraph: number;
};

/** An event's `date:` block, as written (the anchor by event id). */
export type ProposedDate = {
  phrase: string;
  anchor?: string;
  direction?: "past" | "future";
  undated?: true;
};

/** One proposed event: the annotation's fields, the date they resolve to, and the checks. */
export type ProposedEvent = {
  id: string;
  title: string;
  summary: string;
  date: ProposedDate;
  /** What `date` resolves to, exactly as `npm run data` will resolve it. */
  resolved: TimexDate;
  status: Status;
  /** The article's words the status was read from ("are likely to"), when any. */
  statusCue?: string;
  actors: string[];
  places: string[];
  related: string[];
  citations: ProposedCitation[];
  /** Capitalised names in the citations that are neither actors nor places of the registry. */
  candidates: string[];
  /**
   * Ids of the draft's proposed names (`Draft.names`) its citations hold: the actors and places
   * it would take once the editor adds them to the registry. Not written as ids in the file until
   * then (the build would refuse an unknown id).
   */
  proposedActors: string[];
  proposedPlaces: string[];
  checks: Check[];
  /** Archive events it may be, below the bar for a link: the editor decides ("Same as…"). */
  sameAs?: LinkCheck[];
};

/** Why an event or report was tied to an archive event, and how sure the matcher is. */
export type LinkCheck = {
  /** The archive event's id, title, defining article and date (EDTF). */
  event: string;
  title: string;
  article: string;
  edtf: string;
  /** 0–1; "high" and "medium" are linked, "low" only suggested. */
  score: number;
  sure: "high" | "medium" | "low";
  /** What the two share: registry actors and places, names, happening and content words. */
  actors: string[];
  places: string[];
  names: string[];
  words: string[];
  /** "agree": both dated, overlapping; "compatible": one of them is open. */
  dates: "agree" | "compatible";
  /** The check in words, as the file's comment says it. */
  message: string;
};

/**
 * This article's report on an event another article defines (the annotation's `reports:`): what it
 * says of the event's status and date, its quotes, and why the proposer took it for that event.
 */
export type ProposedReport = {
  event: string;
  /** The title the draft would have given it as an event of its own. */
  title: string;
  status: Status;
  /** Absent when this article gives no date of its own for it. */
  date?: ProposedDate;
  resolved: TimexDate;
  citations: ProposedCitation[];
  link: LinkCheck;
  checks: Check[];
};

/** A draft annotation file: the article's title and source, and the proposed events. */
export type Draft = {
  articleId: string;
  dateline: string;
  title: string;
  attribution: string;
  /** Why the attribution is what it is, or that it must be filled in. */
  attributionCheck: string;
  events: ProposedEvent[];
  /** Reports on events other articles define (empty without an archive to match against). */
  reports: ProposedReport[];
  /**
   * Names the registry lacks that the text says are persons, organisations, countries or places:
   * each as the actors.yaml or places.yaml entry it would be, with the workspace's label ("Add
   * Ryanair (organisation)") and why.
   */
  names: ProposedName[];
  /** Capitalised names anywhere in the article that the registry does not know. */
  candidates: string[];
};

/** A proposal: the draft as data, and as the YAML text of `annotations/<id>.yaml`. */
export type Proposal = { draft: Draft; yaml: string };

/** How to propose. */
export type ProposeOptions = {
  /** Event ids already used elsewhere in the corpus: proposed ids avoid them. */
  takenIds?: ReadonlySet<string>;
  /**
   * The events the corpus already holds (and those drafted before this article): an event that is
   * the same happening as one of them becomes a report on it. Left unchanged (add the draft with
   * `addDraftToArchive` once it is written).
   */
  archive?: Archive;
};
