/**
 * Resolving an annotation's date phrase ("in February", "on Saturday", "two-day trip", "Before
 * departure") to an EDTF date, relative to the article's dateline and, where the phrase points at
 * another event ("the same month"), that event's resolved date. One engine: the phrase is read by
 * the temporal tagger (src/timex, docs/timex.md), so a phrase in an annotation and the same words
 * found in an article resolve alike. Pure: both dates are parameters.
 *
 * Forms (case-insensitive, an optional leading "in", "on", "during", "over", "within" or "at",
 * trailing punctuation ignored): every date the tagger resolves without guessing, among them
 * - explicit: `18 June 2023`, `June 18, 2023`, `2023-06-18`, `June 2023`, `2023-06`, `2023`;
 * - day and month without a year (`18 June`), a bare month (`in February`) and a weekday
 *   (`on Saturday`): the nearest such date on the `direction` side of the dateline, the dateline's
 *   own day, month or weekday included;
 * - `today`, `yesterday`, `tomorrow`; `last/this/next week` (Monday–Sunday); `last/this/next month`;
 *   `last/this/next year`; `two weeks ago`, `last Friday`, `the third quarter of 2023`, …;
 * - with an anchor: `the same day/month/year`, `that day/month/year`, `the next day`, …;
 * - `N-day …` (`two-day trip`, `3-day summit`, N from 1 to 10): N days from the anchor's first day,
 *   or from the dateline;
 * - open futures: `over the next several months`, `in the coming weeks`, `in the months ahead` …
 *   → `<dateline>/..`;
 * - `Before …` → `../<day before the anchor's first day>` (or before the date that follows, or the
 *   day before the dateline); `After …` → `<day after the anchor's last day>/..` (likewise);
 *   `since <date>` → `<its first day>/..`; `until/by <date>` → `../<its last day>`;
 * - `undated: true`: the phrase is kept but not read: the anchor's date if there is one, else
 *   `../<dateline>` (direction past, the default) or `<dateline>/..` (direction future).
 */
import type { EventDate } from "../model/dataset.ts";
import { parseEdtf } from "../model/dates.ts";
import type { Direction, Timex, TimexDate } from "../timex/types.ts";
import { resolvePhrase } from "../timex/phrase.ts";

export type { Direction };

/** What an annotator writes under `date:` (the anchor is passed resolved, separately). */
export type DateSpec = { phrase: string; direction?: Direction; undated?: boolean };

/** Why a phrase could not be resolved, and how to fix the annotation. */
export type DateProblem = { message: string; hint: string };

/** The result of resolveDate: a date or a problem, never an exception. */
export type ResolveResult = { date: EventDate } | { problem: DateProblem };

/**
 * Resolves `spec.phrase` against `dateline` (YYYY-MM-DD, a valid day) and, for phrases that refer
 * to another event, `anchor` (that event's resolved date). `resolvedAgainst` is always `dateline`.
 * Never throws: an unreadable phrase, an impossible date or a missing direction or anchor comes
 * back as a problem with a hint.
 */
export function resolveDate(spec: DateSpec, dateline: string, anchor?: EventDate): ResolveResult {
  const result = resolvePhrase(spec, dateline, anchor && taggerDate(anchor));
  if ("problem" in result) return result;
  const { edtf, precision, earliest, latest } = datasetDate(result.date, result.timex);
  return {
    date: { edtf, precision, earliest, latest, phrase: spec.phrase, resolvedAgainst: dateline },
  };
}

/** TIMEX3 season and quarter values (`2005-SU`, `2023-Q3`) and their EDTF codes (dates.ts). */
const GROUP_CODES: Readonly<Record<string, number>> = {
  SP: 21,
  SU: 22,
  FA: 23,
  WI: 24,
  Q1: 33,
  Q2: 34,
  Q3: 35,
  Q4: 36,
};

/** The date as the dataset states it, from what the tagger resolved (see datasetDate's cases). */
function parsed(edtf: string): TimexDate {
  const date = parseEdtf(edtf);
  if (!date) throw new Error(`resolveDate built an EDTF date it cannot read: ${edtf}`);
  return { edtf, ...date };
}

/**
 * The tagger's date, stated as precisely as the words are, in the dataset's EDTF:
 * - a season or a quarter the words name (`summer 2005`, `the third quarter of 2023`) is that
 *   season or quarter (`2005-22`, `2023-35`), not the months it spans, so it is labelled and
 *   listed as what the article said;
 * - a year, month, season or quarter cut short at the dateline ("earlier this year": the year up
 *   to the dateline) is one day of what is left, not all of it: `[2005-01-01..2005-06-13]`;
 * - anything else is the tagger's date as it is.
 */
export function datasetDate(date: TimexDate, timex: Timex | undefined): TimexDate {
  if (!timex || timex.type !== "DATE" || date.earliest === null || date.latest === null) {
    return date;
  }
  const group = /^(\d{4})-(SP|SU|FA|WI|Q[1-4])$/.exec(timex.value);
  const code = group ? GROUP_CODES[group[2] ?? ""] : undefined;
  const groupEdtf = group && code !== undefined ? `${group[1] ?? ""}-${String(code)}` : undefined;
  if (groupEdtf !== undefined) {
    const named = parsed(groupEdtf);
    if (named.earliest === date.earliest && named.latest === date.latest) return named;
  }
  // The calendar unit the value names, of which the date is only a part, known to the day.
  const unit = parseEdtf(groupEdtf ?? timex.value);
  if (
    unit?.earliest != null &&
    unit.latest != null &&
    unit.precision !== "day" &&
    date.precision === "day" &&
    date.earliest < date.latest &&
    date.earliest >= unit.earliest &&
    date.latest <= unit.latest &&
    (date.earliest !== unit.earliest || date.latest !== unit.latest)
  ) {
    return parsed(`[${date.earliest}..${date.latest}]`);
  }
  return date;
}

/**
 * An anchor's date in the forms the tagger reads: a season or quarter as its months, a span as
 * its first and last days (`2005-06/2005-08`, `2005-01-01/2005-06-13`); other dates as they are.
 */
function taggerDate(date: EventDate): TimexDate {
  const { edtf, precision, earliest, latest } = date;
  if (earliest === null || latest === null) return { edtf, precision, earliest, latest };
  if (precision === "season" || precision === "quarter") {
    return parsed(`${earliest.slice(0, 7)}/${latest.slice(0, 7)}`);
  }
  if (precision === "span") return parsed(`${earliest}/${latest}`);
  return { edtf, precision, earliest, latest };
}
