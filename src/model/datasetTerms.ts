/**
 * The plain values of the dataset contract (src/model/dataset.ts): its version, id patterns and
 * vocabularies. They live apart from the zod schema so that app code can use them without loading
 * zod, which only the dataset check needs (and that runs in a worker; see src/state/loadDataset.ts).
 */

/** The version of this contract. The app refuses a dataset with another version. */
export const SCHEMA_VERSION = 1;

/** A calendar day, `YYYY-MM-DD`, with no time and no zone. */
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Event, actor and place ids: lower-case slugs such as `beijing-visit`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Article ids: the article's file name without extension, such as `000_eb413498417fa6d3`. */
export const SOURCE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * What an event's status was as of the latest dateline that cites it (see README, "Statuses").
 * - occurred: it happened before that date.
 * - ongoing: it had begun and not yet ended on that date.
 * - planned: scheduled or arranged to happen later.
 * - expected: reported as likely to happen, without a firm arrangement.
 * - postponed: it was scheduled, then put off.
 * - hoped-for: someone said they hope it will happen.
 */
export const STATUSES = [
  "occurred",
  "ongoing",
  "planned",
  "expected",
  "postponed",
  "hoped-for",
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses of things that lay in the future (or were unsettled) when reported. */
export const ANTICIPATED_STATUSES: readonly Status[] = ["planned", "expected", "hoped-for"];

/** How finely a date is known: to the day, the month or the year. */
export const PRECISIONS = ["day", "month", "year"] as const;

export const ACTOR_KINDS = ["person", "country", "organisation"] as const;
