import type { MouseEvent } from "react";
import { useEffect, useRef } from "react";
import type { Actor, Citation, Place, Source, TimelineEvent } from "../model/dataset.ts";
import { formatDateLabel, formatDayLong } from "../model/dateLabels.ts";
import { eventPagePath, shareUrlFor } from "../share/urls.ts";
import { CitationView } from "./CitationView.tsx";
import { CopyLinkButton } from "./CopyLinkButton.tsx";
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
  passageUrl: (citation: Citation) => string;
  onClose: () => void;
  onFilterActor: (id: string) => void;
  onSelectEvent: (id: string) => void;
  onReadSource: (citation: Citation) => void;
};

function precisionNote(event: TimelineEvent): string | null {
  const { edtf, precision } = event.date;
  if (edtf.startsWith("../")) return "Open-ended: the article gives only a latest date.";
  if (edtf.endsWith("/..")) return "Open-ended: the article gives only a start.";
  if (precision === "month") return "Known to the month, not the day.";
  if (precision === "year") return "Known to the year only.";
  return null;
}

/** A plain click follows the link in the app; a modified one (new tab) is left to the browser. */
function inApp(event: MouseEvent, go: () => void) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  event.preventDefault();
  go();
}

/**
 * The open event: what, when (with its precision and status as of the article's date), who, where,
 * the summary, related events, and every citation with its passage. A complementary region beside
 * the list on a wide screen, a sheet over it on a phone.
 */
export function DetailPanel(props: DetailPanelProps) {
  const { event, actors, places, events, sources } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (props.focusToken > 0) headingRef.current?.focus();
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

  const note = precisionNote(event);
  const related = event.related.map((id) => events.get(id)).filter((e) => e !== undefined);
  return (
    <aside
      className="detail detail-open"
      aria-labelledby="detail-title"
      data-detail-event={event.id}
    >
      <div className="detail-top">
        <p className="kicker">{formatDateLabel(event.date, event.status)}</p>
        <button
          type="button"
          className="button subtle close"
          onClick={props.onClose}
          aria-label="Close details"
          title="Close (Escape)"
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 id="detail-title" ref={headingRef} tabIndex={-1}>
        {event.title}
      </h2>
      <p className="status-line">
        <StatusBadge status={event.status} />{" "}
        <span className="muted">as of {formatDayLong(event.asOf)}</span>
      </p>
      <p className="summary">{event.summary}</p>
      <p className="detail-share">
        <CopyLinkButton
          label="Copy link to this event"
          getUrl={() => shareUrlFor(event.id, document.baseURI)}
        />{" "}
        <a href={eventPagePath(event.id)}>Page for sharing</a>
      </p>
      <dl className="facts">
        <div>
          <dt>When</dt>
          <dd>
            {formatDateLabel(event.date)}
            {note ? <span className="muted"> — {note}</span> : null}
            <span className="phrase">
              From the article’s words “{event.date.phrase}”, dated{" "}
              {formatDayLong(event.date.resolvedAgainst)}.
            </span>
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
      <section aria-labelledby="citations-title">
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
              passageUrl={() => props.passageUrl(citation)}
            />
          ))}
        </ol>
      </section>
    </aside>
  );
}
