import { describe, expect, it } from "vitest";
import { projectAsOf } from "./asOf.ts";
import type { EventDate, Report, TimelineEvent } from "./dataset.ts";
import { parseEdtf } from "./dates.ts";
import { storyDataset, storyEventOf } from "./fixtures/storyDataset.ts";
import { readDataset } from "./readDataset.ts";
import {
  dateHistory,
  historyLines,
  reportByline,
  reportSays,
  statusHistory,
  storyChanged,
  storyMarked,
  storyMarks,
  storyPhrase,
} from "./story.ts";

const DATASET = storyDataset();
const APEC = storyEventOf(DATASET, "apec");
const DELHI = storyEventOf(DATASET, "delhi");
const HARBOUR = storyEventOf(DATASET, "harbour");
const FUND = storyEventOf(DATASET, "fund");

function dated(edtf: string, resolvedAgainst = "2023-06-18"): EventDate {
  const parsed = parseEdtf(edtf);
  if (!parsed) throw new Error(edtf);
  return { edtf, ...parsed, phrase: edtf, resolvedAgainst };
}

function report(dateline: string, status: Report["status"], edtf: string | null): Report {
  return {
    source: `s${dateline}`,
    dateline,
    status,
    date: edtf ? dated(edtf, dateline) : null,
    citations: [0],
  };
}

/** An event with only the fields the story reads. */
function told(reports: Report[], disagreements = 0): TimelineEvent {
  return {
    ...FUND,
    reports,
    disagreements: Array.from({ length: disagreements }, () => ({
      kind: "dates-disjoint" as const,
      reports: [0, 1],
      sentence: "They differ.",
    })),
  };
}

describe("the story fixture", () => {
  it("is a valid dataset as the app reads it", async () => {
    const result = await readDataset(DATASET);
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });
});

describe("storyMarks(event)", () => {
  it("counts the reports and says the status changed from planned to occurred", () => {
    expect(storyMarks(APEC)).toEqual({
      reports: 2,
      statusChanged: true,
      date: "refined",
      disagreements: 0,
    });
  });

  it("calls dates that share no day moved, and counts the disagreement", () => {
    expect(storyMarks(DELHI)).toMatchObject({ date: "moved", disagreements: 1 });
  });

  it("leaves out reports that state nothing: a bare quote changes neither status nor date", () => {
    expect(storyMarks(HARBOUR)).toEqual({
      reports: 2,
      statusChanged: false,
      date: "same",
      disagreements: 0,
    });
  });

  it("sees no change in one report, nor in reports that repeat the same status and date", () => {
    expect(storyMarks(FUND)).toEqual({
      reports: 1,
      statusChanged: false,
      date: "same",
      disagreements: 0,
    });
    const repeated = told([
      report("2023-01-01", "planned", "2023-03"),
      report("2023-02-01", "planned", "2023-03"),
    ]);
    expect(storyChanged(storyMarks(repeated))).toBe(false);
  });

  it("calls a date refined when it went back to a coarser one that still holds the day", () => {
    const itunes = told([
      report("2006-03-28", "occurred", "2003"),
      report("2008-01-09", "occurred", "2003-04-28"),
      report("2008-04-09", "occurred", "2003"),
    ]);
    expect(storyMarks(itunes).date).toBe("refined");
  });

  it("is computed once per event object", () => {
    expect(storyMarks(APEC)).toBe(storyMarks(APEC));
  });
});

describe("storyMarked(marks) and storyPhrase(marks)", () => {
  it("marks an event told by several reports, and says what changed", () => {
    expect(storyMarked(storyMarks(APEC))).toBe(true);
    expect(storyPhrase(storyMarks(APEC))).toBe("2 reports, status changed, date refined");
    expect(storyPhrase(storyMarks(DELHI))).toBe(
      "2 reports, status changed, date moved, reports disagree",
    );
    expect(storyPhrase(storyMarks(HARBOUR))).toBe("2 reports");
  });

  it("leaves an event told once unmarked", () => {
    expect(storyMarked(storyMarks(FUND))).toBe(false);
    expect(storyPhrase(storyMarks(FUND))).toBeNull();
  });

  it("marks a disagreement even in one report's worth of marks", () => {
    expect(storyPhrase({ reports: 1, statusChanged: false, date: "same", disagreements: 1 })).toBe(
      "1 report, reports disagree",
    );
  });
});

describe("statusHistory(event)", () => {
  it("says a changed status in words, with the day of each report", () => {
    expect(statusHistory(APEC)).toBe(
      "Planned as of 18 June 2023; occurred, reported 16 November 2023.",
    );
  });

  it("joins the days of reports that repeat a status", () => {
    const iphone = told([
      report("2010-06-08", "planned", "2010-06-24"),
      report("2010-06-16", "planned", "2010-06-24"),
      report("2010-07-17", "occurred", null),
    ]);
    expect(statusHistory(iphone)).toBe(
      "Planned as of 8 June 2010 and 16 June 2010; occurred, reported 17 July 2010.",
    );
  });

  it("is null when the status never changed", () => {
    expect(statusHistory(HARBOUR)).toBeNull();
    expect(statusHistory(FUND)).toBeNull();
  });

  it("tells the story as it was known on a day: one report, no change", () => {
    const june = storyEventOf(projectAsOf(DATASET, "2023-06-18"), "apec");
    expect(statusHistory(june)).toBeNull();
    expect(june.status).toBe("planned");
  });
});

describe("dateHistory(event)", () => {
  it("says a changed date in words, at each date's own precision", () => {
    expect(dateHistory(APEC)).toBe(
      "Dated November 2023 as of 18 June 2023; 15 November 2023, reported 16 November 2023.",
    );
    const intel = told([
      report("2005-06-06", "planned", "2006"),
      report("2006-01-11", "ongoing", "2006-22"),
    ]);
    expect(dateHistory(intel)).toBe(
      "Dated 2006 as of 6 June 2005; summer 2006, reported 11 January 2006.",
    );
  });

  it("is null when no report gave another date", () => {
    expect(dateHistory(HARBOUR)).toBeNull();
  });
});

describe("reportSays(report)", () => {
  it("says the status and the date a report gave, at the date's precision", () => {
    expect(reportSays(report("2023-06-18", "planned", "2023-11"))).toBe("planned, November 2023");
    expect(reportSays(report("2005-06-13", "occurred", "2005"))).toBe("occurred, 2005");
    expect(reportSays(report("2005-06-13", "occurred", "[2005-01-01..2005-06-13]"))).toBe(
      "occurred, between 1 January and 13 June 2005",
    );
  });

  it("says what a report left out", () => {
    expect(reportSays(report("2023-06-18", "occurred", null))).toBe("occurred (no date given)");
    expect(reportSays(report("2023-06-18", null, "2004"))).toBe("dated 2004 (no status given)");
    expect(reportSays(report("2023-06-18", null, null))).toBe("quoted, with no status or date");
  });
});

describe("reportByline(report, source) and historyLines(event, sourceOf)", () => {
  const sourceOf = (id: string) => DATASET.sources.find((s) => s.id === id);

  it("names the report's day, its article and its outlet, keeping the article's words as text", () => {
    expect(reportByline(APEC.reports[1] as Report, sourceOf("november"))).toBe(
      "16 November 2023, “APEC <b>leaders</b> meet” (Wire & Co)",
    );
    expect(reportByline({ source: "gone", dateline: "2023-06-18" }, undefined)).toBe(
      "18 June 2023, gone",
    );
  });

  it("lists every report in order, then every disagreement", () => {
    expect(historyLines(DELHI, sourceOf)).toEqual([
      "18 June 2023, “San Francisco to host APEC” (Wire): planned, September 2023",
      "3 October 2023, “Delhi summit held” (Daily): occurred, 2 October 2023",
      `The reports disagree: ${DELHI.disagreements[0]?.sentence ?? ""}`,
    ]);
  });
});
