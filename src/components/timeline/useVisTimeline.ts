/**
 * vis-timeline as a React hook: the one place it is created, listened to and destroyed. It is made
 * once from a ref in a layout effect, fed through DataSets to which the difference between
 * consecutive plans is applied, and its events come out as the typed callbacks of
 * UseVisTimelineOptions. The hook keeps the window the plan is made for (`view`), the width the
 * plan is made for (`pixels`) and whether the canvas has drawn (`ready`); what to draw is the
 * caller's plan. Its private API is reached only through visPrivate.ts, the page's layout read only
 * through measure.ts, and every decision on the figures is pure model code
 * (src/model/timelineCanvas.ts).
 */
import type { RefObject } from "react";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { DataSet } from "vis-data/esnext";
import type { TimelineOptions } from "vis-timeline/esnext";
import { Timeline as VisTimeline } from "vis-timeline/esnext";
import type { PlanItem, TimelinePlan } from "../../model/timelinePlan.ts";
import { diffPlan, itemFingerprint } from "../../model/timelinePlan.ts";
import { nextCanvasHeight, planWidth, rowsToReveal } from "../../model/timelineCanvas.ts";
import type { LabelMeasure } from "../../model/timelineWindow.ts";
import { countWindow, nearlySame } from "../../model/timelineWindow.ts";
import type { TimeWindow } from "../../model/timeWindow.ts";
import {
  dayNumberToLocalDate,
  localDateToDayNumber,
  MAX_VIEW_DAYS,
  MIN_WINDOW_DAYS,
  sameDays,
  timeWindowToDayWindow,
} from "../../model/timeWindow.ts";
import type { DayWindow } from "../../model/viewState.ts";
import { prefersReducedMotion } from "../motion.ts";
import { STATUS_LOOK_FIELDS } from "../statusLook.ts";
import { eventAreaWidth, labelMeasurer, neededCanvasHeight, selectedItemBoxes } from "./measure.ts";
import { swallowStrayClick } from "./strayClick.ts";
import type { VisGroup, VisItem } from "./visItems.ts";
import { sameDrawing, toVisGroup, toVisItem } from "./visItems.ts";
import { announceRange, cancelPendingRangeReport, scrollRows } from "./visPrivate.ts";
import { renderItem, renderLane } from "./visTemplates.ts";

const MS_PER_DAY = 86_400_000;
/** How long after a choice the chosen event's row is kept in view while the window moves there. */
const REVEAL_MS = 1000;
/** How long new content may still shrink the canvas: it is drawn over a frame or two. */
const SETTLE_MS = 1000;

export type UseVisTimelineOptions = {
  /**
   * What to draw in `window` on an event area `pixels` wide (undefined until measured). Keep it
   * the same function while its inputs stay the same (useCallback): the plan is remade when it
   * changes.
   */
  planFor: (window: TimeWindow, pixels: number | undefined) => TimelinePlan;
  /**
   * The window to open on: called once with no arguments for the first render, then once as the
   * timeline is made, with the event area's width (planWidth) and a label measurer.
   */
  openingWindow: (pixels?: number, measure?: LabelMeasure) => TimeWindow;
  /**
   * What the canvas's height is fitted to, compared item by item: while it stays the same, the
   * canvas only grows (a pan must not shrink it under the reader); when it changes, it refits.
   */
  content: readonly unknown[];
  /** An event was clicked or tapped. */
  onSelect: (eventId: string) => void;
  /** The reader moved the window: a drag, the wheel, a count clicked. */
  onWindowChange: (window: DayWindow) => void;
};

export type VisTimelineHandle = {
  /** The canvas vis-timeline draws in. */
  containerRef: RefObject<HTMLDivElement | null>;
  /** What is drawn: planFor(view, pixels). */
  plan: TimelinePlan;
  /** The window the plan is made for: where the timeline is, or where a move is taking it. */
  view: TimeWindow;
  /** The event area's width, rounded (planWidth); undefined until measured. */
  pixels: number | undefined;
  /** The canvas has drawn its first window. */
  ready: boolean;
  /** Moves the timeline (gliding unless the reader prefers reduced motion) and plans for it. */
  moveTo: (next: TimeWindow) => void;
  /** Where the timeline is now, mid-way through a glide; null before it is made. */
  windowNow: () => TimeWindow | null;
  /** Measures labels in the canvas's font; null before the timeline is made. */
  measure: () => LabelMeasure | null;
  /** For a moment, each redraw scrolls the rows to show the selected event whole. */
  revealSelected: () => void;
};

/** Where a timeline's window is now, in day numbers. */
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
  timeline.setWindow(dayNumberToLocalDate(next.start), dayNumberToLocalDate(next.end), {
    animation: !prefersReducedMotion(),
  });
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** vis-timeline in the canvas `containerRef` points at: see the module's comment. */
export function useVisTimeline(options: UseVisTimelineOptions): VisTimelineHandle {
  const { planFor, openingWindow, content } = options;
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<VisTimeline | null>(null);
  const itemsRef = useRef<DataSet<VisItem> | null>(null);
  const groupsRef = useRef<DataSet<VisGroup> | null>(null);
  const drawnRef = useRef(new Map<string, string>());
  const planRef = useRef(new Map<string, PlanItem>());
  const hasLanesRef = useRef(false);
  const measureRef = useRef<LabelMeasure | null>(null);
  const callbacksRef = useRef({
    onSelect: options.onSelect,
    onWindowChange: options.onWindowChange,
  });
  // Every move sets the view at once (moveTo); waiting for vis-timeline's rangechanged, 200 ms
  // late, drew every refit twice.
  const [view, setView] = useState<TimeWindow>(() => openingWindow());
  const [ready, setReady] = useState(false);
  const [pixels, setPixels] = useState<number | undefined>(undefined);
  // What the canvas's height was last fitted to, and until when (performance.now) it may shrink.
  const sizedForRef = useRef<{ content: readonly unknown[]; until: number } | null>(null);
  const contentRef = useRef(content);
  // Until when (performance.now) each redraw brings the selected event's row into view: moving
  // the window there restacks the rows, frame by frame while it glides.
  const revealUntilRef = useRef(0);

  useEffect(() => {
    callbacksRef.current = { onSelect: options.onSelect, onWindowChange: options.onWindowChange };
  });
  useLayoutEffect(() => {
    contentRef.current = content;
  });

  const plan = useMemo(() => planFor(view, pixels), [planFor, view, pixels]);

  // Create the timeline once; everything after goes through the DataSets and setWindow.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const measure = labelMeasurer(container);
    measureRef.current = measure;
    // The first window, fitted now that the canvas's width (and so the labels' room) is known,
    // rounded as measureArea rounds it, so the first fit finds it already in place.
    const first = openingWindow(planWidth(container.clientWidth), measure);
    // The first plan goes in with the timeline, which is built hidden (below) so that its items
    // are measured together; the plan effect then finds nothing left to do.
    const items = new DataSet<VisItem, "id">(plan.items.map(toVisItem));
    const groups = new DataSet<VisGroup, "id">(plan.lanes?.map(toVisGroup) ?? []);
    itemsRef.current = items;
    groupsRef.current = groups;
    drawnRef.current = new Map(plan.items.map((i) => [i.id, itemFingerprint(i)]));
    planRef.current = new Map(plan.items.map((i) => [i.id, i]));
    hasLanesRef.current = plan.lanes !== null;
    const visOptions: TimelineOptions = {
      start: dayNumberToLocalDate(first.start),
      end: dayNumberToLocalDate(first.end),
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
      ? new VisTimeline(container, items, groups, visOptions)
      : new VisTimeline(container, items, visOptions);
    container.style.display = "";
    timeline.setWindow(dayNumberToLocalDate(first.start), dayNumberToLocalDate(first.end), {
      animation: false,
    });
    timelineRef.current = timeline;
    if (!sameDays(first, view)) setView(first);

    // The canvas takes the height its content needs (every stacked row of the view), within the
    // min-height and max-height its CSS gives for the screen; beyond that it scrolls inside.
    const fitHeight = () => {
      const needed = neededCanvasHeight(container);
      if (needed === null) return;
      const now = contentRef.current;
      const sized = sizedForRef.current;
      const same = sized !== null && sameItems(sized.content, now);
      // New content is drawn over a frame or two after it arrives: it may shrink the canvas for
      // a moment after it changes, not only on the first redraw.
      const settling = same && performance.now() < sized.until;
      if (!same) sizedForRef.current = { content: now, until: performance.now() + SETTLE_MS };
      const next = nextCanvasHeight(needed, parseFloat(container.style.height), same && !settling);
      if (next !== null) container.style.height = `${String(next)}px`;
    };
    // The event area's width: the canvas less the lane names, known once vis-timeline has drawn.
    const measureArea = () => {
      const width = planWidth(eventAreaWidth(container));
      setPixels((current) => (width > 0 && width !== current ? width : current));
    };
    const revealSelected = () => {
      if (performance.now() > revealUntilRef.current) return;
      const boxes = selectedItemBoxes(container);
      const dy = boxes ? rowsToReveal(boxes.area, boxes.parts) : 0;
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
    announceRange(timeline, dayNumberToLocalDate(first.start), dayNumberToLocalDate(first.end));
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
          swallowStrayClick(container, props.event.center);
        }
        callbacksRef.current.onSelect(item.eventId);
      } else if (item?.kind === "bucket") {
        const next = countWindow(item);
        setWindowNow(timeline, next);
        setView(next);
        callbacksRef.current.onWindowChange(timeWindowToDayWindow(next));
      }
    };
    timeline.on("rangechanged", onRange);
    timeline.on("select", onSelectItems);
    // The plan gets the width rounded (planWidth), so that a small resize does not change it.
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

  return {
    containerRef,
    plan,
    view,
    pixels,
    ready,
    moveTo: (next) => {
      const timeline = timelineRef.current;
      if (!timeline) return;
      setWindowNow(timeline, next);
      setView(next);
    },
    windowNow: () => (timelineRef.current ? windowOf(timelineRef.current) : null),
    measure: () => measureRef.current,
    revealSelected: () => {
      revealUntilRef.current = performance.now() + REVEAL_MS;
    },
  };
}
