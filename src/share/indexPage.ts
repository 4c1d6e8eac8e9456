/** The static index of every event and article. The shell around it is pageShell.ts's. */
import type { Dataset } from "../model/dataset.ts";
import { formatDateLabel, formatDayLong } from "../model/dateLabels.ts";
import { STATUS_WORDS } from "../model/statuses.ts";
import { html } from "./html.ts";
import type { SharePage, SharePageOptions } from "./pageShell.ts";
import { link, sharePage } from "./pageShell.ts";
import { truncate } from "./truncate.ts";
import { articlePagePath, EVENT_INDEX_PATH, eventPagePath } from "./urls.ts";

/** The index (`e/index.html`): every event and every article, so the whole dataset is crawlable. */
export function indexPage(dataset: Dataset, options: SharePageOptions): SharePage {
  const depth = 1;
  const latest = dataset.sources.reduce<string | undefined>(
    (max, s) => (max === undefined || s.dateline > max ? s.dateline : max),
    undefined,
  );
  const body = html`<main id="main" class="index-page">
    <h1>${dataset.title}</h1>
    <p class="summary">${dataset.description}</p>
    <p>
      ${dataset.events.length === 1 ? "1 event" : `${String(dataset.events.length)} events`}${latest ? `, as reported up to ${formatDayLong(latest)}` : ""}.
    </p>
    <p class="open-in-app"><a class="button" href="${link(depth, "")}">Open the timeline</a></p>
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">Events</h2>
      <ol class="event-index">
        ${dataset.events.map(
          (e) =>
            html`<li>
              <a href="${link(depth, eventPagePath(e.id))}">${e.title}</a>
              <span class="date-label">${formatDateLabel(e.date)}</span> ·
              <span class="status status-${e.status}">${STATUS_WORDS[e.status].sentence}</span>
            </li> `,
        )}
      </ol>
    </section>
    <section aria-labelledby="articles-heading">
      <h2 id="articles-heading">Articles</h2>
      <ul class="article-index">
        ${dataset.sources.map(
          (s) =>
            html`<li>
              <a href="${link(depth, articlePagePath(s.id))}">${s.title}</a>
              <span class="date-label">${formatDayLong(s.dateline)}</span>, ${s.attribution}
            </li> `,
        )}
      </ul>
    </section>
  </main>`;
  return sharePage(
    dataset,
    {
      title: `All events · ${dataset.title}`,
      documentTitle: `All events · ${dataset.title}`,
      description: truncate(
        `${dataset.description} ${String(dataset.events.length)} events, each traced to the articles.`,
        200,
      ),
      path: EVENT_INDEX_PATH,
      depth,
      ogType: "website",
      script: false,
    },
    options,
    body,
  );
}
