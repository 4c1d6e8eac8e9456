import { useEffect, useId, useRef, useState } from "react";
import { moveFocusInList } from "./menuKeys.ts";
import "./ShareMenu.css";

/**
 * One thing the Share menu offers. The menu knows nothing about views or events: each choice
 * says what it is and either hands over its text to copy, or opens something of its own (the
 * embed dialog), so another way to share is one more entry in the list the explorer passes.
 */
export type ShareChoice = {
  /** Stable and unique within the menu. */
  id: string;
  /** What is shared, in plain words: `This view`. */
  label: string;
  /** What the copied link opens, in a few words. */
  detail: string;
} & (
  | {
      /** The text to copy, made when chosen: an absolute URL. */
      text: () => string;
      /** What the confirmation says once it is copied (default: `Link copied`). */
      copied?: string;
    }
  | {
      /** Opens a dialog of its own; the menu closes first and hands focus back to its button. */
      open: () => void;
    }
);

export type ShareMenuProps = {
  choices: readonly ShareChoice[];
  className?: string;
};

type Outcome = { id: string; kind: "copied" } | { id: string; kind: "manual"; text: string };

/** The menu's choice buttons, in order. */
function choiceButtons(list: HTMLElement | null): HTMLButtonElement[] {
  return Array.from(list?.querySelectorAll<HTMLButtonElement>("button.share-choice") ?? []);
}

/**
 * The Share button and its menu of plain choices (this view, this event, this passage). A choice
 * copies its link with the Clipboard API; where that is refused, the link is shown selected in a
 * field to copy by hand. The confirmation is written inside the open menu, in the line that
 * describes the choice, and announced: nothing outside the menu moves.
 *
 * Keyboard: Enter or Space opens it on the first choice; arrows, Home and End move; Escape closes
 * it and returns focus to the button; leaving it (Tab, a click elsewhere) closes it.
 */
export function ShareMenu({ choices, className }: ShareMenuProps) {
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const panelId = useId();
  const fieldId = useId();

  // Opening focuses the first choice; a fresh opening forgets the last confirmation.
  useEffect(() => {
    if (!open) return;
    choiceButtons(listRef.current)[0]?.focus();
    return () => {
      setOutcome(null);
    };
  }, [open]);

  // A link to copy by hand is focused and selected.
  useEffect(() => {
    if (outcome?.kind !== "manual") return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [outcome]);

  useEffect(() => {
    const root = rootRef.current;
    if (!open || !root) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.contains(event.target as Node)) setOpen(false);
    };
    // On the wrapper, before React's root listeners: Escape closes this menu, not the panel.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
        buttonRef.current?.focus();
        return;
      }
      const list = choiceButtons(listRef.current);
      // Home and End move only within the list (in the copy-by-hand field they edit the text).
      const inList = list.includes(document.activeElement as HTMLButtonElement);
      if (inList || event.key === "ArrowDown" || event.key === "ArrowUp") {
        moveFocusInList(event, list);
      }
    };
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (next instanceof Node && !root.contains(next)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    root.addEventListener("keydown", onKeyDown);
    root.addEventListener("focusout", onFocusOut);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      root.removeEventListener("keydown", onKeyDown);
      root.removeEventListener("focusout", onFocusOut);
    };
  }, [open]);

  // The confirmation fades after a while; the choice's own words come back.
  useEffect(() => {
    if (outcome?.kind !== "copied") return;
    const timer = window.setTimeout(() => {
      setOutcome(null);
    }, 4000);
    return () => {
      window.clearTimeout(timer);
    };
  }, [outcome]);

  async function choose(choice: ShareChoice) {
    if ("open" in choice) {
      // Focus returns to the Share button, so the dialog gives it back there when it closes.
      setOpen(false);
      buttonRef.current?.focus();
      choice.open();
      return;
    }
    const text = choice.text();
    try {
      await navigator.clipboard.writeText(text);
      setOutcome({ id: choice.id, kind: "copied" });
    } catch {
      setOutcome({ id: choice.id, kind: "manual", text });
    }
  }

  const announced = choices.find((c) => c.id === outcome?.id);
  return (
    <div ref={rootRef} className={`disclosure share-menu ${className ?? ""}`}>
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
        Share
        <span className="chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={panelId} className="popover share-menu__panel" hidden={!open}>
        <div ref={listRef} role="group" aria-label="Share">
          <p className="share-menu__title" aria-hidden="true">
            Copy a link, or embed
          </p>
          {choices.map((choice) => {
            const detailId = `${panelId}-${choice.id}`;
            const done = outcome?.id === choice.id && outcome.kind === "copied";
            return (
              <button
                key={choice.id}
                type="button"
                className={done ? "share-choice share-choice--done" : "share-choice"}
                aria-describedby={detailId}
                aria-haspopup={"open" in choice ? "dialog" : undefined}
                onClick={() => void choose(choice)}
              >
                <span className="share-choice__label">{choice.label}</span>
                <span id={detailId} className="share-choice__detail">
                  {done && "text" in choice ? `✓ ${choice.copied ?? "Link copied"}` : choice.detail}
                </span>
              </button>
            );
          })}
        </div>
        {outcome?.kind === "manual" && (
          <div className="share-menu__manual">
            <label htmlFor={fieldId}>Copy this link (Ctrl+C or ⌘C):</label>
            <input
              ref={fieldRef}
              id={fieldId}
              type="text"
              readOnly
              value={outcome.text}
              onFocus={(e) => {
                e.currentTarget.select();
              }}
            />
          </div>
        )}
        <p className="visually-hidden" role="status">
          {outcome?.kind === "copied" && announced && "text" in announced
            ? `${announced.copied ?? "Link copied"}: ${announced.label.toLowerCase()}`
            : ""}
        </p>
      </div>
    </div>
  );
}
