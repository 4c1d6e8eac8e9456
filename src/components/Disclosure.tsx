import type { ReactNode } from "react";
import { useEffect, useId, useRef, useState } from "react";
import "./Disclosure.css";

export type DisclosureProps = {
  /** The button's text. */
  label: string;
  /** How many are chosen, shown after the label (and read as "N chosen"). */
  badge?: string;
  /** The panel; a function is called only while the panel is open (for costly contents). */
  children: ReactNode | (() => ReactNode);
  className?: string;
};

/**
 * A button that shows and hides a panel below it (a popover of checkboxes, say). Escape or a click
 * outside closes it; Escape returns focus to the button and goes no further.
 */
export function Disclosure({ label, badge, children, className }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    // Capture phase, so the explorer's Escape (which closes the detail panel) never sees this one.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown, true);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown, true);
    };
  }, [open]);

  return (
    <div ref={rootRef} className={`disclosure ${className ?? ""}`}>
      <button
        ref={buttonRef}
        type="button"
        className="button disclosure-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        {label}
        {badge ? (
          <>
            <span className="badge" aria-hidden="true">
              {badge}
            </span>
            <span className="visually-hidden">, {badge} chosen</span>
          </>
        ) : null}
        <span className="chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={panelId} className="popover" hidden={!open}>
        {typeof children === "function" ? (open ? children() : null) : children}
      </div>
    </div>
  );
}
