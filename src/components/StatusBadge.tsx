import type { Status } from "../model/statuses.ts";
import { STATUS_WORDS } from "../model/statuses.ts";
import "./StatusBadge.css";

export type StatusBadgeProps = { status: Status };

/** A status as a small labelled badge, styled like its timeline item. */
export function StatusBadge({ status }: StatusBadgeProps) {
  return <span className={`status-badge tl-status-${status}`}>{STATUS_WORDS[status].label}</span>;
}
