import { describe, expect, it } from "vitest";
import { projectAsOf } from "./asOf.ts";
import type { Dataset } from "./dataset.ts";
import { buildFilterIndex, filterEvents, queryTerms, searchTexts } from "./filter.ts";
import { sampleDataset } from "./fixtures/sampleDataset.ts";
import { storyDataset } from "./fixtures/storyDataset.ts";
import {
  bucketCountFor,
  bucketOf,
  buildSearchGrams,
  decodeSet,
  encodeSet,
  eventsWith,
  gramOf,
  searchDocuments,
  searchShardProblems,
  searchShards,
  wordsOf,
} from "./searchIndex.ts";

function decoded(text: string, limit = 1e10): number[] | undefined {
  const out: number[] = [];
  return decodeSet(text, limit, (v) => out.push(v)) ? out : undefined;
}

describe("encodeSet(values) and decodeSet(text)", () => {
  it("round-trips empty, dense, sparse and large sets", () => {
    for (const values of [
      [],
      [0],
      [0, 1, 2, 3, 4],
      [31, 32, 33, 1023, 1024, 1_048_575, 1_048_576],
      [5, 100_000, 2_000_000_000],
    ]) {
      expect(decoded(encodeSet(values))).toEqual(values);
    }
  });

  it("writes a dense set as a run of one character", () => {
    expect(encodeSet([0, 1, 2, 3])).toBe("0000");
  });

  it("refuses a set that is not ascending", () => {
    expect(() => encodeSet([3, 3])).toThrow(/not ascending/);
    expect(() => encodeSet([4, 2])).toThrow(/not ascending/);
  });

  it("refuses a foreign character, an unfinished number and a value past the limit", () => {
    expect(decoded("0!0")).toBeUndefined();
    expect(decoded("0W")).toBeUndefined();
    expect(decoded("05", 5)).toBeUndefined();
    expect(decoded("04", 6)).toEqual([0, 5]);
  });
});

/** Every event's ordinal that the filter's own scan matches for `q` (the semantics to keep). */
function scanned(dataset: Dataset, q: string): number[] {
  const index = buildFilterIndex(dataset, searchTexts(dataset));
  const matched = new Set(
    filterEvents(index, { q, actors: [], status: [], from: null, to: null }).map((e) => e.id),
  );
  return dataset.events.flatMap((e, i) => (matched.has(e.id) ? [i] : []));
}

/** The same query answered from the search index's buckets. */
function searched(dataset: Dataset, q: string, buckets: number, asOf: string | null = null) {
  const shards = searchShards(buildSearchGrams(searchDocuments(dataset)), buckets);
  const later = dataset.events.flatMap((e, i) =>
    e.reports.slice(1).map((r) => ({ event: i, dateline: r.dateline })),
  );
  const n = dataset.events.length;
  let all = new Uint8Array(n).fill(1);
  for (const term of queryTerms(q)) {
    const shard = shards[bucketOf(gramOf(term), buckets)];
    if (!shard) throw new Error("no shard");
    const found = eventsWith(term, shard, n, later, asOf);
    all = all.map((v, i) => v & (found[i] ?? 0));
  }
  return [...all].flatMap((v, i) => (v ? [i] : []));
}

const QUERIES = [
  "b",
  "ba",
  "bal",
  "ball",
  "balloon",
  "alloon",
  "BALLOON",
  "Sao",
  "são paulo",
  "blinken beijing",
  "g20",
  "-",
  "qin gang",
  "zz",
  "nothing-like-this",
  "  the  ",
  "e",
  "in",
];

describe("the search index answers a query as the text filter does", () => {
  for (const [name, make] of [
    ["the sample dataset", sampleDataset],
    ["the story dataset", storyDataset],
  ] as const) {
    for (const buckets of [1, 3, 16]) {
      it(`${name}, ${buckets} bucket(s): every query matches the same events`, () => {
        const dataset = make();
        for (const q of [...QUERIES, "apec", "san francisco", "crowds", "harbour june"]) {
          expect(searched(dataset, q, buckets), q).toEqual(scanned(dataset, q));
        }
      });
    }
  }

  it("as reported up to a day, a later report's words match only from its day on", () => {
    const dataset = storyDataset();
    // "crowds" is only in the November quote of the harbour festival, a later report.
    const harbour = dataset.events.findIndex((e) => e.id === "harbour");
    expect(searched(dataset, "crowds", 4)).toEqual([harbour]);
    expect(searched(dataset, "crowds", 4, "2023-11-16")).toEqual([harbour]);
    expect(searched(dataset, "crowds", 4, "2023-06-18")).toEqual([]);
    // The projection's own scan agrees: its harbour event no longer quotes November.
    const june = projectAsOf(dataset, "2023-06-18");
    expect(scanned(june, "crowds")).toEqual([]);
    expect(searched(dataset, "saturday", 4, "2023-06-18")).toEqual([harbour]);
  });
});

describe("search buckets", () => {
  const grams = buildSearchGrams(searchDocuments(storyDataset()));

  it("hold each gram in the bucket bucketOf names, and pass their own check", () => {
    const shards = searchShards(grams, 8);
    const documents = searchDocuments(storyDataset()).length;
    shards.forEach((shard, b) => {
      expect(searchShardProblems(shard, b, 8, documents)).toEqual([]);
      for (const gram of [...shard.grams, ...shard.trigrams]) expect(bucketOf(gram, 8)).toBe(b);
    });
    expect(shards.reduce((n, s) => n + s.grams.length + s.trigrams.length, 0)).toBe(
      grams.entries.size,
    );
  });

  it("refuse a gram in the wrong bucket, a word without its trigram and a bad set", () => {
    const shards = searchShards(grams, 2);
    const shard = structuredClone(shards[0]);
    if (!shard) throw new Error("no shard");
    const other = shards[1]?.grams[0] ?? "";
    shard.grams.push(other);
    shard.sets.push("0");
    const words = shard.words[0];
    if (!words) throw new Error("no trigram");
    words.push("xyzzy");
    shard.postings[0]?.push("0");
    shard.sets[0] = "!";
    const problems = searchShardProblems(shard, 0, 2, 100);
    expect(problems).toEqual(
      expect.arrayContaining([
        `gram "${other}" does not belong in bucket 0`,
        expect.stringMatching(/word "xyzzy" lacks it/),
        expect.stringMatching(/not a set of documents/),
      ]),
    );
  });

  it("number as many as their size asks for, in powers of two", () => {
    expect(bucketCountFor(grams, 1e12)).toBe(1);
    const many = bucketCountFor(grams, 100);
    expect(many).toBeGreaterThan(1);
    expect(Math.log2(many) % 1).toBe(0);
  });

  it("words are runs of non-space; a term's gram is itself up to two characters, else its first three", () => {
    expect(wordsOf("a b\nc  d")).toEqual(["a", "b", "c", "d"]);
    expect(wordsOf("")).toEqual([]);
    expect([gramOf("a"), gramOf("ab"), gramOf("abc"), gramOf("abcdef")]).toEqual([
      "a",
      "ab",
      "abc",
      "abc",
    ]);
  });
});
