import { describe, expect, it } from "vitest";
import {
  ADJECTIVAL_ED,
  ADVERBS,
  BEFORE_ADJECTIVE,
  IRREGULAR_PAST,
  MONTH_ABBREVIATIONS,
  MONTH_WORDS,
  NOMINAL_BEFORE,
  NOT_ED_SUFFIX,
  PAST_MARKERS,
  PLAN_PARTICIPLES_ED,
  PROPOSER_ONLY_PAST,
  SEQUENCE_ADVERBS,
  TENSE_ONLY_PAST,
  TIME_WORDS,
  WEEKDAY_WORDS,
} from "./lexicon.ts";

/** The words two sets share. */
const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] =>
  [...a].filter((w) => b.has(w));

describe("the English lexicon", () => {
  it("names months and weekdays as en-GB does, with news style's Sept", () => {
    expect(MONTH_WORDS.get("september")).toBe(9);
    expect(MONTH_WORDS.get("sep")).toBe(9);
    expect(MONTH_WORDS.get("sept")).toBe(9);
    expect(MONTH_WORDS.get("may")).toBe(5);
    expect(MONTH_ABBREVIATIONS.has("sept")).toBe(true);
    expect(MONTH_ABBREVIATIONS.has("may")).toBe(false); // "May" is its full name
    expect([...WEEKDAY_WORDS]).toEqual([
      ["sunday", 0],
      ["monday", 1],
      ["tuesday", 2],
      ["wednesday", 3],
      ["thursday", 4],
      ["friday", 5],
      ["saturday", 6],
    ]);
  });

  it("counts every month and weekday name, abbreviation and unit among the time words", () => {
    for (const w of [...MONTH_WORDS.keys(), ...WEEKDAY_WORDS.keys()]) {
      expect(TIME_WORDS.has(w)).toBe(true);
    }
    for (const w of ["thurs", "fortnight", "autumn", "midnight", "ago", "upcoming"]) {
      expect(TIME_WORDS.has(w)).toBe(true);
    }
    expect(TIME_WORDS.has("call")).toBe(false);
  });

  it("keeps each word that only one reader takes out of the shared lists", () => {
    // A word moved into a shared list must leave the single-reader list it came from.
    expect(shared(IRREGULAR_PAST, TENSE_ONLY_PAST)).toEqual([]);
    expect(shared(IRREGULAR_PAST, PROPOSER_ONLY_PAST)).toEqual([]);
    expect(shared(TENSE_ONLY_PAST, PROPOSER_ONLY_PAST)).toEqual([]);
    expect(shared(ADVERBS, SEQUENCE_ADVERBS)).toEqual([]);
    expect(shared(NOT_ED_SUFFIX, ADJECTIVAL_ED)).toEqual([]);
    expect(shared(NOT_ED_SUFFIX, PLAN_PARTICIPLES_ED)).toEqual([]);
    expect(shared(ADJECTIVAL_ED, PLAN_PARTICIPLES_ED)).toEqual([]);
  });

  it("gives the tense guess every shared past tense and its own, not the proposer's", () => {
    for (const w of [...IRREGULAR_PAST, ...TENSE_ONLY_PAST]) expect(PAST_MARKERS.has(w)).toBe(true);
    for (const w of PROPOSER_ONLY_PAST) expect(PAST_MARKERS.has(w)).toBe(false);
  });

  it("treats a quantifier as a noun's mark for the proposer but not as an adjective's", () => {
    expect(NOMINAL_BEFORE.has("some")).toBe(true);
    expect(BEFORE_ADJECTIVE.has("some")).toBe(false);
    expect(BEFORE_ADJECTIVE.has("the")).toBe(true);
    expect(NOMINAL_BEFORE.has("recently")).toBe(false); // "recently announced" is a report
  });
});
