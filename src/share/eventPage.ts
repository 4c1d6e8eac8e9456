/**
 * An event's static share page. The shell around it (head, card and oEmbed tags, site header and
 * footer) is pageShell.ts's.
 */
import type { Citation, Dataset, TimelineEvent } from "../model/dataset.ts";
import { indexDataset } from "../model/datasetIndex.ts";
import { formatDateLabel, formatDayLong } from "../model/dateLabels.ts";
import { STATUS_WORDS } from "../model/statuses.ts";
import { oembedPath } from "./embed.ts";
import type { TrustedHtml } from "./html.ts";
import { html } from "./html.ts";
import { citationSourceLine, paragraphNumber, statusSentence } from "./lookup.ts";
import type { SharePage, SharePageOptions } from "./pageShell.ts";
import { link, sharePage } from "./pageShell.ts";
import { truncate } from "./truncate.ts";
import { appPassageQuery, appEventQuery, articlePagePath, eventPagePath } from "./urls.ts";

function citationFigure(citation: Citation, dataset: Dataset, depth: number): TrustedHtml {
  const source = indexDataset(dataset).sources.get(citation.source);
  const passage = `c-${String(citation.start)}-${String(citation.end)}`;
  return html`<li>
    <figure class="citation">
      <blockquote><p>${citation.exact}</p></blockquote>
      <figcaption>
        ${
          source
            ? html`<a href="${link(depth, articlePagePath(source.id))}#${passage}"
                  >${source.title}</a
                >, ${formatDayLong(source.dateline)}, ${source.attribution}, paragraph
                ${paragraphNumber(citation)}.`
            : html`${citationSourceLine(citation, dataset)}.`
        }
        <a href="${link(depth, appPassageQuery(citation.source, citation.start, citation.end))}"
          >Read it in the timeline’s source reader</a
        >
      </figcaption>
    </figure>
  </li>`;
}

/**
 * The page of `event` (`e/<id>/index.html`): readable without JavaScript, with an "Open in the
 * timeline" link to the app's `?event=<id>` view (share.js follows it for readers with JavaScript),
 * its facts, every citation quoted with its article, and its related events.
 */
export function eventPage(
  event: TimelineEvent,
  dataset: Dataset,
  options: SharePageOptions,
): SharePage {
  const index = indexDataset(dataset);
  const depth = 2;
  const label = formatDateLabel(event.date, event.status);
  const actors = event.actors.map((id) => index.actors.get(id) ?? { id, name: id });
  const places = event.places.map((id) => index.places.get(id)?.name ?? id);
  const related = event.related.map((id) => ({ id, event: index.events.get(id) }));
  const path = eventPagePath(event.id);
  const body = html`<main id="main" class="event-page" data-event-id="${event.id}">
    <article>
      <h1>${event.title}</h1>
      <p class="date-label">${label}</p>
      <p class="status status-${event.status}">
        ${statusSentence(event)}
        <span class="status-meaning">(${STATUS_WORDS[event.status].meaning})</span>
      </p>
      <p class="open-in-app">
        <a class="button" href="${link(depth, appEventQuery(event.id))}" data-event-id="${event.id}"
          >Open in the timeline</a
        >
      </p>
      <p class="summary">${event.summary}</p>
      <dl class="facts">
        ${
          actors.length > 0
            ? html`<dt>Actors</dt>
                <dd>
                  <ul>
                    ${actors.map((a) => html`<li>${a.name}${"role" in a && a.role ? html` <span class="role">(${a.role})</span>` : ""}</li>`)}
                  </ul>
                </dd> `
            : ""
        }${
          places.length > 0
            ? html`<dt>Places</dt>
                <dd>
                  <ul>
                    ${places.map((p) => html`<li>${p}</li>`)}
                  </ul>
                </dd> `
            : ""
        }
        <dt>Date</dt>
        <dd>
          ${label}, from “${event.date.phrase}” in the report of
          ${formatDayLong(event.date.resolvedAgainst)} (<code>${event.date.edtf}</code>)
        </dd>
      </dl>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">
          ${event.citations.length === 1 ? "Source" : `Sources (${String(event.citations.length)})`}
        </h2>
        <ol class="citations">
          ${event.citations.map((c) => citationFigure(c, dataset, depth))}
        </ol>
      </section>
      ${
        related.length > 0
          ? html`<section aria-labelledby="related-heading">
              <h2 id="related-heading">Related events</h2>
              <ul class="related">
                ${related.map(({ id, event: other }) =>
                  other
                    ? html`<li>
                        <a href="${link(depth, eventPagePath(id))}">${other.title}</a>
                        <span class="date-label">${formatDateLabel(other.date, other.status)}</span>
                      </li> `
                    : html`<li>${id}</li> `,
                )}
              </ul>
            </section>`
          : ""
      }
    </article>
  </main>`;
  return sharePage(
    dataset,
    {
      title: event.title,
      description: truncate(`${label}. ${event.summary}`, 200),
      path,
      depth,
      ogType: "article",
      script: true,
      oembed: { path: oembedPath(event.id), title: event.title },
    },
    options,
    body,
  );
}
