import { describe, expect, it } from "vitest";
import {
  addDays,
  dayNumberOf,
  dayParts,
  dayToLocalDate,
  dayToUtcDate,
  formatDay,
  isValidDay,
  localDateToDay,
  MONTH_NAMES,
  parseDay,
  parseEdtf,
  periodEnd,
  periodStart,
  weekdayOf,
  WEEKDAY_NAMES,
} from "./dates.ts";

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

  it("counts days as the platform's own UTC calendar does, every third day over three centuries", () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    for (let n = first; n <= Date.UTC(2200, 0, 1) / 86_400_000; n += 3) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (parseDay(iso) !== n || formatDay(n) !== iso) {
        expect([parseDay(iso), formatDay(n)]).toEqual([n, iso]);
      }
    }
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
    // Seasons (EDTF level 1), the northern meteorological ones; a winter reaches into next year.
    ["2005-21", { earliest: "2005-03-01", latest: "2005-05-31", precision: "season" }],
    ["2005-22", { earliest: "2005-06-01", latest: "2005-08-31", precision: "season" }],
    ["2005-23", { earliest: "2005-09-01", latest: "2005-11-30", precision: "season" }],
    ["2023-24", { earliest: "2023-12-01", latest: "2024-02-29", precision: "season" }],
    ["2022-24", { earliest: "2022-12-01", latest: "2023-02-28", precision: "season" }],
    // Quarters (ISO 8601-2).
    ["2023-33", { earliest: "2023-01-01", latest: "2023-03-31", precision: "quarter" }],
    ["2023-34", { earliest: "2023-04-01", latest: "2023-06-30", precision: "quarter" }],
    ["2023-35", { earliest: "2023-07-01", latest: "2023-09-30", precision: "quarter" }],
    ["2023-36", { earliest: "2023-10-01", latest: "2023-12-31", precision: "quarter" }],
    // One day of a span, not known which (EDTF's "one of a set").
    [
      "[2005-01-01..2005-06-13]",
      { earliest: "2005-01-01", latest: "2005-06-13", precision: "span" },
    ],
    [
      "[2023-12-30..2024-01-02]",
      { earliest: "2023-12-30", latest: "2024-01-02", precision: "span" },
    ],
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
    "2023-25", // a season of a hemisphere, not written by Dateline
    "2023-37",
    "2023-20",
    "2023-22/2023-23", // seasons and quarters stand alone, not as interval ends
    "../2023-35",
    "[2005-06-13..2005-01-01]", // reversed
    "[2005-06-13..2005-06-13]", // one day is a day, not a span
    "[2005-02-30..2005-03-01]",
    "[2005-01..2005-06]",
    "[2005-01-01..]",
  ])("refuses %j", (edtf) => {
    expect(parseEdtf(edtf)).toBeUndefined();
  });
});

describe("dayToUtcDate(day)", () => {
  it("is midnight UTC of the day, whatever the machine's zone", () => {
    expect(dayToUtcDate("2023-06-18").toISOString()).toBe("2023-06-18T00:00:00.000Z");
    expect(dayToUtcDate("2024-02-29").getDate()).toBe(29);
    expect(dayToUtcDate("0050-03-01").getFullYear()).toBe(50);
    expect(() => dayToUtcDate("2023-02-29")).toThrow("not a calendar day: 2023-02-29");
  });
});

describe("periodStart(n, period) and periodEnd(n, period)", () => {
  const start = (day: string, period: Parameters<typeof periodStart>[1]): string =>
    formatDay(periodStart(parseDay(day) ?? NaN, period));
  const end = (day: string, period: Parameters<typeof periodEnd>[1]): string =>
    formatDay(periodEnd(parseDay(day) ?? NaN, period));

  it("starts weeks on Monday, across a year's end", () => {
    expect(start("2023-06-18", "week")).toBe("2023-06-12"); // a Sunday: the week began on Monday
    expect(start("2023-06-12", "week")).toBe("2023-06-12");
    expect(start("2021-01-01", "week")).toBe("2020-12-28");
    expect(end("2020-12-28", "week")).toBe("2021-01-04");
    expect(start("1970-01-01", "week")).toBe("1969-12-29");
  });

  it("gives months, years and decades their first day, and the first day after them", () => {
    expect(start("2024-02-29", "month")).toBe("2024-02-01");
    expect(end("2024-02-01", "month")).toBe("2024-03-01");
    expect(end("2023-12-31", "month")).toBe("2024-01-01");
    expect(start("2023-06-18", "year")).toBe("2023-01-01");
    expect(end("2023-06-18", "year")).toBe("2024-01-01");
    expect(start("2029-12-31", "decade")).toBe("2020-01-01");
    expect(end("2020-01-01", "decade")).toBe("2030-01-01");
    expect(start("0055-06-01", "decade")).toBe("0050-01-01");
  });
});

describe("MONTH_NAMES and WEEKDAY_NAMES", () => {
  it("are the locale's names, January and Sunday first", () => {
    expect(MONTH_NAMES).toEqual([
      ...["January", "February", "March", "April", "May", "June", "July", "August"],
      ...["September", "October", "November", "December"],
    ]);
    expect(WEEKDAY_NAMES).toEqual([
      ...["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    ]);
    expect(WEEKDAY_NAMES[weekdayOf("2023-06-18")]).toBe("Sunday");
  });
});

describe("dayToLocalDate(day) and localDateToDay(date)", () => {
  it("uses local midnight, so the day is the same in the viewer's zone (the tests run west and east of UTC)", () => {
    const date = dayToLocalDate("2023-06-18");
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
      2023, 5, 18, 0,
    ]);
    expect(localDateToDay(date)).toBe("2023-06-18");
    // UTC midnight is the evening before west of UTC (the classic off-by-one), the same day east.
    const utcMidnight = new Date(Date.UTC(2023, 5, 18));
    const west = utcMidnight.getTimezoneOffset() > 0;
    expect(localDateToDay(utcMidnight)).toBe(west ? "2023-06-17" : "2023-06-18");
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
