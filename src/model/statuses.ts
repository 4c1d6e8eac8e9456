/**
 * The status vocabulary: every status an event can have, in the order every list, legend, lane and
 * menu shows them, and every way readers see it worded. A status holds as of the latest dateline
 * that cites the event (its `asOf`), never as of today.
 *
 * Adding a status touches this module (its words), src/styles/tokens.css (its colours) and the
 * published JSON Schema (`npm run data` regenerates it from the contract, which takes STATUSES
 * from here). Plain values only: the app reads them without loading zod.
 */

/** Every status, in display order. */
export const STATUSES = [
  "occurred",
  "ongoing",
  "planned",
  "expected",
  "postponed",
  "hoped-for",
] as const;

/** What an event's status was as of the latest dateline that cites it. */
export type Status = (typeof STATUSES)[number];

/** The words of one status. */
export type StatusWords = {
  /** Its name, capitalised: lane labels, badges, the legend, the status menu (`Hoped for`). */
  label: string;
  /** As it ends a sentence, "Status as of 18 June 2023: …" (`hoped for`). */
  sentence: string;
  /** A few words beside it in the status menu (`someone hopes so`). */
  hint: string;
  /** What it means as of the dateline, for the share pages and exports. */
  meaning: string;
  /**
   * Whether date labels name it, `September 2023 (planned)`: everything but what had happened or
   * was under way, so a reader never takes what was anticipated for what happened.
   */
  namedInDates: boolean;
};

/** The words of every status. */
export const STATUS_WORDS: Readonly<Record<Status, StatusWords>> = {
  occurred: {
    label: "Occurred",
    sentence: "occurred",
    hint: "had happened",
    meaning: "it had happened by that date",
    namedInDates: false,
  },
  ongoing: {
    label: "Ongoing",
    sentence: "ongoing",
    hint: "under way",
    meaning: "it had begun and not yet ended on that date",
    namedInDates: false,
  },
  planned: {
    label: "Planned",
    sentence: "planned",
    hint: "scheduled",
    meaning: "it was scheduled or arranged to happen later",
    namedInDates: true,
  },
  expected: {
    label: "Expected",
    sentence: "expected",
    hint: "likely, not arranged",
    meaning: "it was reported as likely, without a firm arrangement",
    namedInDates: true,
  },
  postponed: {
    label: "Postponed",
    sentence: "postponed",
    hint: "put off",
    meaning: "it had been scheduled, then put off",
    namedInDates: true,
  },
  "hoped-for": {
    label: "Hoped for",
    sentence: "hoped for",
    hint: "someone hopes so",
    meaning: "someone said they hoped it would happen",
    namedInDates: true,
  },
};

/** The status ids as a phrase, `occurred, ongoing, … or hoped-for`, for column descriptions. */
export function statusIdList(): string {
  return `${STATUSES.slice(0, -1).join(", ")} or ${STATUSES[STATUSES.length - 1] ?? ""}`;
}
