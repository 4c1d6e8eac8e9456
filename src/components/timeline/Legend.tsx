import { STATUS_WORDS, STATUSES } from "../../model/statuses.ts";
import { statusLookAttributes } from "../statusLook.ts";
import { StatusSwatch } from "../StatusSwatch.tsx";

/**
 * The timeline's key: every style the timeline draws has its entry here, in the reader's words:
 * each status, an italic title, a date known to the month (alone or with an anticipated status's
 * outline), an open end, and the date of the report. The swatches for a month and an open end
 * take an occurred event's look and colour; the anticipated month, an expected event's.
 */
export function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      {STATUSES.map((status) => (
        <li key={status}>
          <StatusSwatch status={status} />
          {STATUS_WORDS[status].label}
        </li>
      ))}
      <li>
        <span className="legend-italic">Italic title:</span> not yet happened as of the report
      </li>
      <li>
        <span
          className="swatch swatch-approx tl-status-occurred"
          {...statusLookAttributes("occurred")}
          aria-hidden="true"
        />
        ≈ known to the month
      </li>
      <li>
        <span
          className="swatch swatch-approx tl-status-expected"
          {...statusLookAttributes("expected")}
          aria-hidden="true"
        />
        ≈ anticipated, known to the month
      </li>
      <li>
        <span className="swatch swatch-open tl-status-occurred" aria-hidden="true" />
        open-ended (before or after a date)
      </li>
      <li>
        <span className="swatch swatch-dateline" aria-hidden="true" />
        date of the report
      </li>
    </ul>
  );
}
