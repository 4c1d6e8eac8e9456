/**
 * A status's look (STATUS_LOOK in src/model/statuses.ts) in the form stylesheets select on: data
 * attributes, `data-status-line="dashed"`. Every element that draws a status carries them (the
 * badge, the swatches, the timeline's items through vis-timeline's `dataAttributes` option), so no
 * stylesheet names a status to decide how it is drawn. statusLook.css, beside this file and imported
 * by each component that draws a status, turns the line and weight into custom properties the
 * drawings use. Plain data: visItems.ts (pure) reads it too.
 */
import type { Status } from "../model/statuses.ts";
import { STATUS_LOOK } from "../model/statuses.ts";

/** The fields of a status's look, as named after `data-` in the attributes. */
export const STATUS_LOOK_FIELDS = [
  "status-fill",
  "status-line",
  "status-weight",
  "status-italic",
  "status-struck",
] as const;

/** A status's look as attribute values, by field. */
export type StatusLookFields = Record<(typeof STATUS_LOOK_FIELDS)[number], string>;

/** A status's look as attribute values: `{ "status-line": "dashed", … }`. */
export function statusLookFields(status: Status): StatusLookFields {
  const look = STATUS_LOOK[status];
  return {
    "status-fill": look.fill,
    "status-line": look.line,
    "status-weight": String(look.weight),
    "status-italic": String(look.italic),
    "status-struck": String(look.struck),
  };
}

/** A status's look as the data attributes of an element React draws. */
export function statusLookAttributes(status: Status): Record<`data-${string}`, string> {
  return Object.fromEntries(
    Object.entries(statusLookFields(status)).map(([field, value]) => [`data-${field}`, value]),
  );
}
