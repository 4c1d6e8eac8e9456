/**
 * iCalendar (RFC 5545) export of the anticipated events in a list: planned and expected ones (and
 * hoped-for ones only on request), as all-day entries. The rules, also in docs/sharing.md ("Exports"):
 * - all-day: `DTSTART;VALUE=DATE` and an exclusive `DTEND;VALUE=DATE` (the day after the last day);
 * - a date known to the month, season, quarter or year spans all of it, and DESCRIPTION says so;
 *   so does a date known to lie between two days, which spans them;
 * - an open start (`../2023-08-31`, "before the end of August") spans from the dateline it was
 *   resolved against to its last possible day (a planned event cannot precede its report); an
 *   open end (`2023-10-02/..`) marks only its start (its first day, or month or year at coarser
 *   precision); DESCRIPTION says which;
 * - `STATUS:TENTATIVE`, `TRANSP:TRANSPARENT` (an entry does not block the reader's time);
 * - `UID:<event-id>@dateline`, stable across exports, so re-importing updates instead of duplicating;
 * - `DTSTAMP` is the event's asOf dateline at 00:00 UTC, never the clock, so the output is a pure
 *   function of the data (a later report that changes the status also moves the stamp on);
 * - CRLF line endings, lines folded at 75 octets without splitting a UTF-8 character, TEXT values
 *   escaped (`\\ ; ,` and newlines).
 */
import type { Dataset, EventDate, Status, TimelineEvent } from "../model/dataset.ts";
import { formatDateLabel, formatDayLong, formatDayRange } from "../model/dateLabels.ts";
import { addDays, parseEdtf } from "../model/dates.ts";
import { STATUS_WORDS } from "../model/statuses.ts";
import { actorNames, citationSourceLine, historyOf, placeNames, statusSentence } from "./lookup.ts";
import { eventPagePath, normalizeSiteUrl } from "./urls.ts";

/** Options of toIcs. */
export type IcsOptions = {
  /**
   * Include hoped-for events too (default false). They are left out by default because a hope is
   * neither scheduled nor expected: a calendar entry would state more than the article does.
   */
  readonly includeHopedFor?: boolean;
  /** Absolute http(s) URL of the deployed app; when set, each entry gets a URL of its share page. */
  readonly siteUrl?: string | undefined;
  /** The UID's domain part (default "dateline"): `<event-id>@<uidDomain>`. */
  readonly uidDomain?: string;
};

/** The statuses exported by default: what was scheduled or expected when reported. */
const ICS_STATUSES: readonly Status[] = ["planned", "expected"];

/** The events of `events` that toIcs writes, in order. */
export function calendarEvents(
  events: readonly TimelineEvent[],
  options: Pick<IcsOptions, "includeHopedFor"> = {},
): TimelineEvent[] {
  return events.filter(
    (e) =>
      ICS_STATUSES.includes(e.status) ||
      (options.includeHopedFor === true && e.status === "hoped-for"),
  );
}

/**
 * The all-day span a calendar entry covers: `start` inclusive and `endExclusive` exclusive
 * (both YYYY-MM-DD), and `note`, the sentence that tells a reader how the span relates to what is
 * known (undefined when the span is exactly the known date).
 */
export type CalendarSpan = { start: string; endExclusive: string; note: string | undefined };

/** The calendar span of an event date (see the module's rules). */
export function calendarSpan(date: EventDate): CalendarSpan {
  const { earliest, latest, precision } = date;
  if (earliest !== null && latest !== null) {
    const note =
      precision === "day"
        ? undefined
        : precision === "span"
          ? `The date is one day between these two, not known which: this entry spans every day it may fall on, ${formatDayRange(earliest, latest)}.`
          : `The date is known only to the ${precision}: this entry spans every day it may fall on, ${formatDayRange(earliest, latest)}.`;
    return { start: earliest, endExclusive: addDays(latest, 1), note };
  }
  if (latest !== null) {
    // Open start ("before …"): what is anticipated lies between the report and the deadline.
    if (date.resolvedAgainst <= latest) {
      return {
        start: date.resolvedAgainst,
        endExclusive: addDays(latest, 1),
        note: `No start date is known: this entry spans from the report of ${formatDayLong(date.resolvedAgainst)} to the last possible day, ${formatDayLong(latest)}.`,
      };
    }
    return {
      start: latest,
      endExclusive: addDays(latest, 1),
      note: `No start date is known: this entry marks the last possible day, ${formatDayLong(latest)}.`,
    };
  }
  if (earliest !== null) {
    // Open end ("from … on"): only the start is known; mark the start's own unit, not forever.
    const startPart = date.edtf.split("/")[0] ?? "";
    const startUnitEnd = parseEdtf(startPart)?.latest ?? earliest;
    const last = startUnitEnd < earliest ? earliest : startUnitEnd;
    return {
      start: earliest,
      endExclusive: addDays(last, 1),
      note: `No end date is known: this entry marks only its start${last === earliest ? "" : `, ${formatDayRange(earliest, last)}`}.`,
    };
  }
  throw new Error(`date ${date.edtf} has neither earliest nor latest day`);
}

/** A TEXT value escaped per RFC 5545 §3.3.11; control characters other than tab are dropped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n/g, "\\n")
      // eslint-disable-next-line no-control-regex -- RFC 5545 forbids CONTROL characters in TEXT
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "")
  );
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * A content line folded per RFC 5545 §3.1: no physical line longer than 75 octets (UTF-8, CRLF
 * excluded), each continuation starting with one space, never splitting a character. Lines are
 * joined with CRLF.
 */
export function foldLine(line: string): string {
  const physical: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      physical.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  physical.push(current);
  return physical.join("\r\n");
}

function basicDate(day: string): string {
  return day.replace(/-/g, "");
}

function description(
  event: TimelineEvent,
  dataset: Dataset,
  span: CalendarSpan,
  pageUrl: string | undefined,
): string {
  const lines = [
    event.summary,
    "",
    `When: ${formatDateLabel(event.date, event.status)}.${span.note ? ` ${span.note}` : ""}`,
    `${statusSentence(event)} (${STATUS_WORDS[event.status].meaning}).`,
  ];
  const actors = actorNames(event, dataset);
  if (actors.length > 0) lines.push(`Actors: ${actors.join("; ")}.`);
  // The story, when more than one article told it: who said what, when.
  if (event.reports.length > 1 || event.disagreements.length > 0) {
    lines.push("", "How it was reported:", ...historyOf(event, dataset).map((l) => `- ${l}`));
  }
  lines.push("", event.citations.length === 1 ? "Source:" : "Sources:");
  for (const citation of event.citations) {
    lines.push(`“${citation.exact}”`, `— ${citationSourceLine(citation, dataset)}`);
  }
  if (pageUrl) lines.push("", `Dateline page: ${pageUrl}`);
  return lines.join("\n");
}

function vevent(
  event: TimelineEvent,
  dataset: Dataset,
  options: IcsOptions,
  siteUrl: string | undefined,
): string[] {
  const span = calendarSpan(event.date);
  const pageUrl = siteUrl ? new URL(eventPagePath(event.id), siteUrl).href : undefined;
  const places = placeNames(event, dataset);
  return [
    "BEGIN:VEVENT",
    `UID:${event.id}@${options.uidDomain ?? "dateline"}`,
    `DTSTAMP:${basicDate(event.asOf)}T000000Z`,
    `DTSTART;VALUE=DATE:${basicDate(span.start)}`,
    `DTEND;VALUE=DATE:${basicDate(span.endExclusive)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description(event, dataset, span, pageUrl))}`,
    ...(places.length > 0 ? [`LOCATION:${escapeText(places.join("; "))}`] : []),
    `CATEGORIES:${escapeText(event.status)}`,
    "STATUS:TENTATIVE",
    "TRANSP:TRANSPARENT",
    ...(pageUrl ? [`URL:${pageUrl}`] : []),
    "END:VEVENT",
  ];
}

/**
 * The anticipated events of `events` (see calendarEvents) as an iCalendar file, in the given order.
 * A pure function of its arguments: the same input gives byte-identical output.
 */
export function toIcs(
  events: readonly TimelineEvent[],
  dataset: Dataset,
  options: IcsOptions = {},
): string {
  const siteUrl = normalizeSiteUrl(options.siteUrl);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Dateline//Dateline calendar export//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(dataset.title)}`,
    ...calendarEvents(events, options).flatMap((e) => vevent(e, dataset, options, siteUrl)),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
