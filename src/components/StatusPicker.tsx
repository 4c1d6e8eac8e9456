import type { Status } from "../model/dataset.ts";
import { STATUSES } from "../model/datasetTerms.ts";
import { STATUS_LABELS } from "../model/timelinePlan.ts";
import { CheckOption, CheckPanel } from "./CheckOption.tsx";
import { Disclosure } from "./Disclosure.tsx";

export type StatusPickerProps = {
  selected: readonly Status[];
  /** Events per status under the other filters; asked for only while the menu is open. */
  counts: () => ReadonlyMap<Status, number>;
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
      {() => (
        <CheckPanel
          legend="Filter by status"
          clearLabel="Clear statuses"
          anyChecked={selected.length > 0}
          onClear={onClear}
        >
          <ul className="check-list">
            {STATUSES.map((status) => {
              const count = counts().get(status) ?? 0;
              return (
                <CheckOption
                  key={status}
                  checked={selected.includes(status)}
                  count={count}
                  onToggle={() => {
                    onToggle(status);
                  }}
                  before={
                    <span
                      className={`swatch swatch-status tl-status-${status}`}
                      aria-hidden="true"
                    />
                  }
                >
                  {STATUS_LABELS[status]}
                  <span className="check-hint"> — {STATUS_HINTS[status]}</span>
                </CheckOption>
              );
            })}
          </ul>
        </CheckPanel>
      )}
    </Disclosure>
  );
}
