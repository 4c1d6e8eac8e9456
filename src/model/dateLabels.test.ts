import { describe, expect, it } from "vitest";
import {
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
