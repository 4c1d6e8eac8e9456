import type { ActiveFilter, Filters } from "../model/filter.ts";
import "./EmptyState.css";

export type EmptyStateProps = {
  filters: Filters;
  /** How many events each active filter alone hides (countsWithout). */
  without: ReadonlyMap<ActiveFilter, number>;
  actorNames: ReadonlyMap<string, string>;
  onLoosen: (filter: ActiveFilter) => void;
  onClearAll: () => void;
};

/** The longest a quoted value is shown in a button before it is cut with an ellipsis. */
const QUOTED_MAX = 40;

/** `text`, cut to QUOTED_MAX characters with an ellipsis: a long search must not burst its button. */
function shorten(text: string): string {
  return text.length > QUOTED_MAX ? `${text.slice(0, QUOTED_MAX - 1).trimEnd()}…` : text;
}

function describe(filter: ActiveFilter, filters: Filters, names: ReadonlyMap<string, string>) {
  switch (filter) {
    case "search":
      return `the search “${shorten(filters.q.trim())}”`;
    case "actors":
      return `the actors (${shorten(filters.actors.map((id) => names.get(id) ?? id).join(", "))})`;
    case "dates":
      return `the dates (${[filters.from ? `from ${filters.from}` : "", filters.to ? `to ${filters.to}` : ""].filter(Boolean).join(" ")})`;
    case "status":
      return `the status (${filters.status.join(", ")})`;
  }
}

/** No event matches: say which filters to loosen, and what each would bring back. */
export function EmptyState({
  filters,
  without,
  actorNames,
  onLoosen,
  onClearAll,
}: EmptyStateProps) {
  const options = [...without];
  return (
    <div className="empty-state">
      <h3>No events match these filters</h3>
      {options.length > 0 ? (
        <>
          <p>Loosen one of them:</p>
          <ul>
            {options.map(([filter, count]) => (
              <li key={filter}>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    onLoosen(filter);
                  }}
                >
                  Remove {describe(filter, filters, actorNames)}
                </button>{" "}
                <span className="muted">
                  {count === 0
                    ? "(still nothing on its own)"
                    : `(brings back ${count} ${count === 1 ? "event" : "events"})`}
                </span>
              </li>
            ))}
          </ul>
          <button type="button" className="button subtle" onClick={onClearAll}>
            Clear all filters
          </button>
        </>
      ) : (
        <p>The dataset has no events.</p>
      )}
    </div>
  );
}
