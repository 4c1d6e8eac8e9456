import type { Status } from "../model/dataset.ts";
import { STATUS_LABELS } from "../model/timelinePlan.ts";

export type StatusBadgeProps = { status: Status };

/** A status as a small labelled badge, styled like its timeline item. */
export function StatusBadge({ status }: StatusBadgeProps) {
  return <span className={`status-badge tl-status-${status}`}>{STATUS_LABELS[status]}</span>;
}
