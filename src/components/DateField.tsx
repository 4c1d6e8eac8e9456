import { useId, useState } from "react";
import { periodDays } from "../model/viewState.ts";

export type DateFieldProps = {
  label: string;
  /** The applied value (from the link), or null. */
  value: string | null;
  /** Why an otherwise valid value cannot apply (a reversed range), or null. */
  conflict: (text: string) => string | null;
  /** Called with a valid period or null (cleared); invalid text stays in the field only. */
  onChange: (value: string | null) => void;
};

/**
 * A date-range bound typed as YYYY, YYYY-MM or YYYY-MM-DD. Valid text applies as you type; invalid
 * text stays in the field, marked, with a hint, and the filter keeps its last valid value.
 */
export function DateField({ label, value, conflict, onChange }: DateFieldProps) {
  const id = useId();
  const hintId = useId();
  // The draft remembers which applied value it was typed over: when the link changes (Back, clear
  // all), the field shows the link's value again.
  const [draft, setDraft] = useState({ text: value ?? "", base: value });
  const text = draft.base === value ? draft.text : (value ?? "");
  const trimmed = text.trim();
  const invalid = trimmed !== "" && !periodDays(trimmed);
  const clash = !invalid && trimmed !== "" ? conflict(trimmed) : null;
  const problem = invalid ? "Use YYYY, YYYY-MM or YYYY-MM-DD" : clash;

  function change(next: string) {
    const t = next.trim();
    if (t === "") {
      setDraft({ text: next, base: null });
      onChange(null);
    } else if (periodDays(t) && !conflict(t)) {
      setDraft({ text: next, base: t });
      onChange(t);
    } else {
      setDraft({ text: next, base: value });
    }
  }

  return (
    <div className="field date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder="YYYY-MM-DD"
        size={10}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? hintId : undefined}
        onChange={(e) => {
          change(e.target.value);
        }}
      />
      {problem && (
        <span id={hintId} className="field-error">
          {problem}
        </span>
      )}
    </div>
  );
}
