import { describe, expect, it } from "vitest";
import type { EventDate, Status } from "./dataset.ts";
import { parseEdtf } from "./dates.ts";
import type { ReportFacts } from "./reports.ts";
import { datesOverlap, findDisagreements, reconcileReports } from "./reports.ts";

function date(edtf: string, resolvedAgainst: string, phrase = edtf): EventDate {
  const parsed = parseEdtf(edtf);
  if (!parsed) throw new Error(edtf);
  return { edtf, ...parsed, phrase, resolvedAgainst };
}

/** A report of `dateline` by source `s<dateline>`, stating what is given. */
function report(dateline: string, status: Status | null, edtf: string | null): ReportFacts {
  return {
    source: `s${dateline}`,
    dateline,
    status,
    date: edtf === null ? null : date(edtf, dateline),
  };
}

const title = (source: string): string => `Title ${source}`;

describe("reconcileReports(reports, titleOf)", () => {
  it("takes status and asOf from the latest report that states a status, not from a bare quote", () => {
    const story = reconcileReports(
      [
        report("2023-06-18", "planned", "2023-11"),
        report("2023-11-16", "occurred", "2023-11-15"),
        report("2023-12-01", null, null),
      ],
      title,
    );
    expect(story).toMatchObject({ status: "occurred", asOf: "2023-11-16" });
  });

  it("lets a later day refine an earlier month, and keeps an earlier day a later month agrees with", () => {
    const refined = reconcileReports(
      [report("2023-06-18", "planned", "2023-11"), report("2023-11-16", "occurred", "2023-11-15")],
      title,
    );
    expect(refined?.date).toEqual(date("2023-11-15", "2023-11-16"));
    const kept = reconcileReports(
      [report("2023-06-18", "planned", "2023-11-15"), report("2023-11-16", "occurred", "2023-11")],
      title,
    );
    expect(kept?.date).toEqual(date("2023-11-15", "2023-06-18"));
    expect(kept?.status).toBe("occurred");
  });

  it("gives equally precise dates to the later report", () => {
    const story = reconcileReports(
      [report("2023-06-18", "planned", "2023-11"), report("2023-07-01", "planned", "2023-11")],
      title,
    );
    expect(story?.date.resolvedAgainst).toBe("2023-07-01");
  });

  it("follows a date that moved: the latest date frames the choice", () => {
    const story = reconcileReports(
      [report("2023-06-18", "planned", "2023-09-15"), report("2023-09-01", "postponed", "2023-10")],
      title,
    );
    expect(story?.date.edtf).toBe("2023-10");
    expect(story?.disagreements.map((d) => d.kind)).toEqual(["dates-disjoint"]);
  });

  it("counts an open end as endless: a closed year is more precise than 'before 18 June'", () => {
    const story = reconcileReports(
      [report("2023-01-10", "occurred", "2023"), report("2023-06-18", null, "../2023-06-17")],
      title,
    );
    expect(story?.date.edtf).toBe("2023");
  });

  it("is undefined until some report states a status and some report a date", () => {
    expect(reconcileReports([], title)).toBeUndefined();
    expect(reconcileReports([report("2023-01-01", null, "2023")], title)).toBeUndefined();
    expect(reconcileReports([report("2023-01-01", "occurred", null)], title)).toBeUndefined();
    expect(
      reconcileReports(
        [report("2023-01-01", "occurred", null), report("2023-02-01", null, "2023")],
        title,
      ),
    ).toMatchObject({ status: "occurred", asOf: "2023-01-01", date: { edtf: "2023" } });
  });
});

describe("findDisagreements(reports, titleOf)", () => {
  it("finds dates that do not overlap, and says so", () => {
    expect(
      findDisagreements(
        [
          report("2023-06-18", "planned", "2023-09"),
          report("2023-10-03", "occurred", "2023-10-02"),
        ],
        title,
      ),
    ).toEqual([
      {
        kind: "dates-disjoint",
        reports: [0, 1],
        sentence:
          "“Title s2023-06-18” (18 June 2023) dates it September 2023; “Title s2023-10-03” (3 October 2023) dates it 2 October 2023. The two dates do not overlap.",
      },
    ]);
  });

  it("finds what had happened, then had not; not what was planned, then happened", () => {
    const reversed = findDisagreements(
      [report("2023-03-01", "ongoing", null), report("2023-03-10", "expected", null)],
      title,
    );
    expect(reversed).toEqual([
      {
        kind: "status-reversed",
        reports: [0, 1],
        sentence:
          "“Title s2023-03-01” (1 March 2023) reports it as ongoing; the later “Title s2023-03-10” (10 March 2023) calls it expected.",
      },
    ]);
    for (const later of ["planned", "hoped-for", "postponed"] as const) {
      expect(
        findDisagreements(
          [report("2023-03-01", "occurred", null), report("2023-03-10", later, null)],
          title,
        ).map((d) => d.kind),
      ).toEqual(["status-reversed"]);
    }
    expect(
      findDisagreements(
        [report("2023-03-01", "planned", null), report("2023-03-10", "occurred", null)],
        title,
      ),
    ).toEqual([]);
  });

  it("finds two reports of one day with different statuses, and not with the same one", () => {
    const a = { ...report("2023-05-02", "expected", null), source: "a" };
    const b = { ...report("2023-05-02", "postponed", null), source: "b" };
    expect(findDisagreements([a, b], title)).toEqual([
      {
        kind: "same-dateline",
        reports: [0, 1],
        sentence:
          "Two reports of 2 May 2023 differ: “Title a” calls it expected, “Title b” postponed.",
      },
    ]);
    expect(findDisagreements([a, { ...a, source: "c" }], title)).toEqual([]);
    // An occurred and a planned of one day: said once, as a same-day disagreement.
    expect(
      findDisagreements(
        [
          { ...a, status: "occurred" },
          { ...b, status: "planned" },
        ],
        title,
      ).map((d) => d.kind),
    ).toEqual(["same-dateline"]);
  });

  it("ignores what reports leave unsaid, and names every pair that disagrees", () => {
    expect(
      findDisagreements(
        [report("2023-01-01", "occurred", "2023-01"), report("2023-02-01", null, null)],
        title,
      ),
    ).toEqual([]);
    const three = findDisagreements(
      [
        report("2023-01-01", "planned", "2023-09"),
        report("2023-02-01", "planned", "2023-09"),
        report("2023-10-03", "occurred", "2023-10-02"),
      ],
      title,
    );
    expect(three.map((d) => d.reports)).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });
});

describe("datesOverlap(a, b)", () => {
  it.each([
    ["2023-11", "2023-11-15", true],
    ["2023-09", "2023-10-02", false],
    ["2023-09-30", "2023-10", false],
    ["../2023-06-17", "2023-06-17", true],
    ["../2023-06-17", "2023-06-18", false],
    ["2023-06-18/..", "2023-06-17", false],
    ["2023-06-18/..", "../2023-06-18", true],
    ["2005-22", "2005-08-31", true],
    ["[2005-01-01..2005-06-13]", "2005-06-14", false],
  ])("%s and %s: %s", (a, b, expected) => {
    expect(datesOverlap(date(a, "2023-06-18"), date(b, "2023-06-18"))).toBe(expected);
    expect(datesOverlap(date(b, "2023-06-18"), date(a, "2023-06-18"))).toBe(expected);
  });
});
