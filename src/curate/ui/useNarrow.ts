/**
 * Whether the workspace is laid out for a narrow screen (a phone): one pane at a time, behind
 * tabs, rather than the article and the cards side by side. Follows the same width as the CSS
 * (Workspace.css, ArticlePane.css), and changes as the window is resized or the phone turned.
 */
import { useSyncExternalStore } from "react";

/** The width at and below which the workspace is narrow; the CSS uses the same. */
export const NARROW_QUERY = "(max-width: 900px)";

const subscribe = (onChange: () => void): (() => void) => {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener("change", onChange);
  return () => {
    query.removeEventListener("change", onChange);
  };
};

/** True while the window is narrow. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW_QUERY).matches);
}
