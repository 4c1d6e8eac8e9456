/**
 * Which rows of a long event list to draw. Drawing every row down to a selection deep in a list
 * of 100,000 events builds hundreds of thousands of elements (and even 400 rows made every filter
 * slow to redraw), so the list draws the first `limit` rows, or, when the selection lies beyond
 * them, a page of rows around it; buttons at either end draw a page more.
 */

/** The state of a list's paging: all counts are rows. */
export type ListPaging = {
  /** Rows drawn from the top while the selection (if any) lies among them. */
  limit: number;
  /** Extra rows asked for above a page centred on the selection. */
  before: number;
  /** Extra rows asked for below a page centred on the selection. */
  after: number;
};

/** Rows a page holds, and the first rows drawn. */
export const LIST_PAGE = 100;

/** The first paging state. */
export const INITIAL_PAGING: ListPaging = { limit: LIST_PAGE, before: 0, after: 0 };

/**
 * The rows to draw, [start, end) (0-based, end exclusive), out of `total`, for the selection at
 * `selectedIndex` (−1 for none). The selected row is always inside.
 */
export function listWindow(
  total: number,
  selectedIndex: number,
  paging: ListPaging,
): { start: number; end: number } {
  if (selectedIndex < paging.limit) return { start: 0, end: Math.min(total, paging.limit) };
  const half = LIST_PAGE / 2;
  return {
    start: Math.max(0, selectedIndex - half - paging.before),
    end: Math.min(total, selectedIndex + half + paging.after),
  };
}
