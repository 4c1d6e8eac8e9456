import { useId } from "react";
import type { BoundReading, DateRangeReading, RangeBound } from "../model/dateInput.ts";
import { readDateRange } from "../model/dateInput.ts";

/**
 * What the From and To boxes hold: the text as typed, the box typed in last (it is the one left
 * out of a backwards range), and what the text was typed over: the applied range, and the Clear
 * all it came after. When the link changes another way (Back, Clear all, a shared link), the
 * boxes show the link's range again.
 */
export type DateDrafts = {
  from: string;
  to: string;
  edited: RangeBound;
  base: { from: string | null; to: string | null };
  clears: number;
};

/** Drafts that show the applied range as it is (a link's `from`/`to`). */
export function draftsOf(from: string | null, to: string | null, clears: number): DateDrafts {
  return { from: from ?? "", to: to ?? "", edited: "to", base: { from, to }, clears };
}

/** The drafts to show: the typed ones while they belong to the applied range, else the range. */
export function currentDrafts(
  drafts: DateDrafts,
  from: string | null,
  to: string | null,
  clears: number,
): DateDrafts {
  const current = drafts.clears === clears && drafts.base.from === from && drafts.base.to === to;
  return current ? drafts : draftsOf(from, to, clears);
}

export type DateRangeProps = {
  /** The drafts to show (currentDrafts). */
  drafts: DateDrafts;
  /** Both boxes read together (readDateRange of the drafts). */
  reading: DateRangeReading;
  /** A box changed: the new drafts, and the range they apply. */
  onChange: (drafts: DateDrafts, applied: DateRangeReading["applied"]) => void;
};

const LABELS: Record<RangeBound, string> = { from: "From", to: "To" };

/** A bound's line under the boxes: its date in words, or why it is not applied. */
function noteText(bound: RangeBound, reading: BoundReading): string {
  if (reading.kind === "applied") return reading.words;
  if (reading.kind === "not-applied") return `${LABELS[bound]}: not applied. ${reading.problem}`;
  return "";
}

/**
 * The date range: two boxes that take what people type (`June 2023`, `1 June 2023`,
 * `2023-06-01`, …; src/model/dateInput.ts), and one line under them that says what applies,
 * `from 1 June 2023 to 30 June 2023`, or which box is not applied and why. A box that is not
 * applied filters nothing, so the list never shows another range than the boxes.
 */
export function DateRange({ drafts, reading, onChange }: DateRangeProps) {
  const ids = { from: useId(), to: useId() };
  const noteIds = { from: useId(), to: useId() };

  function change(bound: RangeBound, text: string) {
    const next = { ...drafts, [bound]: text, edited: bound };
    const read = readDateRange(next.from, next.to, bound);
    onChange({ ...next, base: read.applied }, read.applied);
  }

  const notes = (["from", "to"] as const).filter((b) => reading[b].kind !== "empty");
  return (
    <div className="date-range">
      <div className="date-fields">
        {(["from", "to"] as const).map((bound) => {
          const problem = reading[bound].kind === "not-applied";
          const noted = reading[bound].kind !== "empty";
          return (
            <div key={bound} className="field date-field">
              <label htmlFor={ids[bound]}>{LABELS[bound]}</label>
              <input
                id={ids[bound]}
                type="text"
                autoComplete="off"
                spellCheck={false}
                placeholder={bound === "from" ? "e.g. June 2023" : "e.g. 2023-09-30"}
                size={10}
                value={drafts[bound]}
                aria-invalid={problem ? true : undefined}
                aria-describedby={noted ? noteIds[bound] : undefined}
                onChange={(e) => {
                  change(bound, e.target.value);
                }}
              />
            </div>
          );
        })}
      </div>
      {notes.length > 0 && (
        <p className="date-notes">
          {notes.map((bound, i) => {
            const applied = reading[bound].kind === "applied";
            // Applied bounds read as one phrase, "Dates: from 1 June 2023 to 30 June 2023.".
            const before = notes[i - 1];
            const after = notes[i + 1];
            const joinsBefore =
              applied && before !== undefined && reading[before].kind === "applied";
            const joinsAfter = applied && after !== undefined && reading[after].kind === "applied";
            return (
              <span
                key={bound}
                id={noteIds[bound]}
                className={applied ? "date-note" : "date-note date-note-problem"}
              >
                {applied && !joinsBefore ? "Dates: " : ""}
                {noteText(bound, reading[bound])}
                {applied && !joinsAfter ? "." : ""}
                {after !== undefined ? " " : ""}
              </span>
            );
          })}
        </p>
      )}
    </div>
  );
}
