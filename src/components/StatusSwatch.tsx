import type { Status } from "../model/statuses.ts";
import { statusLookAttributes } from "./statusLook.ts";
import "./statusLook.css";
import "./StatusSwatch.css";

export type StatusSwatchProps = { status: Status };

/** A status's key: a small bar drawn as the timeline draws that status (the legend, the menu). */
export function StatusSwatch({ status }: StatusSwatchProps) {
  return (
    <span
      className={`swatch swatch-status tl-status-${status}`}
      {...statusLookAttributes(status)}
      aria-hidden="true"
    />
  );
}
