import { useCallback, useEffect, useRef } from "react";
import type { Dataset } from "../model/dataset.ts";
import { formatDayLong } from "../model/dateLabels.ts";
import { shownSummary, stepEvent } from "../model/embed.ts";
import type { ViewState } from "../model/viewState.ts";
import { useAbsoluteHrefFor, useActions, useFilteredView } from "../state/useViewState.ts";
import { EmbedCard } from "./EmbedCard.tsx";
import { Notice } from "./Notice.tsx";
import { Timeline } from "./timeline/Timeline.tsx";
import { usePostHeight } from "./usePostHeight.ts";
import "./EmbedView.css";

export type EmbedViewProps = {
  dataset: Dataset;
  /** The events' search texts, when the dataset check has already built them (filter.ts). */
  searchTexts?: readonly string[];
};

/** Keys typed into these are text, not stepping. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))
  );
}

/**
 * The explorer's view in a compact layout for an iframe in someone else's page (`?embed`): the
 * corpus's title, what is shown (the filters from the link apply; their bar is hidden), the
 * timeline, a control that steps through the shown events, and a card of the chosen event with
 * its first citation. "Open in Dateline" opens the full explorer at the same view in a new tab.
 *
 * Inside a host page it only ever posts its height (usePostHeight). It never navigates or
 * scripts its parent, listens to no messages, and opens every link in a new tab.
 */
export function EmbedView({ dataset: whole, searchTexts }: EmbedViewProps) {
  // `dataset` is what the link's `asOf` day knew (the full dataset without one).
  const { state, ignored, dataset, filters, lookups, filtered, selected } = useFilteredView(
    whole,
    searchTexts,
  );
  const actions = useActions();
  const absolute = useAbsoluteHrefFor();
  const rootRef = useRef<HTMLDivElement>(null);

  const position = selected ? filtered.indexOf(selected) : -1;
  const previous = stepEvent(filtered, state.event, -1);
  const next = stepEvent(filtered, state.event, 1);

  usePostHeight(rootRef, selected?.id ?? null);

  useEffect(() => {
    document.title = `${selected ? `${selected.title} · ` : ""}${dataset.title} · Dateline`;
  }, [selected, dataset.title]);

  const step = useCallback(
    (direction: -1 | 1) => {
      const id = stepEvent(filtered, state.event, direction);
      if (id !== null) actions.selectEvent(id);
    },
    [filtered, state.event, actions],
  );

  // Left and right arrows step too, from anywhere in the embed but a field being typed in.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target)) return;
      if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
      event.preventDefault();
      step(event.key === "ArrowLeft" ? -1 : 1);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [step]);

  const full: ViewState = { ...state, embed: false };
  const citation = selected?.citations[0];

  return (
    <div className="embed" ref={rootRef}>
      <header className="embed-head">
        <div className="embed-head-text">
          <p className="product">Dateline</p>
          <h1 className="embed-corpus">{dataset.title}</h1>
        </div>
        <a className="embed-open" href={absolute(full)} target="_blank" rel="noopener">
          Open in Dateline<span aria-hidden="true"> ↗</span>
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </header>
      {ignored.length > 0 && <Notice ignored={ignored} onDismiss={actions.dismissNotice} />}
      <p className="embed-count" role="status" aria-live="polite" aria-atomic="true">
        {shownSummary(filtered.length, dataset.events.length, filters, lookups.actorNames)}
        {state.asOf !== null ? ` As reported up to ${formatDayLong(state.asOf)}.` : ""}
      </p>
      <main className="embed-main">
        <div className="embed-timeline">
          <Timeline
            events={filtered}
            selected={selected}
            groupBy={state.group}
            window={state.window}
            actorNames={lookups.actorNames}
            sources={dataset.sources}
            asOf={state.asOf}
            onSelect={actions.selectEvent}
            onWindowChange={actions.setWindow}
            onGroupChange={actions.setGroup}
          />
        </div>
        <div className="embed-reading">
          <nav className="embed-stepper" aria-label="Step through the events">
            <button
              type="button"
              className="button"
              disabled={previous === null}
              aria-keyshortcuts="ArrowLeft"
              onClick={() => {
                step(-1);
              }}
            >
              <span aria-hidden="true">←</span> Previous
            </button>
            <p className="embed-position" aria-live="polite" aria-atomic="true">
              {position >= 0
                ? `${String(position + 1)} of ${String(filtered.length)}`
                : selected
                  ? "Not among the shown events"
                  : `${String(filtered.length)} ${filtered.length === 1 ? "event" : "events"}`}
              {selected && <span className="visually-hidden">: {selected.title}</span>}
            </p>
            <button
              type="button"
              className="button"
              disabled={next === null}
              aria-keyshortcuts="ArrowRight"
              onClick={() => {
                step(1);
              }}
            >
              Next <span aria-hidden="true">→</span>
            </button>
          </nav>
          {selected ? (
            <EmbedCard
              event={selected}
              sources={lookups.sources}
              passageHref={
                citation
                  ? absolute({
                      ...full,
                      source: citation.source,
                      passage: { start: citation.start, end: citation.end },
                    })
                  : absolute(full)
              }
            />
          ) : (
            <p className="embed-hint muted">
              {filtered.length === 0
                ? "No events in this view."
                : "Choose an event on the timeline, or step through them with Next."}
            </p>
          )}
        </div>
      </main>
    </div>
  );
}
