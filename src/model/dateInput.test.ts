import { describe, expect, it } from "vitest";
import { describeBound, readDateInput, readDateRange } from "./dateInput.ts";

const period = (text: string) => {
  const read = readDateInput(text);
  return read.kind === "period" ? read.period : read.kind;
};

describe("readDateInput(text)", () => {
  it("reads the link's own forms", () => {
    expect(period("2023")).toBe("2023");
    expect(period("2023-06")).toBe("2023-06");
    expect(period("2023-06-01")).toBe("2023-06-01");
  });

  it("reads month names, long or short, in any case, day first or month first", () => {
    expect(period("June 2023")).toBe("2023-06");
    expect(period("june 2023")).toBe("2023-06");
    expect(period("Jun 2023")).toBe("2023-06");
    expect(period("Jun. 2023")).toBe("2023-06");
    expect(period("Sept 2023")).toBe("2023-09");
    expect(period("1 June 2023")).toBe("2023-06-01");
    expect(period("01 June 2023")).toBe("2023-06-01");
    expect(period("1st June 2023")).toBe("2023-06-01");
    expect(period("June 1, 2023")).toBe("2023-06-01");
    expect(period("June 1 2023")).toBe("2023-06-01");
    expect(period("June 21st, 2023")).toBe("2023-06-21");
    expect(period("  18   JUNE   2023 ")).toBe("2023-06-18");
  });

  it("reads year-first numbers with slashes, dots or single digits", () => {
    expect(period("2023/06/01")).toBe("2023-06-01");
    expect(period("2023/6/1")).toBe("2023-06-01");
    expect(period("2023.06.01")).toBe("2023-06-01");
    expect(period("2023-6-1")).toBe("2023-06-01");
    expect(period("2023-6")).toBe("2023-06");
    expect(period("2023/06")).toBe("2023-06");
    expect(period("6/2023")).toBe("2023-06");
  });

  it("reads the ends of a year", () => {
    expect(period("31 December 2022")).toBe("2022-12-31");
    expect(period("1 January 2023")).toBe("2023-01-01");
    expect(period("December 2022")).toBe("2022-12");
  });

  it("accepts 29 February in a leap year only", () => {
    expect(period("2024-02-29")).toBe("2024-02-29");
    expect(period("29 February 2024")).toBe("2024-02-29");
    expect(period("2000-02-29")).toBe("2000-02-29");
    expect(period("2023-02-29")).toBe("invalid");
    expect(period("1900-02-29")).toBe("invalid");
  });

  it("refuses impossible dates", () => {
    expect(period("2023-13")).toBe("invalid");
    expect(period("2023-00")).toBe("invalid");
    expect(period("2023-02-30")).toBe("invalid");
    expect(period("31 April 2023")).toBe("invalid");
    expect(period("2023-06-01T10:00")).toBe("invalid");
    expect(period("Smarch 2023")).toBe("invalid");
  });

  it("needs a four-digit year, so half-typed text is not read as the year 20", () => {
    expect(period("June 20")).toBe("invalid");
    expect(period("202")).toBe("invalid");
    expect(period("June")).toBe("invalid");
    expect(period("12023")).toBe("invalid");
  });

  it("refuses numeric dates with the year last, saying why", () => {
    for (const text of ["01/02/2023", "1/2/2023", "13/02/2023", "1.2.2023", "01-02-2023"]) {
      const read = readDateInput(text);
      expect(read.kind).toBe("invalid");
      if (read.kind === "invalid") expect(read.problem).toMatch(/day first or month first/);
    }
  });

  it("is empty for blank text, and words a problem with examples otherwise", () => {
    expect(readDateInput("")).toEqual({ kind: "empty" });
    expect(readDateInput("   ")).toEqual({ kind: "empty" });
    const read = readDateInput("2023-13");
    expect(read).toEqual({
      kind: "invalid",
      problem:
        "“2023-13” is not a date we can read. Try 2023, June 2023, 1 June 2023 or 2023-06-01.",
    });
  });

  it("shortens a long text it quotes", () => {
    const read = readDateInput("x".repeat(200));
    expect(read.kind === "invalid" && read.problem.startsWith(`“${"x".repeat(24)}…”`)).toBe(true);
  });
});

describe("describeBound(period, bound)", () => {
  it("names the first day of a From and the last day of a To (both inclusive)", () => {
    expect(describeBound("2023-06", "from")).toBe("from 1 June 2023");
    expect(describeBound("2023-06", "to")).toBe("to 30 June 2023");
    expect(describeBound("2024-02", "to")).toBe("to 29 February 2024");
    expect(describeBound("2023", "from")).toBe("from 1 January 2023");
    expect(describeBound("2023", "to")).toBe("to 31 December 2023");
    expect(describeBound("2023-06-18", "to")).toBe("to 18 June 2023");
  });
});

describe("readDateRange(fromText, toText, edited)", () => {
  it("applies both readable bounds, in the link's form", () => {
    expect(readDateRange("June 2023", "1 September 2023", "to")).toEqual({
      from: { kind: "applied", period: "2023-06", words: "from 1 June 2023" },
      to: { kind: "applied", period: "2023-09-01", words: "to 1 September 2023" },
      applied: { from: "2023-06", to: "2023-09-01" },
    });
  });

  it("never applies a box it cannot read, and says so", () => {
    const reading = readDateRange("2023-01", "2023-13", "to");
    expect(reading.applied).toEqual({ from: "2023-01", to: null });
    expect(reading.to.kind).toBe("not-applied");
  });

  it("leaves out the bound edited last when the range runs backwards", () => {
    const toEdited = readDateRange("2023-09", "2023-03", "to");
    expect(toEdited.applied).toEqual({ from: "2023-09", to: null });
    expect(toEdited.to).toEqual({
      kind: "not-applied",
      problem: "It ends before the start date (1 September 2023).",
    });
    const fromEdited = readDateRange("2023-09", "2023-03", "from");
    expect(fromEdited.applied).toEqual({ from: null, to: "2023-03" });
    expect(fromEdited.from).toEqual({
      kind: "not-applied",
      problem: "It starts after the end date (31 March 2023).",
    });
  });

  it("applies a range that starts and ends in the same month, or the same day", () => {
    expect(readDateRange("2023-06", "June 2023", "to").applied).toEqual({
      from: "2023-06",
      to: "2023-06",
    });
    expect(readDateRange("2023-06-18", "18 June 2023", "to").applied).toEqual({
      from: "2023-06-18",
      to: "2023-06-18",
    });
  });

  it("applies a bound once the other box no longer contradicts it", () => {
    expect(readDateRange("2023-01", "2023-03", "from").applied).toEqual({
      from: "2023-01",
      to: "2023-03",
    });
  });

  it("is empty when both boxes are", () => {
    expect(readDateRange("", " ", "from")).toEqual({
      from: { kind: "empty" },
      to: { kind: "empty" },
      applied: { from: null, to: null },
    });
  });
});
