import type { KeyboardEvent } from "react";
import { memo, useEffect, useId, useMemo, useRef, useState } from "react";
import type { TimelineEvent } from "../model/dataset.ts";
import { formatDateLabel, listHeading } from "../model/dateLabels.ts";
import type { ListPaging } from "../model/listWindow.ts";
import { INITIAL_PAGING, LIST_PAGE, listWindow } from "../model/listWindow.ts";
import { storyMarks, storyPhrase } from "../model/story.ts";
import { StatusBadge } from "./StatusBadge.tsx";
import { revealInScroller } from "./scrollWithin.ts";
import "./EventList.css";

export type EventListProps = {
  events: readonly TimelineEvent[];
  selectedId: string | null;
  actorNames: ReadonlyMap<string, string>;
  /** Open an event; `opener` is the row that asked, for focus to return to. */
  onOpen: (id: string, opener: HTMLElement) => void;
};

type HeadingGroup = { key: string; label: string; events: TimelineEvent[] };

/**
 * The filtered events in date order, under headings that say no more than the dates know (a month,
 * or a year, season, quarter or span of its own: listHeading): the keyboard and screen-reader path
 * through the timeline. A row of an event told by several reports says so in words ("3 reports,
 * status changed"). One row is in the tab order; arrow keys, Home and End move between rows,
 * Enter or Space opens one. The selected row is marked and kept in view.
 */
export function EventList({ events, selectedId, actorNames, onOpen }: EventListProps) {
  const [paging, setPaging] = useState<ListPaging>(INITIAL_PAGING);
  const headingsId = useId();
  const [activeId, setActiveId] = useState<string | null>(null);
  const rowRefs = useRef(new Map<string, HTMLButtonElement>());

  const selectedIndex = selectedId === null ? -1 : events.findIndex((e) => e.id === selectedId);
  // The selected row is always drawn, however far down the list it is, without every row above.
  const { start, end } = listWindow(events.length, selectedIndex, paging);
  const windowed = start > 0 || selectedIndex >= paging.limit;
  const shown = useMemo(() => events.slice(start, end), [events, start, end]);

  const groups = useMemo(() => {
    const list: HeadingGroup[] = [];
    for (const event of shown) {
      const heading = listHeading(event.date);
      const last = list.at(-1);
      if (last?.key === heading.key) last.events.push(event);
      else list.push({ ...heading, events: [event] });
    }
    return list;
  }, [shown]);

  const ids = shown.map((e) => e.id);
  const tabStop =
    (activeId !== null && ids.includes(activeId) && activeId) ||
    (selectedIndex >= 0 && selectedId) ||
    ids[0];

  useEffect(() => {
    if (selectedId === null) return;
    // Instant, not smooth: the list follows the selection; a glide would only delay it. Within
    // the list's own scroller only: where the page is the scroller (a phone), a choice made on the
    // timeline must not carry the reader down into the list.
    const rowEl = rowRefs.current.get(selectedId);
    if (rowEl) revealInScroller(rowEl);
  }, [selectedId]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, id: string) {
    const index = ids.indexOf(id);
    const target =
      event.key === "ArrowDown"
        ? ids[Math.min(index + 1, ids.length - 1)]
        : event.key === "ArrowUp"
          ? ids[Math.max(index - 1, 0)]
          : event.key === "Home"
            ? ids[0]
            : event.key === "End"
              ? ids.at(-1)
              : event.key === "PageDown"
                ? ids[Math.min(index + 10, ids.length - 1)]
                : event.key === "PageUp"
                  ? ids[Math.max(index - 10, 0)]
                  : undefined;
    if (target === undefined) return;
    event.preventDefault();
    setActiveId(target);
    rowRefs.current.get(target)?.focus();
  }

  // The rows' handlers, stable across renders so that a row whose props did not change (most of
  // them, when the selection moves) is not rendered again; they call the latest closures.
  const latest = useRef({ onKeyDown, onOpen });
  useEffect(() => {
    latest.current = { onKeyDown, onOpen };
  });
  const rowHandlers = useMemo<RowHandlers>(
    () => ({
      register: (id, node) => {
        if (node) rowRefs.current.set(id, node);
        else rowRefs.current.delete(id);
      },
      focus: setActiveId,
      keyDown: (e, id) => {
        latest.current.onKeyDown(e, id);
      },
      open: (id, row) => {
        latest.current.onOpen(id, row);
      },
    }),
    [],
  );

  return (
    <div className="event-list">
      {start > 0 && (
        <p className="more">
          <button
            type="button"
            className="button"
            onClick={() => {
              setPaging((p) => ({ ...p, before: p.before + LIST_PAGE }));
            }}
          >
            Show {Math.min(LIST_PAGE, start)} earlier of {start}
          </button>
        </p>
      )}
      {groups.map((group, i) => (
        // A named group, not a landmark: two groups may share a heading ("June 2023" on each side
        // of "Before 18 June 2023"), and landmarks must be told apart by their names.
        <section
          key={`${group.key}-${String(i)}`}
          className="month"
          role="group"
          aria-labelledby={`${headingsId}-${String(i)}`}
        >
          <h3 id={`${headingsId}-${String(i)}`} className="month-heading">
            {group.label}
          </h3>
          <ol className="rows">
            {group.events.map((event) => (
              <EventRow
                key={event.id}
                event={event}
                selected={event.id === selectedId}
                tabStop={event.id === tabStop}
                actorNames={actorNames}
                handlers={rowHandlers}
              />
            ))}
          </ol>
        </section>
      ))}
      {end < events.length && (
        <p className="more">
          <button
            type="button"
            className="button"
            onClick={() => {
              setPaging((p) =>
                windowed
                  ? { ...p, after: p.after + LIST_PAGE }
                  : { ...p, limit: p.limit + LIST_PAGE },
              );
            }}
          >
            Show {Math.min(LIST_PAGE, events.length - end)} more of {events.length - end}
          </button>
        </p>
      )}
    </div>
  );
}

type RowHandlers = {
  register: (id: string, node: HTMLButtonElement | null) => void;
  focus: (id: string) => void;
  keyDown: (event: KeyboardEvent<HTMLButtonElement>, id: string) => void;
  open: (id: string, row: HTMLButtonElement) => void;
};

type EventRowProps = {
  event: TimelineEvent;
  selected: boolean;
  /** The one row in the tab order. */
  tabStop: boolean;
  actorNames: ReadonlyMap<string, string>;
  handlers: RowHandlers;
};

/** One row of the list: a button that opens its event. Memoised: only changed rows re-render. */
const EventRow = memo(function EventRow({
  event,
  selected,
  tabStop,
  actorNames,
  handlers,
}: EventRowProps) {
  const story = storyPhrase(storyMarks(event));
  return (
    <li>
      <button
        ref={(node) => {
          handlers.register(event.id, node);
        }}
        type="button"
        className={selected ? "row selected" : "row"}
        aria-current={selected ? "true" : undefined}
        tabIndex={tabStop ? 0 : -1}
        data-event-id={event.id}
        onFocus={() => {
          handlers.focus(event.id);
        }}
        onKeyDown={(e) => {
          handlers.keyDown(e, event.id);
        }}
        onClick={(e) => {
          handlers.open(event.id, e.currentTarget);
        }}
      >
        <span className="row-date">{formatDateLabel(event.date, event.status)}</span>{" "}
        <span className="row-title">{event.title}</span>{" "}
        <span className="row-meta">
          <StatusBadge status={event.status} />{" "}
          {event.actors.length > 0 && (
            <span className="row-actors">
              {event.actors.map((id) => actorNames.get(id) ?? id).join(", ")}
            </span>
          )}
          {story !== null && (
            <span
              className={
                event.disagreements.length > 0 ? "row-story row-story-disagree" : "row-story"
              }
            >
              {story}
            </span>
          )}
        </span>
      </button>
    </li>
  );
});
