import { describe, expect, it } from "vitest";
import { INITIAL_PAGING, LIST_PAGE, listWindow } from "./listWindow.ts";

describe("listWindow(total, selectedIndex, paging)", () => {
  it("draws every row of a short list", () => {
    expect(listWindow(15, -1, INITIAL_PAGING)).toEqual({ start: 0, end: 15 });
    expect(listWindow(15, 14, INITIAL_PAGING)).toEqual({ start: 0, end: 15 });
    expect(listWindow(0, -1, INITIAL_PAGING)).toEqual({ start: 0, end: 0 });
  });

  it("draws the first page of a long list while the selection lies in it", () => {
    expect(listWindow(100_000, -1, INITIAL_PAGING)).toEqual({ start: 0, end: LIST_PAGE });
    expect(listWindow(100_000, LIST_PAGE - 1, INITIAL_PAGING)).toEqual({
      start: 0,
      end: LIST_PAGE,
    });
  });

  it("draws a page centred on a selection deep in the list, not every row above it", () => {
    const { start, end } = listWindow(100_000, 50_000, INITIAL_PAGING);
    expect(end - start).toBe(LIST_PAGE);
    expect(start).toBeLessThanOrEqual(50_000);
    expect(end).toBeGreaterThan(50_000);
  });

  it("clamps the page at the list's end", () => {
    expect(listWindow(1_000, 999, INITIAL_PAGING)).toEqual({
      start: 999 - LIST_PAGE / 2,
      end: 1_000,
    });
  });

  it("grows above and below on request", () => {
    const base = listWindow(100_000, 50_000, INITIAL_PAGING);
    const grown = listWindow(100_000, 50_000, { ...INITIAL_PAGING, before: 400, after: 800 });
    expect(grown).toEqual({ start: base.start - 400, end: base.end + 800 });
  });

  it("draws from the top once the limit has grown past the selection", () => {
    expect(listWindow(1_000, 500, { limit: 800, before: 0, after: 0 })).toEqual({
      start: 0,
      end: 800,
    });
  });
});
