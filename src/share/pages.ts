/**
 * The static share pages: a pure renderer from a dataset to HTML files, written by the build (and
 * served by the dev server) beside the app's index.html:
 * - `e/<event-id>/index.html` per event: readable without JavaScript, with Open Graph and Twitter
 *   card tags, and an "Open in the timeline" link to the app's `?event=<id>` view;
 * - `a/<article-id>/index.html` per article: its text with every cited passage marked and linked to
 *   the events it supports;
 * - `e/index.html`: every event and article, so the whole dataset is crawlable.
 * Each event page also names its oEmbed description (`e/<id>/oembed.json`, src/share/embed.ts).
 *
 * Every link is relative, so the pages work from any sub-path. Absolute URLs (canonical, og:url,
 * og:image) appear only when a site URL is configured: unfurlers need absolute URLs, and guessing
 * one would be wrong. A page with a link-preview card (drawn by the build) names it in og:image
 * and twitter:image. All text from data goes through the escaping `html` template; no page has inline script
 * or style, so the Content-Security-Policy holds here as in the app.
 */
import type { Citation, Dataset, Source, TimelineEvent } from "../model/dataset.ts";
import { formatDateLabel, formatDayLong } from "../model/dateLabels.ts";
import { indexDataset } from "../model/datasetIndex.ts";
import { STATUS_WORDS } from "../model/statuses.ts";
import type { TrustedHtml } from "./html.ts";
import { html, safeUrl } from "./html.ts";
import { citationSourceLine, paragraphNumber, statusSentence } from "./lookup.ts";
import { CONTENT_SECURITY_POLICY } from "./contentSecurityPolicy.ts";
import { oembedPath } from "./embed.ts";
import {
  appEventQuery,
  appPassageQuery,
  articlePagePath,
  EVENT_INDEX_PATH,
  eventPagePath,
  normalizeSiteUrl,
} from "./urls.ts";

/** One file of the rendered site: `path` relative to the app's base (forward slashes). */
export type SharePage = { path: string; html: string };

/** The stylesheet and the optional hand-over script, at the app's base. */
export const SHARE_CSS_PATH = "share.css";
export const SHARE_JS_PATH = "share.js";
/** The app's icon (public/favicon.svg), at the app's base: a file, so img-src needs no `data:`. */
export const FAVICON_PATH = "favicon.svg";

/** Options of renderSharePages. */
export type SharePageOptions = {
  /**
   * Absolute http(s) URL where the app is deployed (its base, e.g. `https://example.org/dateline/`).
   * When set, pages carry `<link rel="canonical">` and `og:url`; when unset (or not http(s)) they
   * carry no absolute URL at all.
   */
  readonly siteUrl?: string | undefined;
  /** Override the Content-Security-Policy meta tag (default CONTENT_SECURITY_POLICY). */
  readonly contentSecurityPolicy?: string;
  /**
   * The link-preview card of each page that has one, by the page's folder (`e/<id>/`, `a/<id>/`).
   * A page with a card carries og:image and twitter:card `summary_large_image`; one without keeps
   * the text-only `summary`.
   */
  readonly cards?: ReadonlyMap<string, ShareCardImage>;
};

/** A page's link-preview card: its file in the page's folder, its text, its size in pixels. */
export type ShareCardImage = {
  readonly file: string;
  readonly alt: string;
  readonly width: number;
  readonly height: number;
};

/** `../` repeated `depth` times: the way back to the app's base from a page `depth` folders deep. */
function up(depth: number): string {
  return "../".repeat(depth);
}

/** A link to a path relative to the base, from a page `depth` folders deep. */
function link(depth: number, path: string): string {
  // Paths are built from encoded ids, but check anyway: a URL from data is http(s) or relative.
  return safeUrl(`${up(depth)}${path}`) ?? "#";
}

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

type Head = {
  /** The document's title (the browser tab): the page's own title and the corpus's. */
  title: string;
  /** The title previews show (og:title, twitter:title): the page's own title alone. */
  previewTitle: string;
  description: string;
  path: string;
  depth: number;
  ogType: "article" | "website";
  script: boolean;
  /** The page's oEmbed description (an event's), for CMSes that discover embeds from a link. */
  oembed?: { path: string; title: string };
};

function document(
  dataset: Dataset,
  head: Head,
  options: SharePageOptions,
  body: TrustedHtml,
): string {
  const site = normalizeSiteUrl(options.siteUrl);
  const canonical = site ? new URL(head.path, site).href : undefined;
  const csp = options.contentSecurityPolicy ?? CONTENT_SECURITY_POLICY;
  const card = options.cards?.get(head.path);
  // Open Graph wants an absolute image URL, which only a site URL gives; without one the URL is
  // relative to the page, which some unfurlers resolve and the others ignore.
  const image = card
    ? site
      ? new URL(`${head.path}${encodeURIComponent(card.file)}`, site).href
      : (safeUrl(encodeURIComponent(card.file)) ?? "")
    : undefined;
  // Absolute with a site URL; else relative to the page, like og:image (see embed.ts).
  const oembed = head.oembed
    ? site
      ? new URL(head.oembed.path, site).href
      : (safeUrl(head.oembed.path.slice(head.path.length)) ?? "")
    : undefined;
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content="${csp}" />
        <title>${head.title}</title>
        <meta name="description" content="${head.description}" />
        ${canonical ? html`<link rel="canonical" href="${canonical}" /> ` : ""}
        <meta property="og:title" content="${head.previewTitle}" />
        <meta property="og:description" content="${head.description}" />
        <meta property="og:type" content="${head.ogType}" />
        <meta property="og:site_name" content="${dataset.title}" />
        ${canonical ? html`<meta property="og:url" content="${canonical}" /> ` : ""}
        ${
          card && image !== undefined
            ? html`<meta property="og:image" content="${image}" />
                <meta property="og:image:type" content="image/png" />
                <meta property="og:image:width" content="${card.width}" />
                <meta property="og:image:height" content="${card.height}" />
                <meta property="og:image:alt" content="${card.alt}" />
                <meta name="twitter:card" content="summary_large_image" />
                <meta name="twitter:image" content="${image}" />
                <meta name="twitter:image:alt" content="${card.alt}" /> `
            : html`<meta name="twitter:card" content="summary" /> `
        }
        ${
          head.oembed && oembed !== undefined
            ? html`<link
                rel="alternate"
                type="application/json+oembed"
                href="${oembed}"
                title="${head.oembed.title}"
              /> `
            : ""
        }
        <meta name="twitter:title" content="${head.previewTitle}" />
        <meta name="twitter:description" content="${head.description}" />
        <link rel="stylesheet" href="${link(head.depth, SHARE_CSS_PATH)}" />
        <!-- The app's icon: browsers would otherwise request /favicon.ico from the host's root. -->
        <link rel="icon" href="${link(head.depth, FAVICON_PATH)}" type="image/svg+xml" />
        ${head.script ? html`<script src="${link(head.depth, SHARE_JS_PATH)}" defer></script> ` : ""}
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <p class="site-name"><a href="${link(head.depth, "")}">${dataset.title}</a></p>
          <nav aria-label="Dateline">
            <ul>
              <li><a href="${link(head.depth, "")}">Timeline</a></li>
              <li><a href="${link(head.depth, EVENT_INDEX_PATH)}">All events</a></li>
            </ul>
          </nav>
        </header>
        ${body}
        <footer class="site-footer">
          <p>
            Every event is traced to the words of the articles.
            <a href="${link(head.depth, EVENT_INDEX_PATH)}">All events and articles</a>
          </p>
        </footer>
      </body>
    </html> `;
  return page.value;
}

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

function eventPage(event: TimelineEvent, dataset: Dataset, options: SharePageOptions): SharePage {
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
  return {
    path: `${path}index.html`,
    html: document(
      dataset,
      {
        title: `${event.title} · ${dataset.title}`,
        previewTitle: event.title,
        description: truncate(`${label}. ${event.summary}`, 200),
        path,
        depth,
        ogType: "article",
        script: true,
        oembed: { path: oembedPath(event.id), title: event.title },
      },
      options,
      body,
    ),
  };
}

/** Text with its line breaks as <br> (a paragraph of an article may hold single newlines). */
function withBreaks(text: string): TrustedHtml {
  return html`${text.split(/\r\n|\r|\n/).map((line, i) => html`${i > 0 ? html`<br />` : ""}${line}`)}`;
}

type Mark = { citation: Citation; eventId: string };

/** The cited passages of `source`, with the event citing each, by start then length. */
function marksOf(source: Source, dataset: Dataset): Mark[] {
  return dataset.events
    .flatMap((event) =>
      event.citations
        .filter((c) => c.source === source.id && c.start < c.end && c.end <= source.text.length)
        .map((citation) => ({ citation, eventId: event.id })),
    )
    .sort((a, b) => a.citation.start - b.citation.start || b.citation.end - a.citation.end);
}

/**
 * A paragraph's text with its cited passages in <mark>: the text is cut at every citation edge,
 * and each piece covered by citations is marked and linked to the event of the narrowest one
 * covering it (the paragraph's footnote links every event). The first piece of each passage
 * carries the anchor `c-<start>-<end>` that event pages link to.
 */
function markedParagraph(
  text: string,
  start: number,
  end: number,
  marks: readonly Mark[],
  dataset: Dataset,
): TrustedHtml {
  const inside = marks.filter((m) => m.citation.start < end && m.citation.end > start);
  const cuts = [
    ...new Set([
      start,
      end,
      ...inside
        .flatMap((m) => [m.citation.start, m.citation.end])
        .filter((o) => o > start && o < end),
    ]),
  ].sort((a, b) => a - b);
  const anchored = new Set<string>();
  const pieces: TrustedHtml[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? start;
    const to = cuts[i + 1] ?? end;
    const piece = text.slice(from, to);
    const covering = inside.filter((m) => m.citation.start <= from && m.citation.end >= to);
    const narrowest = covering.reduce<Mark | undefined>(
      (best, m) =>
        !best || m.citation.end - m.citation.start < best.citation.end - best.citation.start
          ? m
          : best,
      undefined,
    );
    if (!narrowest) {
      pieces.push(withBreaks(piece));
      continue;
    }
    // Anchor each passage that starts here, once (two events may cite the same words).
    const anchors = [
      ...new Set(
        covering
          .filter((m) => m.citation.start === from)
          .map((m) => `c-${String(m.citation.start)}-${String(m.citation.end)}`),
      ),
    ].filter((id) => !anchored.has(id));
    anchors.forEach((id) => anchored.add(id));
    const [anchor, ...extra] = anchors;
    const title = indexDataset(dataset).events.get(narrowest.eventId)?.title ?? narrowest.eventId;
    pieces.push(
      html`${extra.map((id) => html`<span id="${id}"></span>`)}<mark${anchor ? html` id="${anchor}"` : ""}><a href="${link(2, eventPagePath(narrowest.eventId))}" title="${`Supports: ${title}`}">${withBreaks(piece)}</a></mark>`,
    );
  }
  return html`${pieces}`;
}

function articlePage(source: Source, dataset: Dataset, options: SharePageOptions): SharePage {
  const depth = 2;
  const marks = marksOf(source, dataset);
  const index = indexDataset(dataset);
  const paragraphs = source.paragraphs.map((span, i) => {
    const citing = [
      ...new Set(
        marks
          .filter((m) => m.citation.start < span.end && m.citation.end > span.start)
          .map((m) => m.eventId),
      ),
    ];
    return html`<p id="p-${i + 1}">
        ${markedParagraph(source.text, span.start, span.end, marks, dataset)}
      </p>
      ${
        citing.length > 0
          ? html`<p class="cited-by">
              Paragraph ${i + 1} supports:
              ${citing.map(
                (id, n) =>
                  html`${n > 0 ? ", " : ""}<a href="${link(depth, eventPagePath(id))}"
                      >${index.events.get(id)?.title ?? id}</a
                    >`,
              )}
            </p> `
          : ""
      }`;
  });
  const eventCount = new Set(marks.map((m) => m.eventId)).size;
  const path = articlePagePath(source.id);
  const body = html`<main id="main" class="article-page">
    <article>
      <h1>${source.title}</h1>
      <p class="article-meta">Dateline ${formatDayLong(source.dateline)} · ${source.attribution}</p>
      <p class="open-in-app">
        <a class="button" href="${link(depth, `?source=${encodeURIComponent(source.id)}`)}"
          >Open in the timeline’s source reader</a
        >
      </p>
      <p class="hint">
        Marked passages are cited by
        ${eventCount === 1 ? "1 event" : `${String(eventCount)} events`}; each links to its event.
      </p>
      <div class="article-text">${paragraphs}</div>
      <p class="checksum">SHA-256 of the article file: <code>${source.sha256}</code></p>
    </article>
  </main>`;
  return {
    path: `${path}index.html`,
    html: document(
      dataset,
      {
        title: `${source.title} · ${dataset.title}`,
        previewTitle: source.title,
        description: truncate(
          `${formatDayLong(source.dateline)}, ${source.attribution}. ${source.text}`,
          200,
        ),
        path,
        depth,
        ogType: "article",
        script: false,
      },
      options,
      body,
    ),
  };
}

function indexPage(dataset: Dataset, options: SharePageOptions): SharePage {
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
  return {
    path: `${EVENT_INDEX_PATH}index.html`,
    html: document(
      dataset,
      {
        title: `All events · ${dataset.title}`,
        previewTitle: `All events · ${dataset.title}`,
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
    ),
  };
}

/**
 * Every static page of `dataset`: the event index, then one page per event and per article, in
 * the dataset's order. A pure function: the same dataset and options give identical pages.
 */
export function renderSharePages(dataset: Dataset, options: SharePageOptions = {}): SharePage[] {
  return [
    indexPage(dataset, options),
    ...dataset.events.map((e) => eventPage(e, dataset, options)),
    ...dataset.sources.map((s) => articlePage(s, dataset, options)),
  ];
}

/**
 * A sitemap (sitemaps.org 0.9) of the pages' folders under `siteUrl`, for crawlers; written only
 * when a site URL is configured, since a sitemap needs absolute URLs. Empty for a non-http(s) URL.
 */
export function renderSitemap(pages: readonly SharePage[], siteUrl: string): string {
  const site = normalizeSiteUrl(siteUrl);
  const urls = site
    ? pages.map((page) => new URL(page.path.replace(/index\.html$/, ""), site).href)
    : [];
  const entries = urls.map((url) => html` <url><loc>${url}</loc></url> `);
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${html`${entries}`.value}</urlset>
`;
}
