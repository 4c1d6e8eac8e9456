import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures.ts";
import { asLargeDataset, realDataset, serveDataset } from "./datasets.ts";

const ERROR_HEADING = { name: "The timeline could not be loaded" };

test.describe("a bad dataset shows an error screen, never a blank page", () => {
  test("a missing dataset (404) says the file was not found and how to build it", async ({
    page,
    guard,
  }) => {
    guard.allowConsoleErrors(/404/);
    await serveDataset(page, "Not found", 404);
    await page.goto("./");
    await expect(page.getByRole("heading", ERROR_HEADING)).toBeVisible();
    await expect(page.getByText("The dataset file was not found (HTTP 404).")).toBeVisible();
    await expect(page.getByText(/npm run data/).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  });

  test("a truncated file says it is damaged", async ({ page }) => {
    const text = realDataset();
    await serveDataset(page, text.slice(0, Math.floor(text.length / 2)));
    await page.goto("./");
    await expect(page.getByRole("heading", ERROR_HEADING)).toBeVisible();
    await expect(page.getByText(/damaged or was cut off/)).toBeVisible();
  });

  test("valid JSON that breaks the schema names the broken field", async ({ page }) => {
    const dataset = JSON.parse(realDataset()) as { events: { title: unknown }[] };
    const first = dataset.events[0];
    if (!first) throw new Error("the real dataset has no events");
    first.title = 42;
    await serveDataset(page, JSON.stringify(dataset));
    await page.goto("./");
    await expect(page.getByRole("heading", ERROR_HEADING)).toBeVisible();
    await expect(page.getByText(/not a Dateline dataset/)).toBeVisible();
    await expect(page.getByText(/events\.0\.title/).first()).toBeVisible();
  });

  test("an unknown schemaVersion says the versions differ", async ({ page }) => {
    const dataset = JSON.parse(realDataset()) as { schemaVersion: number };
    dataset.schemaVersion = 999;
    await serveDataset(page, JSON.stringify(dataset));
    await page.goto("./");
    await expect(page.getByRole("heading", ERROR_HEADING)).toBeVisible();
    await expect(page.getByText(/another version of Dateline/)).toBeVisible();
  });
});

test.describe("a large dataset is checked off the main thread", () => {
  test("a worker checks it, and only then does the explorer show it", async ({ page }) => {
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await serveDataset(page, asLargeDataset(realDataset()));
    await page.goto("./");
    await expect(page.getByRole("heading", { name: "Events", exact: true })).toBeVisible();
    expect(workers).toEqual([expect.stringMatching(/\/assets\/datasetWorker-[\w-]+\.js$/)]);
  });

  test("a small one is checked by the page itself, without starting a worker", async ({ page }) => {
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await page.goto("./");
    await expect(page.getByRole("heading", { name: "Events", exact: true })).toBeVisible();
    expect(workers).toEqual([]);
    // ...with the same verdict on a broken one.
    const dataset = JSON.parse(realDataset()) as { events: { title: unknown }[] };
    const first = dataset.events[0];
    if (!first) throw new Error("the real dataset has no events");
    first.title = 42;
    await serveDataset(page, JSON.stringify(dataset));
    await page.reload();
    await expect(page.getByRole("heading", ERROR_HEADING)).toBeVisible();
    await expect(page.getByText(/events\.0\.title/).first()).toBeVisible();
    expect(workers).toEqual([]);
  });

  test("a broken quote offset is caught by the worker's reference check", async ({ page }) => {
    const dataset = JSON.parse(realDataset()) as { events: { citations: { start: number }[] }[] };
    const citation = dataset.events[0]?.citations[0];
    if (!citation) throw new Error("the real dataset has no citation");
    citation.start += 1;
    await serveDataset(page, asLargeDataset(JSON.stringify(dataset)));
    await page.goto("./");
    await expect(page.getByRole("heading", ERROR_HEADING)).toBeVisible();
    await expect(page.getByText(/do not select its quote/).first()).toBeVisible();
  });

  test("without the worker the page checks the dataset itself, with the same result", async ({
    page,
    guard,
  }) => {
    guard.allowConsoleErrors(/404|datasetWorker/);
    let refused = 0;
    const refuseWorker = () =>
      page.route("**/assets/datasetWorker-*.js", (route) => {
        refused++;
        return route.fulfill({ status: 404, body: "gone" });
      });
    const dataset = JSON.parse(realDataset()) as { events: { title: unknown }[] };

    // First the worker fails long before the dataset arrives (a slow download)...
    await refuseWorker();
    const large = asLargeDataset(realDataset());
    await page.route("**/data/timeline.json", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.fulfill({ contentType: "application/json", body: large });
    });
    await page.goto("./");
    await expect(page.getByRole("heading", { name: "Events", exact: true })).toBeVisible();
    await expect(
      page.getByRole("button", { name: new RegExp(String(dataset.events[0]?.title)) }).first(),
    ).toBeVisible();
    expect(refused).toBe(1);

    // ...then with a dataset that arrives at once, and breaks the contract.
    await page.unrouteAll();
    await refuseWorker();
    const first = dataset.events[0];
    if (!first) throw new Error("the real dataset has no events");
    first.title = 42;
    await serveDataset(page, asLargeDataset(JSON.stringify(dataset)));
    await page.reload();
    await expect(page.getByRole("heading", ERROR_HEADING)).toBeVisible();
    await expect(page.getByText(/events\.0\.title/).first()).toBeVisible();
    expect(refused).toBe(2);
  });
});

test.describe("a dataset of the previous contract (schemaVersion 1) still loads", () => {
  // Written by the version-1 pipeline from the golden fixture corpus (src/model/fixtures/).
  const v1 = readFileSync("src/model/fixtures/golden-v1.json", "utf8");
  for (const [size, text] of [
    ["small, checked by the page", v1],
    ["large, checked in a worker", asLargeDataset(v1)],
  ] as const) {
    test(`${size}: its events show, with their citations`, async ({ page }) => {
      await serveDataset(page, text);
      await page.goto("./?event=safety-statement");
      await expect(
        page.getByRole("heading", { name: "Ana Costa says the ferry is safe" }),
      ).toBeVisible();
      // Quoted by two articles; its status holds as of the one that stated it.
      await expect(page.getByText("as of 15 January 2024", { exact: false }).first()).toBeVisible();
      await expect(page.getByRole("button", { name: /Read in source/ })).toHaveCount(2);
    });
  }
});
