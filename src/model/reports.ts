/**
 * One event, many reports: what the reports on an event add up to. The pipeline uses this to write
 * an event's `status`, `asOf`, `date` and `disagreements` from its `reports`, and the app's "as
 * reported up to" projection (asOf.ts) uses it again on the reports known on a day, so the two can
 * never decide differently.
 *
 * The rules, in the order a reader needs them:
 * - status and asOf: the latest report that states a status gives it, and its dateline is `asOf`.
 *   A report that states nothing (a bare quote) never moves `asOf`: it did not say the status held
 *   then.
 * - date: the latest report that states a date sets the frame; among the reports whose dates
 *   overlap that one, the most precise date wins (the fewest days; an open end counts as endless),
 *   and of equally precise ones the later report. So a later "15 November 2023" refines an earlier
 *   "in November", an earlier "15 November" is kept when a later report says only "in November",
 *   and a date that was moved ("September", then "on 2 October") is the latest one, with the
 *   disagreement recorded.
 * - disagreements: every pair of reports that cannot both be true (DISAGREEMENT_KINDS).
 */
import { formatDayLong, formatEdtf } from "./dateLabels.ts";
import type { Disagreement, EventDate, Report } from "./dataset.ts";
import { parseDay } from "./dates.ts";
import type { Status } from "./statuses.ts";
import { STATUS_WORDS } from "./statuses.ts";

/** What reconciliation reads of a report: who said it, when, and what it stated. */
export type ReportFacts = Pick<Report, "source" | "dateline" | "status" | "date">;

/** What the reports on an event add up to (see the module's comment for the rules). */
export type Reconciled = {
  status: Status;
  /** The dateline of the report that gave `status`. */
  asOf: string;
  date: EventDate;
  disagreements: Disagreement[];
};

/**
 * Statuses that say the event had begun by the report's dateline. A later report with any other
 * status (planned, expected, hoped for, postponed) says it had not: the two cannot both be true.
 */
const HAPPENED: ReadonlySet<Status> = new Set<Status>(["occurred", "ongoing"]);

/** How many days a date may fall on: fewer is more precise; an open end is endless. */
function width(date: EventDate): number {
  if (date.earliest === null || date.latest === null) return Infinity;
  const first = parseDay(date.earliest);
  const last = parseDay(date.latest);
  return first === undefined || last === undefined ? Infinity : last - first + 1;
}

/** True when two dates share at least one day (an open end reaches as far as it needs to). */
export function datesOverlap(a: EventDate, b: EventDate): boolean {
  // YYYY-MM-DD strings compare as the days they name.
  if (a.latest !== null && b.earliest !== null && a.latest < b.earliest) return false;
  if (b.latest !== null && a.earliest !== null && b.latest < a.earliest) return false;
  return true;
}

/** How a sentence names a report: `“Title” (18 June 2023)`. */
type NameReport = (report: ReportFacts) => string;

/**
 * The reports that cannot all be true, in report order, each with a sentence for readers.
 * `titleOf` names a report's source (its title) in the sentences.
 */
export function findDisagreements(
  reports: readonly ReportFacts[],
  titleOf: (source: string) => string,
): Disagreement[] {
  const name: NameReport = (r) => `“${titleOf(r.source)}” (${formatDayLong(r.dateline)})`;
  const out: Disagreement[] = [];
  reports.forEach((later, j) => {
    for (let i = 0; i < j; i++) {
      const earlier = reports[i] as ReportFacts;
      if (earlier.date && later.date && !datesOverlap(earlier.date, later.date)) {
        out.push({
          kind: "dates-disjoint",
          reports: [i, j],
          sentence: `${name(earlier)} dates it ${formatEdtf(earlier.date.edtf, earlier.date.resolvedAgainst)}; ${name(later)} dates it ${formatEdtf(later.date.edtf, later.date.resolvedAgainst)}. The two dates do not overlap.`,
        });
      }
      if (earlier.status === null || later.status === null) continue;
      if (earlier.dateline === later.dateline && earlier.status !== later.status) {
        out.push({
          kind: "same-dateline",
          reports: [i, j],
          sentence: `Two reports of ${formatDayLong(later.dateline)} differ: “${titleOf(earlier.source)}” calls it ${STATUS_WORDS[earlier.status].sentence}, “${titleOf(later.source)}” ${STATUS_WORDS[later.status].sentence}.`,
        });
      } else if (
        earlier.dateline < later.dateline &&
        HAPPENED.has(earlier.status) &&
        !HAPPENED.has(later.status)
      ) {
        out.push({
          kind: "status-reversed",
          reports: [i, j],
          sentence: `${name(earlier)} reports it as ${STATUS_WORDS[earlier.status].sentence}; the later ${name(later)} calls it ${STATUS_WORDS[later.status].sentence}.`,
        });
      }
    }
  });
  return out;
}

/**
 * What `reports` (in dateline order) add up to: status, asOf, date and disagreements, by the rules
 * in this module's comment. Undefined when no report states a status, or none states a date: the
 * event is not known yet from these reports.
 */
export function reconcileReports(
  reports: readonly ReportFacts[],
  titleOf: (source: string) => string,
): Reconciled | undefined {
  let statusReport: ReportFacts | undefined;
  let frame: EventDate | undefined;
  for (const report of reports) {
    if (report.status !== null) statusReport = report;
    if (report.date !== null) frame = report.date;
  }
  const status = statusReport?.status;
  if (statusReport === undefined || status == null || frame === undefined) return undefined;
  let date = frame;
  for (const report of reports) {
    // `<=`: of equally precise dates, the later report's wins.
    if (report.date && datesOverlap(report.date, frame) && width(report.date) <= width(date)) {
      date = report.date;
    }
  }
  return {
    status,
    asOf: statusReport.dateline,
    date,
    disagreements: findDisagreements(reports, titleOf),
  };
}
