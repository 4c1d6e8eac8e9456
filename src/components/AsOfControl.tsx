import { useId, useState } from "react";
import { stepReportDay } from "../model/asOf.ts";
import { readDateInput } from "../model/dateInput.ts";
import { formatDayLong } from "../model/dateLabels.ts";
import { periodDays } from "../model/viewState.ts";
import "./AsOfControl.css";

export type AsOfControlProps = {
  /** The day the view is as reported up to; null for today's view (every report). */
  asOf: string | null;
  /** The days articles were published on, earliest first (reportDays of the whole dataset). */
  days: readonly string[];
  /** Shows the view as reported up to a day (null: today's). A discrete change: it pushes. */
  onChange: (day: string | null) => void;
};

/** What the box holds: the text as typed over `base` (the applied day), and why it was refused. */
type Draft = { text: string; base: string | null; problem: string | null };

function draftOf(asOf: string | null): Draft {
  return { text: asOf === null ? "" : formatDayLong(asOf), base: asOf, problem: null };
}

/**
 * "As reported up to": a box that takes a day as people write it (`18 June 2023`, `2023-06-18`;
 * a month or a year stands for its last day), applied on Enter or when focus leaves it, and two
 * buttons that step to the report day before or after, the days on which what was known changed.
 * Empty, it is today's view. A day before the first report is refused, in words, not applied.
 */
export function AsOfControl({ asOf, days, onChange }: AsOfControlProps) {
  const inputId = useId();
  const noteId = useId();
  const [typed, setTyped] = useState<Draft>(() => draftOf(asOf));
  // Back, Forward, a step or a link changed the day: the box shows it again.
  const draft = typed.base === asOf ? typed : draftOf(asOf);
  const earlier = stepReportDay(days, asOf, -1);
  const later = stepReportDay(days, asOf, 1);

  function apply() {
    const input = readDateInput(draft.text);
    if (input.kind === "empty") {
      setTyped(draftOf(null));
      if (asOf !== null) onChange(null);
      return;
    }
    if (input.kind === "invalid") {
      setTyped({ ...draft, problem: input.problem });
      return;
    }
    const day = periodDays(input.period)?.latest;
    if (day === undefined) return;
    const first = days[0];
    if (first !== undefined && day < first) {
      setTyped({
        ...draft,
        problem: `${formatDayLong(day)} is before the first report, of ${formatDayLong(first)}: nothing had been reported yet.`,
      });
      return;
    }
    setTyped(draftOf(day));
    if (day !== asOf) onChange(day);
  }

  function step(day: string | null | undefined) {
    if (day === undefined) return;
    setTyped(draftOf(day));
    onChange(day);
  }

  return (
    <div className="field asof-field">
      <label htmlFor={inputId}>As reported up to</label>
      <div className="asof-row">
        <button
          type="button"
          className="button asof-step"
          aria-label="Earlier report"
          title={earlier ? `As reported up to ${formatDayLong(earlier)}` : "No earlier report"}
          disabled={earlier === undefined}
          onClick={() => {
            step(earlier);
          }}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <input
          id={inputId}
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder="today: every report"
          size={14}
          value={draft.text}
          aria-invalid={draft.problem !== null ? true : undefined}
          aria-describedby={draft.problem !== null ? noteId : undefined}
          onChange={(e) => {
            setTyped({ text: e.target.value, base: asOf, problem: null });
          }}
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            e.preventDefault();
            apply();
          }}
          onBlur={() => {
            if (draft.text !== draftOf(asOf).text) apply();
          }}
        />
        <button
          type="button"
          className="button asof-step"
          aria-label="Later report"
          title={
            later === undefined
              ? "No later report"
              : later === null
                ? "Today’s view: every report"
                : `As reported up to ${formatDayLong(later)}`
          }
          disabled={later === undefined}
          onClick={() => {
            step(later);
          }}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      {draft.problem !== null && (
        <p id={noteId} className="date-notes">
          <span className="date-note-problem">Not applied. {draft.problem}</span>
        </p>
      )}
    </div>
  );
}
