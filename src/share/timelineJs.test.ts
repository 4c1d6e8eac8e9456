import { describe, expect, it } from "vitest";
import type { TimelineJsDocument } from "./timelineJs.ts";
import { toTimelineJs } from "./timelineJs.ts";
import { parseEdtf } from "../model/dates.ts";
import { TEST_DATASET, testEvent } from "../model/fixtures/shareDataset.ts";

const doc = JSON.parse(toTimelineJs(TEST_DATASET.events, TEST_DATASET)) as TimelineJsDocument;
const slide = (id: string) => doc.events.find((e) => e.unique_id === id);

/** Every HTML text field of the document. */
function htmlFields(d: TimelineJsDocument): string[] {
  return [
    d.title.text.headline,
    d.title.text.text,
    ...d.events.flatMap((e) => [e.text.headline, e.text.text]),
  ];
}

describe("toTimelineJs(events, dataset)", () => {
  it("has a title slide and one slide per event, in order, with unique ids", () => {
    expect(doc.title.text.headline).toBe("Test corpus, &lt;i&gt;2023&lt;/i&gt;");
    expect(doc.events.map((e) => e.unique_id)).toEqual(TEST_DATASET.events.map((e) => e.id));
    expect(doc.title.unique_id).not.toMatch(/^[a-z0-9-]+$/); // cannot clash with a slug id
  });

  it("gives dates only the known parts: a month-precision event has no day", () => {
    expect(slide("delhi-g20")?.start_date).toEqual({ year: 2023, month: 9 });
    expect(slide("delhi-g20")?.end_date).toBeUndefined();
    expect(slide("meet-next-year")?.start_date).toEqual({ year: 2024 });
  });

  it("gives a day span an end date and an open interval its known end only", () => {
    expect(slide("beijing-visit")?.start_date).toEqual({ year: 2023, month: 6, day: 18 });
    expect(slide("beijing-visit")?.end_date).toEqual({ year: 2023, month: 6, day: 19 });
    expect(slide("talks-by-august")?.start_date).toEqual({ year: 2023, month: 8, day: 31 });
    expect(slide("talks-by-august")?.end_date).toBeUndefined();
    expect(slide("forum-from-october")?.start_date).toEqual({ year: 2023, month: 10, day: 2 });
    expect(slide("forum-from-october")?.end_date).toBeUndefined();
  });

  it("gives a season or quarter its months, and a span its first and last days, never one day", () => {
    const at = (edtf: string) => {
      const parsed = parseEdtf(edtf);
      if (!parsed) throw new Error(edtf);
      const event = {
        ...testEvent("delhi-g20"),
        date: { ...testEvent("delhi-g20").date, edtf, ...parsed },
      };
      const [only] = (JSON.parse(toTimelineJs([event], TEST_DATASET)) as TimelineJsDocument).events;
      return [only?.start_date, only?.end_date];
    };
    expect(at("2011-23")).toEqual([
      { year: 2011, month: 9 },
      { year: 2011, month: 11 },
    ]);
    expect(at("2023-24")).toEqual([
      { year: 2023, month: 12 },
      { year: 2024, month: 2 },
    ]);
    expect(at("2023-35")).toEqual([
      { year: 2023, month: 7 },
      { year: 2023, month: 9 },
    ]);
    expect(at("[2005-01-01..2005-06-13]")).toEqual([
      { year: 2005, month: 1, day: 1 },
      { year: 2005, month: 6, day: 13 },
    ]);
  });

  it("shows Dateline's own date label and groups by status", () => {
    expect(slide("delhi-g20")?.display_date).toBe("September 2023 (expected)");
    expect(slide("talks-by-august")?.display_date).toBe("before 1 September 2023 (planned)");
    expect(slide("delhi-g20")?.group).toBe("expected");
  });

  it("escapes everything from the data: only its own p, em and blockquote tags appear", () => {
    for (const field of htmlFields(doc)) {
      const tags = [...field.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]);
      expect(tags.filter((t) => !["p", "em", "blockquote"].includes(t ?? ""))).toEqual([]);
    }
    // TimelineJS must not turn URL-like text from the data into links either.
    expect(doc.events.map((e) => e.autolink)).toEqual(doc.events.map(() => false));
    expect(doc.title.autolink).toBe(false);
    expect(slide("san-francisco-apec")?.text.headline).toBe(
      "APEC in San Francisco &lt;img src=x onerror=alert(1)&gt;",
    );
  });

  it("puts the summary, status and every citation with its article into the text", () => {
    const text = slide("beijing-visit")?.text.text ?? "";
    expect(text).toContain("Blinken met Qin Gang; talks &quot;went well&quot;, officials said.");
    expect(text).toContain("Status as of 18 June 2023: ongoing");
    for (const c of testEvent("beijing-visit").citations) {
      expect(text).toContain(c.exact.replace(/"/g, "&quot;"));
    }
    expect(text).toContain(
      "Wire story &lt;b&gt;&quot;A&quot;&lt;/b&gt;, 18 June 2023, Test Wire, paragraph 1",
    );
  });
});
