/**
 * The places Dateline reaches into vis-timeline's private API, kept here so that an upgrade
 * has one file to check. Relied on as of vis-timeline 8.5.4 (package.json); after an upgrade, run
 * the e2e suite (explorer, keyboard, reduced motion, reader and scale specs) before trusting any.
 *
 * - `range.timeoutID`: the 200 ms timer by which vis-timeline reports a move made without
 *   animation (its first window, a wheel) as "rangechanged".
 * - `emit`: its event emitter, through which its own code says "rangechanged".
 * - `_getScrollTop`, `_setScrollTop` and `_redraw`: the vertical scroll of the event area, which
 *   its wheel handler and `focus` use; there is no public way to scroll rows into view.
 */
import type { Timeline } from "vis-timeline/esnext";

/** The parts of a Timeline this file touches, which its type declarations do not show. */
type TimelineInternals = {
  range: { timeoutID?: number };
  emit: (name: string, props: object) => void;
  /** The event area's vertical offset: zero at the top, negative as it scrolls down. */
  _getScrollTop: () => number;
  /** Sets that offset, clamped to what the content allows. */
  _setScrollTop: (scrollTop: number) => number;
  _redraw: () => void;
};

/**
 * Cancels the "rangechanged" vis-timeline still has pending from an earlier unanimated move. A later
 * animated move does not cancel it, so it could land mid-way through that move and name a window
 * the timeline has left; vis-timeline itself cancels it only for its next unanimated move.
 */
export function cancelPendingRangeReport(timeline: Timeline): void {
  clearTimeout((timeline as unknown as TimelineInternals).range.timeoutID);
}

/**
 * Says "rangechanged" now, for a window already set. vis-timeline keeps a timeline given a start
 * and end hidden until it has seen a "rangechanged" and then a finished redraw: the first comes
 * from a 200 ms timer, the second only from its once-a-second resize poll, so a ready timeline
 * stayed blank for up to 1.2 s.
 */
export function announceRange(timeline: Timeline, start: Date, end: Date): void {
  (timeline as unknown as TimelineInternals).emit("rangechanged", { start, end, byUser: false });
}

/**
 * Scrolls the event area's rows by `dy` pixels (positive: further down), clamped to the content,
 * and redraws, as vis-timeline's own wheel handler does.
 */
export function scrollRows(timeline: Timeline, dy: number): void {
  const internals = timeline as unknown as TimelineInternals;
  internals._setScrollTop(internals._getScrollTop() - dy);
  internals._redraw();
}
