/**
 * Lanes and zoom: lanes come from the link and go into it; buttons and the wheel move the window,
 * which the link keeps; Fit all forgets it.
 */
import { expect, test } from "./fixtures.ts";
import { openApp, queryOf } from "./explorer.ts";

test.describe("lanes and zoom", () => {
  test("lanes by actor or status come from the link and go into it", async ({ page }) => {
    await openApp(page);
    await page.getByRole("combobox", { name: "Lanes" }).selectOption("actor");
    expect(queryOf(page)).toBe("group=actor");
    const lanes = page.locator(".timeline-canvas .vis-label");
    await expect(lanes.filter({ hasText: "United States" })).toBeVisible();
    await expect(lanes.filter({ hasText: "Vivian Balakrishnan" })).toHaveCount(1);
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Lanes" })).toHaveValue("actor");
    // Lanes from the link are laid out below the axis, not drawn over it.
    await expect(page.locator(".timeline-canvas")).toHaveAttribute("data-ready", "true");
    const overAxis = () =>
      page.evaluate(() => {
        const axis = document.querySelector(".timeline-canvas .vis-panel.vis-top");
        const bottom = axis?.getBoundingClientRect().bottom ?? Infinity;
        return [...document.querySelectorAll(".timeline-canvas .vis-item.tl-event")].filter(
          (item) => item.getBoundingClientRect().top < bottom - 1,
        ).length;
      });
    await expect.poll(overAxis).toBe(0);
    await page.getByRole("combobox", { name: "Lanes" }).selectOption("status");
    await expect(lanes.filter({ hasText: "Hoped for" })).toBeVisible();
    await expect(lanes.filter({ hasText: "Vivian Balakrishnan" })).toHaveCount(0);
    await page.goBack();
    await expect(page.getByRole("combobox", { name: "Lanes" })).toHaveValue("actor");
  });

  test("zoom and pan buttons move the window, which the link keeps; Fit all forgets it", async ({
    page,
  }) => {
    await openApp(page);
    const axis = () =>
      page
        .locator(".vis-time-axis .vis-text.vis-major")
        .evaluateAll((els) => els.map((e) => e.textContent).join("|"));
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(() => queryOf(page)).toMatch(/^window=\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
    const zoomed = queryOf(page);
    await page.getByRole("button", { name: "Later" }).click();
    await expect.poll(() => queryOf(page)).not.toBe(zoomed);
    const panned = queryOf(page);
    const [first = "", last = ""] = panned.slice("window=".length).split("/");
    expect(first > zoomed.slice("window=".length, "window=".length + 10)).toBe(true);
    expect(last > first).toBe(true);

    await page.reload();
    expect(queryOf(page)).toBe(panned);
    const before = await axis();
    await page.getByRole("button", { name: "Fit all" }).click();
    await expect.poll(() => queryOf(page)).toBe("");
    await expect.poll(axis).not.toBe(before);
  });

  test("the mouse wheel zooms the timeline and the link follows", async ({ page }) => {
    await openApp(page);
    const box = await page.locator(".timeline-canvas .vis-center").boundingBox();
    if (!box) throw new Error("no timeline");
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => queryOf(page)).toMatch(/^window=/);
  });
});
