import { describe, expect, it } from "vitest";
import { sampleDataset } from "./fixtures/sampleDataset.ts";
import { MAX_PROBLEMS, readDataset, readDatasetText } from "./readDataset.ts";

const problemsOf = async (json: unknown): Promise<string[]> => {
  const result = await readDataset(json);
  return result.ok ? [] : result.problems;
};

describe("readDatasetText(text)", () => {
  it("reads a valid dataset", async () => {
    const result = await readDatasetText(JSON.stringify(sampleDataset()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.events).toHaveLength(sampleDataset().events.length);
  });

  it("says a truncated file is not valid JSON", async () => {
    const text = JSON.stringify(sampleDataset());
    const result = await readDatasetText(text.slice(0, text.length / 2));
    expect(result).toMatchObject({ ok: false, kind: "json" });
    if (!result.ok) expect(result.summary).toMatch(/not valid JSON; it may be truncated/);
  });

  it("says an empty file is empty", async () => {
    expect(await readDatasetText("  ")).toMatchObject({
      ok: false,
      kind: "json",
      summary: "The dataset file is empty.",
    });
  });
});

describe("readDataset(json)", () => {
  it("refuses another schemaVersion with its own message", async () => {
    const result = await readDataset({ ...sampleDataset(), schemaVersion: 3 });
    expect(result).toMatchObject({ ok: false, kind: "version" });
    if (!result.ok)
      expect(result.summary).toBe("The dataset has schemaVersion 3, but this app reads version 2.");
    expect(await readDataset({ events: [] })).toMatchObject({
      ok: false,
      kind: "version",
      summary: "The dataset has no schemaVersion.",
    });
  });

  it("refuses what is not an object", async () => {
    for (const json of [null, [], 42, "x"])
      expect(await readDataset(json)).toMatchObject({ ok: false, kind: "schema" });
  });

  it("lists schema violations with their paths", async () => {
    const dataset: Record<string, unknown> = { ...sampleDataset(), title: "" };
    const events = sampleDataset().events.map((e) => ({ ...e })) as unknown as Record<
      string,
      unknown
    >[];
    (events[1] as Record<string, unknown>)["status"] = "rumoured";
    dataset["events"] = events;
    const result = await readDataset(dataset);
    expect(result).toMatchObject({ ok: false, kind: "schema" });
    const problems = (await problemsOf(dataset)).join("\n");
    expect(problems).toMatch(/^title: /m);
    expect(problems).toMatch(/^events\.1\.status: /m);
  });

  it("finds references to things that do not exist", async () => {
    const dataset = sampleDataset();
    const event = dataset.events[0];
    if (!event) throw new Error("fixture");
    event.actors.push("nobody");
    event.places.push("atlantis");
    event.related.push("never-happened");
    const citation = event.citations[0];
    if (citation) citation.source = "missing";
    expect(await readDataset(dataset)).toMatchObject({ ok: false, kind: "references" });
    expect(await problemsOf(dataset)).toEqual([
      'events[0] (bali-g20): unknown actor "nobody"',
      'events[0] (bali-g20): unknown place "atlantis"',
      'events[0] (bali-g20): unknown related event "never-happened"',
      'events[0] (bali-g20) citation 0: unknown source "missing"',
      "events[0] (bali-g20) report 0: citation 0 comes from another source",
    ]);
  });

  it("finds duplicate ids", async () => {
    const dataset = sampleDataset();
    dataset.actors.push({ id: "joe-biden", name: "Joe Biden again", kind: "person" });
    expect(await problemsOf(dataset)).toEqual(['duplicate actor id "joe-biden"']);
  });

  it("finds citations whose offsets do not select their quote", async () => {
    const dataset = sampleDataset();
    const citation = dataset.events[1]?.citations[0];
    if (!citation) throw new Error("fixture");
    citation.start += 1;
    citation.end += 1;
    expect(await problemsOf(dataset)).toEqual([
      `events[1] (balloon-incident) citation 0: offsets [${citation.start}, ${citation.end}) do not select its quote`,
    ]);
    citation.end = 1_000_000;
    expect((await problemsOf(dataset))[0]).toMatch(/lie outside 000_sample/);
  });

  it("finds a date whose earliest and latest disagree with its EDTF", async () => {
    const dataset = sampleDataset();
    const event = dataset.events[1];
    if (!event) throw new Error("fixture");
    event.date.latest = "2023-02-27";
    expect(await problemsOf(dataset)).toEqual([
      "events[1] (balloon-incident): date 2023-02 means 2023-02-01–2023-02-28 (month), not 2023-02-01–2023-02-27 (month)",
    ]);
  });

  it("finds impossible days the pattern lets through", async () => {
    const dataset = sampleDataset();
    const source = dataset.sources[0];
    if (!source) throw new Error("fixture");
    source.dateline = "2023-02-30";
    const problems = await problemsOf(dataset);
    expect(problems[0]).toBe("sources[0] (000_sample): dateline 2023-02-30 is not a real day");
    // Each report of that source now names another dateline than its source's.
    expect(problems.slice(1)).toEqual(
      dataset.events.map(
        (e, i) =>
          `events[${i}] (${e.id}) report 0: dateline 2023-06-18 is not its source's, 2023-02-30`,
      ),
    );
  });

  it("caps a long list of problems", async () => {
    const dataset = sampleDataset();
    const event = dataset.events[0];
    if (!event) throw new Error("fixture");
    event.actors = Array.from({ length: 30 }, (_, i) => `ghost-${i}`);
    const problems = await problemsOf(dataset);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)).toBe("…and 10 more");
  });
});

describe("readDataset(json, shapeCheck)", () => {
  it("trusts a quick shape check that says yes: the references are still checked", async () => {
    const dataset = sampleDataset();
    const event = dataset.events[0];
    if (!event) throw new Error("fixture");
    // Not the contract's shape (a number for a title) and a broken reference: the check that
    // says yes is trusted for the first, and the references are checked all the same.
    const json = { ...dataset, events: [{ ...event, title: 7, actors: ["ghost"] }] };
    const seen: unknown[] = [];
    const result = await readDataset(json, (given) => {
      seen.push(given);
      return true;
    });
    expect(seen).toEqual([json]);
    expect(result).toMatchObject({ ok: false, kind: "references" });
    if (!result.ok)
      expect(result.problems).toEqual([`events[0] (${event.id}): unknown actor "ghost"`]);
  });

  it("asks zod, the contract, whenever the shape check says no", async () => {
    const dataset = sampleDataset();
    expect(await readDataset(dataset, () => false)).toEqual({ ok: true, dataset });
    const result = await readDataset({ ...dataset, title: 7 }, () => false);
    expect(result).toMatchObject({ ok: false, kind: "schema" });
    if (!result.ok) expect(result.problems[0]).toMatch(/^title: /);
  });
});
