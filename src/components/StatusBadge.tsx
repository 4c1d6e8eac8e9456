import type { Status } from "../model/statuses.ts";
import { STATUS_WORDS } from "../model/statuses.ts";
import { statusLookAttributes } from "./statusLook.ts";
import "./statusLook.css";
import "./StatusBadge.css";

export type StatusBadgeProps = { status: Status };

/** A status as a small labelled badge, in the status's look, as its timeline item. */
export function StatusBadge({ status }: StatusBadgeProps) {
  return (
    <span className={`status-badge tl-status-${status}`} {...statusLookAttributes(status)}>
      {STATUS_WORDS[status].label}
    </span>
  );
}
