/**
 * The plain values of the dataset contract (src/model/dataset.ts): its version, id patterns and
 * vocabularies. They live apart from the zod schema so that app code can use them without loading
 * zod, which only the dataset check needs (and that runs in a worker; see src/state/loadDataset.ts).
 */

/** The version of this contract. The app refuses a dataset with another version. */
export const SCHEMA_VERSION = 2;

/** A calendar day, `YYYY-MM-DD`, with no time and no zone. */
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Event, actor and place ids: lower-case slugs such as `beijing-visit`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Article ids: the article's file name without extension, such as `000_eb413498417fa6d3`. */
export const SOURCE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** The statuses and their words live in their own module (statuses.ts); the contract uses them. */
export { STATUSES, type Status } from "./statuses.ts";

/**
 * How finely a date is known: to the day (one day, or every day of a span of days), the month, a
 * season, a quarter or the year; or `span`: on one unknown day between two known days ("earlier
 * this year" in a report of 13 June 2005 is some day from 1 January to 13 June 2005). Each is read
 * off the EDTF string (dates.ts, parseEdtf), so the two cannot disagree.
 */
export const PRECISIONS = ["day", "month", "season", "quarter", "year", "span"] as const;

/**
 * How two reports on one event can disagree (reports.ts words each):
 * - `dates-disjoint`: the dates they give do not overlap ("in September" against "on 2 October");
 * - `status-reversed`: one says it had happened (occurred, or ongoing), a later one that it had not
 *   yet (planned, expected, hoped for or postponed);
 * - `same-dateline`: two reports of the same day give different statuses.
 */
export const DISAGREEMENT_KINDS = ["dates-disjoint", "status-reversed", "same-dateline"] as const;

export const ACTOR_KINDS = ["person", "country", "organisation"] as const;
