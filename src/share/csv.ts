/**
 * CSV export of a list of events (RFC 4180). One row per event, in the order given, under a
 * header row naming the columns of CSV_COLUMNS (documented there and in docs/sharing.md, "Exports").
 */
import type { Dataset, TimelineEvent } from "../model/dataset.ts";
import { formatDateLabel, precisionIdList } from "../model/dateLabels.ts";
import { statusIdList } from "../model/statuses.ts";
import { actorNames, historyOf, placeNames } from "./lookup.ts";

/** The CSV's columns, in order, with what each holds. */
export const CSV_COLUMNS = [
  ["id", "the event's stable id (a slug); its page is e/<id>/ and its app link ?event=<id>"],
  ["title", "the event's title"],
  [
    "edtf",
    "the date as EDTF (ISO 8601-2): 2023-09, 2023-06-18/2023-06-19, ../2023-06-17, 2023-10-02/..",
  ],
  [
    "date_label",
    "the date as Dateline shows it, with precision and status: September 2023 (expected)",
  ],
  ["earliest", "first day the date covers, YYYY-MM-DD, inclusive; empty for an open start"],
  ["latest", "last day the date covers, YYYY-MM-DD, inclusive; empty for an open end"],
  ["precision", precisionIdList()],
  ["status", statusIdList()],
  ["as_of", "the dateline (YYYY-MM-DD) at which the status holds"],
  ["actors", "actor ids, separated by ;"],
  [
    "actor_names",
    "actor display names in the same order, separated by '; ' (for reading, not parsing)",
  ],
  ["places", "place ids, separated by ;"],
  [
    "place_names",
    "place display names in the same order, separated by '; ' (for reading, not parsing)",
  ],
  ["related", "ids of related events, separated by ; (they may lie outside the export)"],
  ["summary", "the editors' summary"],
  [
    "citations",
    "JSON array of {source, start, end, paragraph, exact}: article id, UTF-16 offsets into the article text (0-based, end exclusive), 0-based paragraph index, and the verbatim quote",
  ],
  ["reports", "how many articles report the event (the first is the one that defines it)"],
  [
    "history",
    "one line per report, in dateline order: its date, article and outlet, and the status and date it gave; then one line per disagreement between reports",
  ],
] as const;

/** A column name of the CSV. */
export type CsvColumn = (typeof CSV_COLUMNS)[number][0];

/** Options of toCsv. */
export type CsvOptions = {
  /**
   * Start with a UTF-8 byte order mark (default true), so spreadsheet programs read accented and
   * non-Latin names as UTF-8. CSV parsers (papaparse, Python's csv with utf-8-sig) skip it.
   */
  readonly byteOrderMark?: boolean;
};

/**
 * Cells a spreadsheet would run as a formula begin with = + - @ (or a tab or carriage return, which
 * some programs strip first). Such cells get a leading apostrophe, the OWASP-recommended defence,
 * so opening the file never executes data; strip a leading ' from those columns to get the raw text.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** A field quoted per RFC 4180 when it holds a quote, comma, CR or LF (quotes doubled). */
export function quoteField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function row(cells: readonly string[]): string {
  return cells.map((cell) => quoteField(neutralizeFormula(cell))).join(",");
}

function cellsOf(event: TimelineEvent, dataset: Dataset): Record<CsvColumn, string> {
  return {
    id: event.id,
    title: event.title,
    edtf: event.date.edtf,
    date_label: formatDateLabel(event.date, event.status),
    earliest: event.date.earliest ?? "",
    latest: event.date.latest ?? "",
    precision: event.date.precision,
    status: event.status,
    as_of: event.asOf,
    actors: event.actors.join(";"),
    actor_names: actorNames(event, dataset).join("; "),
    places: event.places.join(";"),
    place_names: placeNames(event, dataset).join("; "),
    related: event.related.join(";"),
    summary: event.summary,
    citations: JSON.stringify(
      event.citations.map(({ source, start, end, paragraph, exact }) => ({
        source,
        start,
        end,
        paragraph,
        exact,
      })),
    ),
    reports: String(event.reports.length),
    history: historyOf(event, dataset).join("\n"),
  };
}

/**
 * The events as CSV text: a header row of CSV_COLUMNS, then one row per event in the given order.
 * Records end with CRLF (including the last); fields are quoted only when they must be; formula
 * cells are neutralized (see neutralizeFormula). A pure function of its arguments.
 */
export function toCsv(
  events: readonly TimelineEvent[],
  dataset: Dataset,
  options: CsvOptions = {},
): string {
  const names = CSV_COLUMNS.map(([name]) => name);
  const lines = [
    row(names),
    ...events.map((event) => {
      const cells = cellsOf(event, dataset);
      return row(names.map((name) => cells[name]));
    }),
  ];
  const bom = options.byteOrderMark === false ? "" : "\uFEFF";
  return `${bom}${lines.join("\r\n")}\r\n`;
}
