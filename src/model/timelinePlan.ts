/**
 * What the timeline draws: a pure function of the visible window, the filtered events, the lane
 * setting and the selection. vis-timeline slows to a crawl past a few thousand items, so it is never
 * handed the dataset: it gets the events near the window when they are few enough, and otherwise a
 * count per lane and period (day, week, month, year or decade, the finest that stays under the
 * limit), each of which zooms in when clicked. The Timeline component applies the difference between
 * two plans to its DataSet.
 *
 * Geometry is in fractional day numbers (see timeWindow.ts); an item's `end` is exclusive.
 */
import type { Source, TimelineEvent } from "./dataset.ts";
import { compareNames } from "./filter.ts";
import { formatDateLabel, formatPeriod } from "./dateLabels.ts";
import { formatDay, parseDay, periodEnd, periodStart } from "./dates.ts";
import type { Status } from "./statuses.ts";
import { STATUS_WORDS, STATUSES } from "./statuses.ts";
import { storyChanged, storyMarked, storyMarks, storyPhrase } from "./story.ts";
import type { TimeWindow } from "./timeWindow.ts";
import { datelineItems } from "./timelineDatelines.ts";
import type { GroupBy } from "./viewState.ts";

/** At most this many event or count items are planned (datelines and the selection come on top). */
export const MAX_PLAN_ITEMS = 250;
/** How far an open interval ("before 18 June") is drawn, fading, from its known end, in days. */
export const OPEN_INTERVAL_DAYS = 30;

/** The widest an event's label is drawn, in CSS pixels (30em of its 0.8rem font). */
export const LABEL_MAX_PIXELS = 384;
/** The share of the canvas a label may take at most, so a phone's canvas keeps room beside it. */
const LABEL_MAX_SHARE = 0.6;

/**
 * The widest an event's label is drawn on a canvas `pixels` wide (longer labels end in an
 * ellipsis): LABEL_MAX_PIXELS, or less on a narrow canvas. The view sets the labels' CSS
 * max-width from this, and the fitted window (fitWindowToLabels) makes room for it.
 */
export function labelMaxPixels(pixels: number): number {
  return Math.round(Math.min(LABEL_MAX_PIXELS, pixels * LABEL_MAX_SHARE));
}

/** An event's label on the timeline: its title, after `≈ ` when its date is approximate. */
export function eventLabel(item: { approximate: boolean; title: string }): string {
  return `${item.approximate ? "≈ " : ""}${item.title}`;
}

/** How an event is drawn, from its date alone. */
export type EventShape = {
  /** Fractional day numbers; for a point both are noon of its day, for a range `end` is exclusive. */
  start: number;
  end: number;
  /** The whole days it may cover, for visibility tests: [first day, day after the last). */
  extent: { start: number; end: number };
  /** A single known day is a point; anything longer, coarser or open is a range. */
  shape: "point" | "range";
  /** Known only to the month or year: drawn over the whole period and marked approximate. */
  approximate: boolean;
  /** Open intervals fade toward the open end over OPEN_INTERVAL_DAYS. */
  openStart: boolean;
  openEnd: boolean;
  /** The first known day, which decides the count bucket an event falls in. */
  anchor: number;
};

const shapes = new WeakMap<TimelineEvent, EventShape>();

/** How `event` is drawn (memoised per event object, so planning a large dataset stays cheap). */
export function eventShape(event: TimelineEvent): EventShape {
  const cached = shapes.get(event);
  if (cached) return cached;
  const { earliest, latest, precision } = event.date;
  const first = earliest === null ? undefined : parseDay(earliest);
  const last = latest === null ? undefined : parseDay(latest);
  // One object literal of one shape (no spreads): a large dataset makes 100,000 of them.
  let start: number;
  let end: number;
  let extentStart: number;
  let extentEnd: number;
  let anchor: number;
  let point = false;
  if (first !== undefined && last !== undefined) {
    point = first === last && precision === "day";
    start = point ? first + 0.5 : first;
    end = point ? first + 0.5 : last + 1;
    extentStart = first;
    extentEnd = last + 1;
    anchor = first;
  } else if (last !== undefined) {
    end = extentEnd = last + 1;
    start = extentStart = last + 1 - OPEN_INTERVAL_DAYS;
    anchor = last;
  } else {
    start = extentStart = anchor = first ?? 0;
    end = extentEnd = start + OPEN_INTERVAL_DAYS;
  }
  const shape: EventShape = {
    start,
    end,
    extent: { start: extentStart, end: extentEnd },
    shape: point ? "point" : "range",
    approximate: precision !== "day",
    openStart: first === undefined,
    openEnd: last === undefined,
    anchor,
  };
  shapes.set(event, shape);
  return shape;
}

/** Periods a count item can cover, finest first. */
const BUCKET_UNITS = ["day", "week", "month", "year", "decade"] as const;
export type BucketUnit = (typeof BUCKET_UNITS)[number];

/** The average length of each bucket unit, in days. */
const UNIT_DAYS: Record<BucketUnit, number> = {
  day: 1,
  week: 7,
  month: 30.44,
  year: 365.25,
  decade: 3652.5,
};

/** The narrowest a count may be drawn, in CSS pixels, for its number to be read and clicked. */
export const MIN_BUCKET_PIXELS = 40;

/** A lane of the timeline (a vis-timeline group). */
export type PlanLane = { id: string; label: string; count: number };

/** One event drawn individually (once per lane it belongs to). */
export type PlanEventItem = {
  kind: "event";
  id: string;
  eventId: string;
  lane: string | null;
  start: number;
  end: number;
  shape: "point" | "range";
  approximate: boolean;
  openStart: boolean;
  openEnd: boolean;
  status: Status;
  title: string;
  /** formatDateLabel of the event's date and status: `September 2023 (expected)`. */
  dateLabel: string;
  selected: boolean;
  /**
   * The event's story marks (story.ts), null for an event told by one report: how many reports
   * tell it, whether its status or date changed between them, whether any two disagree, and
   * all that in words (`3 reports, status changed`).
   */
  story: { reports: number; changed: boolean; disagree: boolean; words: string } | null;
};

/** A count of events in one lane and period; clicking it zooms to the period. */
export type PlanBucketItem = {
  kind: "bucket";
  id: string;
  lane: string | null;
  /** The period: first day's number, and the day number after its last day. */
  start: number;
  end: number;
  unit: BucketUnit;
  count: number;
};

/** An article's dateline: what lay in the future when it was written. */
export type PlanDatelineItem = {
  kind: "dateline";
  id: string;
  day: string;
  start: number;
  end: number;
  sources: number;
  /**
   * `reported 18 June 2023`, with the number of articles when there are several; for the day the
   * view is as reported up to, `as reported up to 18 June 2023`.
   */
  label: string;
  /** True for the day the view is as reported up to (the link's `asOf`): drawn as its own rule. */
  asOf: boolean;
  /** False when the label would run into the one before it at this width: the marker goes alone. */
  labelled: boolean;
};

export type PlanItem = PlanEventItem | PlanBucketItem | PlanDatelineItem;

/** What to draw. `detail` says whether events or counts per `unit` are drawn. */
export type TimelinePlan = {
  lanes: PlanLane[] | null;
  items: PlanItem[];
  detail: "events" | BucketUnit;
};

export type PlanInput = {
  /** The visible window; events within one window-width either side are planned too. */
  window: TimeWindow;
  /** The filtered events, in dataset order. */
  events: readonly TimelineEvent[];
  groupBy: GroupBy;
  /** The selected event, drawn individually whether or not the filters keep it. */
  selected: TimelineEvent | null;
  /** Actor names for lane labels. */
  actorNames: ReadonlyMap<string, string>;
  /** Articles, for dateline markers. */
  sources: readonly Pick<Source, "id" | "dateline">[];
  /** The day the view is as reported up to (YYYY-MM-DD), marked with its own rule; null: today. */
  asOf?: string | null;
  /** The canvas's width in CSS pixels, when known: counts are never narrower than MIN_BUCKET_PIXELS. */
  pixels?: number;
  maxItems?: number;
};

/** The lane id for events with no actor, when lanes are by actor. */
export const NO_ACTOR_LANE = "actor:";

function lanesOf(event: TimelineEvent, groupBy: GroupBy): (string | null)[] {
  if (groupBy === "status") return [`status:${event.status}`];
  if (groupBy === "actor") {
    return event.actors.length === 0 ? [NO_ACTOR_LANE] : event.actors.map((a) => `actor:${a}`);
  }
  return [null];
}

function planLanes(input: PlanInput, events: readonly TimelineEvent[]): PlanLane[] | null {
  if (input.groupBy === "none") return null;
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const lane of lanesOf(event, input.groupBy)) {
      if (lane !== null) counts.set(lane, (counts.get(lane) ?? 0) + 1);
    }
  }
  if (input.groupBy === "status") {
    return STATUSES.filter((s) => counts.has(`status:${s}`)).map((s) => ({
      id: `status:${s}`,
      label: STATUS_WORDS[s].label,
      count: counts.get(`status:${s}`) ?? 0,
    }));
  }
  const label = (id: string): string =>
    id === NO_ACTOR_LANE ? "No actor named" : (input.actorNames.get(id.slice(6)) ?? id.slice(6));
  return [...counts]
    .map(([id, count]) => ({ id, label: label(id), count }))
    .sort(
      (a, b) =>
        Number(a.id === NO_ACTOR_LANE) - Number(b.id === NO_ACTOR_LANE) ||
        b.count - a.count ||
        compareNames(a.label, b.label),
    );
}

/** The story marks of an event, as a plan item carries them (null: told by one report). */
function storyOf(event: TimelineEvent): PlanEventItem["story"] {
  const marks = storyMarks(event);
  if (!storyMarked(marks)) return null;
  return {
    reports: marks.reports,
    changed: storyChanged(marks),
    disagree: marks.disagreements > 0,
    words: storyPhrase(marks) ?? "",
  };
}

function eventItem(event: TimelineEvent, lane: string | null, selected: boolean): PlanEventItem {
  const s = eventShape(event);
  return {
    kind: "event",
    id: lane === null ? `event:${event.id}` : `event:${event.id}@${lane}`,
    eventId: event.id,
    lane,
    start: s.start,
    end: s.end,
    shape: s.shape,
    approximate: s.approximate,
    openStart: s.openStart,
    openEnd: s.openEnd,
    status: event.status,
    title: event.title,
    dateLabel: formatDateLabel(event.date, event.status),
    selected,
    story: storyOf(event),
  };
}

/** The first day (day number) of the period of `unit` (weeks from Monday) holding an event's anchor day. */
function bucketStart(shape: EventShape, unit: BucketUnit): number {
  return unit === "day" ? shape.anchor : periodStart(shape.anchor, unit);
}

/** The day number after the last day of the period of `unit` that starts on day `start`. */
function bucketEnd(start: number, unit: BucketUnit): number {
  return unit === "day" ? start + 1 : periodEnd(start, unit);
}

/** The period of `unit` that holds an event's anchor day: [start, end) day numbers. */
export function bucketOf(shape: EventShape, unit: BucketUnit): { start: number; end: number } {
  const start = bucketStart(shape, unit);
  return { start, end: bucketEnd(start, unit) };
}

/** The candidates of a plan as parallel arrays: cheap to scan several times at 100,000 events. */
type Members = {
  events: TimelineEvent[];
  shapes: EventShape[];
  /** Index into `laneIds` per member. */
  lanes: number[];
  laneIds: (string | null)[];
};

// Day numbers of years 0–9999 lie within ±4,000,000: a lane index and a day fit one number key.
const LANE_STRIDE = 8_000_000;
const DAY_OFFSET = 4_000_000;

function bucketItems(members: Members, unit: BucketUnit): PlanBucketItem[] {
  const buckets = new Map<number, PlanBucketItem>();
  for (let i = 0; i < members.shapes.length; i++) {
    const shape = members.shapes[i] as EventShape;
    const laneIndex = members.lanes[i] ?? 0;
    const start = bucketStart(shape, unit);
    const key = laneIndex * LANE_STRIDE + start + DAY_OFFSET;
    const bucket = buckets.get(key);
    if (bucket) bucket.count += 1;
    else {
      const lane = members.laneIds[laneIndex] ?? null;
      buckets.set(key, {
        kind: "bucket",
        id: `bucket:${lane ?? ""}:${unit}:${start}`,
        lane,
        start,
        end: bucketEnd(start, unit),
        unit,
        count: 1,
      });
    }
  }
  return [...buckets.values()];
}

/** How many buckets of `unit` the members fill, counting no further than just past `limit`. */
function countKeys(members: Members, unit: BucketUnit, limit: number): number {
  const keys = new Set<number>();
  for (let i = 0; i < members.shapes.length; i++) {
    const start = bucketStart(members.shapes[i] as EventShape, unit);
    keys.add((members.lanes[i] ?? 0) * LANE_STRIDE + start + DAY_OFFSET);
    if (keys.size > limit) break;
  }
  return keys.size;
}

/**
 * Decides what the timeline draws for a window. Events whose extent meets the window widened by one
 * window-width on each side are candidates (so a pan reveals drawn items before the next plan). When
 * they number at most `maxItems` (counting one per lane an event is in) they are drawn individually;
 * otherwise each lane's candidates are counted per period of the finest unit that gives at most
 * `maxItems` counts (decade as a last resort). The selected event is always drawn individually and
 * left out of the counts. Dateline markers are added for articles dated near the window.
 */
export function planTimeline(input: PlanInput): TimelinePlan {
  const maxItems = input.maxItems ?? MAX_PLAN_ITEMS;
  const width = input.window.end - input.window.start;
  const from = input.window.start - width;
  const to = input.window.end + width;
  const selectedId = input.selected?.id ?? null;

  const all =
    input.selected && !input.events.some((e) => e.id === selectedId)
      ? [...input.events, input.selected]
      : input.events;
  const lanes = planLanes(input, all);

  const members: Members = { events: [], shapes: [], lanes: [], laneIds: [] };
  const laneIndex = new Map<string | null, number>();
  for (const event of input.events) {
    if (event.id === selectedId) continue;
    const shape = eventShape(event);
    if (shape.extent.end <= from || shape.extent.start >= to) continue;
    for (const lane of lanesOf(event, input.groupBy)) {
      let index = laneIndex.get(lane);
      if (index === undefined) {
        index = members.laneIds.length;
        laneIndex.set(lane, index);
        members.laneIds.push(lane);
      }
      members.events.push(event);
      members.shapes.push(shape);
      members.lanes.push(index);
    }
  }

  const items: PlanItem[] = [];
  let detail: TimelinePlan["detail"] = "events";
  if (members.events.length <= maxItems) {
    members.events.forEach((event, i) => {
      items.push(eventItem(event, members.laneIds[members.lanes[i] ?? 0] ?? null, false));
    });
  } else {
    detail =
      BUCKET_UNITS.find(
        (unit) =>
          (input.pixels === undefined ||
            (UNIT_DAYS[unit] * input.pixels) / width >= MIN_BUCKET_PIXELS) &&
          countKeys(members, unit, maxItems) <= maxItems,
      ) ?? "decade";
    items.push(...bucketItems(members, detail));
  }
  if (input.selected) {
    for (const lane of lanesOf(input.selected, input.groupBy)) {
      items.push(eventItem(input.selected, lane, true));
    }
  }
  items.push(...datelineItems(input, from, to));
  return { lanes, items, detail };
}

/** The changes that turn the drawn items into a plan's: what to add, update and remove (by id). */
export type PlanDiff = { add: PlanItem[]; update: PlanItem[]; remove: string[] };

/** A fingerprint of an item's drawn state: equal fingerprints need no redraw. */
export function itemFingerprint(item: PlanItem): string {
  return JSON.stringify(item);
}

/**
 * The difference between the items drawn (id → fingerprint) and a new plan's items. Applying it
 * (remove, then update, then add) leaves exactly the plan's items drawn.
 */
export function diffPlan(drawn: ReadonlyMap<string, string>, next: readonly PlanItem[]): PlanDiff {
  const add: PlanItem[] = [];
  const update: PlanItem[] = [];
  const keep = new Set<string>();
  for (const item of next) {
    keep.add(item.id);
    const before = drawn.get(item.id);
    if (before === undefined) add.push(item);
    else if (before !== itemFingerprint(item)) update.push(item);
  }
  const remove = [...drawn.keys()].filter((id) => !keep.has(id));
  return { add, update, remove };
}

/** A period of a count item in words: `June 2023`, `week of 12 June 2023`, `2020s`. */
export function describeBucket(item: Pick<PlanBucketItem, "start" | "unit">): string {
  return formatPeriod(formatDay(item.start), item.unit);
}
