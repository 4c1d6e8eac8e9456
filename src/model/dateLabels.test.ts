import { describe, expect, it } from "vitest";
import {
  listHeading,
  precisionIdList,
  PRECISION_WORDS,
  precisionNote,
  formatDateLabel,
  formatDayLong,
  formatDayRange,
  formatDayShort,
  formatEdtf,
  formatMonthLong,
  formatMonthShort,
  formatPeriod,
  formatYear,
} from "./dateLabels.ts";
import { formatDay } from "./dates.ts";

describe("formatting for readers", () => {
  it("writes days, months and day ranges", () => {
    expect(formatDayLong("2023-06-18")).toBe("18 June 2023");
    expect(formatDayLong("2024-02-09")).toBe("9 February 2024");
    expect(formatMonthLong("2023-02-14")).toBe("February 2023");
    expect(formatDayRange("2023-06-18", "2023-06-18")).toBe("18 June 2023");
    expect(formatDayRange("2023-06-18", "2023-06-19")).toBe("18–19 June 2023");
    expect(formatDayRange("2023-06-30", "2023-07-02")).toBe("30 June – 2 July 2023");
    expect(formatDayRange("2023-12-31", "2024-01-02")).toBe("31 December 2023 – 2 January 2024");
  });

  it.each([
    ["2023-02", undefined, "February 2023"],
    ["2022", undefined, "2022"],
    ["2023-06-17", undefined, "17 June 2023"],
    ["2023-06-18/2023-06-19", undefined, "18–19 June 2023"],
    ["../2023-06-17", "2023-06-18", "before 18 June 2023"],
    ["../2023-06-18", "2023-06-18", "on or before 18 June 2023"],
    ["../2023-06-18", undefined, "before 19 June 2023"],
    ["2023-06-18/..", "2023-06-18", "from 18 June 2023 on"],
    ["../2023-06", undefined, "by June 2023"],
    ["2023-06/..", undefined, "from June 2023 on"],
    ["2022-11/2023-02", undefined, "November 2022 – February 2023"],
    ["2005-21", undefined, "spring 2005"],
    ["2005-22", undefined, "summer 2005"],
    ["2005-23", undefined, "autumn 2005"],
    ["2005-24", undefined, "winter 2005–06"],
    ["1999-24", undefined, "winter 1999–00"],
    ["2023-33", undefined, "first quarter of 2023"],
    ["2023-36", undefined, "fourth quarter of 2023"],
    ["[2005-01-01..2005-06-13]", "2005-06-13", "between 1 January and 13 June 2005"],
    ["[2005-06-01..2005-06-12]", undefined, "between 1 and 12 June 2005"],
    ["[2004-12-20..2005-01-10]", undefined, "between 20 December 2004 and 10 January 2005"],
    ["1990/1999", undefined, "1990 – 1999"],
    ["not edtf", undefined, "not edtf"],
  ] as const)("formatEdtf(%j, %j) is %j", (edtf, dateline, expected) => {
    expect(formatEdtf(edtf, dateline)).toBe(expected);
  });

  it("names anticipated and postponed statuses in date labels, not occurred or ongoing ones", () => {
    const date = { edtf: "2023-09", resolvedAgainst: "2023-06-18" };
    expect(formatDateLabel(date, "expected")).toBe("September 2023 (expected)");
    expect(formatDateLabel(date, "planned")).toBe("September 2023 (planned)");
    expect(formatDateLabel(date, "hoped-for")).toBe("September 2023 (hoped for)");
    expect(formatDateLabel(date, "postponed")).toBe("September 2023 (postponed)");
    expect(formatDateLabel(date, "occurred")).toBe("September 2023");
    expect(formatDateLabel(date, "ongoing")).toBe("September 2023");
    expect(formatDateLabel({ edtf: "../2023-06-18", resolvedAgainst: "2023-06-18" })).toBe(
      "on or before 18 June 2023",
    );
  });
});

describe("labels in every zone, against the platform's own en-GB calendar", () => {
  // Intl.DateTimeFormat in UTC is an independent witness: a label that named another day in some
  // zone, or a month or weekday wrongly, would disagree with it.
  const long = new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const monthYear = new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    month: "long",
    year: "numeric",
  });

  it("names every fifth day from 1890 to 2110 as Intl does", () => {
    for (let n = Date.UTC(1890, 0, 1) / 86_400_000; n < Date.UTC(2110, 0, 1) / 86_400_000; n += 5) {
      const day = formatDay(n);
      const instant = new Date(n * 86_400_000);
      if (formatDayLong(day) !== long.format(instant)) {
        expect(formatDayLong(day)).toBe(long.format(instant));
      }
      if (formatMonthLong(day) !== monthYear.format(instant)) {
        expect(formatMonthLong(day)).toBe(monthYear.format(instant));
      }
    }
  });

  it("writes years 0–999 unpadded, as the labels always have", () => {
    expect(formatDayLong("0050-01-01")).toBe("1 January 50");
    expect(formatYear("0050-01-01")).toBe("50");
    expect(formatEdtf("0999")).toBe("999");
  });
});

describe("short labels and periods", () => {
  it("abbreviates months to three letters, September included", () => {
    expect(formatDayShort("2023-09-18", false)).toBe("18 Sep");
    expect(formatDayShort("2023-09-18", true)).toBe("18 Sep 2023");
    expect(formatMonthShort("2023-06-01", false)).toBe("Jun");
    expect(formatMonthShort("2024-01-01", true)).toBe("Jan 2024");
  });

  it("names a count's period from its first day", () => {
    expect(formatPeriod("2023-06-18", "day")).toBe("18 June 2023");
    expect(formatPeriod("2023-06-12", "week")).toBe("week of 12 June 2023");
    expect(formatPeriod("2023-06-01", "month")).toBe("June 2023");
    expect(formatPeriod("2023-01-01", "year")).toBe("2023");
    expect(formatPeriod("2020-01-01", "decade")).toBe("2020s");
  });
});

describe("listHeading(date)", () => {
  const heading = (edtf: string, resolvedAgainst = "2023-06-18") =>
    listHeading({ edtf, resolvedAgainst });

  it("lists a date within one month, known to the day or the month, under that month", () => {
    expect(heading("2023-06-18")).toEqual({ key: "2023-06", label: "June 2023" });
    expect(heading("2023-06-18/2023-06-19")).toEqual({ key: "2023-06", label: "June 2023" });
    expect(heading("2023-06")).toEqual({ key: "2023-06", label: "June 2023" });
  });

  it.each([
    // Known only to the year: never under January.
    ["2005", "2005"],
    ["2005-22", "Summer 2005"],
    ["2023-24", "Winter 2023–24"],
    ["2023-35", "Third quarter of 2023"],
    ["[2005-01-01..2005-06-13]", "Between 1 January and 13 June 2005"],
    ["2023-06-30/2023-07-02", "30 June – 2 July 2023"],
    ["2022-11/2023-02", "November 2022 – February 2023"],
    ["../2023-06-17", "Before 18 June 2023"],
    ["../2023-06-18", "On or before 18 June 2023"],
    ["2023-06-18/..", "From 18 June 2023 on"],
    ["1990/1999", "1990 – 1999"],
  ])("lists %s under its own label, %j", (edtf, label) => {
    expect(heading(edtf)).toEqual({ key: `label:${label}`, label });
  });

  it("gives two dates with one label one key, and a year and its January different keys", () => {
    expect(heading("2005").key).toBe(heading("2005", "2005-03-01").key);
    expect(heading("2005").key).not.toBe(heading("2005-01").key);
    expect(heading("2005-01").key).not.toBe(heading("2005-01-01/2005-02-01").key);
  });
});

describe("precisionNote(date) and PRECISION_WORDS", () => {
  it.each([
    ["2023-06-18", "day", null],
    ["2023-06-18/2023-06-19", "day", null],
    ["2023-06", "month", "Known to the month, not the day."],
    ["2005-22", "season", "Known to the season, not the month or the day."],
    ["2023-35", "quarter", "Known to the quarter of the year, not the month or the day."],
    ["2005", "year", "Known to the year only."],
    [
      "[2005-01-01..2005-06-13]",
      "span",
      "Known to fall on one day between these two; the article does not say which.",
    ],
    ["../2023-06-17", "day", "Open-ended: the article gives only a latest date."],
    ["2023-06/..", "month", "Open-ended: the article gives only a start."],
  ] as const)("notes %s (%s) as %j", (edtf, precision, note) => {
    expect(precisionNote({ edtf, precision })).toBe(note);
  });

  it("lists the precision ids for the exports' column descriptions", () => {
    expect(precisionIdList()).toBe("day, month, season, quarter, year or span");
  });

  it("words every precision for the legend, each differently", () => {
    expect(PRECISION_WORDS.year).toBe("known to the year");
    expect(new Set(Object.values(PRECISION_WORDS)).size).toBe(Object.keys(PRECISION_WORDS).length);
  });
});
