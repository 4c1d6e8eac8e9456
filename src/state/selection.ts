/**
 * Selecting a slice of the store's snapshot for a component, as zustand's
 * useStoreWithEqualityFn does: the same snapshot gives the same slice, and a new snapshot whose
 * slice equals the last one gives the last one back, so React sees no change and skips the render.
 * React-free, so it is unit-tested on its own; useViewState.ts binds it.
 */

/** Picks a slice from a snapshot, keeping the last slice while `equal` says it has not changed. */
export type Selection<S> = <T>(
  snapshot: S,
  selector: (snapshot: S) => T,
  equal: (a: T, b: T) => boolean,
) => T;

/** A selection with its own memory (one per component that selects). */
export function createSelection<S>(): Selection<S> {
  let last: { snapshot: S; slice: unknown } | null = null;
  return <T>(snapshot: S, selector: (snapshot: S) => T, equal: (a: T, b: T) => boolean): T => {
    if (last !== null && last.snapshot === snapshot) return last.slice as T;
    const slice = selector(snapshot);
    if (last !== null && equal(last.slice as T, slice)) {
      last = { snapshot, slice: last.slice };
      return last.slice as T;
    }
    last = { snapshot, slice };
    return slice;
  };
}
