import { describe, expect, it } from "vitest";
import { eventAsOf, projectAsOf, reportDays, stepReportDay } from "./asOf.ts";
import type { Dataset, EventDate, Report, Source, Status, TimelineEvent } from "./dataset.ts";
import { SCHEMA_VERSION } from "./dataset.ts";
import { compareEvents } from "./datasetOrder.ts";
import { parseEdtf } from "./dates.ts";
import { cite, sourceOf } from "./fixtures/build.ts";
import { readDataset } from "./readDataset.ts";
import { reconcileReports } from "./reports.ts";

const JUNE = sourceOf(
  { id: "june", title: "June story", dateline: "2023-06-18", attribution: "Wire" },
  [
    "The summit is planned for September.",
    "A forum will meet in November.",
    "A visit took place on Saturday.",
  ],
);
const AUGUST = sourceOf(
  { id: "august", title: "August story", dateline: "2023-08-20", attribution: "Wire" },
  ["The summit was put off.", "The forum is still set for November."],
);
const OCTOBER = sourceOf(
  { id: "october", title: "October story", dateline: "2023-10-03", attribution: "Daily" },
  ["The summit took place on 2 October.", "A new fund was set up on Monday."],
);
const SOURCES = [AUGUST, JUNE, OCTOBER];

function date(edtf: string, resolvedAgainst: string): EventDate {
  const parsed = parseEdtf(edtf);
  if (!parsed) throw new Error(edtf);
  return { edtf, ...parsed, phrase: edtf, resolvedAgainst };
}

type Told = { source: Source; status: Status | null; edtf: string | null; quotes: string[] };

/** An event as the pipeline writes it: reports in dateline order, the rest reconciled from them. */
function event(id: string, related: string[], told: Told[]): TimelineEvent {
  const citations = told.flatMap((t) => t.quotes.map((q) => cite(t.source, q)));
  let next = 0;
  const reports: Report[] = told.map((t) => ({
    source: t.source.id,
    dateline: t.source.dateline,
    status: t.status,
    date: t.edtf === null ? null : date(t.edtf, t.source.dateline),
    citations: t.quotes.map(() => next++),
  }));
  const story = reconcileReports(reports, titleOf);
  if (!story) throw new Error(id);
  return {
    id,
    title: id,
    summary: `${id}.`,
    actors: [],
    places: [],
    related,
    ...story,
    citations,
    reports,
  };
}

const titles = new Map(SOURCES.map((s) => [s.id, s.title]));
const titleOf = (id: string): string => titles.get(id) ?? id;

function dataset(): Dataset {
  const events = [
    event(
      "summit",
      ["fund"],
      [
        {
          source: JUNE,
          status: "planned",
          edtf: "2023-09",
          quotes: ["The summit is planned for September."],
        },
        { source: AUGUST, status: "postponed", edtf: null, quotes: ["The summit was put off."] },
        {
          source: OCTOBER,
          status: "occurred",
          edtf: "2023-10-02",
          quotes: ["The summit took place on 2 October."],
        },
      ],
    ),
    event(
      "forum",
      [],
      [
        {
          source: JUNE,
          status: "planned",
          edtf: "2023-11",
          quotes: ["A forum will meet in November."],
        },
        {
          source: AUGUST,
          status: null,
          edtf: null,
          quotes: ["The forum is still set for November."],
        },
      ],
    ),
    event(
      "visit",
      ["summit"],
      [
        {
          source: JUNE,
          status: "occurred",
          edtf: "2023-06-17",
          quotes: ["A visit took place on Saturday."],
        },
      ],
    ),
    event(
      "fund",
      ["summit"],
      [
        {
          source: OCTOBER,
          status: "occurred",
          edtf: "2023-10-02",
          quotes: ["A new fund was set up on Monday."],
        },
      ],
    ),
  ].sort(compareEvents);
  return {
    schemaVersion: SCHEMA_VERSION,
    title: "Fixture",
    description: "",
    corpusDigest: "0".repeat(64),
    sources: SOURCES,
    actors: [],
    places: [],
    events,
  };
}

describe("projectAsOf(dataset, day)", () => {
  it("is a valid dataset at every day, from before the first report to after the last", async () => {
    const full = dataset();
    expect((await readDataset(full)).ok).toBe(true);
    for (const day of ["2023-06-17", "2023-06-18", "2023-08-19", "2023-08-20", "2023-10-03"]) {
      const result = await readDataset(projectAsOf(full, day));
      expect(result.ok ? [] : result.problems, day).toEqual([]);
    }
  });

  it("shows only what had been reported by that day, as it was then reported", () => {
    const june = projectAsOf(dataset(), "2023-06-18");
    expect(june.sources.map((s) => s.id)).toEqual(["june"]);
    expect(june.events.map((e) => [e.id, e.status, e.asOf, e.date.edtf])).toEqual([
      ["visit", "occurred", "2023-06-18", "2023-06-17"],
      ["summit", "planned", "2023-06-18", "2023-09"],
      ["forum", "planned", "2023-06-18", "2023-11"],
    ]);
    // The fund, first reported in October, is gone, and so is the summit's link to it.
    expect(june.events.find((e) => e.id === "summit")?.related).toEqual([]);
    expect(june.events.find((e) => e.id === "visit")?.related).toEqual(["summit"]);
  });

  it("takes the status of the latest report up to the day, and its dateline as asOf", () => {
    const august = projectAsOf(dataset(), "2023-08-20");
    const summit = august.events.find((e) => e.id === "summit");
    expect([summit?.status, summit?.asOf, summit?.date.edtf]).toEqual([
      "postponed",
      "2023-08-20",
      "2023-09",
    ]);
    // A report that only quotes keeps its quote but does not move asOf.
    const forum = august.events.find((e) => e.id === "forum");
    expect([forum?.status, forum?.asOf, forum?.reports.length]).toEqual([
      "planned",
      "2023-06-18",
      2,
    ]);
  });

  it("renumbers the kept reports' citations, which keep their order", () => {
    const summit = dataset().events.find((e) => e.id === "summit");
    if (!summit) throw new Error("fixture");
    const august = eventAsOf(summit, "2023-08-20", titleOf);
    expect(august?.citations.map((c) => c.exact)).toEqual([
      "The summit is planned for September.",
      "The summit was put off.",
    ]);
    expect(august?.reports.map((r) => r.citations)).toEqual([[0], [1]]);
    expect(august?.disagreements).toEqual([]);
    // In October the date moved to 2 October: a disagreement then, not before.
    expect(summit.disagreements.map((d) => [d.kind, d.reports])).toEqual([
      ["dates-disjoint", [0, 2]],
    ]);
  });

  it("re-sorts events whose date changed, and passes untouched events on as they are", () => {
    const full = dataset();
    expect(full.events.map((e) => e.id)).toEqual(["visit", "fund", "summit", "forum"]);
    const august = projectAsOf(full, "2023-08-20");
    expect(august.events.map((e) => e.id)).toEqual(["visit", "summit", "forum"]);
    expect(august.events[0]).toBe(full.events[0]); // visit: all its reports by then
    expect(august.events[2]).toBe(full.events[3]); // forum: likewise
  });

  it("is the dataset itself once every report is out, and empty before the first", () => {
    const full = dataset();
    expect(projectAsOf(full, "2023-10-03")).toBe(full);
    expect(projectAsOf(full, "2099-01-01")).toBe(full);
    const before = projectAsOf(full, "2023-06-17");
    expect(before.events).toEqual([]);
    expect(before.sources).toEqual([]);
  });

  it("agrees with what the pipeline wrote when it keeps every report", () => {
    for (const e of dataset().events) {
      const { status, asOf, date: d, disagreements } = e;
      const again = reconcileReports(e.reports, titleOf);
      expect(again).toEqual({ status, asOf, date: d, disagreements });
    }
  });
});

describe("eventAsOf(event, day, titleOf)", () => {
  it("drops an event that only an earlier quote mentions, until a report states it", () => {
    // As a version-1 dataset can have it: an older article's bare quote, the definition later.
    const told = event(
      "x",
      [],
      [
        { source: JUNE, status: null, edtf: null, quotes: ["A forum will meet in November."] },
        {
          source: OCTOBER,
          status: "occurred",
          edtf: "2023-10-02",
          quotes: ["A new fund was set up on Monday."],
        },
      ],
    );
    expect(eventAsOf(told, "2023-07-01", titleOf)).toBeUndefined();
    expect(eventAsOf(told, "2023-10-03", titleOf)).toBe(told);
  });
});

describe("reportDays(sources)", () => {
  it("lists each publication day once, earliest first", () => {
    expect(reportDays(SOURCES)).toEqual(["2023-06-18", "2023-08-20", "2023-10-03"]);
    expect(reportDays([JUNE, JUNE, OCTOBER])).toEqual(["2023-06-18", "2023-10-03"]);
    expect(reportDays([])).toEqual([]);
  });
});

describe("stepReportDay(days, asOf, direction)", () => {
  const days = ["2023-06-18", "2023-08-20", "2023-10-03"];

  it("steps earlier from today's view to the report day before the last", () => {
    expect(stepReportDay(days, null, -1)).toBe("2023-08-20");
    expect(stepReportDay(days, "2023-08-20", -1)).toBe("2023-06-18");
    // Between report days the view is the earlier day's: a step earlier goes one further.
    expect(stepReportDay(days, "2023-09-01", -1)).toBe("2023-06-18");
  });

  it("has no step earlier than the first report day, nor later than today's view", () => {
    expect(stepReportDay(days, "2023-06-18", -1)).toBeUndefined();
    expect(stepReportDay(days, "2023-06-30", -1)).toBeUndefined();
    expect(stepReportDay(days, null, 1)).toBeUndefined();
    expect(stepReportDay([], null, -1)).toBeUndefined();
  });

  it("steps later to the next report day, and to today's view from the last one on", () => {
    expect(stepReportDay(days, "2023-06-18", 1)).toBe("2023-08-20");
    expect(stepReportDay(days, "2023-09-01", 1)).toBeNull();
    expect(stepReportDay(days, "2023-08-20", 1)).toBeNull();
    expect(stepReportDay(days, "2023-10-03", 1)).toBeNull();
    expect(stepReportDay(days, "2030-01-01", 1)).toBeNull();
  });
});
