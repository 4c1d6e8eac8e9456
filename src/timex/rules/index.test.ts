import { describe, expect, it } from "vitest";
import { resolveAll } from "../tagger.ts";
import type { Rule } from "./index.ts";
import { RULES } from "./index.ts";

const SUNDAY = "2023-06-18";

/** RULES with the rules named `a` and `b` exchanged; fails if either is missing. */
function swapped(a: string, b: string): Rule[] {
  const list = [...RULES];
  const i = list.findIndex((r) => r.name === a);
  const j = list.findIndex((r) => r.name === b);
  const ra = list[i];
  const rb = list[j];
  if (!ra || !rb) throw new Error(`no rule ${ra ? b : a}`);
  list[i] = rb;
  list[j] = ra;
  return list;
}

/** [text, type, value] of what the grammar `rules` finds in `text`. */
const read = (text: string, rules: readonly Rule[] = RULES): [string, string, string][] =>
  resolveAll(text, SUNDAY, {}, rules).map((r) => [r.timex.text, r.timex.type, r.timex.value]);

describe("RULES, the grammar's priority list", () => {
  it("lets an age block a duration only because `age` comes before `durationAdjective`", () => {
    const text = "She adopted a 6-year-old boy.";
    expect(read(text)).toEqual([]);
    expect(read(text, swapped("age", "durationAdjective"))).toEqual([
      ["6-year-old", "DURATION", "P6Y"],
    ]);
  });

  it("reads 'the past year' as last year only because `relativePeriod` comes before `durationOne`", () => {
    const text = "Sales rose over the past year.";
    expect(read(text)).toEqual([["the past year", "DATE", "2022"]]);
    expect(read(text, swapped("relativePeriod", "durationOne"))).toEqual([
      ["the past year", "DURATION", "P1Y"],
    ]);
  });

  it("leaves results alone where no two rules tie: a longer match wins whatever the order", () => {
    const text = "It began on Aug. 7, 1998, and lasted two days.";
    const reversed = [...RULES].reverse();
    expect(read(text, reversed)).toEqual(read(text));
    expect(read(text)).toEqual([
      ["Aug. 7, 1998", "DATE", "1998-08-07"],
      ["two days", "DURATION", "P2D"],
    ]);
  });

  it("holds each rule once, under a name of its own", () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(RULES).size).toBe(RULES.length);
    expect(new Set(names).size).toBe(names.length);
  });
});
