/**
 * The URL as the home of the shareable view: a tiny React-free store over `location` and
 * `history`. It reads the query string with parseViewState (and, once the dataset is known, with
 * checkViewState), writes canonical links with pushState for discrete navigation and replaceState
 * for typing and panning, and follows Back/Forward through popstate. React binds it with
 * useSyncExternalStore (useViewState.ts).
 *
 * It is the app's one module that touches `location` and `history` (lint refuses them elsewhere):
 * views that need an absolute link, the page's address or a reload ask the store.
 */
import type { Ignored, ParsedViewState, ViewState } from "../model/viewState.ts";
import { parseViewState, sameViewState, serializeViewState } from "../model/viewState.ts";

/** What the store holds: the view, what the current link's reading ignored, and the link itself. */
export type UrlSnapshot = {
  state: ViewState;
  /** Values dropped from the link as it was opened (or last navigated to by Back/Forward). */
  ignored: readonly Ignored[];
  /** The canonical query string of `state` (`""` for the default view). */
  search: string;
};

/** The parts of `window` the store uses, so tests can hand it a fake. */
export type BrowserLike = {
  location: { search: string; pathname: string; href: string; reload: () => void };
  history: {
    pushState: (data: unknown, unused: string, url: string) => void;
    replaceState: (data: unknown, unused: string, url: string) => void;
  };
  addEventListener: (type: "popstate", listener: () => void) => void;
  removeEventListener: (type: "popstate", listener: () => void) => void;
};

/** How a change enters history: a new entry (Back returns) or in place. */
export type HistoryMode = "push" | "replace";

export type UrlStore = {
  getSnapshot: () => UrlSnapshot;
  subscribe: (listener: () => void) => () => void;
  /**
   * Shows `state` and writes its link; does nothing when the link would not change. An embedded
   * state (`embed`) always replaces: it must not add entries to its host page's history.
   */
  navigate: (state: ViewState, mode: HistoryMode) => void;
  /**
   * Adds the dataset's check (unknown ids) to every reading of the link, re-reads the current one,
   * and writes its canonical form in place (so a copied link carries no ignored values).
   */
  setCheck: (check: (state: ViewState) => ParsedViewState) => void;
  /** Hides the notice of ignored values. */
  dismissIgnored: () => void;
  /** The link (a relative URL: `?…`, or the page's path for the default view) of a view. */
  hrefFor: (state: ViewState) => string;
  /** The link of a view as an absolute URL, for copying and for links that leave the page. */
  absoluteHrefFor: (state: ViewState) => string;
  /** The page's own address as it stands now (absolute; the app lives in its folder). */
  pageUrl: () => string;
  /** Loads the page again (the error screen's "Try again"). */
  reload: () => void;
  /** Stops following popstate. */
  dispose: () => void;
};

/** Creates the store over a browser window (or a fake with the same parts). */
export function createUrlStore(browser: BrowserLike): UrlStore {
  let check: ((state: ViewState) => ParsedViewState) | null = null;
  const listeners = new Set<() => void>();

  function read(): UrlSnapshot {
    const parsed = parseViewState(browser.location.search);
    const checked = check ? check(parsed.state) : { state: parsed.state, ignored: [] };
    return {
      state: checked.state,
      ignored: [...parsed.ignored, ...checked.ignored],
      search: serializeViewState(checked.state),
    };
  }

  let snapshot = read();

  function emit(): void {
    for (const listener of listeners) listener();
  }

  function hrefFor(state: ViewState): string {
    return serializeViewState(state) || browser.location.pathname;
  }

  function canonicalise(): void {
    if (browser.location.search !== snapshot.search) {
      browser.history.replaceState(null, "", hrefFor(snapshot.state));
    }
  }

  const onPopState = (): void => {
    snapshot = read();
    canonicalise();
    emit();
  };
  browser.addEventListener("popstate", onPopState);

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate(state, mode) {
      if (sameViewState(state, snapshot.state)) return;
      const href = hrefFor(state);
      // An embedded view never adds history entries: inside an iframe they join the host page's
      // history, and the reader's Back button would step the embed instead of leaving the article.
      if (mode === "push" && !state.embed) browser.history.pushState(null, "", href);
      else browser.history.replaceState(null, "", href);
      snapshot = { state, ignored: snapshot.ignored, search: serializeViewState(state) };
      emit();
    },
    setCheck(nextCheck) {
      check = nextCheck;
      snapshot = read();
      canonicalise();
      emit();
    },
    dismissIgnored() {
      if (snapshot.ignored.length === 0) return;
      snapshot = { ...snapshot, ignored: [] };
      emit();
    },
    hrefFor,
    absoluteHrefFor: (state) => new URL(hrefFor(state), browser.location.href).href,
    pageUrl: () => browser.location.href,
    reload: () => {
      browser.location.reload();
    },
    dispose() {
      browser.removeEventListener("popstate", onPopState);
    },
  };
}
