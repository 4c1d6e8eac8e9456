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
import type { Direction } from "../timex/types.ts";
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
  const result = resolvePhrase(spec, dateline, anchor);
  if ("problem" in result) return result;
  const { edtf, precision, earliest, latest } = result.date;
  return {
    date: { edtf, precision, earliest, latest, phrase: spec.phrase, resolvedAgainst: dateline },
  };
}
