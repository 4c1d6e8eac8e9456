/**
 * An article's static share page: its text with every cited passage marked. The shell around it is
 * pageShell.ts's.
 */
import type { Citation, Dataset, Source } from "../model/dataset.ts";
import { indexDataset } from "../model/datasetIndex.ts";
import { formatDayLong } from "../model/dateLabels.ts";
import type { TrustedHtml } from "./html.ts";
import { html } from "./html.ts";
import type { SharePage, SharePageOptions } from "./pageShell.ts";
import { link, sharePage } from "./pageShell.ts";
import { truncate } from "./truncate.ts";
import { articlePagePath, eventPagePath } from "./urls.ts";

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

/**
 * The page of an article (`a/<id>/index.html`): its text, paragraph by paragraph, with every cited
 * passage marked and linked to the events it supports.
 */
export function articlePage(
  source: Source,
  dataset: Dataset,
  options: SharePageOptions,
): SharePage {
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
  return sharePage(
    dataset,
    {
      title: source.title,
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
  );
}
