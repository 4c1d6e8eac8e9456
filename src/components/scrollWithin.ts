/**
 * Scrolling a row into view inside its own scrolling box (the event list on a wide screen) without
 * ever scrolling the page: on a phone the page is the list's scroller, and a selection made on the
 * timeline or behind a sheet must not throw the reader down the page.
 */

/** The nearest ancestor of `el` that scrolls vertically itself, or null when only the page does. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === "auto" || overflowY === "scroll") && node.scrollHeight > node.clientHeight) {
      return node;
    }
  }
  return null;
}

/**
 * Centres `el` in its scrolling box, but never above the box's top plus `el`'s own
 * scroll-margin-top (the room a sticky heading takes). Does nothing when the page is the scroller.
 */
export function revealInScroller(el: HTMLElement): void {
  const box = scrollParent(el);
  if (!box) return;
  const boxRect = box.getBoundingClientRect();
  const rect = el.getBoundingClientRect();
  const margin = parseFloat(getComputedStyle(el).scrollMarginTop) || 0;
  const centred = rect.top - boxRect.top - (box.clientHeight - rect.height) / 2;
  const clear = rect.top - boxRect.top - margin;
  box.scrollTop += Math.min(centred, clear);
}
