import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { buildCorpus, serveDataset } from "./datasets.ts";

// A corpus whose titles, summaries, names, places, quotes and article text all try to be HTML,
// built by the real pipeline. Nothing may execute; everything must show as the literal text.
let hostile = "";
test.beforeAll(() => {
  hostile = buildCorpus("e2e/corpora/hostile");
});

async function expectNothingRan(page: Page) {
  const ran = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
  expect(ran).toBeUndefined();
  // Only the app's own bundle may be a script; no <img> from data may exist.
  await expect(page.locator("img[src='x']")).toHaveCount(0);
  await expect(page.locator("a[href^='javascript:']")).toHaveCount(0);
}

async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("hostile data shows literally and runs nothing", () => {
  test("in the header, event list and timeline @phone", async ({ page }) => {
    await serveDataset(page, hostile);
    await page.goto("./");
    await expect(
      page.getByText('<img src=x onerror="window.__xss=10">Council meets').first(),
    ).toBeVisible();
    await expect(page.getByText(/<b>Hostile<\/b> corpus/).first()).toBeVisible();
    await expectNothingRan(page);
    await expectNoHorizontalOverflow(page);
  });

  test("in the detail panel and its citations", async ({ page }) => {
    await serveDataset(page, hostile);
    await page.goto("./?event=council-meeting");
    await expect(page).toHaveTitle(/Council meets/);
    await expect(page.getByText("<script>window.__xss=2</script>").first()).toBeVisible();
    await expect(page.getByText(/Hall<\/a>/).first()).toBeVisible();
    await expectNothingRan(page);
    await expectNoHorizontalOverflow(page);
  });

  test("with very long unbroken strings, the layout holds @phone", async ({ page }) => {
    await serveDataset(page, hostile);
    await page.goto("./?event=long-speech");
    await expect(page.getByText(/^A{600}$/).first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
  });

  test("in the source reader", async ({ page }) => {
    await serveDataset(page, hostile);
    const dataset = JSON.parse(hostile) as {
      events: { id: string; citations: { start: number; end: number }[] }[];
    };
    const citation = dataset.events.find((e) => e.id === "council-meeting")?.citations[0];
    if (!citation) throw new Error("hostile corpus lost its first citation");
    await page.goto(`./?source=evil_01&passage=${citation.start}-${citation.end}`);
    await expect(
      page
        .getByText('The council met <img src=x onerror="window.__xss=1"> in the hall on Friday')
        // The closed Share menu also names the passage (cut short): the article's text is shown.
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
    await expectNothingRan(page);
    await expectNoHorizontalOverflow(page);
  });
});
