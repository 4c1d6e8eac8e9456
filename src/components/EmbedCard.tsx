import type { Source, TimelineEvent } from "../model/dataset.ts";
import { formatDateLabel, formatDayLong } from "../model/dateLabels.ts";
import { QuotedPassage } from "./QuotedPassage.tsx";
import { StatusBadge } from "./StatusBadge.tsx";

export type EmbedCardProps = {
  event: TimelineEvent;
  sources: ReadonlyMap<string, Source>;
  /** The absolute link to the first citation's passage in the full app (opened in a new tab). */
  passageHref: string;
};

/**
 * The embed's card of one event: its date label, status, title, and its first citation, the
 * quote in its sentence, with the article and its dateline. The rest of the event (every
 * citation, actors, related events) is one link away, in the full app.
 */
export function EmbedCard({ event, sources, passageHref }: EmbedCardProps) {
  const citation = event.citations[0];
  const source = citation ? sources.get(citation.source) : undefined;
  const more = event.citations.length - 1;
  return (
    <article className="embed-card" aria-labelledby="embed-card-title" data-event-id={event.id}>
      <p className="embed-card-date">{formatDateLabel(event.date, event.status)}</p>
      <h2 id="embed-card-title" className="embed-card-title">
        {event.title}
      </h2>
      <p className="embed-card-status">
        <StatusBadge status={event.status} />{" "}
        <span className="muted">as of {formatDayLong(event.asOf)}</span>
      </p>
      {citation && (
        <figure className="embed-citation">
          <QuotedPassage citation={citation} source={source} className="embed-quote" />
          <figcaption className="embed-citation-source">
            <a href={passageHref} target="_blank" rel="noopener">
              <cite>{source?.title ?? citation.source}</cite>
            </a>
            {source ? ` · ${formatDayLong(source.dateline)} · ${source.attribution}` : ""}
            {more > 0 ? ` · and ${String(more)} more ${more === 1 ? "source" : "sources"}` : ""}
          </figcaption>
        </figure>
      )}
    </article>
  );
}
