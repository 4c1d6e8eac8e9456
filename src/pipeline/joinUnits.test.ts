import { describe, expect, it } from "vitest";
import type { Dataset } from "../model/dataset.ts";
import type { ArticleUnit } from "./compileArticle.ts";
import type { CorpusMeta } from "./corpusLayout.ts";
import { joinUnits } from "./joinUnits.ts";
import { serializeDataset, serializeDatasetChunks } from "./serializeDataset.ts";
import type { CompiledEvent } from "./compileArticle.ts";

const DIGEST = "0".repeat(64);
const TEXT = "Today it rained. The same day it snowed.";

function meta(): CorpusMeta {
  return {
    info: { title: "Synthetic", description: "" },
    actors: new Map(),
    places: new Map(),
    aliases: { actors: new Map(), places: new Map() },
    actorIds: new Set(),
    placeIds: new Set(),
    problems: [],
  };
}

function event(id: string, phrase: string, anchor?: string, related: string[] = []): CompiledEvent {
  const quote = phrase === "today" ? "Today it rained." : "The same day it snowed.";
  const start = TEXT.indexOf(quote);
  return {
    entry: {
      id,
      line: 1,
      title: id,
      summary: `Event ${id}.`,
      date: {
        phrase,
        line: 2,
        ...(anchor === undefined ? {} : { anchor: { value: anchor, line: 3 } }),
      },
      status: "occurred",
      actors: [],
      places: [],
      related: related.map((value) => ({ value, line: 4 })),
      citations: [{ quote, line: 5 }],
      citationsLine: 5,
    },
    file: "annotations/a.yaml",
    citations: [
      {
        source: "a",
        exact: quote,
        prefix: "",
        suffix: "",
        start,
        end: start + quote.length,
        paragraph: 0,
      },
    ],
    ok: true,
  };
}

function unit(id: string, dateline: string, events: CompiledEvent[]): ArticleUnit {
  return {
    id,
    problems: [],
    dateline,
    articleFile: `articles/${id}.txt`,
    source: {
      id,
      title: id,
      dateline,
      attribution: "Synthetic",
      sha256: "1".repeat(64),
      text: TEXT,
      paragraphs: [{ start: 0, end: TEXT.length }],
    },
    events: events.map((e) => ({
      ...e,
      citations: e.citations.map((c) => ({ ...c, source: id })),
    })),
    reports: [],
  };
}

describe("joinUnits(meta, units, digest)", () => {
  it(
    "resolves a chain of 30,000 anchors without overflowing the call stack",
    { timeout: 60_000 },
    () => {
      const n = 30_000;
      const events = [event("e-0", "today")];
      // Declared last-first, so resolution has to walk the whole chain from the first event it meets.
      for (let i = n - 1; i >= 1; i--) events.push(event(`e-${i}`, "the same day", `e-${i - 1}`));
      const result = joinUnits(meta(), [unit("a", "2024-03-01", events)], DIGEST);
      if (!result.ok) throw new Error(result.problems[0]?.message);
      expect(result.dataset.events).toHaveLength(n);
      expect(new Set(result.dataset.events.map((e) => e.date.edtf))).toEqual(
        new Set(["2024-03-01"]),
      );
    },
  );

  it("reports an anchor cycle once, on the event whose anchor closes it", () => {
    const result = joinUnits(
      meta(),
      [
        unit("a", "2024-03-01", [
          event("x", "the same day", "z"),
          event("y", "the same day", "x"),
          event("z", "the same day", "y"),
        ]),
      ],
      DIGEST,
    );
    expect(result.ok ? [] : result.problems.map((p) => `${p.where ?? ""}: ${p.message}`)).toEqual([
      'event "y": anchor cycle: x → z → y → x', // x waits for z, z for y, y for x
    ]);
  });

  it("gives the same dataset whatever order the units arrive in (worker threads finish in any order)", () => {
    const units = [
      unit("b", "2024-03-02", [
        event("b-1", "today", undefined, ["a-1"]),
        event("b-2", "the same day", "a-1"),
      ]),
      unit("a", "2024-03-01", [event("a-1", "today")]),
      unit("c", "2024-02-01", [event("c-1", "today", undefined, ["b-2"])]),
    ];
    const forward = joinUnits(meta(), units, DIGEST);
    const backward = joinUnits(meta(), [...units].reverse(), DIGEST);
    if (!forward.ok || !backward.ok) throw new Error("problems");
    expect(backward.json).toBe(forward.json);
    expect(forward.dataset.sources.map((s) => s.id)).toEqual(["a", "b", "c"]);
    expect(forward.dataset.events.map((e) => [e.id, e.date.edtf, e.date.resolvedAgainst])).toEqual([
      ["c-1", "2024-02-01", "2024-02-01"],
      ["a-1", "2024-03-01", "2024-03-01"],
      ["b-2", "2024-03-01", "2024-03-02"], // the same day as its anchor, read in article b
      ["b-1", "2024-03-02", "2024-03-02"],
    ]);
  });
});

describe("serializeDatasetChunks(dataset)", () => {
  it("writes one record per line, parses back to the same dataset, empty arrays included", () => {
    const result = joinUnits(
      meta(),
      [unit("a", "2024-03-01", [event("a-1", "today"), event("a-2", "the same day", "a-1")])],
      DIGEST,
    );
    if (!result.ok) throw new Error("problems");
    const datasets: Dataset[] = [
      result.dataset,
      { ...result.dataset, events: [], sources: [] },
      {
        ...result.dataset,
        description: 'quotes " and \\ and \n newlines, «unicode» 🎉',
        actors: [{ id: "x", name: "X", kind: "person" }],
      },
    ];
    for (const dataset of datasets) {
      const text = serializeDataset(dataset);
      expect([...serializeDatasetChunks(dataset)].join("")).toBe(text);
      expect(JSON.parse(text)).toEqual(dataset);
      expect(text.endsWith("}\n")).toBe(true);
      // Each record is one line: the events' lines are exactly their compact JSON.
      const lines = text.split("\n");
      for (const record of [...dataset.events, ...dataset.actors, ...dataset.sources]) {
        const line = JSON.stringify(record);
        expect(lines.some((l) => l === `    ${line}` || l === `    ${line},`)).toBe(true);
      }
    }
    expect(serializeDataset(datasets[1] as Dataset)).toContain('\n  "events": []');
  });
});
