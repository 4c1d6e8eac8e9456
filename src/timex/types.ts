/**
 * What the temporal tagger returns. One found expression is a `Timex`: where it is in the text,
 * its TIMEX3 type and value (TimeML, ISO 8601), and, for a date, the EDTF interval Dateline
 * stores, with flags that say what a human should check before trusting it.
 */
import type { Precision } from "../model/dataset.ts";

/** TimeML's four kinds of temporal expression. */
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** Which side of the dateline an expression lies on when its words do not say. */
export type Direction = "past" | "future";

/**
 * What a reader of a found expression should know about how it was resolved:
 * - `relativeToDateline`: computed from the dateline ("yesterday", "last week", "Friday");
 * - `relativeToPrevious`: computed from an earlier date in the text, or from the anchor given to
 *   the resolver ("the same day", "a year earlier", "the following year");
 * - `needsAnchor`: it refers to another date and none was found, so it fell back on the dateline;
 * - `directionGuessed`: past or future was guessed from the sentence's tense ("Friday",
 *   "in May", "Aug. 7" without a year): check it;
 * - `yearGuessed`: the year was taken from the dateline without a direction ("the summer",
 *   "Christmas", "the third quarter"): check it;
 * - `vague`: the value is a reference (`PAST_REF`, `PRESENT_REF`, `FUTURE_REF`) or has unknown
 *   parts (`PXY`, `1998-WXX`).
 */
export type TimexFlag =
  | "relativeToDateline"
  | "relativeToPrevious"
  | "needsAnchor"
  | "directionGuessed"
  | "yearGuessed"
  | "vague";

/**
 * TIMEX3's `mod`: how the value is qualified ("about three years" APPROX, "more than a week"
 * MORE_THAN, "early 1991" START, "late November" END, "mid-1996" MID).
 */
export type TimexMod =
  | "APPROX"
  | "LESS_THAN"
  | "MORE_THAN"
  | "EQUAL_OR_LESS"
  | "EQUAL_OR_MORE"
  | "START"
  | "MID"
  | "END";

/**
 * A date on Dateline's calendar: an EDTF interval in the dataset's subset (`2023-02`,
 * `2023-06-12/2023-06-18`, `../2023-06-17`, `2023-06-18/..`) with its inclusive first and last
 * days (`YYYY-MM-DD`, null when open) and the precision of its known ends, as
 * `parseEdtf(edtf)` reads them.
 */
export type TimexDate = {
  edtf: string;
  precision: Precision;
  earliest: string | null;
  latest: string | null;
};

/**
 * One temporal expression found in a text.
 * - `start`, `end`: UTF-16 offsets into the text, end exclusive; `text` is that slice.
 * - `type`, `value`: TIMEX3 type and value (`2023-06-17`, `2023-W24`, `2023-Q2`, `P2D`, `PXY`,
 *   `PRESENT_REF`, `2023-06-18TAF`, `XXXX-WXX-1`).
 * - `date`: the calendar interval, for every DATE and TIME whose value names real days, and for a
 *   duration counted from the dateline ("the past two months", "the coming weeks"); absent when
 *   part of the date is unknown.
 * - `direction`: the side of the dateline that was chosen, when the words left it open.
 * - `flags`: see TimexFlag.
 */
export type Timex = {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  mod?: TimexMod;
  date?: TimexDate;
  direction?: Direction;
  flags: TimexFlag[];
};
