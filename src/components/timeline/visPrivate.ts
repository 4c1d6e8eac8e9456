/**
 * The two places Dateline reaches into vis-timeline's private API, kept here so that an upgrade
 * has one file to check. Relied on as of vis-timeline 8.5.4 (package.json); after an upgrade, run
 * the e2e suite (explorer, keyboard, reduced motion and scale specs) before trusting either.
 *
 * - `range.timeoutID`: the 200 ms timer by which vis-timeline reports a move made without
 *   animation (its first window, a wheel) as "rangechanged".
 * - `emit`: its event emitter, through which its own code says "rangechanged".
 */
import type { Timeline } from "vis-timeline/esnext";

/** The parts of a Timeline this file touches, which its type declarations do not show. */
type TimelineInternals = {
  range: { timeoutID?: number };
  emit: (name: string, props: object) => void;
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
