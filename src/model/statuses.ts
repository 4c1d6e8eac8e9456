/**
 * The status vocabulary: every status an event can have, in the order every list, legend, lane and
 * menu shows them, and every way readers see it worded. A status holds as of the latest dateline
 * that cites the event (its `asOf`), never as of today.
 *
 * Adding a status touches this module (its words and its look), src/styles/tokens.css (its colours)
 * and the published JSON Schema (`npm run data` regenerates it from the contract, which takes STATUSES
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

/**
 * How a status is drawn, wherever it is drawn: the timeline's bars, dots and labels, the status
 * badge, the legend's swatches and the share cards. The stylesheets select on these values
 * (src/components/statusLook.ts hands them on as data attributes), never on a status's name, and
 * the cards read them here; a status's colour is its token in src/styles/tokens.css.
 */
export type StatusLook = {
  /**
   * How a bar or badge is filled: `solid` in the status's colour (it happened or is under way),
   * `tint` a light wash inside an outline (it was anticipated: a dot becomes a ring), `broken`
   * solid dashes along the bar (it was put off).
   */
  fill: "solid" | "tint" | "broken";
  /** The line of its outline, where one is drawn (a tinted bar, a hatched month, a badge). */
  line: "solid" | "dashed" | "dotted";
  /** The width of that outline on bars and swatches, in CSS pixels. */
  weight: 1 | 2;
  /** Whether its title is set in italics on the timeline: not yet happened as of the report. */
  italic: boolean;
  /** Whether its badge's label is struck through. */
  struck: boolean;
};

/**
 * The look of every status. What happened is filled; what was anticipated is outlined, the firmer
 * the line the firmer the plan (solid planned, dashed expected, dotted hoped for); what was put off
 * is broken. Postponed is italic, as not yet happened, and its badge is struck; its title never is,
 * which would read as "it did not happen".
 */
export const STATUS_LOOK: Readonly<Record<Status, StatusLook>> = {
  occurred: { fill: "solid", line: "solid", weight: 1, italic: false, struck: false },
  ongoing: { fill: "solid", line: "solid", weight: 1, italic: false, struck: false },
  planned: { fill: "tint", line: "solid", weight: 2, italic: true, struck: false },
  expected: { fill: "tint", line: "dashed", weight: 2, italic: true, struck: false },
  postponed: { fill: "broken", line: "solid", weight: 1, italic: true, struck: true },
  "hoped-for": { fill: "tint", line: "dotted", weight: 2, italic: true, struck: false },
};

/** The status ids as a phrase, `occurred, ongoing, … or hoped-for`, for column descriptions. */
export function statusIdList(): string {
  return `${STATUSES.slice(0, -1).join(", ")} or ${STATUSES[STATUSES.length - 1] ?? ""}`;
}
