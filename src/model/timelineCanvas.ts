/**
 * Decisions about the timeline's canvas on screen, pure: the width the plan is made for, how tall
 * the canvas is, how far to scroll its rows to show the chosen event, and which click after a tap
 * to swallow. The view measures the boxes (in CSS pixels, y growing downwards) and passes them in.
 */

/** A box on screen, as getBoundingClientRect gives it: CSS pixels, y growing downwards. */
export type ScreenBox = { top: number; bottom: number; width: number; height: number };

/** The plan is made for the event area's width rounded down to this many pixels. */
export const PLAN_WIDTH_STEP_PX = 20;

/**
 * The width the plan and the fitted window are made for: `width` rounded down to
 * PLAN_WIDTH_STEP_PX, so that a small resize changes neither. Counts are drawn no narrower than can
 * be read, and fitted windows leave room for labels, at that width.
 */
export function planWidth(width: number): number {
  return Math.floor(width / PLAN_WIDTH_STEP_PX) * PLAN_WIDTH_STEP_PX;
}

/**
 * The canvas's next height in CSS pixels, or null to leave it: `needed` (every stacked row of the
 * view) once `growOnly` is false; while it is true, never less than `current`, so a pan over the
 * same events and lanes never shrinks the canvas under the reader. A change of a pixel or less is
 * left alone (rounding). `current` is NaN before a height was set.
 */
export function nextCanvasHeight(
  needed: number,
  current: number,
  growOnly: boolean,
): number | null {
  const known = Number.isFinite(current);
  const next = growOnly && known ? Math.max(current, needed) : needed;
  return !known || Math.abs(next - current) > 1 ? next : null;
}

/** Room kept between the revealed event and the edge of the event area, in CSS pixels. */
export const REVEAL_ROOM_PX = 2;

/**
 * How far to scroll the event area's rows (positive: further down, in CSS pixels) to show an item
 * whole, label and bar, with REVEAL_ROOM_PX to spare; 0 when it shows already, when none of its
 * `parts` is drawn (every box empty), or when the move would be under a pixel. Never so far down
 * that its top goes out over the axis: a top in view comes first.
 * @param area the event area's box
 * @param parts the boxes of the item and every element inside it
 */
export function rowsToReveal(area: ScreenBox, parts: Iterable<ScreenBox>): number {
  let top = Infinity;
  let bottom = -Infinity;
  for (const box of parts) {
    if (box.width === 0 && box.height === 0) continue;
    top = Math.min(top, box.top);
    bottom = Math.max(bottom, box.bottom);
  }
  const room = REVEAL_ROOM_PX;
  let dy = 0;
  if (bottom + room > area.bottom)
    dy = Math.min(bottom + room - area.bottom, top - room - area.top);
  else if (top - room < area.top) dy = top - room - area.top;
  return Math.abs(dy) < 1 ? 0 : dy;
}

/** How long after a tap its stray click may come, in milliseconds. */
export const STRAY_CLICK_MS = 700;
/** How near the tap (CSS pixels) the click a browser sends after it lands: where the finger was. */
export const STRAY_CLICK_RADIUS_PX = 24;

/** A tap that opened something, and until when (ms, the clock of `StrayClickCheck.time`) its click may come. */
export type TapGuard = { until: number; at: { x: number; y: number } | undefined };

/** A click to judge: where, when (ms, same clock as `until`), and whether it landed on the canvas. */
export type StrayClickCheck = { x: number; y: number; time: number; onCanvas: boolean };

/**
 * What to do with a click after a tap:
 * - `expired`: too late to be the tap's click; stop guarding, let it through;
 * - `elsewhere`: a tap of its own, away from the finger; let it through and keep guarding (some taps
 *   send no click at all: a long press, a finger that slid a little);
 * - `on-canvas`: the tap's click, on the timeline, which handles it; stop guarding, let it through;
 * - `swallow`: the tap's click, on what the tap opened under the finger; stop guarding, swallow it.
 * A tap whose point is unknown counts every click as its own.
 */
export type StrayClickVerdict = "expired" | "elsewhere" | "on-canvas" | "swallow";

/** Judges a click after a tap: see StrayClickVerdict. */
export function strayClickVerdict(guard: TapGuard, click: StrayClickCheck): StrayClickVerdict {
  if (click.time > guard.until) return "expired";
  const { at } = guard;
  if (at !== undefined && Math.hypot(click.x - at.x, click.y - at.y) > STRAY_CLICK_RADIUS_PX) {
    return "elsewhere";
  }
  return click.onCanvas ? "on-canvas" : "swallow";
}
