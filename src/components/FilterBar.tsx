import type { RefObject } from "react";
import { useId, useState } from "react";
import { readDateRange } from "../model/dateInput.ts";
import type { Actor, Status } from "../model/dataset.ts";
import type { Filters } from "../model/filter.ts";
import type { Actions } from "../state/actions.ts";
import { ActorPicker } from "./ActorPicker.tsx";
import { AsOfControl } from "./AsOfControl.tsx";
import type { DateDrafts } from "./DateRange.tsx";
import { currentDrafts, DateRange, draftsOf } from "./DateRange.tsx";
import { StatusPicker } from "./StatusPicker.tsx";
import "./FilterBar.css";

export type FilterBarProps = {
  filters: Filters;
  actors: readonly Actor[];
  /** Actor names by id (the dataset index), for the chosen actors' chips. */
  actorNames: ReadonlyMap<string, string>;
  /** Counts for the menus, computed when a menu asks (see Explorer). */
  actorCounts: () => ReadonlyMap<string, number>;
  statusCounts: () => ReadonlyMap<Status, number>;
  shown: number;
  total: number;
  actions: Actions;
  /** How many times Clear all was used: each use empties the date boxes' typed text too. */
  clears: number;
  /** Clears every filter and the typed text (Explorer's clearAll, which also places focus). */
  onClearAll: () => void;
  /** The search box and the count, where focus goes after Clear all. */
  searchRef: RefObject<HTMLInputElement | null>;
  countRef: RefObject<HTMLParagraphElement | null>;
  /** The day the view is as reported up to (null: today's), and the days one can step to. */
  asOf: string | null;
  reportDays: readonly string[];
  /** Shows the view as reported up to a day (null: today's). */
  onAsOfChange: (day: string | null) => void;
};

/** How many kinds of filter are on: search, actors, status, dates. */
function filtersOn(filters: Filters): number {
  return [
    filters.q.trim() !== "",
    filters.actors.length > 0,
    filters.status.length > 0,
    filters.from !== null || filters.to !== null,
  ].filter(Boolean).length;
}

/**
 * Search, actors, status and dates, the day the view is as reported up to, the live "N of M
 * events" count, and Clear all (which leaves the day alone: it is not a filter of what was known,
 * and the banner above the timeline has its own way back). On a phone the fields fold away behind
 * a "Filters" button that says how many are on, so the timeline gets the screen; the count and
 * Clear all stay in sight.
 */
export function FilterBar(props: FilterBarProps) {
  const { filters, actors, actorNames, actions, shown, total, clears } = props;
  const { actorCounts, statusCounts, onClearAll, searchRef, countRef } = props;
  const searchId = useId();
  const fieldsId = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState<DateDrafts>(() => draftsOf(filters.from, filters.to, clears));
  const drafts = currentDrafts(typed, filters.from, filters.to, clears);
  const reading = readDateRange(drafts.from, drafts.to, drafts.edited);
  const on = filtersOn(filters);
  // Text in a date box that applies nothing still counts: Clear all must be able to clear it.
  const anyText = drafts.from.trim() !== "" || drafts.to.trim() !== "";
  const anyFilter = on > 0 || anyText;

  return (
    <form
      className="filter-bar"
      role="search"
      aria-label="Filter events"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <button
        type="button"
        className="button filters-toggle"
        aria-expanded={open}
        aria-controls={fieldsId}
        aria-label={on > 0 ? `Filters, ${on} on` : "Filters"}
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        Filters
        {on > 0 ? (
          <span className="badge" aria-hidden="true">
            {on}
          </span>
        ) : null}
        <span className="chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={fieldsId} className="filter-fields" data-open={open ? "true" : "false"}>
        <div className="field search-field">
          <label htmlFor={searchId}>Search</label>
          <input
            ref={searchRef}
            id={searchId}
            type="search"
            value={filters.q}
            placeholder="Titles, people, quotes…"
            autoComplete="off"
            onChange={(e) => {
              actions.setQuery(e.target.value);
            }}
          />
        </div>
        <div className="filter-buttons">
          <ActorPicker
            actors={actors}
            selected={filters.actors}
            counts={actorCounts}
            onToggle={actions.toggleActor}
            onClear={() => {
              actions.setActors([]);
            }}
          />
          <StatusPicker
            selected={filters.status}
            counts={statusCounts}
            onToggle={actions.toggleStatus}
            onClear={() => {
              actions.setStatuses([]);
            }}
          />
        </div>
        <DateRange
          drafts={drafts}
          reading={reading}
          onChange={(next, applied) => {
            setTyped(next);
            if (applied.from !== filters.from || applied.to !== filters.to) {
              actions.setDates(applied.from, applied.to);
            }
          }}
        />
        <AsOfControl asOf={props.asOf} days={props.reportDays} onChange={props.onAsOfChange} />
      </div>
      <div className="filter-summary">
        <p
          ref={countRef}
          className="count"
          role="status"
          aria-live="polite"
          aria-atomic="true"
          tabIndex={-1}
        >
          <strong>{shown}</strong> of {total} events
        </p>
        <button type="button" className="button subtle" onClick={onClearAll} disabled={!anyFilter}>
          Clear all
        </button>
      </div>
      {filters.actors.length > 0 && (
        <ul className="chips" aria-label="Chosen actors">
          {filters.actors.map((id) => (
            <li key={id}>
              <button
                type="button"
                className="chip"
                onClick={() => {
                  actions.toggleActor(id);
                }}
                aria-label={`Remove ${actorNames.get(id) ?? id} from the filter`}
              >
                {actorNames.get(id) ?? id} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
