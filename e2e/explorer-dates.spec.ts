/**
 * Dates in every time zone (tagged @tz: run under Honolulu, UTC and Kiritimati): labels, and where
 * items are drawn, are the same calendar days.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { detail, eventById, openApp, row, timelineItem, boxOf } from "./explorer.ts";

/** The left edge (px) of the axis's minor label that reads `text`: the tick it stands for. */
async function tick(page: Page, text: RegExp): Promise<number> {
  const label = page.locator(".vis-time-axis .vis-text.vis-minor").filter({ hasText: text });
  await expect(label).toHaveCount(1);
  const box = await label.boundingBox();
  if (!box) throw new Error(`no tick ${String(text)}`);
  return box.x;
}

test.describe("dates are the same calendar days in every time zone @tz", () => {
  test("the list labels say each date with its precision", async ({ page }) => {
    await openApp(page);
    const label = (id: string) => row(page, eventById(id).title).locator(".row-date");
    await expect(label("balloon-incident")).toHaveText("February 2023");
    await expect(label("bali-g20")).toHaveText("November 2022");
    await expect(label("beijing-visit")).toHaveText("18–19 June 2023");
    await expect(label("biden-balloon-remarks")).toHaveText("17 June 2023");
    await expect(label("blinken-press-conference")).toHaveText("before 18 June 2023");
    await expect(label("delhi-g20")).toHaveText("September 2023 (expected)");
    await expect(label("san-francisco-apec")).toHaveText("November 2023 (planned)");
  });

  test("the detail panel says the same", async ({ page }) => {
    await openApp(page, "?event=balloon-incident");
    await expect(detail(page).getByText("February 2023").first()).toBeVisible();
    await expect(detail(page).getByText("Known to the month, not the day.")).toBeVisible();
  });

  test("a day-precision event is drawn between the ticks of its day", async ({ page }) => {
    await openApp(page, "?window=2023-06-12/2023-06-22");
    const dot = await boxOf(
      timelineItem(page, "Biden plays down the balloon episode").locator(".vis-dot"),
    );
    const centre = dot.x + dot.width / 2;
    const saturday = await tick(page, /^Sat 17$/);
    const sunday = await tick(page, /^Sun 18$/);
    expect(centre).toBeGreaterThan(saturday + 5);
    expect(centre).toBeLessThan(sunday - 5);
  });

  test("a two-day span covers exactly its two days", async ({ page }) => {
    await openApp(page, "?window=2023-06-12/2023-06-22");
    const visit = await boxOf(timelineItem(page, "Blinken visits Beijing and meets Qin Gang"));
    expect(Math.abs(visit.x - (await tick(page, /^Sun 18$/)))).toBeLessThan(2);
    // The label runs on past the bar; the bar (::after) spans the days.
    const barWidth = await timelineItem(page, "Blinken visits Beijing and meets Qin Gang").evaluate(
      (el) => parseFloat(getComputedStyle(el, "::after").width),
    );
    const twoDays = (await tick(page, /^Tue 20$/)) - (await tick(page, /^Sun 18$/));
    expect(Math.abs(barWidth - twoDays)).toBeLessThan(2);
  });

  test("a month-precision event spans its whole month", async ({ page }) => {
    await openApp(page, "?window=2023-01-01/2023-04-30");
    const balloon = await boxOf(
      timelineItem(page, "Suspected spy balloon discovered above the US"),
    );
    expect(Math.abs(balloon.x - (await tick(page, /^Feb$/)))).toBeLessThan(2);
    const barWidth = await timelineItem(page, "Suspected spy balloon").evaluate((el) =>
      parseFloat(getComputedStyle(el, "::after").width),
    );
    const february = (await tick(page, /^Mar$/)) - (await tick(page, /^Feb$/));
    expect(Math.abs(barWidth - february)).toBeLessThan(2);
  });

  test("the dateline marker stands on 18 June", async ({ page }) => {
    await openApp(page, "?window=2023-06-12/2023-06-22");
    const marker = await boxOf(page.locator(".tl-dateline"));
    expect(Math.abs(marker.x - (await tick(page, /^Sun 18$/)))).toBeLessThan(2);
  });
});
