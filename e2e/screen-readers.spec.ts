/**
 * Screen readers: landmarks and one h1, a detail panel that is announced as a named region taking
 * focus, and a count announced politely.
 */
import { expect, test } from "./fixtures.ts";
import { DATASET, eventById, eventList, openApp, row } from "./explorer.ts";

const VISIT = eventById("beijing-visit");

test.describe("screen readers", () => {
  test("landmarks and a heading outline with one h1 describe the page", async ({ page }) => {
    await openApp(page, `?event=${VISIT.id}`);
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("banner").getByRole("heading", { level: 1 })).toHaveText(
      DATASET.title,
    );
    await expect(page.getByRole("search", { name: "Filter events" })).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("region", { name: "Timeline" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Events", exact: true })).toBeVisible();
    await expect(page.getByRole("complementary", { name: VISIT.title })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    // Headings never skip a level going down, so the outline nests.
    const levels = await page
      .locator("h1, h2, h3, h4, h5, h6")
      .evaluateAll((hs) =>
        hs.filter((h) => h.getClientRects().length > 0).map((h) => Number(h.tagName[1])),
      );
    expect(levels[0]).toBe(1);
    for (const [i, level] of levels.entries()) {
      if (i > 0)
        expect(level, `heading ${i} of ${levels.join(",")}`).toBeLessThanOrEqual(
          (levels[i - 1] ?? 1) + 1,
        );
    }
    expect(levels).toContain(2);
    expect(levels).toContain(3);
  });

  test("the detail panel is announced: focus lands on its heading inside a region named by it", async ({
    page,
  }) => {
    await openApp(page);
    await expect(page.getByRole("complementary", { name: "Event details" })).toBeVisible();
    await row(page, VISIT.title).focus();
    await page.keyboard.press("Enter");
    const panel = page.getByRole("complementary", { name: VISIT.title });
    await expect(panel).toBeVisible();
    const heading = panel.getByRole("heading", { level: 2, name: VISIT.title });
    await expect(heading).toBeFocused();
    await expect(heading).toHaveAttribute("tabindex", "-1");
  });

  test("a filter change announces the new count politely, in the same live region", async ({
    page,
  }) => {
    await openApp(page);
    const live = page.locator("[aria-live='polite']", { hasText: /of \d+ events/ });
    await expect(live).toHaveCount(1);
    await expect(live).toHaveText(`${DATASET.events.length} of ${DATASET.events.length} events`);
    await expect(live).toHaveAttribute("aria-atomic", "true");
    // A live region must exist before its text changes, or nothing is announced: mark it.
    await live.evaluate((el) => {
      el.setAttribute("data-before-typing", "yes");
    });
    await page.getByRole("searchbox", { name: "Search" }).pressSequentially("balloon");
    const shown = eventList(page).getByRole("button");
    await expect(live).toHaveText(/^\d+ of \d+ events$/);
    const n = await shown.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(DATASET.events.length);
    await expect(live).toHaveText(`${n} of ${DATASET.events.length} events`);
    await expect(live).toHaveAttribute("data-before-typing", "yes");
  });
});
