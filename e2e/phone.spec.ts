/**
 * The phone layout (tagged @phone: 360×740 with touch), checked on the desktop too: the page fits,
 * an event opens in a sheet, a drag pans, the source reader fills the screen.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { detail, eventById, openApp, queryOf, timelineItem, boxOf } from "./explorer.ts";

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
    // The drag starts on the time axis, where no event lies: a finger held still on an event for
    // a quarter of a second is a long press, which chooses the event (as a slow machine showed).
    // The pause before moving makes that case certain, so the test cannot pass by luck.
    const box = await boxOf(page.locator(".timeline-canvas .vis-time-axis.vis-foreground"));
    const cdp = await page.context().newCDPSession(page);
    const y = box.y + box.height / 2;
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x, y }],
      });
    await touch("touchStart", box.x + 250);
    await page.waitForTimeout(400);
    for (let x = 240; x >= 90; x -= 20) await touch("touchMove", box.x + x);
    await touch("touchEnd", box.x + 90);
    await expect.poll(() => queryOf(page)).toMatch(/^window=[^&]+$/);
  });

  test("the source reader opens at the passage (full screen on a phone)", async ({ page }) => {
    const citation = eventById("delhi-g20").citations[0];
    if (!citation) throw new Error("delhi-g20 lost its citation");
    await openApp(page, `?source=${citation.source}&passage=${citation.start}-${citation.end}`);
    const reader = page.getByRole("dialog");
    const box = await boxOf(reader);
    if (onPhone(page)) expect(Math.round(box.width)).toBe(page.viewportSize()?.width);
    await expect(reader.locator("mark[aria-current='true']")).toBeInViewport();
    const close = reader.getByRole("button", { name: "Close the article" });
    if (onPhone(page)) await close.tap();
    else await close.click();
    await expect(reader).toBeHidden();
  });
});
