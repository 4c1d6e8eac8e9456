/**
 * What vis-timeline's DataSets hold, made from a plan (src/model/timelinePlan.ts): pure data, no
 * DOM. Dates reach vis-timeline only as local midnights of calendar days (dayNumberToLocalDate), so
 * every time zone draws the same day. Item and lane content are plain text here; the templates
 * (visTemplates.ts) turn it into DOM text nodes, so nothing from the data is ever parsed as HTML.
 * An event item carries its status's look (statusLook.ts) as fields, which vis-timeline writes on
 * the item's element as data attributes (its `dataAttributes` option) for timeline.css to draw.
 */
import type { DataGroup, DataItem } from "vis-timeline/esnext";
import { formatDayLong } from "../../model/dateLabels.ts";
import type { PlanEventItem, PlanItem, PlanLane } from "../../model/timelinePlan.ts";
import { describeBucket, eventLabel } from "../../model/timelinePlan.ts";
import { dayNumberToLocalDate } from "../../model/timeWindow.ts";
import type { StatusLookFields } from "../statusLook.ts";
import { statusLookFields } from "../statusLook.ts";

/**
 * An item as the DataSet holds it: vis-timeline's item plus the text the item template draws and,
 * for an event, its status's look and its story's marks.
 */
export type VisItem = DataItem &
  Partial<StatusLookFields> & {
    id: string;
    /** The text on the timeline. */
    label: string;
    /** The longer text of its tooltip. */
    detail: string;
    /** An event told by several reports: the marks drawn before its label (null: none). */
    story?: PlanEventItem["story"];
  };

/** A lane as the DataSet holds it: its order, and the text the lane template draws. */
export type VisGroup = DataGroup & { id: string; order: number; label: string; count: number };

/** The classes of an event item: its status, and how its date is drawn. */
export function eventClasses(item: Extract<PlanItem, { kind: "event" }>): string {
  return [
    "tl-event",
    `tl-status-${item.status}`,
    item.approximate ? "tl-approx" : "",
    item.openStart ? "tl-open-start" : "",
    item.openEnd ? "tl-open-end" : "",
    item.selected ? "tl-selected" : "",
    item.story ? "tl-story" : "",
    item.story?.disagree ? "tl-disagree" : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** A planned item as vis-timeline draws it. */
export function toVisItem(item: PlanItem): VisItem {
  switch (item.kind) {
    case "event": {
      const base = {
        id: item.id,
        start: dayNumberToLocalDate(item.start),
        className: eventClasses(item),
        content: "",
        label: eventLabel(item),
        detail: `${item.title}: ${item.dateLabel}${item.story ? ` · ${item.story.words}` : ""}`,
        story: item.story,
        ...statusLookFields(item.status),
        ...(item.lane === null ? {} : { group: item.lane }),
      };
      return item.shape === "point"
        ? { ...base, type: "point" }
        : { ...base, type: "range", end: dayNumberToLocalDate(item.end) };
    }
    case "bucket": {
      const period = describeBucket(item);
      const count = `${item.count.toLocaleString("en")} ${item.count === 1 ? "event" : "events"}`;
      return {
        id: item.id,
        type: "range",
        start: dayNumberToLocalDate(item.start),
        end: dayNumberToLocalDate(item.end),
        className: "tl-bucket",
        content: "",
        // The number alone fits the narrowest count; the note under the canvas names the period.
        label: item.count.toLocaleString("en"),
        detail: `${count} in ${period}: click to zoom in`,
        ...(item.lane === null ? {} : { group: item.lane }),
      };
    }
    case "dateline": {
      return {
        id: item.id,
        type: "background",
        start: dayNumberToLocalDate(item.start),
        end: dayNumberToLocalDate(item.end),
        className: ["tl-dateline", item.asOf ? "tl-asof" : "", item.labelled ? "" : "tl-unlabelled"]
          .filter(Boolean)
          .join(" "),
        content: "",
        label: item.label,
        detail: item.asOf
          ? `The view is as reported up to ${formatDayLong(item.day)}: what later reports said is left out`
          : `Date of the report: an article was written on ${formatDayLong(item.day)}; what lies after it was still ahead then`,
      };
    }
  }
}

/** A planned lane as vis-timeline orders it; `content` is filled in by the lane template. */
export function toVisGroup(lane: PlanLane, order: number): VisGroup {
  return { id: lane.id, content: "", order, label: lane.label, count: lane.count };
}

/**
 * True when `next` can be written over `previous` in vis-timeline's DataSet: an update merges
 * fields, so an item whose type, end or lane would change (or lose a field) must be replaced.
 */
export function sameDrawing(previous: PlanItem | undefined, next: PlanItem): boolean {
  if (previous?.kind === "event" && next.kind === "event") {
    return previous.lane === next.lane && previous.shape === next.shape;
  }
  if (previous?.kind === "bucket" && next.kind === "bucket") return previous.lane === next.lane;
  return previous?.kind === "dateline" && next.kind === "dateline";
}
