/**
 * Dates in every time zone (tagged @tz: run under Honolulu, UTC and Kiritimati) and the phone
 * layout (tagged @phone: 360×740 with touch).
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { detail, eventById, openApp, queryOf, row, timelineItem } from "./explorer.ts";

/** The left edge (px) of the axis's minor label that reads `text`: the tick it stands for. */
async function tick(page: Page, text: RegExp): Promise<number> {
  const label = page.locator(".vis-time-axis .vis-text.vis-minor").filter({ hasText: text });
  await expect(label).toHaveCount(1);
  const box = await label.boundingBox();
  if (!box) throw new Error(`no tick ${String(text)}`);
  return box.x;
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not drawn");
  return box;
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

/** True on the phone project (a narrow touch screen); @phone tests also run on the desktop. */
function onPhone(page: Page): boolean {
  return (page.viewportSize()?.width ?? 0) <= 520;
}

test.describe("on a phone, and on the desktop too @phone", () => {
  test("the page fits the screen and choosing an event opens its panel (a sheet on a phone)", async ({
    page,
  }) => {
    await openApp(page);
    const width = page.viewportSize()?.width ?? 0;
    const height = page.viewportSize()?.height ?? 0;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    const label = timelineItem(page, "Suspected spy balloon").locator(".tl-label");
    if (onPhone(page)) await label.tap();
    else await label.click();
    expect(queryOf(page)).toBe("event=balloon-incident");
    const sheet = detail(page);
    await expect(sheet.getByRole("heading", { level: 2 })).toHaveText(
      "Suspected spy balloon discovered above the US",
    );
    if (onPhone(page)) {
      const box = await boxOf(sheet);
      expect(Math.round(box.y + box.height)).toBe(height);
      expect(Math.round(box.width)).toBe(width);
    }
    await page.reload();
    await expect(sheet).toBeVisible();
    const close = sheet.getByRole("button", { name: "Close details" });
    if (onPhone(page)) await close.tap();
    else await close.click();
    await expect(sheet).toHaveCount(0);
    expect(queryOf(page)).toBe("");
  });

  test("a drag on the timeline pans it and the link keeps the window", async ({ page }) => {
    await openApp(page);
    const box = await boxOf(page.locator(".timeline-canvas .vis-center"));
    const cdp = await page.context().newCDPSession(page);
    const y = box.y + 30;
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x, y }],
      });
    await touch("touchStart", box.x + 250);
    for (let x = 250; x >= 90; x -= 20) await touch("touchMove", box.x + x);
    await touch("touchEnd", box.x + 90);
    await expect.poll(() => queryOf(page)).toMatch(/^window=/);
  });

  test("the source reader opens at the passage (full screen on a phone)", async ({ page }) => {
    const citation = eventById("delhi-g20").citations[0];
    if (!citation) throw new Error("delhi-g20 lost its citation");
    await openApp(page, `?source=${citation.source}&passage=${citation.start}-${citation.end}`);
    const reader = page.getByRole("dialog");
    const box = await boxOf(reader);
    if (onPhone(page)) expect(Math.round(box.width)).toBe(page.viewportSize()?.width);
    await expect(reader.locator("mark[aria-current='true']")).toBeInViewport();
    const close = reader.getByRole("button", { name: "Close" });
    if (onPhone(page)) await close.tap();
    else await close.click();
    await expect(reader).toBeHidden();
  });
});
