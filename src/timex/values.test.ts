import { describe, expect, it } from "vitest";
import { parseEdtf } from "../model/dates.ts";
import { dayOf, formatDay, isoWeekOf, mondayOfIsoWeek, parseDay } from "./calendar.ts";
import { edtfOfValue, pointOfValue } from "./values.ts";

const day = (s: string) => {
  const d = parseDay(s);
  if (!d) throw new Error(s);
  return d;
};
const DATELINE = day("2023-06-18");

describe("calendar days (date-fns on UTC dates)", () => {
  it("knows which days exist, leap days included", () => {
    expect(dayOf(2024, 2, 29)).toBeDefined();
    expect(dayOf(2023, 2, 29)).toBeUndefined();
    expect(dayOf(1900, 2, 29)).toBeUndefined(); // not a leap year
    expect(dayOf(2000, 2, 29)).toBeDefined(); // a leap year
    expect(dayOf(2023, 4, 31)).toBeUndefined();
    expect(dayOf(2023, 13, 1)).toBeUndefined();
    expect(formatDay(day("0050-03-01"))).toBe("0050-03-01"); // not 1950
  });

  it("numbers ISO weeks across year ends", () => {
    expect(isoWeekOf(day("2020-12-31"))).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf(day("2021-01-03"))).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf(day("2021-01-04"))).toEqual({ year: 2021, week: 1 });
    expect(isoWeekOf(day("2024-12-30"))).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf(DATELINE)).toEqual({ year: 2023, week: 24 }); // a Sunday ends its week
    expect(formatDay(mondayOfIsoWeek(2023, 1) ?? DATELINE)).toBe("2023-01-02");
    expect(formatDay(mondayOfIsoWeek(2020, 53) ?? DATELINE)).toBe("2020-12-28");
    expect(formatDay(mondayOfIsoWeek(2025, 1) ?? DATELINE)).toBe("2024-12-30");
    expect(mondayOfIsoWeek(2023, 53)).toBeUndefined();
  });
});

describe("edtfOfValue(value, dateline)", () => {
  it.each([
    ["2023-06-17", "2023-06-17"],
    ["2023-06-17TNI", "2023-06-17"],
    ["2023-06-17T14:30", "2023-06-17"],
    ["2023-02", "2023-02"],
    ["2023", "2023"],
    ["2023-W24", "2023-06-12/2023-06-18"],
    ["2020-W53", "2020-12-28/2021-01-03"],
    ["2023-W24-WE", "2023-06-17/2023-06-18"],
    ["2023-Q2", "2023-04/2023-06"],
    ["2023-H2", "2023-07/2023-12"],
    ["2023-SU", "2023-06/2023-08"],
    ["2023-WI", "2023-12/2024-02"],
    ["199", "1990/1999"],
    ["19", "1900/1999"],
    ["PRESENT_REF", "2023-06-18"],
    ["PAST_REF", "../2023-06-18"],
    ["FUTURE_REF", "2023-06-18/.."],
  ])("reads %s as %s, an interval parseEdtf accepts", (value, edtf) => {
    expect(edtfOfValue(value, DATELINE)).toBe(edtf);
    expect(parseEdtf(edtf)).toBeDefined();
  });

  it.each(["XXXX-12-25", "2023-WXX", "1998-XX", "P2D", "XXXX-WXX-1", "2023-02-30", "2023-W54"])(
    "gives no interval for %s, which names no definite days",
    (value) => {
      expect(edtfOfValue(value, DATELINE)).toBeUndefined();
    },
  );

  it("makes a month a month, a quarter its months and a week its days", () => {
    expect(parseEdtf(edtfOfValue("2024-02", DATELINE) ?? "")).toEqual({
      earliest: "2024-02-01",
      latest: "2024-02-29",
      precision: "month",
    });
    expect(parseEdtf(edtfOfValue("2023-Q4", DATELINE) ?? "")).toEqual({
      earliest: "2023-10-01",
      latest: "2023-12-31",
      precision: "month",
    });
    expect(parseEdtf(edtfOfValue("2023-W24", DATELINE) ?? "")).toMatchObject({
      earliest: "2023-06-12",
      latest: "2023-06-18",
      precision: "day",
    });
  });
});

describe("pointOfValue(value)", () => {
  it("reads the point a later expression can refer back to", () => {
    expect(pointOfValue("1998-08-07TMO")).toEqual({
      granularity: "day",
      year: 1998,
      month: 8,
      day: 7,
    });
    expect(pointOfValue("1989-Q3")).toEqual({ granularity: "quarter", year: 1989, quarter: 3 });
    expect(pointOfValue("1998-W32-WE")).toEqual({ granularity: "weekend", year: 1998, week: 32 });
    expect(pointOfValue("199")).toEqual({ granularity: "decade", year: 1990 });
    expect(pointOfValue("PAST_REF")).toBeUndefined();
    expect(pointOfValue("XXXX-07")).toBeUndefined();
  });
});
