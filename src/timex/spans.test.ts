import { describe, expect, it } from "vitest";
import { tagTimexes } from "./tagger.ts";

const DATELINE = "1999-02-10";

/** [text, type, value] of every expression tagged in `text`. */
const all = (text: string, dateline = DATELINE): [string, string, string][] =>
  tagTimexes(text, dateline).map((t) => [t.text, t.type, t.value]);

describe("tagTimexes: the extents of TIMEX3 expressions", () => {
  it("finds a shorter expression inside a match its rule refused", () => {
    // "the weeks" is refused after "in" (only "over the years" keeps its "the"); "weeks" is not.
    expect(all("His car was spotted in the weeks before the shooting.")).toEqual([
      ["weeks", "DURATION", "PXW"],
    ]);
    expect(all("In the years that followed, the fighters waged war.")).toEqual([
      ["years", "DURATION", "PXY"],
    ]);
  });

  it("reads a bare plural unit as a stretch of time after 'for', 'over', 'within'", () => {
    expect(all("For weeks the government has held such rallies.")).toEqual([
      ["weeks", "DURATION", "PXW"],
    ]);
    expect(all("Over the years many more patients died.")).toEqual([
      ["the years", "DURATION", "PXY"],
    ]);
    expect(all("He probably died within weeks or months of his capture.")).toEqual([
      ["weeks or months", "DURATION", "PXW"],
    ]);
  });

  it("reads one before 'of' or a signal, unless a determiner makes it a noun", () => {
    expect(all("The agreement follows months of twists and turns.")).toEqual([
      ["months", "DURATION", "PXM"],
    ]);
    expect(all("He crossed the border days after the killing.")).toEqual([
      ["days", "DURATION", "PXD"],
    ]);
    expect(all("Those days of plenty were gone.")).toEqual([]);
    expect(all("Sales rose for three years.")).toEqual([["three years", "DURATION", "P3Y"]]);
  });

  it("reads vague stretches after 'for'", () => {
    expect(all("They will live without power for a while.")).toEqual([
      ["a while", "DURATION", "PXX"],
    ]);
    expect(all("We are there to stay for a fairly lengthy period.")).toEqual([
      ["a fairly lengthy period", "DURATION", "PXX"],
    ]);
    expect(all("It took some time to say a while ago.")).toEqual([]);
  });

  it("reads plural units made adjectives, and still no ages", () => {
    expect(all("the government's decades-long battle")).toEqual([
      ["decades-long", "DURATION", "PXDE"],
    ]);
    expect(all("an end to a years-old slump")).toEqual([["years-old", "DURATION", "PXY"]]);
    expect(all("a month-long strike")).toEqual([["month-long", "DURATION", "P1M"]]);
    expect(all("the IRA's 8-month-old truce and a 6-year-old boy")).toEqual([]);
  });

  it("reads 'the first hours' as the opening stretch of something", () => {
    expect(all("Prisoners were taken in the first hours of the ground war.")).toEqual([
      ["the first hours", "DURATION", "PTXH"],
    ]);
  });

  it("reads the latest year as the last one completed", () => {
    expect(all("sales in the latest fiscal year", "1989-08-14")).toEqual([
      ["the latest fiscal year", "DATE", "1988"],
    ]);
  });

  it("reads the second day of a pair under one month name", () => {
    expect(all("The summit will be held on April 24 and 25.")).toEqual([
      ["April 24", "DATE", "1999-04-24"],
      ["25", "DATE", "1999-04-25"],
    ]);
    expect(all("They met on Jan. 6 or 7, 1998.")).toEqual([
      ["Jan. 6", "DATE", "1998-01-06"],
      ["7, 1998", "DATE", "1998-01-07"],
    ]);
  });

  it("reads 'May' and 'March' between a determiner and a noun, not as a name", () => {
    expect(all("The March accession will enable the three countries to join.")).toEqual([
      ["March", "DATE", "1999-03"],
    ]);
    expect(all("He led the ``March of the Combatant Mothers.''")).toEqual([]);
    expect(all("The March of Dimes and a May Day parade.")).toEqual([]);
  });

  it("reads the n-th day of something, on the dateline when said of the present", () => {
    expect(all("Today is the eighth day of the operation.")).toEqual([
      ["Today", "DATE", "1999-02-10"],
      ["the eighth day", "DATE", "1999-02-10"],
    ]);
    expect(all("It's the second day of an offensive.")).toEqual([
      ["the second day", "DATE", "1999-02-10"],
    ]);
    expect(all("He vowed to do so on his first day in office.")).toEqual([
      ["first day", "DATE", "XXXX-XX-XX"],
    ]);
    // Plural, the first days are a stretch of time, not one day.
    expect(all("The first days after the announcement were calm.")).toEqual([
      ["The first days", "DURATION", "PXD"],
    ]);
  });
});
