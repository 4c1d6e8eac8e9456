import { describe, expect, it } from "vitest";
import type { ScreenBox } from "./timelineCanvas.ts";
import {
  nextCanvasHeight,
  planWidth,
  REVEAL_ROOM_PX,
  rowsToReveal,
  STRAY_CLICK_RADIUS_PX,
  strayClickVerdict,
} from "./timelineCanvas.ts";

const box = (top: number, bottom: number, width = 100): ScreenBox => ({
  top,
  bottom,
  width,
  height: bottom - top,
});

describe("planWidth(width)", () => {
  it("rounds down to 20 px, so a small resize plans nothing new", () => {
    expect(planWidth(799.5)).toBe(780);
    expect(planWidth(800)).toBe(800);
    expect(planWidth(19)).toBe(0);
  });
});

describe("nextCanvasHeight(needed, current, growOnly)", () => {
  it("takes the height needed when none is set yet", () => {
    expect(nextCanvasHeight(412, Number.NaN, true)).toBe(412);
  });

  it("only grows while the content stays the same", () => {
    expect(nextCanvasHeight(300, 412, true)).toBeNull();
    expect(nextCanvasHeight(500, 412, true)).toBe(500);
  });

  it("shrinks to what is needed once the content changed", () => {
    expect(nextCanvasHeight(300, 412, false)).toBe(300);
  });

  it("leaves a change of a pixel or less alone", () => {
    expect(nextCanvasHeight(413, 412, false)).toBeNull();
    expect(nextCanvasHeight(410.5, 412, false)).toBe(410.5);
  });
});

describe("rowsToReveal(area, parts)", () => {
  const area = box(100, 400, 800);

  it("leaves an item that shows whole", () => {
    expect(rowsToReveal(area, [box(200, 230), box(215, 230)])).toBe(0);
  });

  it("scrolls down to an item below the fold, its lowest part and a little room", () => {
    // The label ends at 410, the bar under it at 418.
    expect(rowsToReveal(area, [box(395, 410), box(410, 418)])).toBe(418 + REVEAL_ROOM_PX - 400);
  });

  it("scrolls up to an item above the area", () => {
    expect(rowsToReveal(area, [box(80, 95)])).toBe(80 - REVEAL_ROOM_PX - 100);
  });

  it("never scrolls a tall item's top out over the axis", () => {
    expect(rowsToReveal(area, [box(150, 700)])).toBe(150 - REVEAL_ROOM_PX - 100);
  });

  it("ignores parts that are not drawn, and does nothing when none is", () => {
    const hidden = { top: 0, bottom: 0, width: 0, height: 0 };
    expect(rowsToReveal(area, [hidden, box(200, 230)])).toBe(0);
    expect(rowsToReveal(area, [hidden])).toBe(0);
    expect(rowsToReveal(area, [])).toBe(0);
  });

  it("does not move for less than a pixel", () => {
    expect(rowsToReveal(area, [box(380, 398.5)])).toBe(0);
    expect(rowsToReveal(area, [box(380, 399.5)])).toBeCloseTo(1.5);
  });
});

describe("strayClickVerdict(guard, click)", () => {
  const guard = { until: 1700, at: { x: 50, y: 300 } };

  it("swallows the tap's click on what the tap opened under the finger", () => {
    expect(strayClickVerdict(guard, { x: 52, y: 301, time: 1200, onCanvas: false })).toBe(
      "swallow",
    );
  });

  it("lets the tap's click through on the timeline, which handles it", () => {
    expect(strayClickVerdict(guard, { x: 50, y: 300, time: 1200, onCanvas: true })).toBe(
      "on-canvas",
    );
  });

  it("lets a tap of the reader's own, away from the finger, through and keeps guarding", () => {
    const far = { x: 50 + STRAY_CLICK_RADIUS_PX + 1, y: 300, time: 1300, onCanvas: false };
    expect(strayClickVerdict(guard, far)).toBe("elsewhere");
    const edge = { x: 50 + STRAY_CLICK_RADIUS_PX, y: 300, time: 1300, onCanvas: false };
    expect(strayClickVerdict(guard, edge)).toBe("swallow");
  });

  it("stops guarding once the moment has passed", () => {
    expect(strayClickVerdict(guard, { x: 50, y: 300, time: 1701, onCanvas: false })).toBe(
      "expired",
    );
    expect(strayClickVerdict(guard, { x: 50, y: 300, time: 1700, onCanvas: false })).toBe(
      "swallow",
    );
  });

  it("takes any click for the tap's own when the tap's point is unknown", () => {
    const unknown = { until: 1700, at: undefined };
    expect(strayClickVerdict(unknown, { x: 900, y: 10, time: 1200, onCanvas: false })).toBe(
      "swallow",
    );
  });
});
