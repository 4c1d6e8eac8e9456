/**
 * Dates as readers see them, in the app, on the share pages and in the exports: every label is
 * written here, with date-fns's `format` in an explicit locale (DATE_LOCALE, British English:
 * `18 June 2023`), on the UTC dates of dates.ts, so a label names the same day in every zone.
 * A label says the date's precision and never more than is known: `November 2022`,
 * `18–19 June 2023`, `before 18 June 2023`, `from 18 June 2023 on`.
 */
import { format, isSameMonth, isSameYear } from "date-fns";
import type { EventDate } from "./dataset.ts";
import type { Period } from "./dates.ts";
import { addDays, DATE_LOCALE, dayToUtcDate, parseEdtf } from "./dates.ts";
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
