import { describe, expect, it } from "vitest";
import { dayNumberOf } from "./dates.ts";
import type { FitItem } from "./timeWindow.ts";
import {
  axisMinDays,
  clampWindow,
  dayNumberToLocalDate,
  dayWindowToTimeWindow,
  ensureVisible,
  FIT_MARGIN,
  fitWindow,
  fitWindowToLabels,
  LABEL_FIT_PAD_PIXELS,
  localDateToDayNumber,
  MONTH_AXIS_MAX_PX_PER_DAY,
  MIN_FIT_DAYS,
  MIN_WINDOW_DAYS,
  panWindow,
  sameDays,
  timeWindowToDayWindow,
  windowDays,
  zoomWindow,
} from "./timeWindow.ts";

const d = (y: number, m: number, day: number) => dayNumberOf(y, m, day);

describe("fitWindow(extents, margin, minDays)", () => {
  it("covers every extent with a margin of the span on each side", () => {
    const w = fitWindow([
      { start: 100, end: 101 },
      { start: 40, end: 70 },
      { start: 90, end: 140 },
    ]);
    expect(w).not.toBeNull();
    expect(w?.start).toBeCloseTo(40 - 100 * FIT_MARGIN.before);
    expect(w?.end).toBeCloseTo(140 + 100 * FIT_MARGIN.after);
    expect(fitWindow([{ start: 0, end: 100 }], { before: 0.1, after: 0.3 })).toEqual({
      start: -10,
      end: 130,
    });
  });

  it("widens a single short event to the minimum fit around its centre", () => {
    const w = fitWindow([{ start: 1000, end: 1001 }], { before: 0.1, after: 0.1 });
    expect(windowDays(w ?? { start: 0, end: 0 })).toBe(MIN_FIT_DAYS);
    expect(((w?.start ?? 0) + (w?.end ?? 0)) / 2).toBeCloseTo(1000.5);
  });

  it("returns null for nothing", () => {
    expect(fitWindow([])).toBeNull();
  });
});

/** A day-precision item over [start, end) with a label of `labelPixels` from its start. */
function item(
  start: number,
  end: number,
  labelPixels = 0,
  precision: FitItem["precision"] = "day",
) {
  return { extent: { start, end }, labelAt: start, labelPixels, precision } satisfies FitItem;
}

/** Where a label ends on a canvas `pixels` wide showing `w`, in pixels from the left edge. */
function labelEnd(w: { start: number; end: number }, it: FitItem, pixels: number): number {
  return ((it.labelAt - w.start) / (w.end - w.start)) * pixels + it.labelPixels;
}

describe("fitWindowToLabels(items, pixels, options)", () => {
  it("ends the window after the label that reaches furthest, not at the last bar", () => {
    const items = [item(0, 30), item(200, 201, 300)];
    const w = fitWindowToLabels(items, 1000);
    if (!w) throw new Error("no window");
    const last = items[1] as FitItem;
    // The label ends exactly the pad inside the right edge, and nothing is cut.
    expect(labelEnd(w, last, 1000)).toBeCloseTo(1000 - LABEL_FIT_PAD_PIXELS);
    expect(w.start).toBeLessThan(0);
    // A plain fit would have cut it.
    const plain = fitWindow(items.map((i) => i.extent));
    if (!plain) throw new Error("no window");
    expect(labelEnd(plain, last, 1000)).toBeGreaterThan(1000);
  });

  it("keeps every label inside, whichever item binds", () => {
    const items = [item(0, 1, 120), item(50, 51, 600), item(90, 100, 40), item(100, 101, 200)];
    for (const pixels of [360, 800, 1300]) {
      const w = fitWindowToLabels(items, pixels);
      if (!w) throw new Error("no window");
      for (const it of items) {
        const capped = { ...it, labelPixels: Math.min(it.labelPixels, pixels * 0.75) };
        expect(labelEnd(w, capped, pixels)).toBeLessThanOrEqual(
          pixels - LABEL_FIT_PAD_PIXELS + 1e-6,
        );
        expect(w.start).toBeLessThanOrEqual(it.extent.start);
        expect(w.end).toBeGreaterThanOrEqual(it.extent.end);
      }
    }
  });

  it("counts a label wider than the canvas as three quarters of it", () => {
    const w = fitWindowToLabels([item(0, 10), item(100, 101, 5000)], 400);
    if (!w) throw new Error("no window");
    expect(((100 - w.start) / (w.end - w.start)) * 400 + 300).toBeCloseTo(
      400 - LABEL_FIT_PAD_PIXELS,
    );
  });

  it("keeps a month-precision item at a month-scale axis, centred", () => {
    // Its label reaches past the bar, so the label decides where what is drawn ends.
    const september = item(d(2023, 9, 1), d(2023, 10, 1), 800, "month");
    const pixels = 1300;
    const w = fitWindowToLabels([september], pixels);
    if (!w) throw new Error("no window");
    expect(windowDays(w)).toBeCloseTo(pixels / MONTH_AXIS_MAX_PX_PER_DAY);
    expect(pixels / windowDays(w)).toBeLessThanOrEqual(MONTH_AXIS_MAX_PX_PER_DAY);
    expect(w.start).toBeLessThan(d(2023, 9, 1));
    expect(w.end).toBeGreaterThan(d(2023, 10, 1));
    // Centred on the bar and its label, not pushed to the left edge.
    const leftRoom = d(2023, 9, 1) - w.start;
    const rightRoom =
      w.end - (d(2023, 9, 1) + ((800 + LABEL_FIT_PAD_PIXELS) / pixels) * windowDays(w));
    expect(leftRoom).toBeCloseTo(rightRoom);
    // A day-precision item alone gets the usual minimum.
    const day = fitWindowToLabels([item(d(2023, 9, 1), d(2023, 9, 2))], pixels);
    expect(windowDays(day ?? { start: 0, end: 0 })).toBe(MIN_FIT_DAYS);
  });

  it("returns null for nothing", () => {
    expect(fitWindowToLabels([], 800)).toBeNull();
  });
});

describe("axisMinDays(precision, pixels)", () => {
  it("grows with the canvas: the same pixels per day keep the same axis", () => {
    expect(axisMinDays("day", 1000)).toBe(0);
    expect(axisMinDays("month", 1200)).toBe(100);
    expect(axisMinDays("month", 360)).toBe(30);
    expect(axisMinDays("year", 400)).toBeGreaterThan(365 * 2);
  });
});

describe("zoomWindow(window, factor, anchor)", () => {
  it("halves the width about the centre when zooming in", () => {
    expect(zoomWindow({ start: 0, end: 100 }, 0.5)).toEqual({ start: 25, end: 75 });
  });

  it("keeps the anchor at the same place on screen", () => {
    const w = zoomWindow({ start: 0, end: 100 }, 2, 20);
    expect(w).toEqual({ start: -20, end: 180 });
    expect((20 - w.start) / windowDays(w)).toBeCloseTo(0.2);
  });

  it("never zooms in past the minimum width", () => {
    expect(windowDays(zoomWindow({ start: 0, end: 3 }, 0.1))).toBe(MIN_WINDOW_DAYS);
  });
});

describe("panWindow(window, fraction)", () => {
  it("moves by a fraction of the width, either way", () => {
    expect(panWindow({ start: 0, end: 40 }, 0.5)).toEqual({ start: 20, end: 60 });
    expect(panWindow({ start: 0, end: 40 }, -0.25)).toEqual({ start: -10, end: 30 });
  });
});

describe("clampWindow(window, min, max)", () => {
  it("widens a too-narrow window around its centre", () => {
    expect(clampWindow({ start: 10, end: 11 }, 3)).toEqual({ start: 9, end: 12 });
  });
  it("narrows a too-wide one", () => {
    expect(clampWindow({ start: 0, end: 1000 }, 1, 100)).toEqual({ start: 450, end: 550 });
  });
  it("repairs a reversed window", () => {
    expect(clampWindow({ start: 10, end: 5 }, 2)).toEqual({ start: 10, end: 12 });
  });
});

describe("ensureVisible(window, extent)", () => {
  const w = { start: 0, end: 100 };
  it("leaves the window alone when the extent is comfortably inside", () => {
    expect(ensureVisible(w, { start: 40, end: 50 })).toBe(w);
  });
  it("moves the window, keeping its width, to an extent outside it", () => {
    expect(ensureVisible(w, { start: 200, end: 210 })).toEqual({ start: 120, end: 220 });
    expect(ensureVisible(w, { start: -50, end: -45 })).toEqual({ start: -60, end: 40 });
  });
  it("widens the window for an extent longer than it", () => {
    const next = ensureVisible({ start: 0, end: 10 }, { start: 100, end: 200 });
    expect(next.start).toBeLessThan(100);
    expect(next.end).toBeGreaterThan(200);
  });
  it("takes an open extent at its finite end", () => {
    const next = ensureVisible(w, { start: -Infinity, end: 300 });
    expect(next.end).toBeGreaterThanOrEqual(300);
    expect(Number.isFinite(next.start)).toBe(true);
  });
});

describe("dayWindowToTimeWindow and timeWindowToDayWindow", () => {
  it("covers whole days, the last one inclusive", () => {
    expect(dayWindowToTimeWindow({ first: "2023-01-01", last: "2023-12-31" })).toEqual({
      start: d(2023, 1, 1),
      end: d(2024, 1, 1),
    });
  });
  it("rounds a fractional window to whole days and round-trips whole ones", () => {
    expect(
      timeWindowToDayWindow({ start: d(2023, 2, 27) + 0.6, end: d(2023, 3, 2) + 0.4 }),
    ).toEqual({
      first: "2023-02-28",
      last: "2023-03-01",
    });
    const days = { first: "2024-02-28", last: "2024-03-01" };
    const w = dayWindowToTimeWindow(days);
    expect(w && timeWindowToDayWindow(w)).toEqual(days);
  });
  it("never writes fewer than one day", () => {
    expect(timeWindowToDayWindow({ start: 10.2, end: 10.4 })).toEqual({
      first: "1970-01-11",
      last: "1970-01-11",
    });
  });
  it("rejects a reversed or malformed window", () => {
    expect(dayWindowToTimeWindow({ first: "2023-02-01", last: "2023-01-01" })).toBeNull();
    expect(dayWindowToTimeWindow({ first: "2023-02-30", last: "2023-03-01" })).toBeNull();
  });
  it("compares windows by the days they write", () => {
    expect(sameDays({ start: 10.1, end: 20.2 }, { start: 9.9, end: 19.8 })).toBe(true);
    expect(sameDays({ start: 10, end: 20 }, { start: 11, end: 20 })).toBe(false);
  });
});

describe("dayNumberToLocalDate(n) and localDateToDayNumber(date) (TZ=America/Los_Angeles)", () => {
  it("puts a whole day number at local midnight of that day", () => {
    const date = dayNumberToLocalDate(d(2023, 6, 18));
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
      2023, 5, 18, 0,
    ]);
  });
  it("puts half a day at local noon, even on a daylight-saving day", () => {
    // 12 March 2023 is 23 hours long in Los Angeles: its middle is 12:30 local.
    const date = dayNumberToLocalDate(d(2023, 3, 12) + 0.5);
    expect(date.getDate()).toBe(12);
    expect(localDateToDayNumber(date)).toBeCloseTo(d(2023, 3, 12) + 0.5, 9);
    const june = dayNumberToLocalDate(d(2023, 6, 17) + 0.5);
    expect([june.getDate(), june.getHours()]).toEqual([17, 12]);
  });
  it("round-trips across a year boundary and a leap day", () => {
    for (const n of [d(2023, 12, 31) + 0.99, d(2024, 2, 29) + 0.25, d(1969, 12, 31)]) {
      expect(localDateToDayNumber(dayNumberToLocalDate(n))).toBeCloseTo(n, 9);
    }
  });
});
