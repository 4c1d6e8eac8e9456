/**
 * Reading what a reader types in the From and To boxes: `2023-06`, `June 2023`, `1 June 2023`,
 * `June 1, 2023`, `2023/06/01`, … Each form is an explicit date-fns `parse` pattern, tried in
 * turn; the result is the period a link carries (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, see
 * viewState.ts), so the URL contract stays as it is. Pure: no clock, no time zone (dates are
 * parsed as UTC days).
 *
 * Numeric dates with the year last (`01/02/2023`) are refused, not guessed: half the world reads
 * that as 1 February and the other half as 2 January.
 */
import { UTCDate } from "@date-fns/utc";
import { isValid, lightFormat, parse } from "date-fns";
import { formatDayLong } from "./dateLabels.ts";
import { periodDays } from "./viewState.ts";

/** What one box says: nothing, a period, or text that is not a date (with a reason in words). */
export type DateInput =
  { kind: "empty" } | { kind: "period"; period: string } | { kind: "invalid"; problem: string };

/** A form the boxes accept: its date-fns pattern and the precision of what it names. */
type Form = { pattern: string; precision: "day" | "month" | "year" };

/**
 * The accepted forms, most precise first. Text is normalised before parsing (see normalise), so
 * `June 1, 2023`, `1 June, 2023` and `Jun. 1 2023` all meet `MMMM d yyyy` or `MMM d yyyy`.
 */
const FORMS: readonly Form[] = [
  // Year first, numbers: the link's own forms, and slashes or dots for separators.
  { pattern: "yyyy-M-d", precision: "day" },
  { pattern: "yyyy/M/d", precision: "day" },
  { pattern: "yyyy.M.d", precision: "day" },
  // Month names, day first or month first, with or without an ordinal ("1st").
  { pattern: "d MMMM yyyy", precision: "day" },
  { pattern: "d MMM yyyy", precision: "day" },
  { pattern: "do MMMM yyyy", precision: "day" },
  { pattern: "do MMM yyyy", precision: "day" },
  { pattern: "MMMM d yyyy", precision: "day" },
  { pattern: "MMM d yyyy", precision: "day" },
  { pattern: "MMMM do yyyy", precision: "day" },
  { pattern: "MMM do yyyy", precision: "day" },
  // Months.
  { pattern: "yyyy-M", precision: "month" },
  { pattern: "yyyy/M", precision: "month" },
  { pattern: "M/yyyy", precision: "month" },
  { pattern: "MMMM yyyy", precision: "month" },
  { pattern: "MMM yyyy", precision: "month" },
  // Years.
  { pattern: "yyyy", precision: "year" },
];

/** The forms a reader is offered when a text is not one of them. */
export const DATE_INPUT_EXAMPLES = "2023, June 2023, 1 June 2023 or 2023-06-01";

/** Day and month in numbers with the year last: `01/02/2023`, `1.2.2023`, `1-2-2023`. */
const YEAR_LAST_NUMERIC = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/;

/** Any reference date does: every accepted form names a year (and parse needs one). */
const REFERENCE = new UTCDate(2000, 0, 1);

/**
 * Lower-cases nothing (date-fns matches month names in any case) but tidies what people type:
 * surrounding space, runs of spaces, commas (`June 1, 2023`), a dot after a month abbreviation
 * (`Jun.`), and `Sept` (date-fns knows `Sep`).
 */
function normalise(text: string): string {
  return text
    .trim()
    .replace(/,/g, " ")
    .replace(/([A-Za-z])\.(?=\s|$)/g, "$1")
    .replace(/\bsept\b/gi, "Sep")
    .replace(/\s+/g, " ");
}

/**
 * Reads a box's text. Empty or blank text is `empty`; a text that one of the accepted forms reads
 * as a real calendar date (leap days checked) is a `period` at that form's precision; anything
 * else is `invalid`, with a problem worded for the reader. The year must be written in four
 * digits, so a half-typed `June 20` is not read as the year 20.
 */
export function readDateInput(text: string): DateInput {
  const clean = normalise(text);
  if (clean === "") return { kind: "empty" };
  const shown = `“${clean.length > 24 ? `${clean.slice(0, 24)}…` : clean}”`;
  if (YEAR_LAST_NUMERIC.test(clean)) {
    return {
      kind: "invalid",
      problem: `${shown} could be read day first or month first: write the month as a word (1 February 2023) or the year first (2023-02-01).`,
    };
  }
  for (const form of FORMS) {
    const date = parse(clean, form.pattern, REFERENCE);
    if (!isValid(date)) continue;
    const year = lightFormat(date, "yyyy");
    // The year as typed, four digits, standing alone: not 20 read from `June 20`.
    if (!new RegExp(`(^|\\D)${year}(\\D|$)`).test(clean)) continue;
    const period =
      form.precision === "day"
        ? lightFormat(date, "yyyy-MM-dd")
        : form.precision === "month"
          ? lightFormat(date, "yyyy-MM")
          : year;
    // The link's own check has the last word: what a box applies, a link can carry.
    if (periodDays(period)) return { kind: "period", period };
  }
  return {
    kind: "invalid",
    problem: `${shown} is not a date we can read. Try ${DATE_INPUT_EXAMPLES}.`,
  };
}

/** Which end of the range a box is. */
export type RangeBound = "from" | "to";

/**
 * The applied bound in words, as the box echoes it: `from 1 June 2023` for a From of `2023-06`
 * (its first day), `to 30 June 2023` for a To of `2023-06` (its last day; both are inclusive).
 * Throws on a period periodDays refuses: callers pass what readDateInput returned.
 */
export function describeBound(period: string, bound: RangeBound): string {
  const days = periodDays(period);
  if (!days) throw new Error(`not a period: ${period}`);
  return bound === "from"
    ? `from ${formatDayLong(days.earliest)}`
    : `to ${formatDayLong(days.latest)}`;
}

/** One box, read against the other: applied (with its words), not applied (why), or empty. */
export type BoundReading =
  | { kind: "empty" }
  | { kind: "applied"; period: string; words: string }
  | { kind: "not-applied"; problem: string };

/** Both boxes read together, and the range that applies. */
export type DateRangeReading = {
  from: BoundReading;
  to: BoundReading;
  /** The range the filter applies: the bounds that read as dates and agree, else null. */
  applied: { from: string | null; to: string | null };
};

/**
 * Reads both boxes. A box applies when its text is a date; when both are dates but the range runs
 * backwards (From after To), the box the reader `edited` last is the one not applied, and says
 * so, while the other keeps applying. A box that is not applied never filters, so the boxes and
 * the list always agree: what a box shows is applied, or marked as not applied in words.
 */
export function readDateRange(
  fromText: string,
  toText: string,
  edited: RangeBound,
): DateRangeReading {
  const from = readDateInput(fromText);
  const to = readDateInput(toText);
  const reading = (input: DateInput, bound: RangeBound): BoundReading => {
    if (input.kind === "empty") return input;
    if (input.kind === "invalid") return { kind: "not-applied", problem: input.problem };
    return { kind: "applied", period: input.period, words: describeBound(input.period, bound) };
  };
  let fromReading = reading(from, "from");
  let toReading = reading(to, "to");
  if (fromReading.kind === "applied" && toReading.kind === "applied") {
    const start = periodDays(fromReading.period);
    const end = periodDays(toReading.period);
    if (start && end && start.earliest > end.latest) {
      if (edited === "to") {
        toReading = {
          kind: "not-applied",
          problem: `It ends before the start date (${formatDayLong(start.earliest)}).`,
        };
      } else {
        fromReading = {
          kind: "not-applied",
          problem: `It starts after the end date (${formatDayLong(end.latest)}).`,
        };
      }
    }
  }
  return {
    from: fromReading,
    to: toReading,
    applied: {
      from: fromReading.kind === "applied" ? fromReading.period : null,
      to: toReading.kind === "applied" ? toReading.period : null,
    },
  };
}
