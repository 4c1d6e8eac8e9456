/**
 * The whole chain, end to end: corpus → pipeline → dataset → app → browser. The committed dataset
 * (built from corpus/ by `npm run data`) is served beside the app, loaded, and every event appears
 * in date order with its date label.
 */
import { expect, test } from "./fixtures.ts";
import type { Dataset } from "../src/model/dataset.ts";
import { formatDateLabel } from "../src/model/dateLabels.ts";
import { realDataset } from "./datasets.ts";

const dataset = JSON.parse(realDataset()) as Dataset;

test("the app loads the dataset and lists its events in date order with their labels", async ({
  page,
}) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/data/timeline.json", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./");
  await expect(page.getByText("Loading the timeline…")).toBeVisible();
  release();

  await expect(page.getByRole("heading", { level: 1, name: dataset.title })).toBeVisible();
  const rows = page.getByRole("region", { name: "Events" }).getByRole("button");
  await expect(rows).toHaveCount(dataset.events.length);
  const shown = await rows.evaluateAll((buttons) =>
    buttons.map((b) => [
      b.querySelector(".row-date")?.textContent,
      b.querySelector(".row-title")?.textContent,
    ]),
  );
  expect(shown).toEqual(dataset.events.map((e) => [formatDateLabel(e.date, e.status), e.title]));
  for (const id of [
    "balloon-incident",
    "bali-g20",
    "beijing-visit",
    "delhi-g20",
    "san-francisco-apec",
  ]) {
    expect(dataset.events.map((e) => e.id)).toContain(id);
  }
});
