/**
 * Dates as readers see them, in the app, on the share pages and in the exports: every label is
 * written here, with date-fns's `format` in an explicit locale (DATE_LOCALE, British English:
 * `18 June 2023`), on the UTC dates of dates.ts, so a label names the same day in every zone.
 * A label says the date's precision and never more than is known: `November 2022`, `2005`,
 * `summer 2005`, `third quarter of 2023`, `between 1 January and 13 June 2005`,
 * `18–19 June 2023`, `before 18 June 2023`, `from 18 June 2023 on`. So do the event list's
 * headings (listHeading) and the precision notes (precisionNote).
 */
import { format, isSameMonth, isSameYear } from "date-fns";
import type { EventDate, Precision } from "./dataset.ts";
import { PRECISIONS } from "./datasetTerms.ts";
import type { Period } from "./dates.ts";
import { addDays, DATE_LOCALE, dayToUtcDate, parseEdtf, SUB_YEAR_GROUPS } from "./dates.ts";
import type { Status } from "./statuses.ts";
import { STATUS_WORDS } from "./statuses.ts";

const OPTIONS = { locale: DATE_LOCALE };

/** A valid `YYYY-MM-DD` in a date-fns pattern (`y` is the year unpadded: 50, 2023). */
function write(day: string, pattern: string): string {
  return format(dayToUtcDate(day), pattern, OPTIONS);
}

/** A day: `18 June 2023`. */
export function formatDayLong(day: string): string {
  return write(day, "d MMMM y");
}

/** The month holding `day`: `February 2023`. */
export function formatMonthLong(day: string): string {
  return write(day, "MMMM y");
}

/** The year holding `day`: `2023`. */
export function formatYear(day: string): string {
  return write(day, "y");
}

/** The decade holding `day`, which is its first year's: `2020s`. */
export function formatDecade(day: string): string {
  return `${write(day, "y")}s`;
}

/** A day in short, for a crowded axis: `18 Jun`, or `18 Jun 2023` with its year. */
export function formatDayShort(day: string, withYear: boolean): string {
  return write(day, withYear ? "d MMM y" : "d MMM");
}

/** A month in short, for a crowded axis: `Jun`, or `Jun 2023` with its year. */
export function formatMonthShort(day: string, withYear: boolean): string {
  return write(day, withYear ? "MMM y" : "MMM");
}

/** A span of days, sharing what the ends share: `18–19 June 2023`, `30 June – 2 July 2023`. */
export function formatDayRange(earliest: string, latest: string): string {
  if (earliest === latest) return formatDayLong(earliest);
  const first = dayToUtcDate(earliest);
  const last = dayToUtcDate(latest);
  if (isSameMonth(first, last)) return `${write(earliest, "d")}–${formatDayLong(latest)}`;
  if (isSameYear(first, last)) return `${write(earliest, "d MMMM")} – ${formatDayLong(latest)}`;
  return `${formatDayLong(earliest)} – ${formatDayLong(latest)}`;
}

/** A period of the timeline's counts, by its first day: `June 2023`, `week of 12 June 2023`. */
export function formatPeriod(first: string, period: Period | "day"): string {
  switch (period) {
    case "day":
      return formatDayLong(first);
    case "week":
      return `week of ${formatDayLong(first)}`;
    case "month":
      return formatMonthLong(first);
    case "year":
      return formatYear(first);
    case "decade":
      return formatDecade(first);
  }
}

/** Season names by EDTF code (SUB_YEAR_GROUPS), lower case as British English writes them. */
const SEASON_NAMES: Readonly<Record<number, string>> = {
  21: "spring",
  22: "summer",
  23: "autumn",
  24: "winter",
};

/** Quarter names by EDTF code (SUB_YEAR_GROUPS). */
const QUARTER_NAMES: Readonly<Record<number, string>> = {
  33: "first quarter",
  34: "second quarter",
  35: "third quarter",
  36: "fourth quarter",
};

/**
 * A season or quarter (`2005-22`, `2023-35`): `summer 2005`, `winter 2005–06` (a winter runs from
 * December into the next year), `third quarter of 2023`. Undefined for any other string.
 */
function formatGroup(edtf: string): string | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(edtf);
  if (!m) return undefined;
  const code = Number(m[2]);
  const year = Number(m[1]);
  const quarter = QUARTER_NAMES[code];
  if (quarter !== undefined) return `${quarter} of ${String(year)}`;
  const season = SEASON_NAMES[code];
  if (season === undefined) return undefined;
  if (SUB_YEAR_GROUPS[code]?.from === 12) {
    return `${season} ${String(year)}–${String((year + 1) % 100).padStart(2, "0")}`;
  }
  return `${season} ${String(year)}`;
}

/**
 * One day of a span, not known which (`[2005-01-01..2005-06-13]`): `between 1 January and 13 June
 * 2005`, `between 1 and 13 June 2005`, `between 20 December 2004 and 13 June 2005`.
 */
function formatSpan(earliest: string, latest: string): string {
  const first = dayToUtcDate(earliest);
  const last = dayToUtcDate(latest);
  const start = isSameMonth(first, last)
    ? write(earliest, "d")
    : isSameYear(first, last)
      ? write(earliest, "d MMMM")
      : formatDayLong(earliest);
  return `between ${start} and ${formatDayLong(latest)}`;
}

/** One end of an EDTF interval, at its own precision: `2023`, `June 2023`, `18 June 2023`. */
function formatBound(edtfPart: string): string {
  const parsed = parseEdtf(edtfPart);
  if (!parsed?.earliest) return edtfPart;
  if (parsed.precision === "year") return formatYear(parsed.earliest);
  if (parsed.precision === "month") return formatMonthLong(parsed.earliest);
  return formatDayLong(parsed.earliest);
}

/**
 * A date as readers should see it, saying its precision and never more than is known:
 * `November 2022`, `18 June 2023`, `18–19 June 2023`, `before 18 June 2023` (for `../2023-06-17`),
 * `on or before 18 June 2023` (an undated past event, `../<dateline>`), `from 18 June 2023 on`.
 * With a status other than occurred/ongoing, it is named: `September 2023 (planned)`.
 */
export function formatDateLabel(
  date: Pick<EventDate, "edtf" | "resolvedAgainst">,
  status?: Status,
): string {
  const label = formatEdtf(date.edtf, date.resolvedAgainst);
  const words = status ? STATUS_WORDS[status] : undefined;
  return words?.namedInDates ? `${label} (${words.sentence})` : label;
}

/** The label of an EDTF string alone; see formatDateLabel. `dateline` words undated past events. */
export function formatEdtf(edtf: string, dateline?: string): string {
  const parsed = parseEdtf(edtf);
  if (!parsed) return edtf;
  if (parsed.precision === "season" || parsed.precision === "quarter") {
    return formatGroup(edtf) ?? edtf;
  }
  if (parsed.precision === "span" && parsed.earliest !== null && parsed.latest !== null) {
    return formatSpan(parsed.earliest, parsed.latest);
  }
  const [a, b] = edtf.split("/") as [string, string | undefined];
  if (b === undefined) return formatBound(a);
  if (a === "..") {
    if (parsed.precision === "day" && parsed.latest !== null) {
      return parsed.latest === dateline
        ? `on or before ${formatDayLong(parsed.latest)}`
        : `before ${formatDayLong(addDays(parsed.latest, 1))}`;
    }
    return `by ${formatBound(b)}`;
  }
  if (b === "..") return `from ${formatBound(a)} on`;
  if (parsed.precision === "day" && parsed.earliest !== null && parsed.latest !== null) {
    return formatDayRange(parsed.earliest, parsed.latest);
  }
  return `${formatBound(a)} – ${formatBound(b)}`;
}

/** The precision ids as a phrase, `day, month, … or span`, for column descriptions. */
export function precisionIdList(): string {
  return `${PRECISIONS.slice(0, -1).join(", ")} or ${PRECISIONS[PRECISIONS.length - 1] ?? ""}`;
}

/** A list heading: `key` groups consecutive events (equal keys, one heading), `label` is shown. */
export type ListHeading = { key: string; label: string };

/** `text` with its first letter in upper case (a label starting a heading). */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The heading an event is listed under, by date: its month (`June 2023`) when the date lies within
 * one month and is known to the day or the month; otherwise the date's own label, capitalised
 * (`2005`, `Summer 2005`, `Third quarter of 2023`, `Between 1 January and 13 June 2005`,
 * `Before 18 June 2023`). An event is never listed under a month it may not fall in: known only
 * to "2005", it is listed under `2005`, not `January 2005`. Events come sorted by date
 * (compareEvents), so a heading's events are consecutive; two dates with the same label share a
 * key. `dateline` is the date's resolvedAgainst, which words undated past events.
 */
export function listHeading(date: Pick<EventDate, "edtf" | "resolvedAgainst">): ListHeading {
  const parsed = parseEdtf(date.edtf);
  if (!parsed) return { key: `edtf:${date.edtf}`, label: date.edtf };
  const { earliest, latest, precision } = parsed;
  if (
    (precision === "day" || precision === "month") &&
    earliest !== null &&
    latest !== null &&
    earliest.slice(0, 7) === latest.slice(0, 7)
  ) {
    return { key: earliest.slice(0, 7), label: formatMonthLong(earliest) };
  }
  const label = capitalise(formatEdtf(date.edtf, date.resolvedAgainst));
  return { key: `label:${label}`, label };
}

/**
 * What each precision means to a reader, as the timeline's legend says it: `known to the month`.
 * `day` is the one drawn as exact; the others are drawn as the stretch the date may fall in.
 */
export const PRECISION_WORDS: Readonly<Record<Precision, string>> = {
  day: "known to the day",
  month: "known to the month",
  season: "known to the season",
  quarter: "known to the quarter",
  year: "known to the year",
  span: "known to lie between two days",
};

/**
 * One sentence on how precisely a date is known, for the detail panel; null for a date known to
 * the day. Open intervals first: an open end says more than the precision of the other.
 */
export function precisionNote(date: Pick<EventDate, "edtf" | "precision">): string | null {
  const { edtf, precision } = date;
  if (edtf.startsWith("../")) return "Open-ended: the article gives only a latest date.";
  if (edtf.endsWith("/..")) return "Open-ended: the article gives only a start.";
  switch (precision) {
    case "day":
      return null;
    case "month":
      return "Known to the month, not the day.";
    case "season":
      return "Known to the season, not the month or the day.";
    case "quarter":
      return "Known to the quarter of the year, not the month or the day.";
    case "year":
      return "Known to the year only.";
    case "span":
      return "Known to fall on one day between these two; the article does not say which.";
  }
}
