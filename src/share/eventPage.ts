/**
 * An event's static share page. The shell around it (head, card and oEmbed tags, site header and
 * footer) is pageShell.ts's.
 */
import type { Citation, Dataset, Report, TimelineEvent } from "../model/dataset.ts";
import { indexDataset } from "../model/datasetIndex.ts";
import { formatDateLabel, formatDayLong } from "../model/dateLabels.ts";
import { STATUS_WORDS } from "../model/statuses.ts";
import { dateHistory, reportSays, statusHistory } from "../model/story.ts";
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

/** One report of an event's story: its day, article and outlet, what it said, its passages. */
function reportItem(
  event: TimelineEvent,
  report: Report,
  index: number,
  dataset: Dataset,
  depth: number,
): TrustedHtml {
  const source = indexDataset(dataset).sources.get(report.source);
  const against = event.disagreements
    .filter((d) => d.reports.includes(index))
    .flatMap((d) => d.reports.filter((r) => r !== index).map((r) => r + 1));
  return html`<li class="report">
    <p class="report-head">
      <strong>${formatDayLong(report.dateline)}</strong> ·
      <cite>${source?.title ?? report.source}</cite>${source ? ` · ${source.attribution}` : ""}
    </p>
    <p class="report-says">
      Said:
      ${reportSays(report)}${report.date ? ` (“${report.date.phrase}”)` : ""}${
        against.length > 0
          ? html` <span class="report-disagrees"
              >Cannot agree with report ${[...new Set(against)].join(" and ")}.</span
            >`
          : ""
      }
    </p>
    <ol class="citations">
      ${report.citations.flatMap((i) => {
        const citation = event.citations[i];
        return citation ? [citationFigure(citation, dataset, depth)] : [];
      })}
    </ol>
  </li>`;
}

/**
 * The page of `event` (`e/<id>/index.html`): readable without JavaScript, with an "Open in the
 * timeline" link to the app's `?event=<id>` view (share.js follows it for readers with JavaScript),
 * how its status and date changed and where its reports disagree, its facts, its story report by
 * report (or, told once, every citation quoted with its article), and its related events.
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
  const changes = [statusHistory(event), dateHistory(event)].filter((s) => s !== null);
  const body = html`<main id="main" class="event-page" data-event-id="${event.id}">
    <article>
      <h1>${event.title}</h1>
      <p class="date-label">${label}</p>
      <p class="status status-${event.status}">
        ${statusSentence(event)}
        <span class="status-meaning">(${STATUS_WORDS[event.status].meaning})</span>
      </p>
      ${changes.map((sentence) => html`<p class="story-change">${sentence}</p>`)}
      ${
        event.disagreements.length > 0
          ? html`<div class="disagreements">
              <p class="disagreements-title">The reports disagree</p>
              <ul>
                ${event.disagreements.map((d) => html`<li>${d.sentence}</li>`)}
              </ul>
            </div>`
          : ""
      }
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
      ${
        event.reports.length > 1
          ? html`<section aria-labelledby="sources-heading">
              <h2 id="sources-heading">
                How it was reported (${String(event.reports.length)} reports)
              </h2>
              <ol class="reports">
                ${event.reports.map((r, i) => reportItem(event, r, i, dataset, depth))}
              </ol>
            </section>`
          : html`<section aria-labelledby="sources-heading">
              <h2 id="sources-heading">
                ${
                  event.citations.length === 1
                    ? "Source"
                    : `Sources (${String(event.citations.length)})`
                }
              </h2>
              <ol class="citations">
                ${event.citations.map((c) => citationFigure(c, dataset, depth))}
              </ol>
            </section>`
      }
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
