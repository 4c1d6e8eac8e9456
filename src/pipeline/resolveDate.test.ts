import { describe, expect, it } from "vitest";
import type { EventDate } from "../model/dataset.ts";
import { parseEdtf, weekdayOf } from "../model/dates.ts";
import type { DateSpec, Direction } from "./resolveDate.ts";
import { datasetDate, resolveDate } from "./resolveDate.ts";

/** Every date resolved in this file, to check their consistency with parseEdtf at the end. */
const resolved: EventDate[] = [];

function resolve(
  phrase: string,
  dateline: string,
  options: Omit<DateSpec, "phrase"> = {},
  anchor?: EventDate,
): EventDate {
  const result = resolveDate({ phrase, ...options }, dateline, anchor);
  if ("problem" in result) throw new Error(`${phrase} @ ${dateline}: ${result.problem.message}`);
  resolved.push(result.date);
  return result.date;
}

function edtf(phrase: string, dateline: string, direction?: Direction, anchor?: EventDate): string {
  return resolve(phrase, dateline, direction === undefined ? {} : { direction }, anchor).edtf;
}

function problem(
  phrase: string,
  dateline: string,
  options: Omit<DateSpec, "phrase"> = {},
  anchor?: EventDate,
): { message: string; hint: string } {
  const result = resolveDate({ phrase, ...options }, dateline, anchor);
  if (!("problem" in result)) throw new Error(`${phrase} resolved to ${result.date.edtf}`);
  return result.problem;
}

/** An anchor event's date, as resolveDate itself would produce it. */
function anchorOf(phrase: string, dateline: string, direction?: Direction): EventDate {
  return resolve(phrase, dateline, direction === undefined ? {} : { direction });
}

const SUNDAY = "2023-06-18"; // the seed's dateline

describe("resolveDate(spec, dateline, anchor?)", () => {
  it("checks the test datelines' weekdays", () => {
    expect(weekdayOf(SUNDAY)).toBe(0);
    expect(weekdayOf("2024-01-10")).toBe(3);
    expect(weekdayOf("2024-03-01")).toBe(5);
    expect(weekdayOf("2024-12-31")).toBe(2);
  });

  describe("explicit dates", () => {
    it.each([
      "18 June 2023",
      "June 18, 2023",
      "June 18 2023",
      "2023-06-18",
      "on 18 June 2023",
      "18th June 2023",
      "the 18th of June 2023",
      "Jun 18, 2023",
    ])("reads %j as 2023-06-18 on any dateline", (phrase) => {
      for (const dateline of [SUNDAY, "2020-01-01", "2030-12-31"]) {
        expect(resolve(phrase, dateline)).toEqual({
          edtf: "2023-06-18",
          precision: "day",
          earliest: "2023-06-18",
          latest: "2023-06-18",
          phrase,
          resolvedAgainst: dateline,
        });
      }
    });

    it("reads a month and year as the whole month, leap Februaries included", () => {
      expect(resolve("June 2023", SUNDAY)).toMatchObject({
        edtf: "2023-06",
        precision: "month",
        earliest: "2023-06-01",
        latest: "2023-06-30",
      });
      expect(resolve("in February 2024", SUNDAY)).toMatchObject({
        edtf: "2024-02",
        earliest: "2024-02-01",
        latest: "2024-02-29",
      });
      expect(resolve("February 2023", SUNDAY)).toMatchObject({
        edtf: "2023-02",
        latest: "2023-02-28",
      });
      expect(resolve("2023-12", SUNDAY)).toMatchObject({ edtf: "2023-12", latest: "2023-12-31" });
    });

    it("reads a year as the whole year", () => {
      expect(resolve("in 2022", SUNDAY)).toMatchObject({
        edtf: "2022",
        precision: "year",
        earliest: "2022-01-01",
        latest: "2022-12-31",
      });
      expect(edtf("1999", SUNDAY)).toBe("1999");
    });

    it("accepts 29 February in a leap year and names the impossible date otherwise", () => {
      expect(edtf("29 February 2024", SUNDAY)).toBe("2024-02-29");
      expect(edtf("2024-02-29", SUNDAY)).toBe("2024-02-29");
      expect(problem("2023-02-29", SUNDAY).message).toBe(
        'impossible date "2023-02-29": no such day in the calendar',
      );
      expect(problem("on 30 February 2023", SUNDAY).message).toMatch(
        /^impossible date "on 30 February 2023"/,
      );
      expect(problem("31 April 2023", SUNDAY).hint).toBe("correct the date to a real calendar day");
      expect(problem("2023-13", SUNDAY).message).toMatch(/impossible date "2023-13"/);
      expect(problem("29 February 1900", SUNDAY).message).toMatch(/impossible date/); // not a leap year
      expect(edtf("29 February 2000", SUNDAY)).toBe("2000-02-29"); // a leap year
    });
  });

  describe("a day and month without a year", () => {
    it("picks the nearest one on the direction side, the dateline's own day included", () => {
      expect(edtf("on 18 June", SUNDAY, "past")).toBe("2023-06-18");
      expect(edtf("on 19 June", SUNDAY, "past")).toBe("2022-06-19");
      expect(edtf("June 17", SUNDAY, "future")).toBe("2024-06-17");
      expect(edtf("on 2 January", "2023-12-20", "future")).toBe("2024-01-02");
    });

    it("finds the nearest 29 February that exists", () => {
      expect(edtf("29 February", "2023-06-18", "past")).toBe("2020-02-29");
      expect(edtf("29 February", "2023-06-18", "future")).toBe("2024-02-29");
    });

    it("needs a direction", () => {
      expect(problem("18 June", SUNDAY).hint).toBe("add direction: past or future");
    });
  });

  describe("a bare month name", () => {
    it.each([
      ["in February", "past", "2023-02"],
      ["in February", "future", "2024-02"],
      ["in June", "past", "2023-06"],
      ["in June", "future", "2023-06"],
      ["in November", "past", "2022-11"],
      ["in November", "future", "2023-11"],
      ["in September", "future", "2023-09"],
      ["IN SEPT.", "future", "2023-09"],
    ] as const)("reads %j (%s) on a June dateline as %s", (phrase, direction, expected) => {
      expect(edtf(phrase, SUNDAY, direction)).toBe(expected);
    });

    it("crosses year boundaries: November before a January dateline, February after a December one", () => {
      expect(edtf("in November", "2024-01-10", "past")).toBe("2023-11");
      expect(edtf("in January", "2024-01-10", "past")).toBe("2024-01");
      expect(edtf("in February", "2023-12-20", "future")).toBe("2024-02");
      expect(edtf("in December", "2023-12-20", "future")).toBe("2023-12");
      expect(resolve("in February", "2023-12-20", { direction: "future" }).latest).toBe(
        "2024-02-29",
      );
    });

    it("asks for a direction when there is none", () => {
      expect(problem("in February", SUNDAY)).toEqual({
        message: '"in February" could be the past or the coming February',
        hint: "add direction: past or future",
      });
    });
  });

  describe("a weekday name", () => {
    it("reads 'on Saturday' on a Sunday dateline as the day before", () => {
      expect(resolve("on Saturday", SUNDAY, { direction: "past" })).toMatchObject({
        edtf: "2023-06-17",
        precision: "day",
      });
    });

    it.each([
      [SUNDAY, "on Sunday", "past", "2023-06-18"],
      [SUNDAY, "on Sunday", "future", "2023-06-18"],
      [SUNDAY, "on Saturday", "future", "2023-06-24"],
      [SUNDAY, "on Monday", "past", "2023-06-12"],
      [SUNDAY, "on Monday", "future", "2023-06-19"],
      ["2024-01-10", "on Friday", "past", "2024-01-05"],
      ["2024-01-02", "on Friday", "past", "2023-12-29"],
      ["2023-12-30", "on Monday", "future", "2024-01-01"],
      ["2024-03-01", "on thursday", "past", "2024-02-29"],
    ] as const)("on %s reads %j (%s) as %s", (dateline, phrase, direction, expected) => {
      expect(edtf(phrase, dateline, direction)).toBe(expected);
    });

    it("asks for a direction when there is none", () => {
      expect(problem("on Saturday", SUNDAY).hint).toBe("add direction: past or future");
    });
  });

  describe("today, yesterday, tomorrow", () => {
    it.each([
      [SUNDAY, "today", "2023-06-18"],
      [SUNDAY, "yesterday", "2023-06-17"],
      [SUNDAY, "Tomorrow.", "2023-06-19"],
      ["2024-03-01", "yesterday", "2024-02-29"],
      ["2023-03-01", "yesterday", "2023-02-28"],
      ["2024-12-31", "tomorrow", "2025-01-01"],
      ["2025-01-01", "yesterday", "2024-12-31"],
    ])("on %s reads %j as %s", (dateline, phrase, expected) => {
      expect(edtf(phrase, dateline)).toBe(expected);
    });
  });

  describe("weeks, months and years around the dateline", () => {
    it("reads weeks as Monday–Sunday", () => {
      expect(edtf("last week", SUNDAY)).toBe("2023-06-05/2023-06-11");
      expect(edtf("this week", SUNDAY)).toBe("2023-06-12/2023-06-18");
      expect(edtf("next week", SUNDAY)).toBe("2023-06-19/2023-06-25");
      expect(edtf("Last week", "2024-01-15")).toBe("2024-01-08/2024-01-14"); // a Monday dateline
      expect(edtf("last week", "2025-01-01")).toBe("2024-12-23/2024-12-29");
      expect(edtf("next week", "2024-12-31")).toBe("2025-01-06/2025-01-12");
      expect(resolve("last week", SUNDAY).precision).toBe("day");
    });

    it("reads months and years, across year boundaries", () => {
      expect(edtf("last month", SUNDAY)).toBe("2023-05");
      expect(edtf("this month", SUNDAY)).toBe("2023-06");
      expect(edtf("next month", SUNDAY)).toBe("2023-07");
      expect(edtf("last month", "2024-01-10")).toBe("2023-12");
      expect(edtf("next month", "2023-12-20")).toBe("2024-01");
      expect(resolve("last month", "2024-03-01")).toMatchObject({
        precision: "month",
        latest: "2024-02-29",
      });
      expect(edtf("last year", SUNDAY)).toBe("2022");
      expect(edtf("next year", "2023-12-31")).toBe("2024");
      expect(resolve("this year", SUNDAY).precision).toBe("year");
    });
  });

  describe("the same day, month or year as an anchor event", () => {
    const february = anchorOf("in February", SUNDAY, "past");
    it("takes the anchor's month, day or year", () => {
      expect(resolve("the same month", SUNDAY, {}, february)).toMatchObject({
        edtf: "2023-02",
        precision: "month",
        phrase: "the same month",
      });
      expect(edtf("that month", SUNDAY, undefined, february)).toBe("2023-02");
      expect(edtf("the same year", SUNDAY, undefined, february)).toBe("2023");
      expect(edtf("the same day", SUNDAY, undefined, anchorOf("on Saturday", SUNDAY, "past"))).toBe(
        "2023-06-17",
      );
      expect(
        edtf(
          "in the same month",
          "2024-01-10",
          undefined,
          anchorOf("in November", "2024-01-10", "past"),
        ),
      ).toBe("2023-11");
    });

    it("needs an anchor", () => {
      expect(problem("the same month", SUNDAY).hint).toBe(
        "add `anchor: <event-id>` naming the event it refers to",
      );
    });

    it("refuses what the anchor's date cannot tell", () => {
      expect(problem("the same day", SUNDAY, {}, february).message).toMatch(
        /known only to the month/,
      );
      expect(problem("the same month", SUNDAY, {}, anchorOf("2023", SUNDAY)).message).toMatch(
        /known only to the year/,
      );
      expect(problem("the same day", SUNDAY, {}, anchorOf("two-day trip", SUNDAY)).message).toMatch(
        /spans several days/,
      );
      expect(
        problem("the same month", SUNDAY, {}, anchorOf("two-day trip", "2023-06-30")).message,
      ).toMatch(/spans several months/);
      expect(
        problem("the same month", SUNDAY, {}, anchorOf("Before departure", SUNDAY)).message,
      ).toMatch(/open-ended/);
    });
  });

  describe("N-day spans", () => {
    it("starts at the dateline without an anchor", () => {
      expect(resolve("two-day trip", SUNDAY)).toMatchObject({
        edtf: "2023-06-18/2023-06-19",
        precision: "day",
        earliest: "2023-06-18",
        latest: "2023-06-19",
      });
      expect(edtf("2-day visit", SUNDAY)).toBe("2023-06-18/2023-06-19");
      expect(edtf("a one-day visit", SUNDAY)).toBe("2023-06-18");
      expect(edtf("his ten-day tour", SUNDAY)).toBe("2023-06-18/2023-06-27");
    });

    it("starts at the anchor's first day with one", () => {
      const september = anchorOf("9 September 2023", SUNDAY);
      expect(edtf("three-day summit", SUNDAY, undefined, september)).toBe("2023-09-09/2023-09-11");
      expect(
        edtf("a two-day meeting", SUNDAY, undefined, anchorOf("in September", SUNDAY, "future")),
      ).toBe("2023-09-01/2023-09-02");
    });

    it("crosses month and year ends and leap days", () => {
      expect(edtf("three-day visit", "2023-12-31")).toBe("2023-12-31/2024-01-02");
      expect(edtf("two-day trip", "2024-02-28")).toBe("2024-02-28/2024-02-29");
      expect(edtf("two-day trip", "2023-02-28")).toBe("2023-02-28/2023-03-01");
    });

    it("refuses spans over ten days and anchors with no first day", () => {
      expect(problem("11-day trip", SUNDAY).message).toMatch(/not supported \(1 to 10\)/);
      expect(
        problem("two-day trip", SUNDAY, {}, anchorOf("Before departure", SUNDAY)).message,
      ).toMatch(/no known first day/);
    });
  });

  describe("open futures", () => {
    it.each([
      "over the next several months",
      "in the coming weeks",
      "in the coming months",
      "in the months ahead",
      "Over the next few days",
    ])("reads %j as from the dateline on", (phrase) => {
      expect(resolve(phrase, SUNDAY)).toMatchObject({
        edtf: "2023-06-18/..",
        precision: "day",
        earliest: "2023-06-18",
        latest: null,
      });
    });
  });

  describe("before and after", () => {
    const visit = anchorOf("two-day trip", SUNDAY);
    it("ends the day before the anchor's first day", () => {
      expect(resolve("Before departure", SUNDAY, {}, visit)).toMatchObject({
        edtf: "../2023-06-17",
        precision: "day",
        earliest: null,
        latest: "2023-06-17",
      });
      expect(edtf("Before leaving for Beijing", SUNDAY, undefined, visit)).toBe("../2023-06-17");
      expect(
        edtf("before the opening", "2024-03-01", undefined, anchorOf("2024-03-01", "2024-03-01")),
      ).toBe("../2024-02-29");
    });

    it("ends the day before the dateline without an anchor", () => {
      expect(edtf("Before departure", SUNDAY)).toBe("../2023-06-17");
      expect(edtf("before the vote", "2024-01-01")).toBe("../2023-12-31");
    });

    it("starts the day after the anchor's last day, or the dateline", () => {
      expect(
        edtf("after the summit", SUNDAY, undefined, anchorOf("in September", SUNDAY, "future")),
      ).toBe("2023-10-01/..");
      expect(edtf("After the trip", SUNDAY, undefined, visit)).toBe("2023-06-20/..");
      expect(edtf("after that", "2024-12-31")).toBe("2025-01-01/..");
    });

    it("refuses an open anchor on the side it needs", () => {
      expect(
        problem("before it", SUNDAY, {}, anchorOf("Before departure", SUNDAY)).message,
      ).toMatch(/no known start/);
      expect(
        problem("after it", SUNDAY, {}, anchorOf("in the coming weeks", SUNDAY)).message,
      ).toMatch(/no known end/);
    });
  });

  describe("undated phrases", () => {
    it("are on or before the dateline by default, and keep their phrase", () => {
      expect(resolve("has been invited", SUNDAY, { undated: true })).toEqual({
        edtf: "../2023-06-18",
        precision: "day",
        earliest: null,
        latest: "2023-06-18",
        phrase: "has been invited",
        resolvedAgainst: SUNDAY,
      });
      // Without `undated: true` the same words are an unreadable date.
      expect(problem("has been invited", SUNDAY).message).toMatch(/cannot read/);
    });

    it("are from the dateline on with direction future", () => {
      expect(resolve("will meet", SUNDAY, { undated: true, direction: "future" }).edtf).toBe(
        "2023-06-18/..",
      );
    });

    it("take the anchor's date when anchored", () => {
      const visit = anchorOf("two-day trip", SUNDAY);
      expect(
        resolve("is likely to meet top Chinese officials", SUNDAY, { undated: true }, visit),
      ).toMatchObject({
        edtf: "2023-06-18/2023-06-19",
        precision: "day",
        earliest: "2023-06-18",
        latest: "2023-06-19",
        phrase: "is likely to meet top Chinese officials",
      });
      // Even a phrase that reads like a date is not parsed when undated.
      expect(resolve("in November", SUNDAY, { undated: true }).edtf).toBe("../2023-06-18");
    });
  });

  describe("seasons and quarters", () => {
    it("states a named season or quarter as itself, not as the months it spans", () => {
      expect(resolve("summer 2023", SUNDAY)).toMatchObject({
        edtf: "2023-22",
        precision: "season",
        earliest: "2023-06-01",
        latest: "2023-08-31",
      });
      expect(edtf("the fall of 2005", SUNDAY)).toBe("2005-23");
      expect(edtf("this winter", "2005-06-13", "past")).toBe("2005-24");
      expect(resolve("the third quarter of 2023", SUNDAY)).toMatchObject({
        edtf: "2023-35",
        precision: "quarter",
        earliest: "2023-07-01",
        latest: "2023-09-30",
      });
    });

    it("reads an anchor known to the season or quarter as the months it spans", () => {
      const summer = anchorOf("summer 2023", SUNDAY);
      expect(edtf("the same year", "2023-09-01", undefined, summer)).toBe("2023");
      expect(problem("the same month", "2023-09-01", {}, summer).message).toMatch(
        /the anchor's date 2023-06\/2023-08 spans several months/,
      );
    });
  });

  describe("datasetDate(date, timex): a unit cut short is a span", () => {
    const date = (edtf: string) => ({ edtf, ...parseEdtf(edtf) }) as never;
    const timex = (value: string) => ({
      start: 0,
      end: 1,
      text: "x",
      type: "DATE" as const,
      value,
      flags: [],
    });
    it("makes 'earlier this year' (the year up to the dateline) one day of that span", () => {
      expect(datasetDate(date("2005-01-01/2005-06-13"), timex("2005"))).toEqual({
        edtf: "[2005-01-01..2005-06-13]",
        precision: "span",
        earliest: "2005-01-01",
        latest: "2005-06-13",
      });
      expect(datasetDate(date("2005-06-13/2005-12-31"), timex("2005")).edtf).toBe(
        "[2005-06-13..2005-12-31]",
      );
      expect(datasetDate(date("2005-06-01/2005-06-12"), timex("2005-06")).edtf).toBe(
        "[2005-06-01..2005-06-12]",
      );
    });

    it("stores 'earlier this year' in a report of 13 June 2005 as a day up to the dateline", () => {
      expect(resolve("earlier this year", "2005-06-13")).toMatchObject({
        edtf: "[2005-01-01..2005-06-13]",
        precision: "span",
        earliest: "2005-01-01",
        latest: "2005-06-13",
      });
      expect(edtf("Earlier this month", "2005-06-13")).toBe("[2005-06-01..2005-06-13]");
      expect(edtf("later this year", "2005-06-13")).toBe("[2005-06-13..2005-12-31]");
      expect(edtf("later this month", "2005-06-13")).toBe("[2005-06-13..2005-06-30]");
      expect(edtf("early this year", "2005-06-13")).toBe("2005");
    });

    it("leaves whole units, weeks, durations and dates beyond the unit as they are", () => {
      expect(datasetDate(date("2005"), timex("2005")).edtf).toBe("2005");
      expect(datasetDate(date("2005-06-06/2005-06-12"), timex("2005-W23")).edtf).toBe(
        "2005-06-06/2005-06-12",
      );
      expect(
        datasetDate(date("2005-04-13/2005-06-13"), { ...timex("P2M"), type: "DURATION" }).edtf,
      ).toBe("2005-04-13/2005-06-13");
      expect(datasetDate(date("2004-12-01/2005-01-31"), timex("2005")).edtf).toBe(
        "2004-12-01/2005-01-31",
      );
      expect(datasetDate(date("2005-06-13"), timex("2005")).edtf).toBe("2005-06-13");
    });
  });

  describe("unreadable phrases", () => {
    it("say so and suggest the supported forms or undated", () => {
      const p = problem("in the autumn", SUNDAY);
      expect(p.message).toBe('cannot read the date phrase "in the autumn"');
      expect(p.hint).toMatch(/mark it `undated: true`$/);
      expect(problem("  ", SUNDAY).message).toBe("empty date phrase");
      expect(problem("Febtober 2023", SUNDAY).message).toMatch(/cannot read/);
    });
  });

  it("gives dates whose earliest, latest and precision agree with parseEdtf(edtf)", () => {
    expect(resolved.length).toBeGreaterThan(80);
    for (const date of resolved) {
      const parsed = parseEdtf(date.edtf);
      expect(parsed, date.edtf).toEqual({
        earliest: date.earliest,
        latest: date.latest,
        precision: date.precision,
      });
    }
  });
});
