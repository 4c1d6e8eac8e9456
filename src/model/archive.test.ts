import { describe, expect, it } from "vitest";
import type { ArchiveParts, ShardRefs } from "./archive.ts";
import {
  assembleDataset,
  assembleEvent,
  cutShards,
  decodeIndex,
  detailsFromShard,
  encodeIndex,
  eventShardProblems,
  headOf,
  indexProblems,
  sourceFromShard,
  sourceShardProblems,
} from "./archive.ts";
import type { Dataset, DatasetIndexFile } from "./dataset.ts";
import { EventShardSchema, IndexSchema, SourceShardSchema } from "./dataset.ts";
import { sampleDataset } from "./fixtures/sampleDataset.ts";
import { storyDataset } from "./fixtures/storyDataset.ts";
import { citedRanges } from "./passages.ts";
import { projectAsOf } from "./asOf.ts";

/** Refs for parts as a writer would name them (fake hashes: the model never hashes). */
function refsFor(parts: ArchiveParts): ShardRefs {
  const ref = (kind: string, i: number) => ({
    file: `shards/${kind}-${i.toString(16).padStart(16, "0")}.json`,
    sha256: "0".repeat(64),
    bytes: 1,
  });
  return {
    events: parts.events.map((_, i) => ref("events", i)),
    sources: parts.sources.map((_, i) => ref("sources", i)),
    search: [ref("search", 0)],
  };
}

/** The index of `dataset` with shards of about `chars` characters, through JSON as a reader gets it. */
function archive(dataset: Dataset, chars = 1) {
  const parts = cutShards(dataset, { eventChars: chars, sourceChars: chars });
  const file = JSON.parse(
    JSON.stringify(encodeIndex(dataset, parts, refsFor(parts))),
  ) as DatasetIndexFile;
  return { parts, file, index: decodeIndex(file) };
}

describe("encodeIndex(dataset) and decodeIndex(file)", () => {
  for (const [name, make] of [
    ["the sample dataset", sampleDataset],
    ["the story dataset (several reports, a disagreement)", storyDataset],
  ] as const) {
    it(`gives back ${name}'s events and sources as the views read them`, () => {
      const dataset = make();
      const { file, index } = archive(dataset);
      expect(IndexSchema.safeParse(file).success).toBe(true);
      expect(indexProblems(file)).toEqual([]);
      const head = headOf(dataset);
      // Every field an entry has is the dataset's (the details aside).
      for (const [i, entry] of index.head.events.entries()) {
        const event = dataset.events[i];
        if (!event) throw new Error("missing event");
        expect(entry).toEqual({
          id: event.id,
          title: event.title,
          date: event.date,
          status: event.status,
          asOf: event.asOf,
          actors: event.actors,
          places: event.places,
          related: event.related,
          reports: event.reports.map((r) => ({ ...r, citations: undefined })),
          disagreements: event.disagreements.map((d) => ({ ...d, sentence: undefined })),
        });
      }
      expect(index.head.sources).toEqual(head.sources);
      expect(index.head.actors).toEqual(dataset.actors);
    });

    it(`assembles ${name} whole again from the index and every shard`, () => {
      const dataset = make();
      for (const chars of [1, 400, 1_000_000]) {
        const { parts, index } = archive(dataset, chars);
        const again = assembleDataset(
          index,
          parts.events.map((p) => p.shard),
          parts.sources,
        );
        expect(again).toEqual(dataset);
      }
    });
  }

  it("writes no report rows for an event told once, and rows for every report of the others", () => {
    const dataset = storyDataset();
    const { file } = archive(dataset);
    const told = dataset.events.filter((e) => e.reports.length > 1);
    expect(file.reports.event.length).toBe(told.reduce((n, e) => n + e.reports.length, 0));
    expect(new Set(file.reports.event)).toEqual(
      new Set(told.map((e) => dataset.events.indexOf(e))),
    );
  });

  it("gives the same projection as reported up to a day as the whole dataset", () => {
    const dataset = storyDataset();
    const { index } = archive(dataset);
    for (const day of ["2023-06-18", "2023-10-03", "2023-11-16"]) {
      const whole = projectAsOf(dataset, day);
      const fromIndex = projectAsOf(index.head, day);
      expect(fromIndex.events.map((e) => [e.id, e.status, e.asOf, e.date.edtf])).toEqual(
        whole.events.map((e) => [e.id, e.status, e.asOf, e.date.edtf]),
      );
      expect(fromIndex.events.map((e) => e.disagreements.length)).toEqual(
        whole.events.map((e) => e.disagreements.length),
      );
      expect(fromIndex.sources.map((s) => s.id)).toEqual(whole.sources.map((s) => s.id));
    }
  });

  it("is deterministic", () => {
    expect(JSON.stringify(archive(storyDataset()).file)).toBe(
      JSON.stringify(archive(storyDataset()).file),
    );
  });
});

describe("shard lookup", () => {
  it("finds each event's shard, with its details, whatever the shard size", () => {
    const dataset = sampleDataset();
    for (const chars of [1, 700, 2000, 1_000_000]) {
      const { parts, index } = archive(dataset, chars);
      for (const [i, event] of dataset.events.entries()) {
        const shard = parts.events[index.eventShardOf(i)]?.shard;
        if (!shard) throw new Error("no shard");
        const details = detailsFromShard(shard, i);
        expect(details?.id).toBe(event.id);
        const entry = index.head.events[i];
        if (!entry || !details) throw new Error("missing");
        expect(assembleEvent(entry, details)).toEqual(event);
      }
    }
  });

  it("finds each article's shard, with its text and the stretches events cite", () => {
    const dataset = storyDataset();
    const { parts, index } = archive(dataset);
    for (const [i, source] of dataset.sources.entries()) {
      const shard = parts.sources[index.sourceShardOf(i)];
      if (!shard) throw new Error("no shard");
      const text = sourceFromShard(shard, index, source.id);
      expect(text?.source).toEqual(source);
      expect(text?.cited).toEqual(citedRanges(dataset, source.id));
    }
  });

  it("cuts shards at about the size asked for", () => {
    const dataset = sampleDataset();
    expect(archive(dataset, 1).parts.events).toHaveLength(dataset.events.length);
    expect(archive(dataset, 1_000_000).parts.events).toHaveLength(1);
  });
});

describe("integrity: indexProblems, eventShardProblems, sourceShardProblems", () => {
  const broken = (change: (file: DatasetIndexFile) => void): string[] => {
    const { file } = archive(storyDataset());
    change(file);
    return indexProblems(file);
  };

  it("refuses columns of different lengths", () => {
    expect(broken((f) => f.events.title.pop())).toEqual([
      expect.stringMatching(/^events: columns differ in length/),
    ]);
  });

  it("refuses an ordinal out of range, a bad day and a date that does not mean its EDTF", () => {
    expect(broken((f) => (f.events.actors[0] = [999]))).toEqual([
      expect.stringMatching(/actor: 999 is out of range/),
    ]);
    expect(broken((f) => (f.sources.dateline[0] = 1e9))).toEqual([
      expect.stringMatching(/dateline: day 1000000000 is out of range/),
    ]);
    expect(
      broken((f) => {
        f.dates.edtf[0] = "2023-13";
      }),
    ).toEqual([expect.stringMatching(/is not EDTF Dateline reads/)]);
  });

  it("refuses a status that is not the latest stated one, and shards that miss events", () => {
    expect(
      broken((f) => {
        const told = f.reports.event[0] ?? 0;
        f.events.status[told] = ((f.events.status[told] ?? 0) + 1) % 6;
      }),
    ).toEqual([expect.stringMatching(/status and asOf are not its latest stated status's/)]);
    expect(broken((f) => f.shards.events.pop())).toEqual([
      expect.stringMatching(/the event shards cover \d+ events, not \d+/),
    ]);
  });

  it("refuses an event shard that holds other events, or breaks a citation", () => {
    const { parts, index } = archive(storyDataset(), 1_000_000);
    const good = parts.events[0]?.shard;
    if (!good) throw new Error("no shard");
    expect(EventShardSchema.safeParse(good).success).toBe(true);
    expect(eventShardProblems(good, index, 0)).toEqual([]);
    const swapped = structuredClone(good);
    swapped.events.reverse();
    expect(eventShardProblems(swapped, index, 0)[0]).toMatch(/the index has/);
    const offsets = structuredClone(good);
    const citation = offsets.events[0]?.citations[0];
    if (!citation) throw new Error("no citation");
    citation.end += 10_000;
    expect(eventShardProblems(offsets, index, 0)).toEqual([
      expect.stringMatching(/citation 0: offsets .* do not fit/),
    ]);
  });

  it("refuses an article shard whose text is not the one the index measured", () => {
    const { parts, index } = archive(storyDataset(), 1_000_000);
    const good = parts.sources[0];
    if (!good) throw new Error("no shard");
    expect(SourceShardSchema.safeParse(good).success).toBe(true);
    expect(sourceShardProblems(good, index, 0)).toEqual([]);
    const cut = structuredClone(good);
    const first = cut.sources[0];
    if (!first) throw new Error("no source");
    first.text = first.text.slice(1);
    expect(sourceShardProblems(cut, index, 0)[0]).toMatch(/text of \d+ characters, not \d+/);
  });
});
