import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sampleDataset } from "../model/fixtures/sampleDataset.ts";
import { searchTexts } from "../model/filter.ts";
import type { DatasetCheck } from "../model/readDataset.ts";
import type { LoadProgress } from "./loadDataset.ts";
import {
  CHECK_HERE_BYTES,
  checkHere,
  datasetChecker,
  datasetUrl,
  loadDataset,
} from "./loadDataset.ts";

const url = datasetUrl("http://127.0.0.1/dateline/?event=x");
const answer =
  (body: string, status = 200): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, { status }));

describe("datasetUrl(baseURI)", () => {
  it("resolves beside the page, whatever its sub-path and query", () => {
    expect(url.href).toBe("http://127.0.0.1/dateline/data/timeline.json");
  });
});

describe("loadDataset(url, options)", () => {
  it("reads a good dataset, with each event's search text from the check", async () => {
    const dataset = sampleDataset();
    const result = await loadDataset(url, { fetch: answer(JSON.stringify(dataset)) });
    expect(result).toEqual({ ok: true, dataset, searchTexts: searchTexts(dataset) });
  });

  it("reads a version-1 dataset in today's shape: the page's copy is upgraded as the check's is", async () => {
    const v1 = readFileSync(new URL("../model/fixtures/golden-v1.json", import.meta.url), "utf8");
    const result = await loadDataset(url, { fetch: answer(v1) });
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(result.dataset.schemaVersion).toBe(2);
    expect(result.dataset.events.every((e) => e.reports.length > 0)).toBe(true);
  });

  it("says a missing file was not found", async () => {
    const result = await loadDataset(url, { fetch: answer("Not found", 404) });
    expect(result).toMatchObject({
      ok: false,
      kind: "http",
      summary: "The dataset file was not found (HTTP 404).",
    });
  });

  it("says a truncated file is not valid JSON", async () => {
    const text = JSON.stringify(sampleDataset()).slice(0, 100);
    const result = await loadDataset(url, { fetch: answer(text) });
    expect(result).toMatchObject({ ok: false, kind: "json", url: url.href });
  });

  it("reports a network failure instead of throwing", async () => {
    const result = await loadDataset(url, {
      fetch: () => Promise.reject(new TypeError("Failed to fetch")),
    });
    expect(result).toMatchObject({ ok: false, kind: "network", problems: ["Failed to fetch"] });
  });

  it("uses the parsed text only when the check passes it", async () => {
    const refuse = (): Promise<DatasetCheck> =>
      Promise.resolve({ ok: false, kind: "references", summary: "no", problems: ["p"] });
    let stopped = 0;
    const result = await loadDataset(url, {
      fetch: answer(JSON.stringify(sampleDataset())),
      checker: () => ({
        check: refuse,
        stop: () => {
          stopped++;
        },
      }),
    });
    expect(stopped).toBe(1);
    expect(result).toEqual({
      ok: false,
      kind: "references",
      summary: "no",
      problems: ["p"],
      url: url.href,
    });
  });

  it("reports the bytes received, then the check", async () => {
    const text = JSON.stringify(sampleDataset());
    const seen: LoadProgress[] = [];
    const fetchWithLength: typeof fetch = () =>
      Promise.resolve(
        new Response(text, { headers: { "Content-Length": String(new Blob([text]).size) } }),
      );
    await loadDataset(url, { fetch: fetchWithLength, onProgress: (p) => seen.push(p) });
    const size = new Blob([text]).size;
    expect(seen.at(-2)).toEqual({ phase: "download", received: size, total: size });
    expect(seen.at(-1)).toEqual({ phase: "check" });
  });
});

describe("the default checker", () => {
  const sizeSeen = async (headers: Record<string, string>) => {
    const sizes: (number | null)[] = [];
    await loadDataset(url, {
      fetch: () => Promise.resolve(new Response(JSON.stringify(sampleDataset()), { headers })),
      checker: (size) => {
        sizes.push(size);
        return datasetChecker(size);
      },
    });
    return sizes;
  };

  it("is chosen for the size the response announces, or for an unknown size", async () => {
    expect(await sizeSeen({ "Content-Length": "1234" })).toEqual([1234]);
    expect(await sizeSeen({})).toEqual([null]);
    // A compressed body's length is not the text's.
    expect(await sizeSeen({ "Content-Length": "1234", "Content-Encoding": "gzip" })).toEqual([
      null,
    ]);
  });

  it("checks here up to CHECK_HERE_BYTES, the same way as a worker would", async () => {
    const good = JSON.stringify(sampleDataset());
    const bytes = new TextEncoder().encode(good);
    expect(bytes.byteLength).toBeLessThan(CHECK_HERE_BYTES);
    expect(await datasetChecker(bytes.byteLength).check(bytes, good)).toEqual(
      await checkHere(good),
    );
    // Announced large (or not at all), but small after all: checked here too.
    expect(await datasetChecker(null).check(bytes, good)).toEqual(await checkHere(good));
    expect(await datasetChecker(1).check(new TextEncoder().encode("{"), "{")).toMatchObject({
      ok: false,
      kind: "json",
    });
  });
});

describe("datasetChecker(size) for a large dataset", () => {
  const check = (text: string) =>
    datasetChecker(CHECK_HERE_BYTES + 1).check(new TextEncoder().encode(text), text);

  it("checks on this thread where there are no workers, with the same verdict", async () => {
    const good = JSON.stringify(sampleDataset());
    expect(typeof Worker).toBe("undefined");
    expect(await check(good)).toEqual({ ok: true });
    expect(await check(good)).toEqual(await checkHere(good));
    expect(await check("{")).toMatchObject({ ok: false, kind: "json" });
  });
});
