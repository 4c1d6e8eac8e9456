import type { Status } from "../model/statuses.ts";
import { STATUS_WORDS, STATUSES } from "../model/statuses.ts";
import { CheckOption, CheckPanel } from "./CheckOption.tsx";
import { Disclosure } from "./Disclosure.tsx";
import { StatusSwatch } from "./StatusSwatch.tsx";

export type StatusPickerProps = {
  selected: readonly Status[];
  /** Events per status under the other filters; asked for only while the menu is open. */
  counts: () => ReadonlyMap<Status, number>;
  onToggle: (status: Status) => void;
  onClear: () => void;
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
                  before={<StatusSwatch status={status} />}
                >
                  {STATUS_WORDS[status].label}
                  <span className="check-hint"> — {STATUS_WORDS[status].hint}</span>
                </CheckOption>
              );
            })}
          </ul>
        </CheckPanel>
      )}
    </Disclosure>
  );
}
