import { describe, expect, it } from "vitest";
import type { Source } from "./dataset.ts";
import { cite } from "./fixtures/build.ts";
import { SAMPLE_SOURCE, sampleDataset } from "./fixtures/sampleDataset.ts";
import { citedRanges, MAX_CONTEXT, quoteContext, segmentText } from "./passages.ts";

describe("quoteContext(source, citation)", () => {
  it("extends a quote to the sentence it sits in, within its paragraph", () => {
    const context = quoteContext(
      SAMPLE_SOURCE,
      cite(SAMPLE_SOURCE, "a suspected spy balloon above the US"),
    );
    expect(context).toEqual({
      before: "It follows the discovery of ",
      exact: "a suspected spy balloon above the US",
      after: " in February.",
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it("starts after the previous sentence and stops at the end of this one", () => {
    const context = quoteContext(SAMPLE_SOURCE, cite(SAMPLE_SOURCE, "spoke on Saturday"));
    expect(context.before).toBe("Biden ");
    expect(context.after).toBe(".");
  });

  it("adds nothing after a quote that ends its sentence", () => {
    const quote = "The two leaders are likely to attend the next G20 summit in Delhi in September.";
    const context = quoteContext(SAMPLE_SOURCE, cite(SAMPLE_SOURCE, quote));
    expect([context.before, context.after]).toEqual(["", ""]);
  });

  it("reaches the paragraph's end when the sentence has no full stop", () => {
    const source: Source = {
      ...SAMPLE_SOURCE,
      text: 'He said "hello there" and left\n\nNext.',
      paragraphs: [
        { start: 0, end: 30 },
        { start: 32, end: 37 },
      ],
    };
    const context = quoteContext(source, { start: 9, end: 20 });
    expect(context).toMatchObject({
      before: 'He said "',
      exact: "hello there",
      after: '" and left',
    });
  });

  it("clips very long context at a word boundary", () => {
    const long = `${"word ".repeat(100)}QUOTE${" more".repeat(100)}.`;
    const source: Source = {
      ...SAMPLE_SOURCE,
      text: long,
      paragraphs: [{ start: 0, end: long.length }],
    };
    const start = long.indexOf("QUOTE");
    const context = quoteContext(source, { start, end: start + 5 });
    expect(context.clippedBefore && context.clippedAfter).toBe(true);
    expect(context.before.length).toBeLessThanOrEqual(MAX_CONTEXT);
    expect(context.before.startsWith("word")).toBe(true);
    expect(context.after.endsWith("more")).toBe(true);
  });
});

describe("citedRanges(dataset, sourceId)", () => {
  it("lists every cited stretch of an article in order, merging identical ones", () => {
    const dataset = sampleDataset();
    const twin = dataset.events[2];
    const quoted = dataset.events[0]?.citations[0];
    if (!twin || !quoted) throw new Error("fixture");
    twin.citations.push({ ...quoted });
    const ranges = citedRanges(dataset, "000_sample");
    expect(ranges.map((r) => r.start)).toEqual(
      [...ranges.map((r) => r.start)].sort((a, b) => a - b),
    );
    const shared = ranges.find((r) => r.start === quoted.start);
    expect(shared?.eventIds).toEqual(["bali-g20", "balakrishnan-meeting"]);
    expect(citedRanges(dataset, "nope")).toEqual([]);
  });
});

describe("segmentText(text, from, to, ranges)", () => {
  const text = "0123456789";
  it("cuts at range boundaries and says which ranges cover each run", () => {
    const segments = segmentText(text, 0, 10, [
      { start: 2, end: 6 },
      { start: 4, end: 8 },
    ]);
    expect(segments.map((s) => [s.text, s.covers])).toEqual([
      ["01", []],
      ["23", [0]],
      ["45", [0, 1]],
      ["67", [1]],
      ["89", []],
    ]);
  });

  it("covers exactly the slice even when ranges reach outside it", () => {
    const segments = segmentText(text, 3, 7, [{ start: 0, end: 5 }]);
    expect(segments.map((s) => s.text).join("")).toBe("3456");
    expect(segments.map((s) => s.covers)).toEqual([[0], []]);
  });

  it("gives one uncovered run without ranges and nothing for an empty slice", () => {
    expect(segmentText(text, 0, 10, [])).toEqual([{ start: 0, end: 10, text, covers: [] }]);
    expect(segmentText(text, 5, 5, [])).toEqual([]);
  });
});
