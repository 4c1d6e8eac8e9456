import { describe, expect, it } from "vitest";
import { dateSourceSentence, phraseNamesTime } from "./datePhrase.ts";

describe("phraseNamesTime(phrase)", () => {
  it("finds a time in the corpus's date phrases", () => {
    for (const phrase of [
      "in November",
      "in February",
      "the same month",
      "on Saturday",
      "Before departure",
      "Before leaving for Beijing",
      "over the next several months",
      "two-day trip",
      "in September",
      "3-day summit",
      "LAST WEEK",
      "this spring",
    ]) {
      expect(phraseNamesTime(phrase), phrase).toBe(true);
    }
  });

  it("finds none in words that only describe what happened", () => {
    for (const phrase of [
      "A phone call",
      "said in a live report",
      "have expressed their hopes",
      "has been invited",
      "is likely to meet top Chinese officials",
      "",
    ]) {
      expect(phraseNamesTime(phrase), phrase).toBe(false);
    }
  });
});

describe("dateSourceSentence(date)", () => {
  const report = { resolvedAgainst: "2023-06-18" };

  it("quotes words that name a time, with the report's date", () => {
    expect(dateSourceSentence({ ...report, edtf: "2023-06-17", phrase: "on Saturday" })).toBe(
      "From the article’s words “on Saturday”, in the report of 18 June 2023.",
    );
  });

  it("says the article gives no date, and how the date was reached", () => {
    expect(dateSourceSentence({ ...report, edtf: "../2023-06-18", phrase: "A phone call" })).toBe(
      "The article gives no date: it reports this as having happened by 18 June 2023, the date of the report.",
    );
    expect(dateSourceSentence({ ...report, edtf: "2023-06-18/..", phrase: "will meet" })).toBe(
      "The article gives no date: it reports this as still to come on 18 June 2023, the date of the report.",
    );
    expect(
      dateSourceSentence({
        ...report,
        edtf: "2023-06-18/2023-06-19",
        phrase: "is likely to meet top Chinese officials",
      }),
    ).toBe(
      "The article gives no date of its own for this: the date shown is worked out from a related event in the report of 18 June 2023.",
    );
  });
});
