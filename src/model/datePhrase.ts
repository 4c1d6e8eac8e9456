/**
 * How the detail panel says where an event's date came from. An annotator may date an event from
 * words that name no time at all (`A phone call`, marked `undated` in the corpus): the pipeline
 * then dates it from the report's date or from a related event. Quoting those words as if they
 * were a date ("From the article's words “A phone call”") misleads, so the panel says the article
 * gives no date. The dataset does not keep the `undated` mark, so this module tells from the
 * words: a phrase names a time when it holds a number, a month or weekday, a unit of time or a
 * word that places something in time. It errs towards "names a time" (then the words are quoted,
 * as before); the temporal tagger (src/timex) is the full reader, but it is a build-time layer.
 */
import type { EventDate } from "./dataset.ts";
import { formatDayLong } from "./dateLabels.ts";
import { TIME_WORDS } from "./lexicon.ts";

/**
 * True when `phrase` names a time: it holds a digit or a word of the lexicon's TIME_WORDS (in any case, with or
 * without a plural `s`). `in November`, `two-day trip`, `Before departure`, `over the next several
 * months` do; `A phone call`, `has been invited` do not.
 */
export function phraseNamesTime(phrase: string): boolean {
  if (/\d/.test(phrase)) return true;
  return phrase
    .toLowerCase()
    .split(/[^a-z]+/)
    .some(
      (word) => TIME_WORDS.has(word) || (word.endsWith("s") && TIME_WORDS.has(word.slice(0, -1))),
    );
}

/**
 * One sentence saying where a date comes from, for the detail panel:
 * - words that name a time are quoted: `From the article’s words “on Saturday”, in the report of
 *   18 June 2023.`;
 * - otherwise the article gives no date, and the sentence says how the date was reached: by the
 *   report's date for an undated past (`../<dateline>`) or future (`<dateline>/..`) event, else
 *   from a related event.
 */
export function dateSourceSentence(
  date: Pick<EventDate, "edtf" | "phrase" | "resolvedAgainst">,
): string {
  const report = formatDayLong(date.resolvedAgainst);
  if (phraseNamesTime(date.phrase)) {
    return `From the article’s words “${date.phrase}”, in the report of ${report}.`;
  }
  if (date.edtf === `../${date.resolvedAgainst}`) {
    return `The article gives no date: it reports this as having happened by ${report}, the date of the report.`;
  }
  if (date.edtf === `${date.resolvedAgainst}/..`) {
    return `The article gives no date: it reports this as still to come on ${report}, the date of the report.`;
  }
  return `The article gives no date of its own for this: the date shown is worked out from a related event in the report of ${report}.`;
}
