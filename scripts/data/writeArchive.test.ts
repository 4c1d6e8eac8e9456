import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/dataset.ts";
import { sampleDataset } from "../../src/model/fixtures/sampleDataset.ts";
import { storyDataset } from "../../src/model/fixtures/storyDataset.ts";
import { readIndex } from "../../src/model/readArchive.ts";
import { serializeDatasetChunks } from "../../src/pipeline/serializeDataset.ts";
import { createArchiveLoader, ShardError } from "../../src/state/archiveLoader.ts";
import { loadDataset } from "../../src/state/loadDataset.ts";
import { SHARDS_DIR, writeArchive } from "./writeArchive.ts";

/** Small shards, so that even the fixtures are cut into several. */
const SMALL = { eventChars: 600, sourceChars: 600, searchChars: 400 };
const URL_OF_INDEX = new URL("http://127.0.0.1/app/data/timeline.json");

/** Writes `dataset` in the index-first layout into a new folder; returns the index's path. */
async function written(dataset: Dataset): Promise<string> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "dateline-archive-")), "timeline.json");
  await writeArchive(dataset, out, SMALL);
  return out;
}

/** A static host serving the folder of `out` at URL_OF_INDEX's folder, counting requests. */
function host(out: string) {
  const requests: string[] = [];
  const fetchImpl: typeof fetch = (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    requests.push(url.pathname);
    const relative = path.posix.relative("/app/data", url.pathname);
    try {
      const bytes = readFileSync(path.join(path.dirname(out), relative));
      return Promise.resolve(new Response(bytes, { status: 200 }));
    } catch {
      return Promise.resolve(new Response("not found", { status: 404 }));
    }
  };
  return { fetchImpl, requests };
}

/** The pipeline's own output for the golden fixture corpus (keys in the contract's order). */
const goldenDataset = (): Dataset =>
  JSON.parse(
    readFileSync(
      new URL("../../src/pipeline/fixtures/golden.expected.json", import.meta.url),
      "utf8",
    ),
  ) as Dataset;

const whole = (dataset: Dataset): string => [...serializeDatasetChunks(dataset)].join("");

describe("writeArchive(dataset, out) read back by loadDataset(url)", () => {
  for (const [name, make] of [
    ["the sample dataset", sampleDataset],
    ["the golden corpus's build", goldenDataset],
  ] as const) {
    it(`gives back ${name} byte for byte, from an index and several shards`, async () => {
      const dataset = make();
      const out = await written(dataset);
      const shards = readdirSync(path.join(path.dirname(out), SHARDS_DIR));
      expect(shards.filter((f) => f.startsWith("events-")).length).toBeGreaterThan(1);
      const { fetchImpl } = host(out);
      const result = await loadDataset(URL_OF_INDEX, { fetch: fetchImpl });
      if (!result.ok) throw new Error(`${result.summary}\n${result.problems.join("\n")}`);
      expect(result.archive).not.toBeNull();
      expect(whole(result.dataset)).toBe(whole(dataset));
    });
  }

  it("gives back the story dataset (reports, disagreements) field for field", async () => {
    // The fixture's objects are not in the contract's key order, so equal, not byte-identical.
    const dataset = storyDataset();
    const result = await loadDataset(URL_OF_INDEX, {
      fetch: host(await written(dataset)).fetchImpl,
    });
    if (!result.ok) throw new Error(result.summary);
    expect(result.dataset).toEqual(dataset);
  });

  it("names each shard by its content: a second write of the same dataset writes no shard", async () => {
    const dataset = storyDataset();
    const out = await written(dataset);
    const again = await writeArchive(dataset, out, SMALL);
    expect(again.written).toBe(0);
    expect(again.shards).toBeGreaterThan(2);
  });
});

describe("createArchiveLoader(url, index) on arrival of each shard", () => {
  async function damagedSetup() {
    const dataset = storyDataset();
    const out = await written(dataset);
    const index = readIndex(JSON.parse(readFileSync(out, "utf8")));
    if (!index.ok) throw new Error(index.summary);
    const first = index.value.shards.events[0];
    if (!first) throw new Error("no event shard");
    const file = path.join(path.dirname(out), first.file);
    const good = readFileSync(file, "utf8");
    const eventId = dataset.events[0]?.id ?? "";
    return { dataset, out, index: index.value, file, good, eventId };
  }

  it("refuses a shard whose bytes are not the ones the index names, then fetches it again on retry", async () => {
    const { dataset, out, index, file, good, eventId } = await damagedSetup();
    // The same length, one letter changed inside a summary: only the hash can tell.
    const summary = dataset.events[0]?.summary ?? "";
    expect(good).toContain(summary);
    writeFileSync(file, good.replace(summary, summary.replace(/[a-z]/, "#")));
    const { fetchImpl, requests } = host(out);
    const loader = createArchiveLoader(URL_OF_INDEX, index, fetchImpl);
    const refused = await loader.eventDetails(eventId).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ShardError);
    expect((refused as ShardError).message).toMatch(/not the file the index names/);
    expect((refused as ShardError).problems.join("\n")).toMatch(/sha256 [0-9a-f]{64}, the index/);
    expect(loader.peekEventDetails(eventId)).toBeUndefined();
    writeFileSync(file, good);
    const details = await loader.eventDetails(eventId);
    expect(details.summary).toBe(summary);
    expect(requests.filter((r) => r.endsWith(path.basename(file)))).toHaveLength(2);
    // Kept once it has arrived: no third request.
    await loader.eventDetails(eventId);
    expect(requests.filter((r) => r.endsWith(path.basename(file)))).toHaveLength(2);
  });

  it("refuses a shard of another length, and one that does not fit the index, by name", async () => {
    const { out, index, file, good, eventId } = await damagedSetup();
    writeFileSync(file, `${good} `);
    const loader = createArchiveLoader(URL_OF_INDEX, index, host(out).fetchImpl);
    await expect(loader.eventDetails(eventId)).rejects.toThrow(/not the file the index names/);
    // A shard that hashes right but belongs elsewhere: its index entry rewritten to match it.
    const other = index.shards.events[1];
    if (!other) throw new Error("one event shard only");
    const otherBytes = readFileSync(path.join(path.dirname(out), other.file));
    writeFileSync(file, otherBytes);
    const lying = {
      ...index,
      shards: {
        ...index.shards,
        events: index.shards.events.map((ref, i) =>
          i === 0 ? { ...ref, sha256: other.sha256, bytes: other.bytes } : ref,
        ),
      },
    };
    const misled = createArchiveLoader(URL_OF_INDEX, lying, host(out).fetchImpl);
    await expect(misled.eventDetails(eventId)).rejects.toThrow(/do not fit the index/);
  });

  it("says which shard failed when the whole dataset is loaded, and stops when cancelled", async () => {
    const { out, file } = await damagedSetup();
    writeFileSync(file, "{}");
    const failed = await loadDataset(URL_OF_INDEX, { fetch: host(out).fetchImpl });
    expect(failed).toMatchObject({ ok: false, kind: "shard" });
    if (!failed.ok)
      expect(failed.url).toBe(new URL(path.relative(path.dirname(out), file), URL_OF_INDEX).href);
    const controller = new AbortController();
    controller.abort(new Error("cancelled"));
    const index = readIndex(JSON.parse(readFileSync(out, "utf8")));
    if (!index.ok) throw new Error(index.summary);
    const loader = createArchiveLoader(URL_OF_INDEX, index.value, host(out).fetchImpl);
    await expect(loader.whole({ signal: controller.signal })).rejects.toThrow("cancelled");
  });
});
