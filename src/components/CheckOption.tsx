import type { ReactNode } from "react";
import "./CheckOption.css";

export type CheckOptionProps = {
  checked: boolean;
  /** How many events this option would show under the other filters; 0 dims it. */
  count: number;
  onToggle: () => void;
  /** What precedes the label, such as a status swatch (decorative). */
  before?: ReactNode;
  /** The option's label, read before its count. */
  children: ReactNode;
};

/** One checkbox of a filter menu, with its event count (read as "…, 3 events"). */
export function CheckOption({ checked, count, onToggle, before, children }: CheckOptionProps) {
  return (
    <li>
      <label className={count === 0 ? "check dim" : "check"}>
        <input type="checkbox" checked={checked} onChange={onToggle} />
        {before}
        <span className="check-label">
          {children}
          <span className="visually-hidden">,</span>
        </span>
        <span className="check-count">
          {count}
          <span className="visually-hidden"> {count === 1 ? "event" : "events"}</span>
        </span>
      </label>
    </li>
  );
}

export type CheckPanelProps = {
  /** What the menu filters by, for screen readers: "Filter by actor". */
  legend: string;
  /** The clear button's text: "Clear actors". */
  clearLabel: string;
  /** Whether anything is checked (the clear button is disabled otherwise). */
  anyChecked: boolean;
  onClear: () => void;
  children: ReactNode;
};

/** A filter menu's panel: its options under a hidden legend, and a button that clears them. */
export function CheckPanel({ legend, clearLabel, anyChecked, onClear, children }: CheckPanelProps) {
  return (
    <fieldset className="check-panel">
      <legend className="visually-hidden">{legend}</legend>
      {children}
      <button type="button" className="button subtle" onClick={onClear} disabled={!anyChecked}>
        {clearLabel}
      </button>
    </fieldset>
  );
}
