/**
 * vis-timeline's templates: an item's and a lane's content built as DOM nodes from the text that
 * visItems.ts put in the DataSets, so nothing from the data is ever parsed as HTML.
 */
import type { VisGroup, VisItem } from "./visItems.ts";

/** A small mark before an event's label (the legend explains each). */
function mark(className: string, text: string): HTMLElement {
  const span = document.createElement("span");
  span.className = `tl-mark ${className}`;
  span.textContent = text;
  // The label's tooltip says it in words; the list is the screen readers' path.
  span.setAttribute("aria-hidden", "true");
  return span;
}

/**
 * An item's label, its tooltip the longer text. An event told by several reports starts with its
 * marks, where a long label's ellipsis cannot cut them off: the number of reports (filled when
 * its status or date changed between them), and "!" when they disagree.
 */
export function renderItem(data: VisItem | undefined): HTMLElement {
  const label = document.createElement("span");
  label.className = "tl-label";
  const story = data?.story;
  if (story) {
    label.append(
      mark(
        story.changed ? "tl-mark-reports tl-mark-changed" : "tl-mark-reports",
        String(story.reports),
      ),
    );
    if (story.disagree) label.append(mark("tl-mark-disagree", "!"));
  }
  label.append(data?.label ?? "");
  if (data?.detail) label.title = data.detail;
  return label;
}

/** A lane's label and count. */
export function renderLane(group: VisGroup | undefined): HTMLElement {
  const content = document.createElement("span");
  content.className = "tl-lane";
  content.textContent = group?.label ?? "";
  // A long name is cut short with an ellipsis on a narrow screen: the whole of it on hover.
  if (group?.label) content.title = group.label;
  const count = document.createElement("span");
  count.className = "tl-lane-count";
  count.textContent = ` ${String(group?.count ?? "")}`;
  content.append(count);
  return content;
}
