/**
 * Arrow keys, Home and End move focus through a menu's items, wrapping at the ends; ArrowUp from
 * outside the list starts at its last item. Returns whether the key was one of them.
 */
export function moveFocusInList(event: KeyboardEvent, items: readonly HTMLElement[]): boolean {
  const index = items.indexOf(document.activeElement as HTMLElement);
  const to =
    event.key === "ArrowDown"
      ? index + 1
      : event.key === "ArrowUp"
        ? index < 0
          ? items.length - 1
          : index - 1
        : event.key === "Home"
          ? 0
          : event.key === "End"
            ? items.length - 1
            : null;
  if (to === null) return false;
  event.preventDefault();
  items[(to + items.length) % items.length]?.focus();
  return true;
}
