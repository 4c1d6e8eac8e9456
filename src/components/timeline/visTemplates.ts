/**
 * vis-timeline's templates: an item's and a lane's content built as DOM nodes from the text that
 * visItems.ts put in the DataSets, so nothing from the data is ever parsed as HTML.
 */
import type { VisGroup, VisItem } from "./visItems.ts";

/** An item's label, its tooltip the longer text. */
export function renderItem(data: VisItem | undefined): HTMLElement {
  const label = document.createElement("span");
  label.className = "tl-label";
  label.textContent = data?.label ?? "";
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
