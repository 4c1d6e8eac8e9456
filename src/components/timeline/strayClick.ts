import { STRAY_CLICK_MS, strayClickVerdict } from "../../model/timelineCanvas.ts";

/**
 * Swallows the click a browser sends after a touch tap at `at`, for a moment, if it lands outside
 * `canvas`: the tap has already been handled, and what it opened (a sheet, on a phone) now lies
 * under the finger, where the click would press whatever is there. Which click is the tap's is
 * decided by strayClickVerdict (src/model/timelineCanvas.ts).
 */
export function swallowStrayClick(canvas: HTMLElement, at: { x: number; y: number } | undefined) {
  const guard = { until: performance.now() + STRAY_CLICK_MS, at };
  const stop = () => {
    document.removeEventListener("click", onClick, true);
  };
  const onClick = (event: MouseEvent) => {
    const verdict = strayClickVerdict(guard, {
      x: event.clientX,
      y: event.clientY,
      time: performance.now(),
      onCanvas: event.target instanceof Node && canvas.contains(event.target),
    });
    if (verdict === "elsewhere") return;
    stop();
    if (verdict === "swallow") {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  document.addEventListener("click", onClick, true);
  setTimeout(stop, STRAY_CLICK_MS);
}
