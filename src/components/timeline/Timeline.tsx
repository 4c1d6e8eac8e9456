import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { DataSet } from "vis-data/esnext";
import type { TimelineOptions } from "vis-timeline/esnext";
import { Timeline as VisTimeline } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "../statusLook.css";
import "./timeline.css";
import type { Source, TimelineEvent } from "../../model/dataset.ts";
import type { PlanItem } from "../../model/timelinePlan.ts";
import {
  diffPlan,
  eventLabel,
  eventShape,
  itemFingerprint,
  labelMaxPixels,
  MAX_PLAN_ITEMS,
  planTimeline,
} from "../../model/timelinePlan.ts";
import type { FitItem, TimeWindow } from "../../model/timeWindow.ts";
import {
  dayNumberToLocalDate,
  dayWindowToTimeWindow,
  ensureVisible,
  fitWindow,
  fitWindowToLabels,
  localDateToDayNumber,
  MAX_VIEW_DAYS,
  MIN_WINDOW_DAYS,
  panWindow,
  sameDays,
  timeWindowToDayWindow,
  zoomWindow,
} from "../../model/timeWindow.ts";
import type { DayWindow, GroupBy } from "../../model/viewState.ts";
import { prefersReducedMotion } from "../motion.ts";
import { STATUS_LOOK_FIELDS } from "../statusLook.ts";
import { Legend } from "./Legend.tsx";
import { TimelineToolbar } from "./TimelineToolbar.tsx";
import type { VisGroup, VisItem } from "./visItems.ts";
import { sameDrawing, toVisGroup, toVisItem } from "./visItems.ts";
import { announceRange, cancelPendingRangeReport, scrollRows } from "./visPrivate.ts";

export type TimelineProps = {
  /** The filtered events. */
  events: readonly TimelineEvent[];
  /** The open event, drawn and kept in view whatever the filters. */
  selected: TimelineEvent | null;
  groupBy: GroupBy;
  /** The window the link asks for; null fits the events. */
  window: DayWindow | null;
  actorNames: ReadonlyMap<string, string>;
  sources: readonly Source[];
  /** An event was clicked or tapped. */
  onSelect: (eventId: string) => void;
  /** The user moved the window (null: back to fitting the events). */
  onWindowChange: (window: DayWindow | null) => void;
  onGroupChange: (group: GroupBy) => void;
};

const MS_PER_DAY = 86_400_000;

function toDate(day: number): Date {
  return dayNumberToLocalDate(day);
}

/** Windows within a second of each other at both ends: the same, give or take rounding. */
function nearlySame(a: TimeWindow, b: TimeWindow): boolean {
  const second = 1 / 86_400;
  return Math.abs(a.start - b.start) < second && Math.abs(a.end - b.end) < second;
}

function windowOf(timeline: VisTimeline): TimeWindow {
  const { start, end } = timeline.getWindow();
  return { start: localDateToDayNumber(start), end: localDateToDayNumber(end) };
}

/**
 * Moves the timeline, gliding unless the reader prefers reduced motion. This move supersedes any
 * report vis-timeline still has pending from an earlier one, which could otherwise land mid-way
 * and name a window the timeline has left: cancel it.
 */
function setWindowNow(timeline: VisTimeline, next: TimeWindow): void {
  cancelPendingRangeReport(timeline);
  timeline.setWindow(toDate(next.start), toDate(next.end), {
    animation: !prefersReducedMotion(),
  });
}

/** Measures a label's width in pixels, in the font the timeline draws it in (bold if selected). */
type LabelMeasure = (text: string, bold: boolean) => number;

/**
 * A label measurer for the timeline in `container`: a 2D canvas's measureText in the labels' font
 * (0.8rem of the page's family), which costs no layout; widths are remembered per text.
 */
function labelMeasurer(container: HTMLElement): LabelMeasure {
  const context = document.createElement("canvas").getContext("2d");
  const family = getComputedStyle(container).fontFamily;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const widths = new Map<string, number>();
  return (text, bold) => {
    const key = `${bold ? "b" : "n"}${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (context) context.font = `${bold ? "700" : "400"} ${0.8 * rem}px ${family}`;
      // Without a canvas, a generous guess per character.
      width = context ? context.measureText(text).width : text.length * 0.62 * 0.8 * rem;
      widths.set(key, width);
    }
    return width;
  };
}

/** Pixels a label takes beyond its text: its padding, and a point's dot before it. */
const LABEL_PADDING_PX = 6;
const POINT_LABEL_OFFSET_PX = 22;
/** A selected label is boxed: its extra padding. */
const SELECTED_LABEL_PADDING_PX = 8;

/**
 * What the fitted window must show of each event: its days, and its label as drawn on a canvas
 * `pixels` wide (capped at labelMaxPixels). Labels are left out past MAX_PLAN_ITEMS events,
 * when the timeline draws counts instead.
 */
function fitItems(
  events: readonly TimelineEvent[],
  selected: TimelineEvent | null,
  pixels: number,
  measure: LabelMeasure | null,
): FitItem[] {
  const all = selected && !events.includes(selected) ? [...events, selected] : events;
  const labelled = measure !== null && all.length <= MAX_PLAN_ITEMS;
  const cap = labelMaxPixels(pixels);
  return all.map((event) => {
    const shape = eventShape(event);
    // Every label as if selected (bold, boxed), so choosing an event never needs a refit.
    const text = labelled
      ? Math.min(measure(eventLabel({ ...shape, title: event.title }), true), cap)
      : 0;
    const offset = shape.shape === "point" ? POINT_LABEL_OFFSET_PX : 0;
    return {
      extent: shape.extent,
      labelAt: shape.start,
      labelPixels: labelled ? text + LABEL_PADDING_PX + SELECTED_LABEL_PADDING_PX + offset : 0,
      precision: event.date.precision,
    };
  });
}

function fitTo(
  events: readonly TimelineEvent[],
  selected: TimelineEvent | null,
  sources: readonly Source[],
  pixels: number | undefined,
  measure: LabelMeasure | null,
): TimeWindow {
  const fitted =
    pixels === undefined
      ? fitWindow([...events, ...(selected ? [selected] : [])].map((e) => eventShape(e).extent))
      : fitWindowToLabels(fitItems(events, selected, pixels, measure), pixels);
  if (fitted) return fitted;
  // With no event to show, the articles' datelines keep the axis in the corpus's time.
  const datelines = sources.map((s) =>
    dayWindowToTimeWindow({ first: s.dateline, last: s.dateline }),
  );
  return (
    fitWindow(datelines.filter((w) => w !== null)) ?? {
      start: Math.floor(localDateToDayNumber(new Date())) - 14,
      end: Math.floor(localDateToDayNumber(new Date())) + 14,
    }
  );
}

function initialWindow(
  props: TimelineProps,
  pixels?: number,
  measure: LabelMeasure | null = null,
): TimeWindow {
  const asked = props.window ? dayWindowToTimeWindow(props.window) : null;
  const base = asked ?? fitTo(props.events, props.selected, props.sources, pixels, measure);
  return props.selected ? ensureVisible(base, eventShape(props.selected).extent) : base;
}

/** Builds an item's content from text: the template vis-timeline calls instead of parsing HTML. */
function renderItem(data: VisItem | undefined): HTMLElement {
  const label = document.createElement("span");
  label.className = "tl-label";
  label.textContent = data?.label ?? "";
  if (data?.detail) label.title = data.detail;
  return label;
}

/** Builds a lane's label and count from text: vis-timeline's group template. */
function renderLane(group: VisGroup | undefined): HTMLElement {
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

/** How long after a choice the chosen event's row is kept in view while the window moves there. */
const REVEAL_MS = 1000;

/**
 * How far to scroll the canvas's rows (positive: further down) to show the selected event whole,
 * label and bar, with a little room; 0 when it shows already or is not drawn. The canvas is only
 * so tall on a laptop, and scrolls inside beyond that: an event in a low row was drawn below the
 * fold of its own timeline (at 1280×720, `?event=biden-balloon-remarks` showed no trace of it).
 */
function rowsToReveal(container: HTMLElement): number {
  const area = container.querySelector(".vis-panel.vis-center")?.getBoundingClientRect();
  const item = container.querySelector(".vis-item.vis-selected");
  if (!area || !item) return 0;
  let top = Infinity;
  let bottom = -Infinity;
  for (const part of [item, ...item.querySelectorAll("*")]) {
    const box = part.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    top = Math.min(top, box.top);
    bottom = Math.max(bottom, box.bottom);
  }
  const room = 2;
  let dy = 0;
  // Never so far down that its top goes out over the axis: a top in view comes first.
  if (bottom + room > area.bottom)
    dy = Math.min(bottom + room - area.bottom, top - room - area.top);
  else if (top - room < area.top) dy = top - room - area.top;
  return Math.abs(dy) < 1 ? 0 : dy;
}

/** How near the tap (CSS px) the click a browser sends after it lands: where the finger was. */
const GHOST_CLICK_RADIUS = 24;

/**
 * Swallows the click a browser sends after a touch tap at `at`, for a moment, if it lands
 * outside `inside`: the tap has already been handled, and what it opened now lies under the
 * finger. Only a click where the finger was: some taps are followed by no click at all (a long
 * press, a finger that slid a little), and the reader's next tap, elsewhere, must count.
 */
function swallowGhostClick(inside: HTMLElement, at: { x: number; y: number } | undefined): void {
  const until = performance.now() + 700;
  const stop = () => {
    document.removeEventListener("click", onClick, true);
  };
  const onClick = (event: MouseEvent) => {
    if (performance.now() > until) {
      stop();
      return;
    }
    const far =
      at !== undefined &&
      Math.hypot(event.clientX - at.x, event.clientY - at.y) > GHOST_CLICK_RADIUS;
    if (far) return; // a tap of its own, not this one's click: wait on
    stop();
    if (event.target instanceof Node && inside.contains(event.target)) return;
    event.preventDefault();
    event.stopPropagation();
  };
  document.addEventListener("click", onClick, true);
  setTimeout(stop, 700);
}

/**
 * The only room vis-timeline lives in (this folder; lint keeps it out of every other): the
 * toolbar (zoom, pan, fit, lanes), the vis-timeline canvas and its legend. The canvas is a visual
 * companion to the event list, which is the keyboard and screen-reader path.
 *
 * vis-timeline is created once from a ref, fed through DataSets to which the difference between
 * consecutive plans (planTimeline) is applied, and destroyed on unmount. Its events come out as
 * typed callbacks. What it holds is made by visItems.ts from the plan; item and lane content are
 * built as DOM nodes from text by the templates here, never HTML, and dates reach it only as local
 * midnights of calendar days, so every time zone sees the same day.
 */
export function Timeline(props: TimelineProps) {
  const { events, selected, groupBy, window: asked, actorNames, sources } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<VisTimeline | null>(null);
  const itemsRef = useRef<DataSet<VisItem> | null>(null);
  const groupsRef = useRef<DataSet<VisGroup> | null>(null);
  const drawnRef = useRef(new Map<string, string>());
  const planRef = useRef(new Map<string, PlanItem>());
  const hasLanesRef = useRef(false);
  const callbacksRef = useRef({ onSelect: props.onSelect, onWindowChange: props.onWindowChange });
  // The window the plan is made for: where the timeline is, or where a move is taking it. Every
  // move sets it at once (moveTo); waiting for vis-timeline's rangechanged, 200 ms late, drew
  // every refit twice.
  const [view, setView] = useState<TimeWindow>(() => initialWindow(props));
  const [ready, setReady] = useState(false);
  // The width of the canvas's event area (the canvas less any lane names), rounded down to 20 px:
  // counts are drawn no narrower than can be read, and fitted windows leave room for labels.
  const [pixels, setPixels] = useState<number | undefined>(undefined);
  const measureRef = useRef<LabelMeasure | null>(null);
  // What the canvas's height was last fitted to: it grows with its content while the events and
  // lanes stay the same (a pan must not shrink it under the reader), and refits when they change.
  const sizedForRef = useRef<{
    events: readonly TimelineEvent[];
    groupBy: GroupBy;
    /** Until when (performance.now) the new content may still shrink it. */
    until: number;
  } | null>(null);
  const contentRef = useRef({ events, groupBy });
  // Until when (performance.now) each redraw brings the selected event's row into view: moving
  // the window there restacks the rows, frame by frame while it glides.
  const revealUntilRef = useRef(0);

  useEffect(() => {
    callbacksRef.current = { onSelect: props.onSelect, onWindowChange: props.onWindowChange };
  });
  useLayoutEffect(() => {
    contentRef.current = { events, groupBy };
  }, [events, groupBy]);

  const plan = useMemo(
    () =>
      planTimeline({
        window: view,
        events,
        groupBy,
        selected,
        actorNames,
        sources,
        ...(pixels ? { pixels } : {}),
      }),
    [view, events, groupBy, selected, actorNames, sources, pixels],
  );

  // Create the timeline once; everything after goes through the DataSets and setWindow.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const measure = labelMeasurer(container);
    measureRef.current = measure;
    // The first window, fitted now that the canvas's width (and so the labels' room) is known,
    // rounded as measureArea rounds it, so the fit below finds it already in place.
    const first = initialWindow(props, Math.floor(container.clientWidth / 20) * 20, measure);
    // The first plan goes in with the timeline, which is built hidden (below) so that its items
    // are measured together; the plan effect then finds nothing left to do.
    const items = new DataSet<VisItem, "id">(plan.items.map(toVisItem));
    const groups = new DataSet<VisGroup, "id">(plan.lanes?.map(toVisGroup) ?? []);
    itemsRef.current = items;
    groupsRef.current = groups;
    drawnRef.current = new Map(plan.items.map((i) => [i.id, itemFingerprint(i)]));
    planRef.current = new Map(plan.items.map((i) => [i.id, i]));
    hasLanesRef.current = plan.lanes !== null;
    const options: TimelineOptions = {
      start: toDate(first.start),
      end: toDate(first.end),
      // The container sets the height: its CSS until the content is measured (fitHeight, below).
      height: "100%",
      zoomMin: MIN_WINDOW_DAYS * MS_PER_DAY,
      zoomMax: MAX_VIEW_DAYS * MS_PER_DAY,
      orientation: { axis: "top", item: "top" },
      // The axis margin leaves a row for the datelines' labels above the first items.
      margin: { item: { horizontal: 10, vertical: 3 }, axis: 24 },
      stack: true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      // vis-timeline's own resize watch polls the canvas once a second and redraws up to a second
      // late; the ResizeObserver below redraws in the frame the size changes.
      autoResize: false,
      showTooltips: false,
      verticalScroll: true,
      horizontalScroll: false,
      groupOrder: "order",
      // Each event's status look, as data attributes on its element, for timeline.css to draw.
      dataAttributes: [...STATUS_LOOK_FIELDS],
      locale: "en",
      template: (item: VisItem | undefined) => renderItem(item),
      groupTemplate: (group: VisGroup | undefined) => renderLane(group),
    };
    // Built out of layout: vis-timeline measures each item it is given as it shows it, a forced
    // layout per item (half its build time). Hidden, those reads cost nothing; its first redraw,
    // below, then measures every item in one batch. The same window set again clears the scale
    // it read while hidden (zero pixels wide). Not with lanes: built hidden, vis-timeline then
    // lays its lanes out over the axis and never corrects it.
    if (!hasLanesRef.current) container.style.display = "none";
    const timeline = hasLanesRef.current
      ? new VisTimeline(container, items, groups, options)
      : new VisTimeline(container, items, options);
    container.style.display = "";
    timeline.setWindow(toDate(first.start), toDate(first.end), { animation: false });
    timelineRef.current = timeline;
    if (!sameDays(first, view)) setView(first);

    // The canvas takes the height its content needs (every stacked row of the view), within the
    // min-height and max-height its CSS gives for the screen; beyond that it scrolls inside.
    const fitHeight = () => {
      const center = container.querySelector<HTMLElement>(".vis-panel.vis-center");
      const itemset = container.querySelector<HTMLElement>(".vis-itemset");
      const content = parseFloat(itemset?.style.height ?? "");
      const visible = parseFloat(center?.style.height ?? "");
      if (!Number.isFinite(content) || !Number.isFinite(visible)) return;
      const needed = Math.ceil(container.clientHeight - visible + content);
      const now = contentRef.current;
      const sized = sizedForRef.current;
      const same = sized?.events === now.events && sized.groupBy === now.groupBy;
      // New content is drawn over a frame or two after it arrives: it may shrink the canvas for
      // a moment after it changes, not only on the first redraw.
      const settling = same && performance.now() < sized.until;
      const current = parseFloat(container.style.height);
      const next =
        same && !settling && Number.isFinite(current) ? Math.max(current, needed) : needed;
      if (!same) sizedForRef.current = { ...now, until: performance.now() + 1000 };
      if (!Number.isFinite(current) || Math.abs(next - current) > 1) {
        container.style.height = `${next}px`;
      }
    };
    // The event area's width: the canvas less the lane names, known once vis-timeline has drawn.
    const measureArea = () => {
      const center = container.querySelector<HTMLElement>(".vis-panel.vis-center");
      const width = Math.floor((center?.clientWidth ?? container.clientWidth) / 20) * 20;
      setPixels((current) => (width > 0 && width !== current ? width : current));
    };
    const revealSelected = () => {
      if (performance.now() > revealUntilRef.current) return;
      const dy = rowsToReveal(container);
      if (dy !== 0) scrollRows(timeline, dy);
    };
    timeline.on("changed", fitHeight);
    timeline.on("changed", measureArea);
    timeline.on("changed", revealSelected);
    // vis-timeline shows a timeline given a start and end only after a "rangechanged" and a
    // finished redraw, which it would take up to 1.2 s to get to (visPrivate.ts). The window is
    // already the one asked for; say so at once and redraw.
    // That redraw, in the next frame, shows the timeline: it is ready in that frame, not a task
    // and a render later as onInitialDrawComplete would say. (From a microtask: the redraw may
    // come while React is committing, where it cannot flush.)
    const onShown = () => {
      timeline.off("changed", onShown);
      queueMicrotask(() => {
        if (timelineRef.current !== timeline) return;
        flushSync(() => {
          setReady(true);
        });
      });
    };
    timeline.on("changed", onShown);
    announceRange(timeline, toDate(first.start), toDate(first.end));
    timeline.redraw();

    const onRange = (props?: { start: Date; end: Date; byUser: boolean }) => {
      if (!props) return;
      const next = {
        start: localDateToDayNumber(props.start),
        end: localDateToDayNumber(props.end),
      };
      setView((current) => (nearlySame(current, next) ? current : next));
      if (props.byUser) callbacksRef.current.onWindowChange(timeWindowToDayWindow(next));
    };
    const onSelectItems = (props?: {
      items: (string | number)[];
      event?: { pointerType?: string; center?: { x: number; y: number } };
    }) => {
      const id = props?.items[0];
      if (id === undefined) return;
      const item = planRef.current.get(String(id));
      if (item?.kind === "event") {
        // A tap opens the panel, a sheet on a phone, under the finger: the click the browser
        // sends after the tap must not land on the sheet (it would press whatever is there).
        if (props?.event?.pointerType === "touch") {
          swallowGhostClick(container, props.event.center);
        }
        callbacksRef.current.onSelect(item.eventId);
      } else if (item?.kind === "bucket") {
        const pad = (item.end - item.start) * 0.05;
        const next = { start: item.start - pad, end: item.end + pad };
        setWindowNow(timeline, next);
        setView(next);
        callbacksRef.current.onWindowChange(timeWindowToDayWindow(next));
      }
    };
    timeline.on("rangechanged", onRange);
    timeline.on("select", onSelectItems);
    // The plan gets the width rounded to 20 px, so that a small resize does not change it.
    let size = { width: container.clientWidth, height: container.clientHeight };
    const onResize = () => {
      if (container.clientWidth !== size.width || container.clientHeight !== size.height) {
        size = { width: container.clientWidth, height: container.clientHeight };
        timeline.redraw();
      }
      measureArea();
    };
    measureArea();
    const resizes = new ResizeObserver(onResize);
    resizes.observe(container);
    return () => {
      resizes.disconnect();
      timeline.off("changed", fitHeight);
      timeline.off("changed", measureArea);
      timeline.off("changed", revealSelected);
      timeline.off("changed", onShown);
      timeline.off("rangechanged", onRange);
      timeline.off("select", onSelectItems);
      timeline.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
      groupsRef.current = null;
    };
    // Created once: later windows arrive through setWindow, not a new timeline.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Apply the plan: lanes first, then the difference in items.
  useLayoutEffect(() => {
    const timeline = timelineRef.current;
    const items = itemsRef.current;
    const groups = groupsRef.current;
    if (!timeline || !items || !groups) return;
    if (plan.lanes) {
      const lanes = plan.lanes.map(toVisGroup);
      const keep = new Set(lanes.map((l) => l.id));
      groups.remove(groups.getIds().filter((id) => !keep.has(String(id))));
      groups.update(lanes);
      if (!hasLanesRef.current) {
        timeline.setGroups(groups);
        hasLanesRef.current = true;
      }
    }
    const diff = diffPlan(drawnRef.current, plan.items);
    // An item that keeps its kind, shape and lane is updated in place: vis-timeline redraws it
    // with the others on the next frame. One that is new, or drawn differently, is added, which
    // vis-timeline lays out on the spot, one item at a time, so there should be few of those.
    const inPlace: PlanItem[] = [];
    const replaced: PlanItem[] = [];
    for (const item of diff.update) {
      (sameDrawing(planRef.current.get(item.id), item) ? inPlace : replaced).push(item);
    }
    const gone = [...diff.remove, ...replaced.map((i) => i.id)];
    if (gone.length > 0) items.remove(gone);
    if (inPlace.length > 0) items.update(inPlace.map(toVisItem));
    const added = [...replaced, ...diff.add];
    if (added.length > 0) items.add(added.map(toVisItem));
    if (!plan.lanes && hasLanesRef.current) {
      timeline.setGroups(undefined);
      groups.clear();
      hasLanesRef.current = false;
    }
    drawnRef.current = new Map(plan.items.map((i) => [i.id, itemFingerprint(i)]));
    planRef.current = new Map(plan.items.map((i) => [i.id, i]));
    timeline.setSelection(
      plan.items.filter((i) => i.kind === "event" && i.selected).map((i) => i.id),
    );
  }, [plan]);

  /** Moves the timeline, and plans at once for where it lands (its rangechanged comes late). */
  function moveTo(next: TimeWindow) {
    const timeline = timelineRef.current;
    if (!timeline) return;
    setWindowNow(timeline, next);
    setView(next);
  }

  // Follow the link's window, or fit the events when it names none.
  const fitKey = asked ? null : events;
  const lastFitRef = useRef<{
    asked: typeof asked;
    fitKey: typeof fitKey;
    sources: typeof sources;
  }>(null);
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const last = lastFitRef.current;
    lastFitRef.current = { asked, fitKey, sources };
    const widthOnly =
      last !== null && last.asked === asked && last.fitKey === fitKey && last.sources === sources;
    // The link's window is a span of days, whatever the width: a new width (the open event's
    // panel taking its place beside the timeline) must not take the reader back to it, away
    // from the event just chosen.
    if (asked && widthOnly) return;
    // Nothing left to fit (every event filtered out): stay where the reader was.
    if (!asked && fitKey?.length === 0) return;
    // Not measured yet: the first window was fitted as the timeline was made.
    if (!asked && pixels === undefined) return;
    const fitted = asked
      ? dayWindowToTimeWindow(asked)
      : fitTo(fitKey ?? [], null, sources, pixels, measureRef.current);
    // A refit for a new width keeps the open event in view, as choosing it did.
    const target =
      fitted && widthOnly && selected ? ensureVisible(fitted, eventShape(selected).extent) : fitted;
    if (target && !sameDays(target, windowOf(timeline))) moveTo(target);
    // A new width (lane names drawn, a resize) refits a fitted view too. The selection is read,
    // not followed: choosing an event moves the window in the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asked, fitKey, sources, pixels]);

  // Keep the selected event in view.
  const selectedId = selected?.id ?? null;
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline || !selected) return;
    revealUntilRef.current = performance.now() + REVEAL_MS;
    const current = windowOf(timeline);
    const next = ensureVisible(current, eventShape(selected).extent);
    if (next !== current) moveTo(next);
    // Only a change of selection moves the window, not a re-render with the same one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  function move(next: TimeWindow) {
    // A second press before an animated move lands builds on where the first was going: the view.
    moveTo(next);
    props.onWindowChange(timeWindowToDayWindow(next));
  }

  function fitAll() {
    moveTo(fitTo(events, null, sources, pixels, measureRef.current));
    props.onWindowChange(null);
  }

  const counting = plan.detail !== "events";
  return (
    <section className="timeline-section" aria-labelledby="timeline-heading">
      <TimelineToolbar
        groupBy={groupBy}
        onEarlier={() => {
          move(panWindow(view, -0.4));
        }}
        onZoomIn={() => {
          move(zoomWindow(view, 0.5));
        }}
        onZoomOut={() => {
          move(zoomWindow(view, 2));
        }}
        onFitAll={fitAll}
        onLater={() => {
          move(panWindow(view, 0.4));
        }}
        onGroupChange={props.onGroupChange}
      />
      {events.length === 0 && !selected && (
        <p className="timeline-empty">No events to draw: loosen the filters to see some.</p>
      )}
      <div
        ref={containerRef}
        className="timeline-canvas"
        data-ready={ready ? "true" : "false"}
        data-detail={plan.detail}
      />
      <p className="timeline-note" aria-live="polite">
        {counting
          ? `Too many events to draw one by one here: showing counts per ${plan.detail}. Click a count, or zoom in, to see its events.`
          : ""}
      </p>
      <Legend />
    </section>
  );
}
