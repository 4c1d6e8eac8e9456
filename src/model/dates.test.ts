import { describe, expect, it } from "vitest";
import {
  addDays,
  dayNumberOf,
  dayParts,
  daysInMonth,
  dayToLocalDate,
  formatDateLabel,
  formatDay,
  formatDayLong,
  formatDayRange,
  formatEdtf,
  formatMonthLong,
  isLeapYear,
  isValidDay,
  localDateToDay,
  monthSpan,
  parseDay,
  parseEdtf,
  weekdayOf,
} from "./dates.ts";

describe("isLeapYear(year) and daysInMonth(year, month)", () => {
  it("follows the Gregorian rules", () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
});

describe("dayNumberOf(year, month, day)", () => {
  it("counts days from 1970-01-01", () => {
    expect(dayNumberOf(1970, 1, 1)).toBe(0);
    expect(dayNumberOf(1969, 12, 31)).toBe(-1);
    expect(dayNumberOf(2000, 3, 1)).toBe(11_017);
  });

  it("rolls months and days over like Date.UTC", () => {
    expect(dayNumberOf(2023, 13, 1)).toBe(dayNumberOf(2024, 1, 1));
    expect(dayNumberOf(2024, 3, 0)).toBe(dayNumberOf(2024, 2, 29));
    expect(dayNumberOf(2023, 0, 1)).toBe(dayNumberOf(2022, 12, 1));
    expect(dayNumberOf(2023, 1, 32)).toBe(dayNumberOf(2023, 2, 1));
  });

  it("keeps years 0–99 as they are (Date.UTC would read them as 1900–1999)", () => {
    expect(dayNumberOf(50, 1, 1)).not.toBe(dayNumberOf(1950, 1, 1));
    // 1,900 years of 365 days plus the 460 leap days from 52 to 1948 (475 fourth years, less 15 centuries).
    expect(dayNumberOf(1950, 1, 1) - dayNumberOf(50, 1, 1)).toBe(1900 * 365 + 460);
    expect(formatDay(dayNumberOf(50, 1, 1))).toBe("0050-01-01");
  });
});

describe("parseDay(day), isValidDay(day) and formatDay(n)", () => {
  it("parses real calendar days and refuses malformed or impossible ones", () => {
    expect(parseDay("1970-01-02")).toBe(1);
    expect(parseDay("2024-02-29")).toBe(dayNumberOf(2024, 2, 29));
    for (const bad of [
      "2023-02-29",
      "2023-02-30",
      "2023-04-31",
      "2023-13-01",
      "2023-00-10",
      "2023-06-00",
      "2023-6-18",
      "18-06-2023",
      "2023-06-18T00:00",
      "",
      "0050-02-29",
    ]) {
      expect(parseDay(bad), bad).toBeUndefined();
      expect(isValidDay(bad)).toBe(false);
    }
    expect(isValidDay("2000-02-29")).toBe(true);
    expect(isValidDay("1900-02-29")).toBe(false);
  });

  it("round-trips every day of several centuries through formatDay", () => {
    for (let n = dayNumberOf(1, 1, 1); n <= dayNumberOf(2400, 12, 31); n += 37) {
      expect(parseDay(formatDay(n))).toBe(n);
    }
    expect(formatDay(0)).toBe("1970-01-01");
    expect(formatDay(-1)).toBe("1969-12-31");
  });

  it("splits a valid day into parts and throws on an invalid one", () => {
    expect(dayParts("2023-06-18")).toEqual({ year: 2023, month: 6, day: 18 });
    expect(() => dayParts("2023-02-30")).toThrow("not a calendar day: 2023-02-30");
  });
});

describe("addDays(day, n) and weekdayOf(day)", () => {
  it("moves across month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-02-29", 1)).toBe("2024-03-01");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2023-06-18", 0)).toBe("2023-06-18");
    expect(() => addDays("2023-02-30", 1)).toThrow();
  });

  it("knows the day of the week, before 1970 too", () => {
    expect(weekdayOf("2023-06-18")).toBe(0); // Sunday
    expect(weekdayOf("2023-06-17")).toBe(6);
    expect(weekdayOf("1970-01-01")).toBe(4);
    expect(weekdayOf("1969-12-31")).toBe(3);
    expect(weekdayOf("2000-01-01")).toBe(6);
    expect(weekdayOf("2024-02-29")).toBe(4);
  });
});

describe("monthSpan(year, month)", () => {
  it("gives the first and last day, leap Februaries included", () => {
    expect(monthSpan(2024, 2)).toEqual({ earliest: "2024-02-01", latest: "2024-02-29" });
    expect(monthSpan(2023, 2)).toEqual({ earliest: "2023-02-01", latest: "2023-02-28" });
    expect(monthSpan(2023, 12)).toEqual({ earliest: "2023-12-01", latest: "2023-12-31" });
    expect(monthSpan(50, 4)).toEqual({ earliest: "0050-04-01", latest: "0050-04-30" });
  });
});

describe("parseEdtf(edtf)", () => {
  it.each([
    ["2023-06-18", { earliest: "2023-06-18", latest: "2023-06-18", precision: "day" }],
    ["2023-02", { earliest: "2023-02-01", latest: "2023-02-28", precision: "month" }],
    ["2024-02", { earliest: "2024-02-01", latest: "2024-02-29", precision: "month" }],
    ["2022", { earliest: "2022-01-01", latest: "2022-12-31", precision: "year" }],
    ["2023-06-18/2023-06-19", { earliest: "2023-06-18", latest: "2023-06-19", precision: "day" }],
    ["../2023-06-17", { earliest: null, latest: "2023-06-17", precision: "day" }],
    ["2023-06-18/..", { earliest: "2023-06-18", latest: null, precision: "day" }],
    ["2023-06-18/2023-07", { earliest: "2023-06-18", latest: "2023-07-31", precision: "month" }],
    ["2022/2023-06-18", { earliest: "2022-01-01", latest: "2023-06-18", precision: "year" }],
    ["../2023", { earliest: null, latest: "2023-12-31", precision: "year" }],
    ["2023-06-18/2023-06-18", { earliest: "2023-06-18", latest: "2023-06-18", precision: "day" }],
  ] as const)("parses %s", (edtf, expected) => {
    expect(parseEdtf(edtf)).toEqual(expected);
  });

  it.each([
    "",
    "..",
    "../..",
    "2023-02-30",
    "2023-13",
    "2023-00",
    "2023-06-19/2023-06-18",
    "2023/2022",
    "2023-06-18/2023-06-19/2023-06-20",
    "23-06-18",
    "2023-06-18T10:00",
    "2023?",
    "june 2023",
  ])("refuses %j", (edtf) => {
    expect(parseEdtf(edtf)).toBeUndefined();
  });
});

describe("formatting for readers", () => {
  it("writes days, months and day ranges", () => {
    expect(formatDayLong("2023-06-18")).toBe("18 June 2023");
    expect(formatDayLong("2024-02-09")).toBe("9 February 2024");
    expect(formatMonthLong(2023, 2)).toBe("February 2023");
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

describe("dayToLocalDate(day) and localDateToDay(date)", () => {
  it("uses local midnight, so the day is the same in the viewer's zone (TZ is pinned to Los Angeles)", () => {
    const date = dayToLocalDate("2023-06-18");
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
      2023, 5, 18, 0,
    ]);
    expect(localDateToDay(date)).toBe("2023-06-18");
    // UTC midnight would be the evening before in Los Angeles: the classic off-by-one.
    expect(localDateToDay(new Date(Date.UTC(2023, 5, 18)))).toBe("2023-06-17");
  });

  it("round-trips days around daylight-saving changes, leap days and years 0–99", () => {
    for (const day of [
      "2024-03-10",
      "2024-11-03",
      "2024-02-29",
      "2023-12-31",
      "0050-03-01",
      "0001-01-01",
    ]) {
      expect(localDateToDay(dayToLocalDate(day))).toBe(day);
    }
    expect(dayToLocalDate("0050-03-01").getFullYear()).toBe(50);
  });
});
