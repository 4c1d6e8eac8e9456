import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { Dataset, TimelineEvent } from "../model/dataset.ts";
import type { ExportFormat, exportFormats } from "../share/exportFormats.ts";
import { usePageUrl } from "../state/useViewState.ts";
import "./ExportMenu.css";
import { moveFocusInList } from "./menuKeys.ts";

/** The export code, loaded the first time the menu opens. */
type ExportModule = { exportFormats: typeof exportFormats };

/** Props of ExportMenu. */
export type ExportMenuProps = {
  /** The whole dataset (names, sources and the title the exports carry). */
  dataset: Dataset;
  /** The events of the current (filtered) view, in view order: what gets exported. */
  events: readonly TimelineEvent[];
  /** The day the view is as reported up to (`dataset` and `events` are then that day's). */
  asOf?: string | null;
};

/**
 * Downloads `text` as `filename`: a Blob behind a same-origin blob: URL, clicked through a
 * temporary <a download>. The URL is revoked a little later, not at once: revoking it in the same
 * task can cancel a download that has not started reading yet.
 */
function download(filename: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** The menu's enabled download buttons, in order. */
function enabledItems(list: HTMLUListElement | null): HTMLButtonElement[] {
  return Array.from(list?.querySelectorAll<HTMLButtonElement>("button:not(:disabled)") ?? []);
}

function countLabel(count: number, noun = "event"): string {
  return `${String(count)} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * The "Export" disclosure: a button that opens a list of downloads of the current view's events
 * (CSV, JSON, iCalendar of the planned and expected ones, TimelineJS JSON). Keyboard: Enter or
 * Space opens and focuses the first download; arrow keys, Home and End move; Escape closes and
 * returns focus to the button; leaving the menu (Tab or a click elsewhere) closes it.
 */
export function ExportMenu({ dataset, events, asOf = null }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();
  const pageUrl = usePageUrl();

  const [exporters, setExporters] = useState<ExportModule | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  useEffect(() => {
    if (!open || exporters) return;
    import("../share/exportFormats.ts").then(setExporters, () => {
      setLoadFailed(true);
    });
  }, [open, exporters]);
  // Built only while the menu is open: counting a large view's events on every render is waste.
  const formats = useMemo<ExportFormat[]>(
    () =>
      open && exporters
        ? exporters.exportFormats(events, dataset, new URL("./", pageUrl()).href, asOf)
        : [],
    [open, exporters, events, dataset, pageUrl, asOf],
  );

  // Focus the first download when the menu opens (and its downloads are there).
  const ready = formats.length > 0;
  useEffect(() => {
    if (open && ready) enabledItems(listRef.current)[0]?.focus();
  }, [open, ready]);

  // A click or tap outside closes the menu (focus stays where the reader put it).
  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  // Keys and focus while open: Escape closes and returns focus; arrows, Home and End move;
  // focus leaving the menu (Tab) closes it. Native listeners on the wrapper see events from both
  // the button and the list, and run before React's root listeners, so Escape stops here.
  useEffect(() => {
    const container = containerRef.current;
    if (!open || !container) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation(); // Escape closes this menu, not the panel behind it.
        setOpen(false);
        buttonRef.current?.focus();
        return;
      }
      moveFocusInList(event, enabledItems(listRef.current));
    };
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (next instanceof Node && !container.contains(next)) setOpen(false);
    };
    container.addEventListener("keydown", onKeyDown);
    container.addEventListener("focusout", onFocusOut);
    return () => {
      container.removeEventListener("keydown", onKeyDown);
      container.removeEventListener("focusout", onFocusOut);
    };
  }, [open]);

  return (
    <div className="disclosure export-menu" ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button disclosure-button export-menu__button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          setOpen((was) => !was);
        }}
      >
        Export
        <span className="chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      <ul
        id={listId}
        className="popover export-menu__list"
        ref={listRef}
        hidden={!open}
        aria-label={`Download the ${countLabel(events.length)} in view`}
      >
        {!ready && (
          <li className="export-menu__status" role="status">
            {loadFailed ? "The downloads could not be loaded; try again later." : "Preparing…"}
          </li>
        )}
        {formats.map((format) => (
          <li key={format.key}>
            <button
              type="button"
              className="export-menu__item"
              disabled={format.count === 0 && format.key === "ics"}
              onClick={() => {
                download(format.filename, format.mimeType, format.build());
                setOpen(false);
                buttonRef.current?.focus();
              }}
            >
              <span className="export-menu__label">{format.label}</span>{" "}
              <span className="export-menu__count">
                {format.key === "ics" && format.count === 0
                  ? "(no planned or expected events in view)"
                  : `(${countLabel(format.count)})`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
