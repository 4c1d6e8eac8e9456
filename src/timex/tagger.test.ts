import { describe, expect, it } from "vitest";
import { parseEdtf } from "../model/dates.ts";
import type { Timex } from "./types.ts";
import { tagTimexes } from "./tagger.ts";

/** The one expression tagged in `text`; fails when there is none or several. */
function one(text: string, dateline: string): Timex {
  const found = tagTimexes(text, dateline);
  if (found.length !== 1) {
    throw new Error(
      `${JSON.stringify(text)}: ${found.map((t) => t.text).join(" | ") || "nothing"}`,
    );
  }
  return found[0] as Timex;
}

/** [text, type, value] of every expression tagged in `text`. */
const all = (text: string, dateline: string): [string, string, string][] =>
  tagTimexes(text, dateline).map((t) => [t.text, t.type, t.value]);

const SUNDAY = "2023-06-18";
const FRIDAY = "2023-06-16";

describe("tagTimexes(text, dateline)", () => {
  it("returns spans that are UTF-16 offsets into the text, end exclusive", () => {
    const text = "Née in Zürich — she said on Friday, 16 June 2023, that talks lasted two days.";
    const found = tagTimexes(text, SUNDAY);
    expect(found.map((t) => t.text)).toEqual(["Friday, 16 June 2023", "two days"]);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("finds nothing in a text without temporal expressions, or an empty one", () => {
    expect(tagTimexes("The committee met in Geneva to discuss tariffs.", SUNDAY)).toEqual([]);
    expect(tagTimexes("", SUNDAY)).toEqual([]);
  });

  it("refuses a dateline that is not a calendar day", () => {
    expect(() => tagTimexes("today", "2023-02-30")).toThrow(/not a dateline/);
  });

  describe("explicit dates", () => {
    it("reads full dates in the forms news uses", () => {
      expect(all("It began on Aug. 7, 1998, and on 2 September 1998.", SUNDAY)).toEqual([
        ["Aug. 7, 1998", "DATE", "1998-08-07"],
        ["2 September 1998", "DATE", "1998-09-02"],
      ]);
      expect(one("the Monday, Oct. 26, 1998, editorial", SUNDAY).value).toBe("1998-10-26");
      expect(one("filed 2023-06-01 in court", SUNDAY).value).toBe("2023-06-01");
      expect(one("in January 1998 it snowed", SUNDAY).value).toBe("1998-01");
      expect(one("the treaty of 1949 stands", SUNDAY).value).toBe("1949");
      expect(one("in fiscal 1989 sales fell", SUNDAY).text).toBe("fiscal 1989");
    });

    it("does not take numbers, sums and impossible dates for dates", () => {
      expect(
        tagTimexes("It cost $1998 and 1,999 people came; 1990 shares traded.", SUNDAY),
      ).toEqual([]);
      expect(tagTimexes("It was on Feb. 30, 2023.", SUNDAY)).toEqual([]);
      expect(tagTimexes("Report 2023-13 was filed.", SUNDAY)).toEqual([]);
      expect(tagTimexes("You may go. She will march on.", SUNDAY)).toEqual([]);
    });

    it("gives each date its EDTF interval", () => {
      expect(one("in February 2024", SUNDAY).date).toEqual({
        edtf: "2024-02",
        precision: "month",
        earliest: "2024-02-01",
        latest: "2024-02-29",
      });
      expect(one("during the 1990s", SUNDAY).date?.edtf).toBe("1990/1999");
      expect(one("in the third quarter of 1990", SUNDAY).date?.edtf).toBe("1990-07/1990-09");
    });
  });

  describe("across year ends", () => {
    it("moves weeks, months and years over the new year", () => {
      expect(one("talks resume next week", "2024-12-30").value).toBe("2025-W02");
      expect(one("talks ended last week", "2025-01-01").value).toBe("2024-W52");
      expect(one("prices rose last month", "2024-01-10").value).toBe("2023-12");
      expect(one("prices will rise next year", "2023-12-31").value).toBe("2024");
      expect(one("they met yesterday", "2025-01-01").value).toBe("2024-12-31");
      expect(one("they meet tomorrow", "2024-12-31").value).toBe("2025-01-01");
    });

    it("puts a month or a day without a year on the side its tense says", () => {
      expect(one("The summit will open in January.", "2023-12-20").value).toBe("2024-01");
      expect(one("The summit opened in December.", "2024-01-05").value).toBe("2023-12");
      expect(one("The fund was closed on Dec. 31.", "2024-01-02").value).toBe("2023-12-31");
      expect(one("The dividend is payable Jan. 2.", "1989-11-02").value).toBe("1990-01-02");
      // A date weeks ahead and eleven months back: the near one, whatever the verb's tense.
      expect(one("The offer was extended to Nov. 16.", "1989-10-30").value).toBe("1989-11-16");
      expect(one("The offer expired on Oct. 16.", "1989-10-30").value).toBe("1989-10-16");
    });

    it("counts back from the dateline across the year end", () => {
      expect(one("It happened two weeks ago.", "2024-01-03").value).toBe("2023-W51");
      expect(one("It happened three months ago.", "2024-01-31").value).toBe("2023-10");
      expect(one("It happened a year ago.", "2024-02-29").value).toBe("2023");
    });
  });

  describe("leap days", () => {
    it("reads 29 February where it exists and only there", () => {
      expect(one("on Feb. 29, 2024", SUNDAY).value).toBe("2024-02-29");
      expect(tagTimexes("on Feb. 29, 2023", SUNDAY)).toEqual([]);
      expect(one("The deal was signed on Feb. 29.", SUNDAY).value).toBe("2020-02-29");
      expect(one("They met yesterday.", "2024-03-01").value).toBe("2024-02-29");
      expect(one("They met yesterday.", "2023-03-01").value).toBe("2023-02-28");
      expect(one("It closed last month.", "2024-03-15").date?.latest).toBe("2024-02-29");
    });
  });

  describe("weekdays on and around the dateline", () => {
    it("reads a weekday as the dateline itself when the dateline falls on it", () => {
      expect(one("Officials said Friday that talks failed.", FRIDAY).value).toBe(FRIDAY);
      expect(one("Talks will resume Friday.", FRIDAY).value).toBe(FRIDAY);
    });

    it("reads the weekdays around the dateline", () => {
      expect(one("Officials said Thursday that talks failed.", FRIDAY).value).toBe("2023-06-15");
      expect(one("Officials said Saturday that talks failed.", FRIDAY).value).toBe("2023-06-10");
      expect(one("Talks will resume Saturday.", FRIDAY).value).toBe("2023-06-17");
      expect(one("Talks will resume Thursday.", FRIDAY).value).toBe("2023-06-22");
      expect(one("He spoke on Saturday.", SUNDAY).value).toBe("2023-06-17");
      expect(one("He will speak on Monday.", SUNDAY).value).toBe("2023-06-19");
    });

    it("reads 'last' and 'next' as never the dateline's own day", () => {
      expect(one("They met last Friday.", FRIDAY).value).toBe("2023-06-09");
      expect(one("They meet next Friday.", FRIDAY).value).toBe("2023-06-23");
      expect(one("They met last Friday.", SUNDAY).value).toBe("2023-06-16");
    });

    it("crosses a month end and a leap day to reach a weekday", () => {
      expect(one("Markets closed on Thursday.", "2024-03-01").value).toBe("2024-02-29");
      expect(one("Markets will open on Monday.", "2023-12-30").value).toBe("2024-01-01");
    });

    it("gives a weekday's part of the day as a TIME", () => {
      const t = one("Fighting broke out Friday night.", SUNDAY);
      expect([t.type, t.value, t.date?.edtf]).toEqual(["TIME", "2023-06-16TNI", "2023-06-16"]);
    });
  });

  describe("an ambiguous 'Friday'", () => {
    const dateline = "2023-06-20"; // a Tuesday: Friday lies 4 days back or 3 ahead

    it("is the last Friday when nothing says otherwise, and says it guessed", () => {
      const t = one("Talks on Friday covered tariffs.", dateline);
      expect(t.value).toBe("2023-06-16");
      expect(t.direction).toBe("past");
      expect(t.flags).toEqual(expect.arrayContaining(["directionGuessed", "relativeToDateline"]));
    });

    it("follows the sentence's tense", () => {
      expect(one("The ministers met Friday.", dateline).value).toBe("2023-06-16");
      expect(one("The ministers will meet Friday.", dateline).value).toBe("2023-06-23");
      expect(one("The ministers are scheduled to meet Friday.", dateline).value).toBe("2023-06-23");
      expect(one("The ministers said they met Friday.", dateline).value).toBe("2023-06-16");
    });

    it("takes a given direction instead of guessing", () => {
      const t = tagTimexes("Talks on Friday covered tariffs.", dateline, { direction: "future" });
      expect(t.map((x) => [x.value, x.direction])).toEqual([["2023-06-23", "future"]]);
      expect(t[0]?.flags).not.toContain("directionGuessed");
    });

    it("is settled by a date beside it", () => {
      expect(one("on Friday, June 16", dateline).value).toBe("2023-06-16");
      expect(one("on Friday, June 23", dateline).value).toBe("2023-06-23");
    });
  });

  describe("durations, sets and references", () => {
    it.each([
      ["after three days of questioning", "three days", "DURATION", "P3D"],
      ["a 16-hour flight", "16-hour", "DURATION", "PT16H"],
      ["a month-long strike", "month-long", "DURATION", "P1M"],
      ["about 5 1/2 hours in Nairobi", "5 1/2 hours", "DURATION", "PT5H30M"],
      ["for nearly five years", "nearly five years", "DURATION", "P5Y"],
      ["over the past decade", "the past decade", "DURATION", "P10Y"],
      ["for the next few days", "the next few days", "DURATION", "PXD"],
      ["for years", "years", "DURATION", "PXY"],
      ["rallies held daily", "daily", "SET", "P1D"],
      ["every Monday", "every Monday", "SET", "XXXX-WXX-1"],
      ["each July", "each July", "SET", "XXXX-07"],
      ["$33 million a year", "a year", "SET", "P1Y"],
      ["twice a week", "twice a week", "SET", "P1W"],
      ["Right now, prices fall", "Right now", "DATE", "PRESENT_REF"],
      ["it recently rose", "recently", "DATE", "PAST_REF"],
      ["in the future", "the future", "DATE", "FUTURE_REF"],
      ["hate groups grew over the past year", "the past year", "DATE", "2022"],
      ["sales fell in the last month", "the last month", "DATE", "2023-05"],
      ["over the past 12 months", "the past 12 months", "DURATION", "P12M"],
      ["over the past two quarters", "the past two quarters", "DURATION", "P2Q"],
      ["dividends paid every quarter", "every quarter", "SET", "P1Q"],
      ["in recent years", "recent years", "DATE", "PAST_REF"],
      ["in past decades", "past decades", "DATE", "PAST_REF"],
      ["in recent weeks", "recent weeks", "DURATION", "PXW"],
      ["over the past few years", "the past few years", "DURATION", "PXY"],
    ])("reads %j: [%s] %s %s", (text, span, type, value) => {
      const t = one(text, SUNDAY);
      expect([t.text, t.type, t.value]).toEqual([span, type, value]);
    });

    it("lays a duration counted from the dateline on the calendar, and no other", () => {
      expect(one("over the past two months", SUNDAY).date?.edtf).toBe("2023-04-18/2023-06-18");
      expect(one("over the next several months", SUNDAY).date?.edtf).toBe("2023-06-18/..");
      expect(one("for three days", SUNDAY).date).toBeUndefined();
      expect(one("recently", SUNDAY).date?.edtf).toBe("../2023-06-18");
      expect(one("now", SUNDAY).date?.edtf).toBe("2023-06-18");
    });

    it("gives a clock time the day named after it, apart, and midnight as 24:00", () => {
      expect(all("The ceasefire took effect at midnight on Saturday.", SUNDAY)).toEqual([
        ["midnight", "TIME", "2023-06-17T24:00"],
        ["Saturday", "DATE", "2023-06-17"],
      ]);
      expect(all("It struck at 8 p.m. on Dec. 31, 2023.", SUNDAY)).toEqual([
        ["8 p.m.", "TIME", "2023-12-31T20:00"],
        ["Dec. 31, 2023", "DATE", "2023-12-31"],
      ]);
    });

    it("reads clock times with the day they name, or the day being told about", () => {
      expect(all("Polls will close at 8 p.m. EDT Tuesday.", SUNDAY)).toEqual([
        ["8 p.m. EDT Tuesday", "TIME", "2023-06-20T20:00"],
      ]);
      expect(all("On June 2 the vote began at 9:30 and ended at noon.", SUNDAY)).toEqual([
        ["June 2", "DATE", "2023-06-02"],
        ["9:30", "TIME", "2023-06-02T09:30"],
        ["noon", "TIME", "2023-06-02T12:00"],
      ]);
    });

    it("marks no ages", () => {
      expect(tagTimexes("a 6-year-old boy and a man 52 years old", SUNDAY)).toEqual([]);
    });
  });

  describe("quarters, seasons and reporting periods", () => {
    const text =
      "Acme posted a third-quarter loss. In the year-ago quarter it earned $5 million. " +
      "Sales fell from a year earlier.";
    it("resolves a report's quarters against the dateline and each other", () => {
      expect(all(text, "1989-10-30")).toEqual([
        ["third-quarter", "DATE", "1989-Q3"],
        ["the year-ago quarter", "DATE", "1988-Q3"],
        ["a year earlier", "DATE", "1988-Q3"],
      ]);
    });

    it("compares with the quarter the report is about, not one named in passing", () => {
      const report =
        "Acme posted a gain in third-quarter net income. After a flat second quarter, sales " +
        "rose. Newsprint fell in that quarter. Charges taken in the year-earlier period hurt. " +
        "In the 1989 period, tax rates were lower than a year ago.";
      expect(all(report, "1989-11-01")).toEqual([
        ["third-quarter", "DATE", "1989-Q3"],
        ["second quarter", "DATE", "1989-Q2"],
        ["that quarter", "DATE", "1989-Q2"],
        ["the year-earlier period", "DATE", "1988-Q3"],
        ["the 1989 period", "DATE", "1989-Q3"],
        ["a year ago", "DATE", "1988-Q3"],
      ]);
      // A quarter years back is history, not the one reported on.
      const history =
        "CMS stopped paying a dividend in the third quarter of 1984. It reported " +
        "third-quarter net of $68 million, up from a year ago.";
      expect(all(history, "1989-10-27").map(([, , v]) => v)).toEqual([
        "1984-Q3",
        "1989-Q3",
        "1988-Q3",
      ]);
    });

    it("reads a weekend as the one just past, unless the sentence looks ahead", () => {
      expect(one("Talks went on over the weekend.", "2023-06-19").value).toBe("2023-W24-WE");
      expect(one("They met this past weekend.", "2023-06-19").date?.edtf).toBe(
        "2023-06-17/2023-06-18",
      );
      expect(one("They will meet next weekend.", "2023-06-19").value).toBe("2023-W25-WE");
    });

    it("reads seasons relative to the dateline", () => {
      expect(one("He was shot last fall.", "1999-04-10").value).toBe("1998-FA");
      expect(one("Protests are planned this summer.", "1998-03-22").value).toBe("1998-SU");
      expect(one("in the winter of 1994", SUNDAY).value).toBe("1994-WI");
      expect(one("It snowed this winter.", "1998-01-20").date?.edtf).toBe("1997-12/1998-02");
    });

    it("puts a bare season on the side its tense says when it is not the dateline's own", () => {
      expect(one("The talks collapsed in the summer.", "2023-03-10").value).toBe("2022-SU");
      expect(one("The talks will resume in the spring.", "2023-10-10").value).toBe("2024-SP");
      expect(one("It was hot in the summer.", "2023-07-10").value).toBe("2023-SU");
      // Across the year end: a winter runs from December to the next February.
      expect(one("The storm struck in the winter.", "2024-01-15").value).toBe("2023-WI");
      expect(one("The storm struck in the winter.", "2023-03-10").value).toBe("2022-WI");
      expect(one("They will ski in the winter.", "2023-03-10").value).toBe("2023-WI");
    });
  });

  describe("expressions that refer to the date before them", () => {
    it("takes the date mentioned before, and says so", () => {
      const found = tagTimexes(
        "The bombs went off on Aug. 7. The next day, rescuers arrived.",
        "1998-08-13",
      );
      expect(found.map((t) => [t.text, t.value])).toEqual([
        ["Aug. 7", "1998-08-07"],
        ["The next day", "1998-08-08"],
      ]);
      expect(found[1]?.flags).toContain("relativeToPrevious");
    });

    it("refers to the date told about last, its unknown part as X, not to an older day", () => {
      const found = tagTimexes(
        "The site went up Thursday. It was used most recently last October, and the name " +
          "was crossed out that same day.",
        "1999-02-06",
      );
      expect(found.map((t) => [t.text, t.value])).toEqual([
        ["Thursday", "1999-02-04"],
        ["recently", "PAST_REF"],
        ["last October", "1998-10"],
        ["that same day", "1998-10-XX"],
      ]);
      expect(found[3]?.date).toBeUndefined();
      expect(all("In 1996 he moved; that month he wed.", SUNDAY)).toEqual([
        ["1996", "DATE", "1996"],
        ["that month", "DATE", "1996-XX"],
      ]);
    });

    it("falls back on the dateline, flagged, when nothing came before", () => {
      const t = one("That same day, rescuers arrived.", SUNDAY);
      expect(t.value).toBe(SUNDAY);
      expect(t.flags).toContain("needsAnchor");
    });
  });

  it("gives every DATE and TIME with a definite value an interval parseEdtf agrees with", () => {
    const text =
      "On Friday, officials said talks held last week in June 2023, the third quarter, " +
      "this summer and the 1990s would resume tomorrow morning, next month and in 2024.";
    const found = tagTimexes(text, SUNDAY);
    expect(found.length).toBeGreaterThan(8);
    for (const t of found) {
      if (t.type !== "DATE" && t.type !== "TIME") continue;
      expect(t.date, t.text).toBeDefined();
      const { edtf, ...rest } = t.date ?? { edtf: "" };
      expect(parseEdtf(edtf), t.text).toEqual(rest);
    }
  });
});
