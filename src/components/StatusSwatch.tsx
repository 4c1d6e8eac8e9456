import type { Status } from "../model/statuses.ts";
import "./StatusSwatch.css";

export type StatusSwatchProps = { status: Status };

/** A status's key: a small bar drawn as the timeline draws that status (the legend, the menu). */
export function StatusSwatch({ status }: StatusSwatchProps) {
  return <span className={`swatch swatch-status tl-status-${status}`} aria-hidden="true" />;
}
