import { expect, test } from "./fixtures.ts";
import { realDataset, serveDataset } from "./datasets.ts";

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
