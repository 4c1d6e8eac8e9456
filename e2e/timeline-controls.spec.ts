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
    await page.getByRole("button", { name: "Later", exact: true }).click();
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

  test("the mouse wheel zooms the timeline about the pointer, and the link follows", async ({
    page,
  }) => {
    // Days since 1970 of a link's window: a zoom changes how many it spans, a pan does not.
    const days = (query: string) => {
      const [, first = "", last = ""] = /^window=([\d-]+)\/([\d-]+)$/.exec(query) ?? [];
      expect(first, `a window in the link: ${query}`).not.toBe("");
      const day = (d: string) => Date.parse(`${d}T00:00Z`) / 86_400_000;
      return { first: day(first), last: day(last), span: day(last) - day(first) + 1 };
    };
    const opened = "window=2023-03-01/2023-08-31";
    await openApp(page, `?${opened}`);
    const before = days(opened);
    const centre = (before.first + before.last + 1) / 2;
    const box = await page.locator(".timeline-canvas .vis-center").boundingBox();
    if (!box) throw new Error("no timeline");
    // The pointer on the window's middle day: a zoom keeps that day under it.
    await page.mouse.move(box.x + box.width / 2, box.y + 40);

    await page.mouse.wheel(0, -60);
    await expect.poll(() => queryOf(page)).not.toBe(opened);
    const zoomedIn = days(queryOf(page));
    expect(zoomedIn.span).toBeLessThan(before.span * 0.9);
    expect(zoomedIn.first).toBeGreaterThan(before.first);
    expect(zoomedIn.last).toBeLessThan(before.last);
    expect(Math.abs((zoomedIn.first + zoomedIn.last + 1) / 2 - centre)).toBeLessThan(3);

    const zoomedInQuery = queryOf(page);
    await page.mouse.wheel(0, 60);
    await expect.poll(() => queryOf(page)).not.toBe(zoomedInQuery);
    const zoomedOut = days(queryOf(page));
    expect(zoomedOut.span).toBeGreaterThan(zoomedIn.span * 1.1);
    expect(zoomedOut.first).toBeLessThan(zoomedIn.first);
    expect(zoomedOut.last).toBeGreaterThan(zoomedIn.last);

    // The link reopens the zoomed window.
    const link = queryOf(page);
    await page.reload();
    await expect(page.locator(".timeline-canvas")).toHaveAttribute("data-ready", "true");
    expect(queryOf(page)).toBe(link);
  });
});
