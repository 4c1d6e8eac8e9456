/**
 * An event's story as readers are told it: how many reports tell it, whether its status or its
 * date changed between them, whether they disagree, and what each report said, in plain words.
 * The explorer's panel, list and timeline marks, the share pages and the exports all word a story
 * here, so a change is said the same way everywhere ("planned as of 18 June 2023; occurred,
 * reported 16 November 2023"). reports.ts decides what the reports add up to; this module only
 * tells it.
 */
import type { EventDate, Report, Source, TimelineEvent } from "./dataset.ts";
import { formatDayLong, formatEdtf } from "./dateLabels.ts";
import { datesOverlap } from "./reports.ts";
import type { Status } from "./statuses.ts";
import { STATUS_WORDS } from "./statuses.ts";

/**
 * How an event's stated dates changed from report to report: `same` (one date, or none, was ever
 * given), `refined` (they differ, but every two overlap: "in November", then "on 15 November"),
 * `moved` (two of them share no day: "September", then "2 October").
 */
export type DateChange = "same" | "refined" | "moved";

/** What a reader scanning the timeline or the list should notice about an event's coverage. */
export type StoryMarks = {
  /** How many reports tell the event (at least 1). */
  reports: number;
  /** True when the reports that state a status do not all state the same one. */
  statusChanged: boolean;
  date: DateChange;
  /** How many pairs of reports cannot both be true. */
  disagreements: number;
};

const marksCache = new WeakMap<TimelineEvent, StoryMarks>();

/**
 * The marks of `event` (memoised per event object: the timeline plans and the list draws the same
 * events over and over, and an event is never mutated once read).
 */
export function storyMarks(event: TimelineEvent): StoryMarks {
  const cached = marksCache.get(event);
  if (cached) return cached;
  let status: Status | null = null;
  let statusChanged = false;
  const dates: EventDate[] = [];
  for (const report of event.reports) {
    if (report.status !== null) {
      if (status !== null && report.status !== status) statusChanged = true;
      status = report.status;
    }
    if (report.date !== null) dates.push(report.date);
  }
  const marks: StoryMarks = {
    reports: event.reports.length,
    statusChanged,
    date: dateChange(dates),
    disagreements: event.disagreements.length,
  };
  marksCache.set(event, marks);
  return marks;
}

/** How the dates `dates` (in report order) changed; see DateChange. */
function dateChange(dates: readonly EventDate[]): DateChange {
  if (dates.every((d) => d.edtf === dates[0]?.edtf)) return "same";
  for (let j = 1; j < dates.length; j++) {
    for (let i = 0; i < j; i++) {
      if (!datesOverlap(dates[i] as EventDate, dates[j] as EventDate)) return "moved";
    }
  }
  return "refined";
}

/** True when the status or the date changed between reports. */
export function storyChanged(marks: StoryMarks): boolean {
  return marks.statusChanged || marks.date !== "same";
}

/**
 * True when the timeline and the list should mark the event: it is told by more than one report
 * (so its status or date may have changed), or its reports disagree.
 */
export function storyMarked(marks: StoryMarks): boolean {
  return marks.reports > 1 || marks.disagreements > 0;
}

/**
 * The marks in a few words, for the list (and screen readers) and the timeline's tooltips:
 * `3 reports, status changed`, `2 reports, status changed, date refined`, `2 reports, reports
 * disagree`. Null for an event told by one report.
 */
export function storyPhrase(marks: StoryMarks): string | null {
  if (!storyMarked(marks)) return null;
  const parts = [`${String(marks.reports)} ${marks.reports === 1 ? "report" : "reports"}`];
  if (marks.statusChanged) parts.push("status changed");
  if (marks.date === "refined") parts.push("date refined");
  if (marks.date === "moved") parts.push("date moved");
  if (marks.disagreements > 0) parts.push("reports disagree");
  return parts.join(", ");
}

/** `a`, `a and b`, `a, b and c`. */
function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

/** A run of consecutive reports that stated the same thing: what, and the days they said it. */
type Run = { said: string; days: string[] };

/** Reports grouped into runs of the same stated value (reports stating nothing are skipped). */
function runs(reports: readonly Report[], said: (report: Report) => string | null): Run[] {
  const out: Run[] = [];
  for (const report of reports) {
    const value = said(report);
    if (value === null) continue;
    const last = out.at(-1);
    if (last?.said === value) {
      if (!last.days.includes(report.dateline)) last.days.push(report.dateline);
    } else out.push({ said: value, days: [report.dateline] });
  }
  return out;
}

/** `Planned as of 18 June 2023; occurred, reported 16 November 2023.` from runs. */
function history(first: string, rest: readonly Run[]): string {
  return `${rest
    .map((run, i) => {
      const days = joinWords(run.days.map(formatDayLong));
      return i === 0 ? `${first}${run.said} as of ${days}` : `${run.said}, reported ${days}`;
    })
    .join("; ")}.`;
}

/** `text` with its first letter in upper case. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * How the status changed, in one sentence: `Planned as of 18 June 2023; occurred, reported 16
 * November 2023.` Reports that repeat a status join its days (`Planned as of 8 June 2010 and 16
 * June 2010; …`). Null when the reports never changed the status.
 */
export function statusHistory(event: TimelineEvent): string | null {
  const told = runs(event.reports, (r) => (r.status ? STATUS_WORDS[r.status].sentence : null));
  if (told.length < 2) return null;
  const [head, ...tail] = told as [Run, ...Run[]];
  return history("", [{ ...head, said: capitalise(head.said) }, ...tail]);
}

/**
 * How the date changed, in one sentence: `Dated November 2023 as of 18 June 2023; 15 November
 * 2023, reported 16 November 2023.` Null when the reports never gave another date.
 */
export function dateHistory(event: TimelineEvent): string | null {
  const told = runs(event.reports, (r) =>
    r.date ? formatEdtf(r.date.edtf, r.date.resolvedAgainst) : null,
  );
  if (told.length < 2) return null;
  return history("Dated ", told);
}

/**
 * What one report said, in plain words: `planned, November 2023`, `occurred, 15 November 2023`,
 * `occurred (no date given)`, `dated 2004 (no status given)`, or `quoted, with no status or date`
 * for a report that only quotes the event.
 */
export function reportSays(report: Pick<Report, "status" | "date">): string {
  const status = report.status ? STATUS_WORDS[report.status].sentence : null;
  const date = report.date ? formatEdtf(report.date.edtf, report.date.resolvedAgainst) : null;
  if (status !== null && date !== null) return `${status}, ${date}`;
  if (status !== null) return `${status} (no date given)`;
  if (date !== null) return `dated ${date} (no status given)`;
  return "quoted, with no status or date";
}

/**
 * Who made a report, as a line in a list: `18 June 2023, “San Francisco to host APEC in
 * November” (Fixture Wire)`; the source's id stands in for an unknown source.
 */
export function reportByline(
  report: Pick<Report, "source" | "dateline">,
  source: Pick<Source, "title" | "attribution"> | undefined,
): string {
  const who = source ? `“${source.title}” (${source.attribution})` : report.source;
  return `${formatDayLong(report.dateline)}, ${who}`;
}

/**
 * An event's history for the exports' description fields: one line per report, in report order,
 * `18 June 2023, “Title” (Outlet): planned, November 2023`, then one line per disagreement.
 * `sourceOf` looks a source up by id.
 */
export function historyLines(
  event: TimelineEvent,
  sourceOf: (id: string) => Pick<Source, "title" | "attribution"> | undefined,
): string[] {
  return [
    ...event.reports.map((r) => `${reportByline(r, sourceOf(r.source))}: ${reportSays(r)}`),
    ...event.disagreements.map((d) => `The reports disagree: ${d.sentence}`),
  ];
}
