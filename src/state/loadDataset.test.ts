import { describe, expect, it } from "vitest";
import { sampleDataset } from "../model/fixtures/sampleDataset.ts";
import { datasetUrl, loadDataset } from "./loadDataset.ts";

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

describe("loadDataset(url, fetch)", () => {
  it("reads a good dataset", async () => {
    const result = await loadDataset(url, answer(JSON.stringify(sampleDataset())));
    expect(result.ok).toBe(true);
  });

  it("says a missing file was not found", async () => {
    const result = await loadDataset(url, answer("Not found", 404));
    expect(result).toMatchObject({
      ok: false,
      kind: "http",
      summary: "The dataset file was not found (HTTP 404).",
    });
  });

  it("says a truncated file is not valid JSON", async () => {
    const result = await loadDataset(url, answer(JSON.stringify(sampleDataset()).slice(0, 100)));
    expect(result).toMatchObject({ ok: false, kind: "json", url: url.href });
  });

  it("reports a network failure instead of throwing", async () => {
    const result = await loadDataset(url, () => Promise.reject(new TypeError("Failed to fetch")));
    expect(result).toMatchObject({ ok: false, kind: "network", problems: ["Failed to fetch"] });
  });
});
