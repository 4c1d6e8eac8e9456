/**
 * The downloads the explorer's Export menu offers, each a pure function of the view's events and
 * the dataset. Loaded only when the menu first opens: readers who never export never download it.
 */
import type { Dataset, TimelineEvent } from "../model/dataset.ts";
import { toCsv } from "./csv.ts";
import { calendarEvents, toIcs } from "./ics.ts";
import { toJsonExport } from "./jsonExport.ts";
import { toTimelineJs } from "./timelineJs.ts";

export type ExportFormat = {
  key: "csv" | "json" | "ics" | "timelinejs";
  label: string;
  /** How many events the file will hold. */
  count: number;
  filename: string;
  mimeType: string;
  build: () => string;
};

/**
 * The formats for these events; `siteUrl` is where the share pages live (the app's folder), and
 * `asOf` the day the view is as reported up to (null: today's): `dataset` and `events` are then
 * what had been reported by that day, and the files say so.
 */
export function exportFormats(
  events: readonly TimelineEvent[],
  dataset: Dataset,
  siteUrl: string,
  asOf: string | null = null,
): ExportFormat[] {
  return [
    {
      key: "csv",
      label: "CSV spreadsheet (.csv)",
      count: events.length,
      filename: "dateline-events.csv",
      mimeType: "text/csv;charset=utf-8",
      build: () => toCsv(events, dataset),
    },
    {
      key: "json",
      label: "JSON with citations (.json)",
      count: events.length,
      filename: "dateline-events.json",
      mimeType: "application/json",
      build: () => toJsonExport(events, dataset, { asOf }),
    },
    {
      key: "ics",
      label: "iCalendar of planned and expected events (.ics)",
      count: calendarEvents(events).length,
      filename: "dateline-calendar.ics",
      mimeType: "text/calendar;charset=utf-8",
      // Entries link to the share pages beside this app.
      build: () => toIcs(events, dataset, { siteUrl }),
    },
    {
      key: "timelinejs",
      label: "TimelineJS (.json)",
      count: events.length,
      filename: "dateline-timelinejs.json",
      mimeType: "application/json",
      build: () => toTimelineJs(events, dataset, { asOf }),
    },
  ];
}
