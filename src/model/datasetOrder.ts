/**
 * The dataset's event order, which the pipeline writes and the "as reported up to" projection
 * (asOf.ts) restores after dates change: by (earliest ?? latest, latest ?? earliest, id), all in
 * code-unit order, the same in every locale.
 */
import type { TimelineEvent } from "./dataset.ts";

/** Code-unit order, the same in every locale (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Event order: by (earliest ?? latest, latest ?? earliest, id). An open end sorts by the other. */
export function compareEvents(
  a: Pick<TimelineEvent, "id" | "date">,
  b: Pick<TimelineEvent, "id" | "date">,
): number {
  return (
    compare(a.date.earliest ?? a.date.latest ?? "", b.date.earliest ?? b.date.latest ?? "") ||
    compare(a.date.latest ?? a.date.earliest ?? "", b.date.latest ?? b.date.earliest ?? "") ||
    compare(a.id, b.id)
  );
}
