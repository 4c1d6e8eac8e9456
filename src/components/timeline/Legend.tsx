import { STATUS_WORDS, STATUSES } from "../../model/statuses.ts";
import { StatusSwatch } from "../StatusSwatch.tsx";

/** The timeline's key: what each status, an approximate date, an open end and a dateline look like. */
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
        <span className="swatch swatch-approx" aria-hidden="true" />≈ known to the month
      </li>
      <li>
        <span className="swatch swatch-open" aria-hidden="true" />
        open-ended (before or after a date)
      </li>
      <li>
        <span className="swatch swatch-dateline" aria-hidden="true" />
        article’s dateline
      </li>
    </ul>
  );
}
