/**
 * The explorer's named commands. Buttons, keys, timeline clicks and links all go through these, so
 * each change of view is made one way and enters history one way: choosing (an event, a source, a
 * filter checkbox, lanes, the day the view is as reported up to) pushes a history entry; typing
 * (search, dates) and panning replace it.
 */
import type { Status } from "../model/dataset.ts";
import { STATUSES } from "../model/statuses.ts";
import type { DayWindow, GroupBy, Passage, ViewState } from "../model/viewState.ts";
import { DEFAULT_VIEW_STATE } from "../model/viewState.ts";
import type { UrlStore } from "./urlStore.ts";

export type Actions = {
  /** Opens an event's details (null closes them). Pushes. */
  selectEvent: (id: string | null) => void;
  /** Opens the source reader at an article, optionally at a passage. Pushes. */
  openSource: (source: string, passage: Passage | null) => void;
  /** Closes the source reader. Pushes. */
  closeSource: () => void;
  /** Closes the reader and opens an event, in one history entry (a marked passage's link). */
  openEventFromSource: (id: string) => void;
  /** Sets the search text. Replaces. */
  setQuery: (q: string) => void;
  /** Sets the date range (already validated periods, or null). Replaces. */
  setDates: (from: string | null, to: string | null) => void;
  /** Adds or removes an actor from the actor filter. Pushes. */
  toggleActor: (id: string) => void;
  /** Filters to exactly these actors. Pushes. */
  setActors: (ids: readonly string[]) => void;
  /** Adds or removes a status from the status filter. Pushes. */
  toggleStatus: (status: Status) => void;
  /** Sets the status filter. Pushes. */
  setStatuses: (statuses: readonly Status[]) => void;
  /** Removes every filter (actors, status, dates, search), keeping the open event. Pushes. */
  clearFilters: () => void;
  /**
   * Shows the view as reported up to `day` (YYYY-MM-DD; null: today's, every report). `close`
   * also closes the open event and source when the day had not yet reported them, in the same
   * history entry. Pushes.
   */
  setAsOf: (day: string | null, close?: { event: boolean; source: boolean }) => void;
  /** Sets the timeline's lanes. Pushes. */
  setGroup: (group: GroupBy) => void;
  /** Records the visible window (null: fit to the events). Replaces. */
  setWindow: (window: DayWindow | null) => void;
  /** Hides the notice of ignored link values. */
  dismissNotice: () => void;
};

/** Binds the commands to a store. */
export function createActions(store: UrlStore): Actions {
  const current = (): ViewState => store.getSnapshot().state;
  const push = (patch: Partial<ViewState>): void => {
    store.navigate({ ...current(), ...patch }, "push");
  };
  const replace = (patch: Partial<ViewState>): void => {
    store.navigate({ ...current(), ...patch }, "replace");
  };

  return {
    selectEvent: (id) => {
      push({ event: id });
    },
    openSource: (source, passage) => {
      push({ source, passage });
    },
    closeSource: () => {
      push({ source: null, passage: null });
    },
    openEventFromSource: (id) => {
      push({ event: id, source: null, passage: null });
    },
    setQuery: (q) => {
      replace({ q });
    },
    setDates: (from, to) => {
      replace({ from, to });
    },
    toggleActor: (id) => {
      const actors = current().actors;
      push({ actors: actors.includes(id) ? actors.filter((a) => a !== id) : [...actors, id] });
    },
    setActors: (ids) => {
      push({ actors: [...new Set(ids)] });
    },
    toggleStatus: (status) => {
      const statuses = current().status;
      const next = statuses.includes(status)
        ? statuses.filter((s) => s !== status)
        : [...statuses, status];
      // Keep the canonical order, so equal filters make equal links.
      push({ status: STATUSES.filter((s) => next.includes(s)) });
    },
    setStatuses: (statuses) => {
      push({ status: STATUSES.filter((s) => statuses.includes(s)) });
    },
    clearFilters: () => {
      push({
        actors: DEFAULT_VIEW_STATE.actors,
        status: DEFAULT_VIEW_STATE.status,
        from: null,
        to: null,
        q: "",
      });
    },
    setAsOf: (asOf, close) => {
      push({
        asOf,
        ...(close?.event ? { event: null } : {}),
        ...(close?.source ? { source: null, passage: null } : {}),
      });
    },
    setGroup: (group) => {
      push({ group });
    },
    setWindow: (window) => {
      replace({ window });
    },
    dismissNotice: () => {
      store.dismissIgnored();
    },
  };
}
