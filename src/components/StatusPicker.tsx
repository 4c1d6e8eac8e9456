import type { Status } from "../model/dataset.ts";
import { STATUSES } from "../model/dataset.ts";
import { STATUS_LABELS } from "../model/timelinePlan.ts";
import { Disclosure } from "./Disclosure.tsx";

export type StatusPickerProps = {
  selected: readonly Status[];
  /** Each status's event count under the other filters. */
  counts: ReadonlyMap<Status, number>;
  onToggle: (status: Status) => void;
  onClear: () => void;
};

/** What each status means, as of the article's date (README, "Statuses"). */
export const STATUS_HINTS: Record<Status, string> = {
  occurred: "had happened",
  ongoing: "under way",
  planned: "scheduled",
  expected: "likely, not arranged",
  postponed: "put off",
  "hoped-for": "someone hopes so",
};

/** The status filter: a popover of checkboxes with counts and the legend's swatches. */
export function StatusPicker({ selected, counts, onToggle, onClear }: StatusPickerProps) {
  return (
    <Disclosure
      label="Status"
      className="status-picker"
      {...(selected.length > 0 ? { badge: String(selected.length) } : {})}
    >
      <fieldset className="check-panel">
        <legend className="visually-hidden">Filter by status</legend>
        <ul className="check-list">
          {STATUSES.map((status) => {
            const count = counts.get(status) ?? 0;
            return (
              <li key={status}>
                <label className={count === 0 ? "check dim" : "check"}>
                  <input
                    type="checkbox"
                    checked={selected.includes(status)}
                    onChange={() => {
                      onToggle(status);
                    }}
                  />
                  <span className={`swatch swatch-status tl-status-${status}`} aria-hidden="true" />
                  <span className="check-label">
                    {STATUS_LABELS[status]}
                    <span className="check-hint"> — {STATUS_HINTS[status]}</span>
                    <span className="visually-hidden">,</span>
                  </span>
                  <span className="check-count">
                    {count}
                    <span className="visually-hidden"> {count === 1 ? "event" : "events"}</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          className="button subtle"
          onClick={onClear}
          disabled={selected.length === 0}
        >
          Clear statuses
        </button>
      </fieldset>
    </Disclosure>
  );
}
