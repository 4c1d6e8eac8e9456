import { useCallback, useEffect, useMemo, useRef } from "react";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "../statusLook.css";
import "./timeline.css";
import type { Source, TimelineEvent } from "../../model/dataset.ts";
import { legendKeys } from "../../model/legendKeys.ts";
import { eventShape, planTimeline } from "../../model/timelinePlan.ts";
import type { TimeWindow } from "../../model/timeWindow.ts";
import {
  dayWindowToTimeWindow,
  ensureVisible,
  localDateToDayNumber,
  panWindow,
  sameDays,
  timeWindowToDayWindow,
  zoomWindow,
} from "../../model/timeWindow.ts";
import { fitEvents, openingWindow } from "../../model/timelineWindow.ts";
import type { DayWindow, GroupBy } from "../../model/viewState.ts";
import { Legend } from "./Legend.tsx";
import { TimelineToolbar } from "./TimelineToolbar.tsx";
import { useVisTimeline } from "./useVisTimeline.ts";

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
  /** The day the view is as reported up to (its own rule on the timeline); null or absent: today's. */
  asOf?: string | null;
  /** An event was clicked or tapped. */
  onSelect: (eventId: string) => void;
  /** The user moved the window (null: back to fitting the events). */
  onWindowChange: (window: DayWindow | null) => void;
  onGroupChange: (group: GroupBy) => void;
};

/** The viewer's today: the whole day number of their local calendar day. */
function today(): number {
  return Math.floor(localDateToDayNumber(new Date()));
}

/**
 * The only room vis-timeline lives in (this folder; lint keeps it out of every other): the
 * toolbar (zoom, pan, fit, lanes), the vis-timeline canvas and its legend. The canvas is a visual
 * companion to the event list, which is the keyboard and screen-reader path.
 *
 * This component turns its props into a plan (planTimeline) and a window to show, and draws the
 * markup; useVisTimeline owns vis-timeline itself (creation, events, teardown), and the window
 * math is pure model code (src/model/timeWindow.ts, timelineWindow.ts). Dates reach vis-timeline
 * only as local midnights of calendar days, so every time zone sees the same day.
 */
export function Timeline(props: TimelineProps) {
  const { events, selected, groupBy, window: asked, actorNames, sources } = props;
  const asOf = props.asOf ?? null;
  const planFor = useCallback(
    (view: TimeWindow, pixels: number | undefined) =>
      planTimeline({
        window: view,
        events,
        groupBy,
        selected,
        actorNames,
        sources,
        asOf,
        ...(pixels ? { pixels } : {}),
      }),
    [events, groupBy, selected, actorNames, sources, asOf],
  );
  const keys = useMemo(() => legendKeys(events), [events]);
  const { containerRef, plan, view, pixels, ready, ...timeline } = useVisTimeline({
    planFor,
    openingWindow: (pixels, measure) =>
      openingWindow({ asked, events, selected, sources, pixels, measure, today: today(), asOf }),
    content: [events, groupBy],
    onSelect: props.onSelect,
    onWindowChange: props.onWindowChange,
  });

  // Follow the link's window, or fit the events when it names none.
  const fitKey = asked ? null : events;
  const lastFitRef = useRef<{
    asked: typeof asked;
    fitKey: typeof fitKey;
    sources: typeof sources;
    asOf: typeof asOf;
  }>(null);
  useEffect(() => {
    const current = timeline.windowNow();
    if (!current) return;
    const last = lastFitRef.current;
    lastFitRef.current = { asked, fitKey, sources, asOf };
    const widthOnly =
      last !== null &&
      last.asked === asked &&
      last.fitKey === fitKey &&
      last.sources === sources &&
      last.asOf === asOf;
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
      : fitEvents({
          events: fitKey ?? [],
          selected: null,
          sources,
          pixels,
          measure: timeline.measure(),
          today: today(),
          asOf,
        });
    // A refit for a new width keeps the open event in view, as choosing it did.
    const target =
      fitted && widthOnly && selected ? ensureVisible(fitted, eventShape(selected).extent) : fitted;
    if (target && !sameDays(target, current)) timeline.moveTo(target);
    // A new width (lane names drawn, a resize) refits a fitted view too. The selection is read,
    // not followed: choosing an event moves the window in the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asked, fitKey, sources, pixels, asOf]);

  // Keep the selected event in view.
  const selectedId = selected?.id ?? null;
  useEffect(() => {
    const current = timeline.windowNow();
    if (!current || !selected) return;
    timeline.revealSelected();
    const next = ensureVisible(current, eventShape(selected).extent);
    if (next !== current) timeline.moveTo(next);
    // Only a change of selection moves the window, not a re-render with the same one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  function move(next: TimeWindow) {
    // A second press before an animated move lands builds on where the first was going: the view.
    timeline.moveTo(next);
    props.onWindowChange(timeWindowToDayWindow(next));
  }

  function fitAll() {
    const measure = timeline.measure();
    timeline.moveTo(
      fitEvents({ events, selected: null, sources, pixels, measure, today: today(), asOf }),
    );
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
      <Legend keys={keys} asOf={asOf} />
    </section>
  );
}
