import { describe, expect, it } from "vitest";
import type { PhraseResult, PhraseSpec } from "./phrase.ts";
import { resolvePhrase } from "./phrase.ts";
import { tagTimexes } from "./tagger.ts";
import type { TimexDate } from "./types.ts";

const SUNDAY = "2023-06-18";

function edtf(
  phrase: string,
  options: Omit<PhraseSpec, "phrase"> = {},
  anchor?: TimexDate,
): string {
  const r = resolvePhrase({ phrase, ...options }, SUNDAY, anchor);
  if ("problem" in r) throw new Error(`${phrase}: ${r.problem.message}`);
  return r.date.edtf;
}

function problem(phrase: string, options: Omit<PhraseSpec, "phrase"> = {}, anchor?: TimexDate) {
  const r: PhraseResult = resolvePhrase({ phrase, ...options }, SUNDAY, anchor);
  if (!("problem" in r)) throw new Error(`${phrase} resolved to ${r.date.edtf}`);
  return r.problem;
}

const anchorOf = (phrase: string, options: Omit<PhraseSpec, "phrase"> = {}): TimexDate => {
  const r = resolvePhrase({ phrase, ...options }, SUNDAY);
  if ("problem" in r) throw new Error(r.problem.message);
  return r.date;
};

describe("resolvePhrase(spec, dateline, anchor?)", () => {
  it("reads every date the tagger resolves without guessing", () => {
    expect(edtf("last Friday")).toBe("2023-06-16");
    expect(edtf("two weeks ago")).toBe("2023-05-29/2023-06-04");
    expect(edtf("in the third quarter of 2023")).toBe("2023-07/2023-09");
    expect(edtf("last fall")).toBe("2022-09/2022-11");
    expect(edtf("early next year")).toBe("2024");
    expect(edtf("the 1990s")).toBe("1990/1999");
    expect(edtf("over the past two months")).toBe("2023-04-18/2023-06-18");
  });

  it("cuts the dateline's own year, month or week at the dateline for 'earlier' and 'later'", () => {
    const at = (phrase: string, dateline: string): string => {
      const r = resolvePhrase({ phrase }, dateline);
      if ("problem" in r) throw new Error(`${phrase}: ${r.problem.message}`);
      return r.date.edtf;
    };
    // A report of Monday 13 June 2005.
    expect(at("earlier this year", "2005-06-13")).toBe("2005-01-01/2005-06-13");
    expect(at("Earlier this month", "2005-06-13")).toBe("2005-06-01/2005-06-13");
    expect(at("later this year", "2005-06-13")).toBe("2005-06-13/2005-12-31");
    expect(at("later this month", "2005-06-13")).toBe("2005-06-13/2005-06-30");
    expect(at("later this week", "2005-06-13")).toBe("2005-06-13/2005-06-19");
    expect(at("earlier in the year", "2005-06-13")).toBe("2005-01-01/2005-06-13");
    // Said on the unit's first day, "earlier" leaves that day; "later" leaves all of it.
    expect(at("earlier this year", "2005-01-01")).toBe("2005-01-01");
    expect(at("later this year", "2005-01-01")).toBe("2005");
    // "early" names the start of the unit, not the part before the dateline; "last" is no cut.
    expect(at("early this year", "2005-06-13")).toBe("2005");
    expect(at("this year", "2005-06-13")).toBe("2005");
    expect(at("earlier last month", "2005-06-13")).toBe("2005-05");
  });

  it("keeps TIMEX3's value the year for 'earlier this year': the span is Dateline's", () => {
    const [t] = tagTimexes("The company earlier this year adopted a plan.", "2005-06-13");
    expect(t).toMatchObject({
      text: "earlier this year",
      value: "2005",
      mod: "START",
      date: { edtf: "2005-01-01/2005-06-13", earliest: "2005-01-01", latest: "2005-06-13" },
    });
  });

  it("keeps the expression it read beside the date", () => {
    const r = resolvePhrase({ phrase: "on Saturday", direction: "past" }, SUNDAY);
    expect(r).toMatchObject({
      date: { edtf: "2023-06-17" },
      timex: { text: "Saturday", value: "2023-06-17" },
    });
  });

  it("asks for a direction, a year or an anchor instead of guessing", () => {
    expect(problem("on Saturday").hint).toBe("add direction: past or future");
    expect(problem("the weekend")).toEqual({
      message: '"the weekend" could lie before or after the dateline',
      hint: "add direction: past or future",
    });
    expect(problem("in the summer").hint).toMatch(/^it does not say which year: write the year/);
    expect(problem("the next day").message).toBe(
      '"the next day" refers to another event\'s date, but there is no anchor',
    );
  });

  it("refuses what dates no single event", () => {
    expect(problem("every Monday").hint).toMatch(/^a repeated time/);
    expect(problem("for three days").message).toBe('cannot read the date phrase "for three days"');
    expect(problem("three days").hint).toMatch(/^a duration dates nothing by itself/);
  });

  it("counts from the anchor with one", () => {
    const visit = anchorOf("two-day trip");
    expect(edtf("the next day", {}, anchorOf("on Saturday", { direction: "past" }))).toBe(
      "2023-06-18",
    );
    expect(edtf("the following year", {}, anchorOf("in November", { direction: "past" }))).toBe(
      "2023",
    );
    expect(problem("the next day", {}, visit).message).toMatch(/spans several days/);
  });

  describe("signals before a date", () => {
    it("reads before and after a date as the open interval beside it", () => {
      expect(edtf("before 1 May 2023")).toBe("../2023-04-30");
      expect(edtf("after June 2023")).toBe("2023-07-01/..");
      expect(edtf("Before departure")).toBe("../2023-06-17"); // an event: the dateline's side
    });

    it("reads since, until and by a date", () => {
      expect(edtf("since 2019")).toBe("2019-01-01/..");
      expect(edtf("until March 2024")).toBe("../2024-03-31");
      expect(edtf("by Friday", { direction: "future" })).toBe("../2023-06-23");
      expect(problem("since the war").message).toBe('cannot read the date phrase "since the war"');
      expect(problem("by Friday").hint).toBe("add direction: past or future");
    });

    it("prefers the anchor for before and after, as before", () => {
      const september = anchorOf("9 September 2023");
      expect(edtf("before 1 May 2023", {}, september)).toBe("../2023-09-08");
    });
  });

  describe("one engine: a phrase and the same words found in an article resolve alike", () => {
    it.each([
      ["Officials met on Saturday to talk.", "on Saturday", "past"],
      ["The talks will resume in September.", "in September", "future"],
      ["The balloon was found in February.", "in February", "past"],
      ["Ministers met last week.", "last week", "past"],
      ["The minister arrived yesterday.", "yesterday", "past"],
      ["Talks start on 2 July.", "on 2 July", "future"],
      ["It opened in June 2023.", "June 2023", "past"],
      ["It will open next month.", "next month", "future"],
      [
        "He hopes to meet him over the next several months.",
        "over the next several months",
        "future",
      ],
    ] as const)("%j and %j", (sentence, phrase, direction) => {
      const found = tagTimexes(sentence, SUNDAY);
      expect(found).toHaveLength(1);
      expect(found[0]?.direction ?? direction).toBe(direction);
      expect(edtf(phrase, { direction })).toBe(found[0]?.date?.edtf);
    });
  });
});
