import { describe, expect, it } from "vitest";
import { guessDirection } from "./tense.ts";
import { tagTimexes } from "./tagger.ts";

/** The side guessed for the first occurrence of `expression` in `sentence`. */
function side(sentence: string, expression: string): string {
  const start = sentence.indexOf(expression);
  if (start < 0) throw new Error(`${expression} is not in ${sentence}`);
  const g = guessDirection(sentence, start, start + expression.length);
  return g.marked ? g.direction : `${g.direction} (unmarked)`;
}

describe("guessDirection(text, start, end)", () => {
  it("reads a participle's tense from its auxiliary", () => {
    expect(side("The offer is due to expire Friday.", "Friday")).toBe("future");
    expect(side("It had been due to expire Friday evening.", "Friday")).toBe("past");
    expect(side("The vote was scheduled for Friday.", "Friday")).toBe("past");
    expect(side("The prosecutor has scheduled a news conference Thursday.", "Thursday")).toBe(
      "future",
    );
    expect(side("The peace talks, set to resume Monday, were delayed.", "Monday")).toBe("future");
  });

  it("does not take a passive participle for a past tense", () => {
    expect(side("She will be named commander of a mission in December.", "December")).toBe(
      "future",
    );
  });

  it("takes neither a passive participle nor an -ed adjective for a past tense", () => {
    expect(side("The split would be paid on a still unspecified date in January.", "January")).toBe(
      "future",
    );
    expect(side("The bonus is paid in January.", "January")).toBe("past (unmarked)");
  });

  it("reads an -ed word after a quantifier as a verb, after a determiner as an adjective", () => {
    // "some" and "no" stand alone as subjects; "the", "a" never do.
    expect(side("Some started shipping on Monday.", "Monday")).toBe("past");
    expect(side("On Monday the delayed shipments will arrive.", "Monday")).toBe("future");
  });

  it("skips adverbs of sequence between an auxiliary and its participle", () => {
    expect(side("Officials said the hearing is first scheduled for Friday.", "Friday")).toBe(
      "future",
    );
    expect(side("Officials said the hearing is once again set for Friday.", "Friday")).toBe(
      "future",
    );
  });

  it("lets a verb overrule a word that only hints at the future", () => {
    expect(side("Until Thursday, they had not called him a suspect.", "Thursday")).toBe("past");
    expect(side("A memorial planned for Saturday was canceled.", "Saturday")).toBe("past");
    expect(side("The team planned to leave on Thursday.", "Thursday")).toBe("future");
  });

  it("takes a preposition that governs the date as the deadline's side", () => {
    expect(side("Dow Jones said it extended its offer until Nov. 9.", "Nov. 9")).toBe("future");
    expect(side("It named an office of the chairman, effective Feb. 1.", "Feb. 1")).toBe("future");
    expect(side("It had planned to pay down the loan by February.", "February")).toBe("future");
    expect(side("Holders tendered 99% of the shares by the Tuesday deadline.", "Tuesday")).toBe(
      "past",
    );
  });

  it("reads 'were planning to' as a future seen from the past", () => {
    expect(side("Protesters were planning to drive to the airport on Monday.", "Monday")).toBe(
      "future",
    );
  });

  it("reads a scheduled event's present tense as the future, not its infinitive", () => {
    expect(side("He and Arafat meet separately Monday with Albright.", "Monday")).toBe("future");
    expect(side("The court hears the appeal Tuesday.", "Tuesday")).toBe("future");
    expect(side("Voters go to the polls Sunday.", "Sunday")).toBe("future");
    expect(side("Talks begin Monday in Geneva.", "Monday")).toBe("future");
    expect(side("The law takes effect Friday.", "Friday")).toBe("future");
    // A noun is no verb: "the close of business".
    expect(side("At the close of business Thursday, shares rose.", "Thursday")).toBe("past");
    expect(side("They failed to meet Monday's deadline.", "Monday")).toBe("past");
  });

  it("does not read 'next to' or a noun 'plans' as the future", () => {
    expect(side("A bomb ripped through a building next to the embassy Friday.", "Friday")).toBe(
      "past",
    );
    expect(side("On Friday, he set aside vacation plans.", "Friday")).toBe("past (unmarked)");
  });
});

describe("tagTimexes(text, dateline) with the tense guessed", () => {
  const WEDNESDAY = "1998-09-30";
  it("puts the weekday on the side of the sentence's verb group", () => {
    const value = (text: string): string | undefined => tagTimexes(text, WEDNESDAY)[0]?.value;
    expect(value("Until Thursday, they had not called him a suspect.")).toBe("1998-09-24");
    expect(value("The talks are set to resume Thursday.")).toBe("1998-10-01");
    expect(value("The bid had been due to expire Friday.")).toBe("1998-09-25");
  });
});
