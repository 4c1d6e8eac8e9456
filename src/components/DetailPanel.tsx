import type { MouseEvent } from "react";
import { useEffect, useRef } from "react";
import type { Actor, Citation, Place, Source, TimelineEvent } from "../model/dataset.ts";
import { dateSourceSentence } from "../model/datePhrase.ts";
import { formatDateLabel, formatDayLong, precisionNote } from "../model/dateLabels.ts";
import { dateHistory, statusHistory } from "../model/story.ts";
import { CitationView } from "./CitationView.tsx";
import { CloseButton } from "./CloseButton.tsx";
import { ReportList } from "./ReportList.tsx";
import { StatusBadge } from "./StatusBadge.tsx";
import "./DetailPanel.css";

export type DetailPanelProps = {
  event: TimelineEvent | null;
  actors: ReadonlyMap<string, Actor>;
  places: ReadonlyMap<string, Place>;
  events: ReadonlyMap<string, TimelineEvent>;
  sources: ReadonlyMap<string, Source>;
  /** Bumped when the panel should take focus (opened by the reader, not by a link). */
  focusToken: number;
  hrefForEvent: (id: string) => string;
  onClose: () => void;
  onFilterActor: (id: string) => void;
  onSelectEvent: (id: string) => void;
  onReadSource: (citation: Citation) => void;
};

/**
 * When the status holds: `as of 16 November 2023`, and when a later report stated no status, that
 * this is not the latest report but the latest to state one.
 */
function asOfWords(event: TimelineEvent): string {
  const latest = event.reports.at(-1)?.dateline ?? event.asOf;
  const words = `as of ${formatDayLong(event.asOf)}`;
  return latest > event.asOf ? `${words}, the latest report to state a status` : words;
}

/** A plain click follows the link in the app; a modified one (new tab) is left to the browser. */
function inApp(event: MouseEvent, go: () => void) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  event.preventDefault();
  go();
}

/**
 * The open event: its date, title, status as of the report that states it, how the status and the
 * date changed between reports and where the reports disagree (in sight, never behind a toggle),
 * its summary and, next, its story: every report in order with what it said and its passages (the
 * reader's evidence, in sight as the panel opens; an event told once shows its passages alone),
 * then when, who and where in detail and related events. A complementary region beside the
 * timeline and list on a wide screen, a sheet over them on a phone.
 */
export function DetailPanel(props: DetailPanelProps) {
  const { event, actors, places, events, sources } = props;
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const eventId = event?.id ?? null;

  // Another event starts at its top, not where the last one was scrolled to.
  useEffect(() => {
    panelRef.current?.scrollTo({ top: 0 });
  }, [eventId]);

  // Focus moves to the heading without scrolling the page: on a phone the panel is a sheet over
  // the page, and the reader stays where they were underneath it.
  useEffect(() => {
    if (props.focusToken > 0) headingRef.current?.focus({ preventScroll: true });
  }, [props.focusToken]);

  if (!event) {
    return (
      <aside className="detail detail-empty" aria-label="Event details">
        <p className="muted">
          Choose an event on the timeline or in the list to read what happened and the passages that
          report it.
        </p>
      </aside>
    );
  }

  const note = precisionNote(event.date);
  const changes = [statusHistory(event), dateHistory(event)].filter((s) => s !== null);
  const told = event.reports.length;
  const related = event.related.map((id) => events.get(id)).filter((e) => e !== undefined);
  return (
    <aside
      ref={panelRef}
      className="detail detail-open"
      aria-labelledby="detail-title"
      data-detail-event={event.id}
    >
      <div className="detail-top">
        <p className="kicker">{formatDateLabel(event.date, event.status)}</p>
        <CloseButton label="Close details" onClick={props.onClose} />
      </div>
      <h2 id="detail-title" ref={headingRef} tabIndex={-1}>
        {event.title}
      </h2>
      <p className="status-line">
        <StatusBadge status={event.status} /> <span className="muted">{asOfWords(event)}</span>
      </p>
      {changes.map((sentence) => (
        <p key={sentence} className="story-change">
          {sentence}
        </p>
      ))}
      {event.disagreements.length > 0 && (
        <div className="disagreements" role="note" aria-labelledby="disagreements-title">
          <p id="disagreements-title" className="disagreements-title">
            {event.disagreements.length === 1
              ? "The reports disagree"
              : `The reports disagree in ${String(event.disagreements.length)} ways`}
          </p>
          <ul>
            {event.disagreements.map((d, i) => (
              <li key={`${d.kind}-${String(i)}`}>{d.sentence}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="summary">{event.summary}</p>
      <section aria-labelledby="citations-title">
        {told > 1 ? (
          <>
            <h3 id="citations-title">How it was reported: {told} reports</h3>
            <ReportList event={event} sources={sources} onReadSource={props.onReadSource} />
          </>
        ) : (
          <>
            <h3 id="citations-title">
              What the {event.citations.length === 1 ? "source says" : "sources say"}
            </h3>
            <ol className="citations">
              {event.citations.map((citation, i) => (
                <CitationView
                  key={`${citation.source}-${citation.start}-${i}`}
                  citation={citation}
                  source={sources.get(citation.source)}
                  onRead={() => {
                    props.onReadSource(citation);
                  }}
                />
              ))}
            </ol>
          </>
        )}
      </section>
      <section aria-labelledby="facts-title">
        <h3 id="facts-title">When, who, where</h3>
        <dl className="facts">
          <div>
            <dt>When</dt>
            <dd>
              {formatDateLabel(event.date)}
              {note ? <span className="muted"> — {note}</span> : null}
              <span className="phrase">{dateSourceSentence(event.date)}</span>
            </dd>
          </div>
          {event.actors.length > 0 && (
            <div>
              <dt>Who</dt>
              <dd>
                <ul className="actor-buttons" aria-label="Filter the timeline to an actor">
                  {event.actors.map((id) => {
                    const actor = actors.get(id);
                    return (
                      <li key={id}>
                        <button
                          type="button"
                          className="chip"
                          onClick={() => {
                            props.onFilterActor(id);
                          }}
                          title={actor?.role ? `${actor.name}, ${actor.role}` : undefined}
                        >
                          {actor?.name ?? id}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </dd>
            </div>
          )}
          {event.places.length > 0 && (
            <div>
              <dt>Where</dt>
              <dd>{event.places.map((id) => places.get(id)?.name ?? id).join("; ")}</dd>
            </div>
          )}
        </dl>
      </section>
      {related.length > 0 && (
        <section aria-labelledby="related-title">
          <h3 id="related-title">Related events</h3>
          <ul className="related">
            {related.map((other) => (
              <li key={other.id}>
                <a
                  href={props.hrefForEvent(other.id)}
                  onClick={(e) => {
                    inApp(e, () => {
                      props.onSelectEvent(other.id);
                    });
                  }}
                >
                  {other.title}
                </a>{" "}
                <span className="muted">{formatDateLabel(other.date, other.status)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
