import type { KeyboardEvent, ReactNode } from "react";
import { useRef } from "react";
import "./PaneTabs.css";

/** The two panes a narrow workspace shows one at a time. */
export type Pane = "events" | "article";

const PANES: readonly { pane: Pane; label: string }[] = [
  { pane: "events", label: "Events" },
  { pane: "article", label: "Article" },
];

export type PaneTabsProps = {
  shown: Pane;
  onShow: (pane: Pane) => void;
};

/** The id of a pane's tab, and of its panel. */
export const tabId = (pane: Pane): string => `pane-tab-${pane}`;
export const panelId = (pane: Pane): string => `pane-${pane}`;

/**
 * Tabs between the event cards and the article on a narrow screen, as the ARIA tabs pattern has
 * them: one tab stop, the arrow keys (and Home, End) move between tabs and show the pane.
 */
export function PaneTabs({ shown, onShow }: PaneTabsProps) {
  const refs = useRef(new Map<Pane, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number): void => {
    const last = PANES.length - 1;
    const next =
      event.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    const pane = PANES[next]?.pane ?? "events";
    onShow(pane);
    refs.current.get(pane)?.focus();
  };
  return (
    <div className="cpt-tabs" role="tablist" aria-label="Show">
      {PANES.map(({ pane, label }, i) => (
        <button
          key={pane}
          ref={(element) => {
            if (element) refs.current.set(pane, element);
            else refs.current.delete(pane);
          }}
          type="button"
          role="tab"
          id={tabId(pane)}
          aria-controls={panelId(pane)}
          aria-selected={pane === shown}
          tabIndex={pane === shown ? 0 : -1}
          onClick={() => {
            onShow(pane);
          }}
          onKeyDown={(event) => {
            move(event, i);
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

export type PanePanelProps = {
  pane: Pane;
  /** Narrow: a tab panel, hidden unless shown. Wide: the children as they are. */
  narrow: boolean;
  shown: Pane;
  children: ReactNode;
};

/** One pane's content: behind its tab on a narrow screen, side by side with the other on a wide one. */
export function PanePanel({ pane, narrow, shown, children }: PanePanelProps) {
  if (!narrow) return children;
  return (
    <div
      role="tabpanel"
      id={panelId(pane)}
      aria-labelledby={tabId(pane)}
      hidden={pane !== shown}
      className="cpt-panel"
    >
      {children}
    </div>
  );
}
