/**
 * Datasets the suite serves in place of the real one, by routing the app's request for
 * data/timeline.json: a corpus built by the real pipeline, or a deliberately broken file.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import type { Dataset } from "../src/model/dataset.ts";
import { isIndex, readWholeArchive } from "../src/model/readArchive.ts";
import { expect } from "./fixtures.ts";

/**
 * Builds a fixture corpus with the real pipeline CLI and returns the dataset's JSON text: one
 * whole file (`--single-file`), which the app still reads, so a spec serves it in one route.
 */
export function buildCorpus(corpusDir: string): string {
  const out = join(mkdtempSync(join(tmpdir(), "dateline-e2e-")), "timeline.json");
  execFileSync(
    "npx",
    ["tsx", "scripts/cli/build-data.ts", "--corpus", corpusDir, "--out", out, "--single-file"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  return readFileSync(out, "utf8");
}

let realText: string | undefined;

/**
 * The real dataset (corpus/, as committed in public/data) as one whole file's text, built once per
 * worker with the pipeline's `--single-file`: what specs alter and serve in place of the index.
 */
export function realDataset(): string {
  realText ??= buildCorpus("corpus");
  return realText;
}

/**
 * The dataset text grown past the size the page checks itself (src/state/loadDataset.ts,
 * CHECK_HERE_BYTES) with trailing white space, which JSON allows: a large dataset, checked in a
 * worker, with the same content.
 */
export function asLargeDataset(text: string): string {
  return text + " ".repeat(2 * 1024 * 1024 + 1);
}

/** Makes the page receive `body` (with `status`) when it asks for its dataset. */
export async function serveDataset(page: Page, body: string, status = 200): Promise<void> {
  await page.route("**/data/timeline.json", (route) =>
    route.fulfill({ status, contentType: "application/json", body }),
  );
}

/**
 * The dataset the suite's build published, whole (an index is joined with the shards it names,
 * each checked as the app checks it): the ground truth the pages are checked against.
 */
export async function loadDataset(request: APIRequestContext): Promise<Dataset> {
  const response = await request.get("data/timeline.json");
  expect(response.ok()).toBe(true);
  const json: unknown = await response.json();
  if (!isIndex(json)) return json as Dataset;
  const result = await readWholeArchive(
    json,
    async (file) => {
      const shard = await request.get(`data/${file}`);
      expect(shard.ok(), `data/${file}`).toBe(true);
      return new Uint8Array(await shard.body());
    },
    (bytes) => createHash("sha256").update(bytes).digest("hex"),
  );
  if (!result.ok) throw new Error(`${result.summary}\n${result.problems.join("\n")}`);
  return result.value;
}

/** The event `id` of `dataset`; throws when it has none. */
export function eventOf(dataset: Dataset, id: string) {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`the dataset has no event ${id}`);
  return event;
}
