/**
 * The curator's draft of one article's annotation, and every change the workspace can make to it
 * as a named action applied by one pure reducer (buttons, keys and the article pane's selection
 * all dispatch these). The draft is what the browser autosaves; the annotation file is derived
 * from it (annotationYaml.ts).
 */
import type { Direction } from "../timex/index.ts";
import type { Status } from "../model/dataset.ts";

/** Where a card stands: proposed by the machine, accepted by the curator, or rejected. */
export type CardState = "proposed" | "accepted" | "rejected";

/** A citation as the annotation writes it (`occurrence` 1-based, only when the words repeat). */
export type DraftCitation = { quote: string; occurrence?: number };

/** An event's `date:` block, as the annotation writes it. */
export type DraftDate = { phrase: string; anchor?: string; direction?: Direction; undated?: true };

/** One event card. */
export type DraftEvent = {
  /** A key that never changes while the card lives (field ids, React keys), unlike `id`. */
  key: string;
  /** The id the event had in the file when the draft was opened (to update it in place). */
  fileId?: string;
  id: string;
  title: string;
  summary: string;
  /** Undefined until a date is picked or the event is marked undated (the checks say so). */
  date?: DraftDate;
  status: Status;
  actors: string[];
  places: string[];
  related: string[];
  citations: DraftCitation[];
  state: CardState;
  /** What the proposer said a human must check. */
  checks: string[];
  /**
   * "Same as…": the id of the corpus event (defined in another article) this card reports on.
   * The card is then written as a `reports:` entry of the file instead of an event; its own id,
   * title and summary are kept, so undoing it gives the event back.
   */
  sameAs?: string;
  /** The event the file's `reports:` entry was about when the draft last met it (to update it in place). */
  fileReport?: string;
  /** The matcher's candidates for "Same as…", best first, with why. */
  suggestions?: SameAsSuggestion[];
  /** Ids of the names the proposer would add to the registry that this card's quotes hold. */
  proposedNames?: string[];
};

/** A corpus event the matcher took this card for, with its words on why. */
export type SameAsSuggestion = { event: string; title: string; why: string };

/** The annotation file as it was on disk when the draft last met it. */
export type DraftBase = { text: string; etag: string };

/** A draft annotation. */
export type Draft = {
  articleId: string;
  title: string;
  attribution: string;
  events: DraftEvent[];
  /** The file on disk this draft started from or last saved; undefined for a file not yet written. */
  base: DraftBase | undefined;
  /** Counts changes since the draft was opened: autosave and "unsaved" compare it. */
  revision: number;
  /** The revision the file on disk holds. */
  savedRevision: number;
};

/** Every change the workspace makes to a draft. */
export type DraftAction =
  | { type: "setMeta"; field: "title" | "attribution"; value: string }
  | { type: "setText"; key: string; field: "id" | "title" | "summary"; value: string }
  | { type: "setStatus"; key: string; value: Status }
  | { type: "setList"; key: string; field: "actors" | "places" | "related"; value: string[] }
  | { type: "setDate"; key: string; date: DraftDate | undefined }
  | { type: "addCitation"; key: string; citation: DraftCitation }
  | { type: "removeCitation"; key: string; index: number }
  | { type: "decide"; key: string; state: CardState }
  | { type: "merge"; key: string; into: string }
  | { type: "sameAs"; key: string; event: string | undefined }
  | { type: "addEvent"; citation: DraftCitation; newKey: string }
  | { type: "saved"; base: DraftBase; revision: number }
  | { type: "load"; draft: Draft };

/** The changes a curator makes; loading and saving are the workspace's (workspaceState.ts). */
export type DraftEdit = Exclude<DraftAction, { type: "saved" } | { type: "load" }>;

const update = (draft: Draft, key: string, change: (e: DraftEvent) => DraftEvent): Draft => ({
  ...draft,
  events: draft.events.map((e) => (e.key === key ? change(e) : e)),
  revision: draft.revision + 1,
});

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/** A lower-case slug of the first words of `text`, at most `words` of them ("harbour-opens"). */
export function slugOf(text: string, words = 5): string {
  return (
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9\s-]/g, "")
      .split(/[\s-]+/)
      .filter((w) => w !== "")
      .slice(0, words)
      .join("-") || "event"
  );
}

/** `base`, or `base-2`, `base-3`…: the first not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * True when a check written about a card still applies once the card is merged into another:
 * only checks about what moves over (citations, actors, places, the names in its quotes). What
 * was said of its date, status and wording is stale, since the merged card keeps its own. The
 * prefixes are those cardFromProposal (proposals.ts) and addEvent write.
 */
function movesWithMerge(check: string): boolean {
  return /^(citations|actors|places|names not in the registry):/.test(check);
}

/**
 * Applies one action. Pure: returns a new draft (the same one when nothing changes). Merging
 * moves the card's citations, actors, places, related events and the checks that still apply to
 * them into the other card, then drops it; a card's own id is never left in `related`.
 */
export function reduceDraft(draft: Draft, action: DraftAction): Draft {
  switch (action.type) {
    case "setMeta":
      return { ...draft, [action.field]: action.value, revision: draft.revision + 1 };
    case "setText":
      return update(draft, action.key, (e) => ({ ...e, [action.field]: action.value }));
    case "setStatus":
      return update(draft, action.key, (e) => ({ ...e, status: action.value }));
    case "setList":
      return update(draft, action.key, (e) => ({ ...e, [action.field]: [...action.value] }));
    case "setDate":
      return update(draft, action.key, (e) => {
        if (action.date !== undefined) return { ...e, date: action.date };
        const rest = { ...e };
        delete rest.date;
        return rest;
      });
    case "addCitation":
      return update(draft, action.key, (e) => ({
        ...e,
        citations: [...e.citations, action.citation],
      }));
    case "removeCitation":
      return update(draft, action.key, (e) => ({
        ...e,
        citations: e.citations.filter((_, i) => i !== action.index),
      }));
    case "decide":
      return update(draft, action.key, (e) => ({ ...e, state: action.state }));
    case "sameAs":
      return update(draft, action.key, (e) => {
        if (action.event !== undefined) return { ...e, sameAs: action.event };
        const rest = { ...e };
        delete rest.sameAs;
        return rest;
      });
    case "merge": {
      const from = draft.events.find((e) => e.key === action.key);
      const into = draft.events.find((e) => e.key === action.into);
      if (!from || !into || from === into) return draft;
      const quotes = new Set(into.citations.map((c) => `${c.quote}\u0000${c.occurrence ?? 1}`));
      const merged: DraftEvent = {
        ...into,
        citations: [
          ...into.citations,
          ...from.citations.filter((c) => !quotes.has(`${c.quote}\u0000${c.occurrence ?? 1}`)),
        ],
        actors: union(into.actors, from.actors),
        places: union(into.places, from.places),
        related: union(into.related, from.related).filter((id) => id !== into.id && id !== from.id),
        checks: union(into.checks, from.checks.filter(movesWithMerge)),
      };
      return {
        ...draft,
        events: draft.events
          .filter((e) => e.key !== from.key)
          .map((e) =>
            e.key === into.key
              ? merged
              : { ...e, related: e.related.map((id) => (id === from.id ? into.id : id)) },
          ),
        revision: draft.revision + 1,
      };
    }
    case "addEvent": {
      const taken = new Set(draft.events.map((e) => e.id));
      const event: DraftEvent = {
        key: action.newKey,
        id: uniqueId(slugOf(action.citation.quote), taken),
        title: "",
        summary: "",
        status: "occurred",
        actors: [],
        places: [],
        related: [],
        citations: [action.citation],
        state: "accepted",
        checks: ["Written from a selection: give it a title, a summary, a date and its actors."],
      };
      return { ...draft, events: [...draft.events, event], revision: draft.revision + 1 };
    }
    case "load":
      return action.draft;
    case "saved":
      return {
        ...draft,
        base: action.base,
        savedRevision: action.revision,
        // An accepted event now lives in the file under its id, a report under its event's.
        events: draft.events.map((e) => {
          if (e.state !== "accepted") return e;
          if (e.sameAs !== undefined) return { ...e, fileReport: e.sameAs };
          return { ...e, fileId: e.id };
        }),
      };
  }
}

/** True when the draft has changes the file on disk does not hold. */
export function isUnsaved(draft: Draft): boolean {
  return draft.revision !== draft.savedRevision;
}
