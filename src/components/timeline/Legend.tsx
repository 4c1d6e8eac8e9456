import { formatDayLong, PRECISION_WORDS } from "../../model/dateLabels.ts";
import type { LegendKeys } from "../../model/legendKeys.ts";
import { STATUS_WORDS, STATUSES } from "../../model/statuses.ts";
import { statusLookAttributes } from "../statusLook.ts";
import { StatusSwatch } from "../StatusSwatch.tsx";

export type LegendProps = {
  /** The styles drawn beyond the statuses (legendKeys of the events in view). */
  keys: LegendKeys;
  /** The day the view is as reported up to; null for today's view. */
  asOf: string | null;
};

/**
 * The timeline's key: every style the timeline draws has its entry here, in the reader's words:
 * each status, an italic title, each precision a date is hatched for (`≈ known to the year`, never
 * a year explained as a month), alone or with an anticipated status's outline, an open end, the
 * marks of an event told by several reports (how many, whether its status or date changed,
 * whether they disagree), the date of the report, and the day the view is as reported up to.
 * Precisions and marks are named when some event in view is drawn with them. The swatches for a
 * precision and an open end take an occurred event's look and colour; the anticipated ones, an
 * expected event's.
 */
export function Legend({ keys, asOf }: LegendProps) {
  const anticipated = keys.anticipatedApproximate;
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
      {keys.approximate.map((precision) => (
        <li key={precision}>
          <span
            className="swatch swatch-approx tl-status-occurred"
            {...statusLookAttributes("occurred")}
            aria-hidden="true"
          />
          ≈ {PRECISION_WORDS[precision]}
        </li>
      ))}
      {anticipated.length > 0 && (
        <li>
          <span
            className="swatch swatch-approx tl-status-expected"
            {...statusLookAttributes("expected")}
            aria-hidden="true"
          />
          ≈ anticipated,{" "}
          {anticipated.length === 1 && anticipated[0]
            ? PRECISION_WORDS[anticipated[0]]
            : "not known to the day"}
        </li>
      )}
      <li>
        <span className="swatch swatch-open tl-status-occurred" aria-hidden="true" />
        open-ended (before or after a date)
      </li>
      {keys.story && (
        <li>
          <span className="tl-mark tl-mark-reports" aria-hidden="true">
            2
          </span>
          told by several reports (how many)
        </li>
      )}
      {keys.changed && (
        <li>
          <span className="tl-mark tl-mark-reports tl-mark-changed" aria-hidden="true">
            2
          </span>
          its status or date changed between reports
        </li>
      )}
      {keys.disagree && (
        <li>
          <span className="tl-mark tl-mark-disagree" aria-hidden="true">
            !
          </span>
          the reports disagree
        </li>
      )}
      <li>
        <span className="swatch swatch-dateline" aria-hidden="true" />
        date of the report
      </li>
      {asOf !== null && (
        <li>
          <span className="swatch swatch-asof" aria-hidden="true" />
          as reported up to {formatDayLong(asOf)}: later reports left out
        </li>
      )}
    </ul>
  );
}
