import ICAL from "ical.js";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { projectAsOf } from "../model/asOf.ts";
import { HOSTILE_TITLE, storyDataset, storyEventOf } from "../model/fixtures/storyDataset.ts";
import { readDataset } from "../model/readDataset.ts";
import { cardAlt, eventCardContent } from "./cardContent.ts";
import { calendarSpan, toIcs } from "./ics.ts";
import { escapeHtml } from "./html.ts";
import { toCsv } from "./csv.ts";
import type { JsonExport } from "./jsonExport.ts";
import { toJsonExport } from "./jsonExport.ts";
import { renderSharePages } from "./pages.ts";
import type { TimelineJsDocument } from "./timelineJs.ts";
import { toTimelineJs } from "./timelineJs.ts";

// Exports and share pages of events told by several articles: each carries the current status
// and date, and the history (reports, disagreements) in its description, as text.
const DATASET = storyDataset();
const APEC = storyEventOf(DATASET, "apec");
const DELHI = storyEventOf(DATASET, "delhi");

const APEC_HISTORY = [
  "18 June 2023, “San Francisco to host APEC” (Wire): planned, November 2023",
  `16 November 2023, “${HOSTILE_TITLE}” (Wire & Co): occurred, 15 November 2023`,
];

describe("toJsonExport(events, dataset, { asOf })", () => {
  it("carries every event's reports and disagreements in a valid dataset", async () => {
    const file = JSON.parse(toJsonExport(DATASET.events, DATASET)) as JsonExport;
    expect((await readDataset(file.dataset)).ok).toBe(true);
    const delhi = file.dataset.events.find((e) => e.id === "delhi");
    expect(delhi?.reports).toEqual(DELHI.reports);
    expect(delhi?.disagreements).toEqual(DELHI.disagreements);
    expect(file.fields["reports"]).toMatch(/dateline order/);
    expect(file.fields["disagreements"]).toMatch(/cannot both be true/);
    expect(file.asReportedUpTo).toBeNull();
  });

  it("says the day a view was as reported up to, and holds only what was known then", async () => {
    const june = projectAsOf(DATASET, "2023-06-18");
    const file = JSON.parse(toJsonExport(june.events, june, { asOf: "2023-06-18" })) as JsonExport;
    expect(file.asReportedUpTo).toBe("2023-06-18");
    expect(file.description).toContain("as reported up to 18 June 2023");
    const apec = file.dataset.events.find((e) => e.id === "apec");
    expect([apec?.status, apec?.date.edtf, apec?.reports.length]).toEqual([
      "planned",
      "2023-11",
      1,
    ]);
    expect(file.dataset.sources.map((s) => s.id)).toEqual(["june"]);
    expect((await readDataset(file.dataset)).ok).toBe(true);
  });
});

describe("toCsv(events, dataset) of a story", () => {
  const rows = Papa.parse<Record<string, string>>(toCsv(DATASET.events, DATASET), {
    header: true,
    skipEmptyLines: true,
  });
  const row = (id: string) => rows.data.find((r) => r["id"] === id);

  it("gives the current status and date, the number of reports and the history, line by line", () => {
    expect(rows.errors).toEqual([]);
    expect(row("apec")).toMatchObject({
      status: "occurred",
      edtf: "2023-11-15",
      as_of: "2023-11-16",
      reports: "2",
      history: APEC_HISTORY.join("\n"),
    });
  });

  it("ends the history with the disagreements, in words", () => {
    expect(row("delhi")?.["history"]?.split("\n").at(-1)).toBe(
      `The reports disagree: ${DELHI.disagreements[0]?.sentence ?? ""}`,
    );
    expect(row("fund")?.["history"]).toBe(
      "3 October 2023, “Delhi summit held” (Daily): occurred, 2 October 2023",
    );
  });
});

describe("toIcs(events, dataset) of a story", () => {
  it("carries the current status and date, and the history in DESCRIPTION", () => {
    const june = projectAsOf(DATASET, "2023-10-03");
    // As known on 3 October the APEC meeting was still planned: it is in the calendar.
    const ics = toIcs(june.events, june);
    const [vevent] = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents("vevent");
    if (!vevent) throw new Error("no entry for the planned meeting");
    const entry = new ICAL.Event(vevent);
    expect(entry.uid).toBe("apec@dateline");
    expect(entry.description).toContain("When: November 2023 (planned).");
    expect(entry.description).not.toContain("How it was reported");

    const planned = { ...APEC, status: "planned" as const };
    const told = new ICAL.Event(
      new ICAL.Component(ICAL.parse(toIcs([planned], DATASET)) as unknown[]).getFirstSubcomponent(
        "vevent",
      ) ?? undefined,
    );
    expect(told.description).toContain(
      ["How it was reported:", ...APEC_HISTORY.map((l) => `- ${l}`)].join("\n"),
    );
  });

  it("says a date between two days is one of them, not a precision called 'span'", () => {
    const note = calendarSpan({
      edtf: "[2005-01-01..2005-06-13]",
      precision: "span",
      earliest: "2005-01-01",
      latest: "2005-06-13",
      phrase: "earlier this year",
      resolvedAgainst: "2005-06-13",
    }).note;
    expect(note).toBe(
      "The date is one day between these two, not known which: this entry spans every day it may fall on, 1 January – 13 June 2005.",
    );
    expect(note).not.toMatch(/known only to the span/);
  });
});

describe("toTimelineJs(events, dataset, { asOf }) of a story", () => {
  const doc = JSON.parse(toTimelineJs(DATASET.events, DATASET)) as TimelineJsDocument;
  const slide = (id: string) => doc.events.find((e) => e.unique_id === id);

  it("lists the reports of an event told twice, escaped, in its text", () => {
    const text = slide("apec")?.text.text ?? "";
    expect(text).toContain("<p>How it was reported:</p>");
    for (const line of APEC_HISTORY) expect(text).toContain(`<li>${escapeHtml(line)}</li>`);
    expect(text).not.toContain("<b>");
    expect(slide("apec")?.display_date).toBe("15 November 2023");
  });

  it("leaves the history out of an event told once, and names the view's day on the title slide", () => {
    expect(slide("fund")?.text.text).not.toContain("How it was reported");
    const june = JSON.parse(
      toTimelineJs([], DATASET, { asOf: "2023-06-18" }),
    ) as TimelineJsDocument;
    expect(june.title.text.text).toContain("as reported up to 18 June 2023");
  });
});

/** The words of an HTML fragment: tags dropped, entities decoded, white space collapsed. */
function words(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .replace(/ ([.,)])/g, "$1")
    .trim();
}

describe("an event's share page of a story", () => {
  const pages = new Map(renderSharePages(DATASET).map((p) => [p.path, p.html]));
  const apec = pages.get("e/apec/index.html") ?? "";
  const delhi = pages.get("e/delhi/index.html") ?? "";

  it("lists the reports in order, each with what it said and its passages", () => {
    expect(apec).toContain("How it was reported (2 reports)");
    const reports = apec.split('<li class="report">').slice(1);
    expect(reports).toHaveLength(2);
    expect(words(reports[0] ?? "")).toContain("Said: planned, November 2023 (“in November”)");
    expect(words(reports[0] ?? "")).toContain(APEC.citations[0]?.exact ?? "?");
    expect(words(reports[1] ?? "")).toContain(
      "Said: occurred, 15 November 2023 (“on 15 November”)",
    );
    expect(words(apec)).toContain(
      "Planned as of 18 June 2023; occurred, reported 16 November 2023.",
    );
  });

  it("shows the article's markup as text", () => {
    expect(apec).toContain(escapeHtml(HOSTILE_TITLE));
    expect(apec).not.toContain("<b>leaders</b>");
  });

  it("shows a disagreement in sight, and which reports it is between", () => {
    expect(delhi).toContain('<div class="disagreements">');
    expect(delhi).toContain(escapeHtml(DELHI.disagreements[0]?.sentence ?? "?"));
    expect(words(delhi)).toContain("Cannot agree with report 2.");
  });

  it("keeps the plain list of sources for an event told once", () => {
    const fund = pages.get("e/fund/index.html") ?? "";
    expect(fund).not.toContain("How it was reported");
    expect(words(fund)).toContain("Source A new fund was set up on Monday");
  });
});

describe("eventCardContent(event, dataset) of a story", () => {
  it("says how many reports and what changed, on the card and in its text", () => {
    const card = eventCardContent(APEC, DATASET);
    expect(card.story).toBe("2 reports, status changed");
    expect(cardAlt(card)).toContain("2 reports, status changed.");
    expect(eventCardContent(DELHI, DATASET).story).toBe("2 reports, reports disagree");
    expect(eventCardContent(storyEventOf(DATASET, "harbour"), DATASET).story).toBe("2 reports");
    expect(eventCardContent(storyEventOf(DATASET, "fund"), DATASET).story).toBeNull();
  });
});
