import { useId } from "react";
import type { Actor, Status } from "../model/dataset.ts";
import type { Filters } from "../model/filter.ts";
import { periodDays } from "../model/viewState.ts";
import type { Actions } from "../state/actions.ts";
import { ActorPicker } from "./ActorPicker.tsx";
import { DateField } from "./DateField.tsx";
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
};

/** Search, actors, status and dates, the live "N of M events" count, and clear-all. */
export function FilterBar(props: FilterBarProps) {
  const { filters, actors, actorNames, actions, shown, total } = props;
  const searchId = useId();
  const anyFilter =
    filters.q.trim() !== "" ||
    filters.actors.length > 0 ||
    filters.status.length > 0 ||
    filters.from !== null ||
    filters.to !== null;

  const fromConflict = (text: string): string | null => {
    const to = filters.to ? periodDays(filters.to) : undefined;
    const from = periodDays(text);
    return from && to && from.earliest > to.latest ? "After “To”" : null;
  };
  const toConflict = (text: string): string | null => {
    const from = filters.from ? periodDays(filters.from) : undefined;
    const to = periodDays(text);
    return from && to && from.earliest > to.latest ? "Before “From”" : null;
  };

  return (
    <form
      className="filter-bar"
      role="search"
      aria-label="Filter events"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <div className="field search-field">
        <label htmlFor={searchId}>Search</label>
        <input
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
          counts={props.actorCounts}
          onToggle={actions.toggleActor}
          onClear={() => {
            actions.setActors([]);
          }}
        />
        <StatusPicker
          selected={filters.status}
          counts={props.statusCounts}
          onToggle={actions.toggleStatus}
          onClear={() => {
            actions.setStatuses([]);
          }}
        />
      </div>
      <div className="date-fields">
        <DateField
          label="From"
          value={filters.from}
          conflict={fromConflict}
          onChange={(from) => {
            actions.setDates(from, filters.to);
          }}
        />
        <DateField
          label="To"
          value={filters.to}
          conflict={toConflict}
          onChange={(to) => {
            actions.setDates(filters.from, to);
          }}
        />
      </div>
      <div className="filter-summary">
        <p className="count" role="status" aria-live="polite" aria-atomic="true">
          <strong>{shown}</strong> of {total} events
        </p>
        <button
          type="button"
          className="button subtle"
          onClick={actions.clearFilters}
          disabled={!anyFilter}
        >
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
