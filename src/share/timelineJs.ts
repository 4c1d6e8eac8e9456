/**
 * TimelineJS3 export: the JSON a newsroom can load into TimelineJS (timeline.knightlab.com)
 * with `new TL.Timeline(id, data)` or from a URL. TimelineJS renders `text.headline` and
 * `text.text` as HTML, so every string from the data goes through the escaping `html` template.
 *
 * Dates: start_date/end_date carry only the known parts ({year} or {year, month} or
 * {year, month, day}), so TimelineJS shows a month-precision event as that month, never the 1st;
 * `display_date` is Dateline's own label (formatDateLabel), which states precision and status.
 * An open start (`../2023-08-31`) starts at its last possible day; an open end starts at its start
 * and has no end_date; the label says which.
 */
import type { Dataset, Precision, TimelineEvent } from "../model/dataset.ts";
import { formatDateLabel, formatDayLong } from "../model/dateLabels.ts";
import { dayParts, parseEdtf } from "../model/dates.ts";
import { html } from "./html.ts";
import { actorNames, citationSourceLine, historyOf, statusSentence } from "./lookup.ts";

/** A TimelineJS date: only the parts that are known. Numbers, as TimelineJS accepts. */
export type TimelineJsDate = { year: number; month?: number; day?: number };

/** A TimelineJS slide (the subset Dateline writes). Text fields are HTML. */
export type TimelineJsSlide = {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date: string;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
  /** Always false: TimelineJS would otherwise turn URL-like text from the data into links. */
  autolink: false;
};

/** The TimelineJS3 JSON document. */
export type TimelineJsDocument = {
  title: { text: { headline: string; text: string }; unique_id: string; autolink: false };
  events: TimelineJsSlide[];
};

function dateOf(day: string, precision: Precision): TimelineJsDate {
  const { year, month, day: d } = dayParts(day);
  if (precision === "year") return { year };
  if (precision === "month" || precision === "season" || precision === "quarter") {
    return { year, month };
  }
  return { year, month, day: d };
}

/** A season, a quarter or a span is one EDTF string for a stretch: its slide needs an end. */
function isStretch(precision: Precision): boolean {
  return precision === "season" || precision === "quarter" || precision === "span";
}

function precisionOf(edtfPart: string, fallback: Precision): Precision {
  return parseEdtf(edtfPart)?.precision ?? fallback;
}

function datesOf(event: TimelineEvent): Pick<TimelineJsSlide, "start_date" | "end_date"> {
  const { edtf, earliest, latest, precision } = event.date;
  const [startPart = "", endPart = ""] = edtf.split("/");
  if (earliest === null) {
    // Open start: TimelineJS needs a start, so the slide sits at the last possible day.
    return { start_date: dateOf(latest ?? "", precisionOf(endPart, precision)) };
  }
  const start = dateOf(earliest, precisionOf(startPart, precision));
  if (latest === null || (!edtf.includes("/") && !isStretch(precision))) {
    return { start_date: start };
  }
  const end = dateOf(latest, isStretch(precision) ? precision : precisionOf(endPart, precision));
  return { start_date: start, end_date: end };
}

function slide(event: TimelineEvent, dataset: Dataset): TimelineJsSlide {
  const actors = actorNames(event, dataset);
  const text = html`<p>${event.summary}</p>
    <p>
      <em>${statusSentence(event)}.</em
      >${actors.length > 0 ? html` Actors: ${actors.join(", ")}.` : ""}
    </p>
    ${
      event.reports.length > 1 || event.disagreements.length > 0
        ? html`<p>How it was reported:</p>
            <ol>
              ${historyOf(event, dataset).map((line) => html`<li>${line}</li>`)}
            </ol>`
        : ""
    }
    ${event.citations.map(
      (c) =>
        html`<blockquote>
          <p>“${c.exact}”</p>
          <p>— ${citationSourceLine(c, dataset)}</p>
        </blockquote>`,
    )}`;
  return {
    ...datesOf(event),
    display_date: formatDateLabel(event.date, event.status),
    text: { headline: html`${event.title}`.value, text: text.value },
    group: event.status,
    unique_id: event.id,
    autolink: false,
  };
}

/**
 * The events as a TimelineJS3 document (title slide from the dataset's title and description, and
 * the day the view was as reported up to, `options.asOf`), pretty-printed with 2 spaces and a
 * final newline. A slide of an event told by several articles lists its reports and their
 * disagreements. A pure function of its arguments.
 */
export function toTimelineJs(
  events: readonly TimelineEvent[],
  dataset: Dataset,
  options: { readonly asOf?: string | null } = {},
): string {
  const asOf = options.asOf ?? null;
  const doc: TimelineJsDocument = {
    title: {
      text: {
        headline: html`${dataset.title}`.value,
        text: html`<p>${dataset.description}</p>
          <p>
            ${String(events.length)} events, each with its source
            passages${asOf === null ? "" : `, as reported up to ${formatDayLong(asOf)}`}.
          </p>`.value,
      },
      // Not a slug, so it can never clash with an event id.
      unique_id: "_dateline-title",
      autolink: false,
    },
    events: events.map((e) => slide(e, dataset)),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
