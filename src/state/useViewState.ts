/**
 * The React binding of the URL store: components read the view with useViewState and change it only
 * through the named actions of useActions.
 */
import { createContext, useContext, useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import type { Dataset } from "../model/dataset.ts";
import { indexDataset } from "../model/datasetIndex.ts";
import { buildFilterIndex, filterEvents, filtersOf, sameFilters } from "../model/filter.ts";
import { checkViewState } from "../model/viewState.ts";
import type { Actions } from "./actions.ts";
import { datasetAsOf } from "./asOfView.ts";
import type { Selection } from "./selection.ts";
import { createSelection } from "./selection.ts";
import type { UrlSnapshot, UrlStore } from "./urlStore.ts";

/** The store and its actions, provided once at the root (main.tsx). */
export type ViewStore = { store: UrlStore; actions: Actions };

export const ViewStoreContext = createContext<ViewStore | null>(null);

function useViewStore(): ViewStore {
  const value = useContext(ViewStoreContext);
  if (!value) throw new Error("useViewState needs a ViewStoreContext provider");
  return value;
}

/**
 * A slice of the current view (the view, what its link ignored, its canonical query string),
 * chosen by `selector`. The component re-renders only when the slice changes by `equal`
 * (Object.is unless given), as with zustand's useStoreWithEqualityFn.
 */
export function useViewState<T>(
  selector: (snapshot: UrlSnapshot) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  const { store } = useViewStore();
  const selection = useRef<Selection<UrlSnapshot> | null>(null);
  const select = (selection.current ??= createSelection<UrlSnapshot>());
  const getSlice = (): T => select(store.getSnapshot(), selector, equal);
  return useSyncExternalStore(store.subscribe, getSlice, getSlice);
}

/** The named commands that change the view. */
export function useActions(): Actions {
  return useViewStore().actions;
}

/** The link (relative URL) of a view, for anchors that also work with a middle click. */
export function useHrefFor(): UrlStore["hrefFor"] {
  return useViewStore().store.hrefFor;
}

/** The absolute link of a view, for copying and for links that open outside the page. */
export function useAbsoluteHrefFor(): UrlStore["absoluteHrefFor"] {
  return useViewStore().store.absoluteHrefFor;
}

/** The page's own address as it stands (read when called: it changes as the view does). */
export function usePageUrl(): UrlStore["pageUrl"] {
  return useViewStore().store.pageUrl;
}

/** Loads the page again. */
export function useReload(): UrlStore["reload"] {
  return useViewStore().store.reload;
}

/**
 * Checks every reading of the link against the loaded dataset (unknown ids are dropped, noticed),
 * and with `asOf` against what had been reported by that day (the memoised projection the view
 * then shows).
 */
export function useDatasetCheck(dataset: Dataset): void {
  const { store } = useViewStore();
  useEffect(() => {
    store.setCheck((state) =>
      checkViewState(state, dataset, (day) => datasetAsOf(dataset, day, undefined).dataset),
    );
  }, [store, dataset]);
}

/**
 * The view of `full` the link asks for, as the explorer and the embed both show it: the link
 * checked against the dataset, the view and what the link ignored, the dataset as reported up to
 * the link's `asOf` (`dataset`: the full one when the link names no day; everything below is made
 * from it, so the timeline, list, panel, counts and exports show only what was known then), the
 * filters (one value that keeps its identity until a filter changes, so a pan or a selection does
 * not filter again), the filter index, the dataset's lookups, the filtered events and the chosen
 * event.
 */
export function useFilteredView(full: Dataset, fullSearchTexts: readonly string[] | undefined) {
  useDatasetCheck(full);
  const state = useViewState((s) => s.state);
  const ignored = useViewState((s) => s.ignored);
  const filters = useViewState((s) => filtersOf(s.state), sameFilters);
  const asOf = state.asOf;
  const { dataset, searchTexts } = useMemo(
    () =>
      asOf === null
        ? { dataset: full, searchTexts: fullSearchTexts }
        : datasetAsOf(full, asOf, fullSearchTexts),
    [full, fullSearchTexts, asOf],
  );
  const index = useMemo(() => buildFilterIndex(dataset, searchTexts), [dataset, searchTexts]);
  const lookups = indexDataset(dataset);
  const filtered = useMemo(() => filterEvents(index, filters), [index, filters]);
  const selected = state.event === null ? null : (lookups.events.get(state.event) ?? null);
  return { state, ignored, dataset, filters, index, lookups, filtered, selected };
}
