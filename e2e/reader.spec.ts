/**
 * The reader's view on the screens people use: an opened event's passage in sight at laptop and
 * phone sizes, the future in sight on a phone, a tap that leaves the page where it was, date
 * boxes that never show a range that is not applied, focus after Clear all, labels that end inside
 * the timeline, and one Share control.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { boxOf, count, DATASET, detail, openApp, queryOf, timelineItem } from "./explorer.ts";

const SCREENS = [
  { name: "1280×720", width: 1280, height: 720, touch: false },
  { name: "1366×768", width: 1366, height: 768, touch: false },
  { name: "390×844 (touch)", width: 390, height: 844, touch: true },
] as const;

/** Fails unless `locator`'s box lies wholly inside the viewport (no scrolling needed to see it). */
async function expectOnScreen(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await boxOf(locator);
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(width + 0.5);
  expect(box.y + box.height, `${what}: bottom edge`).toBeLessThanOrEqual(height + 0.5);
}

/** The events the report still had ahead of it: they start on or after its date. */
const LAST_REPORT =
  DATASET.sources
    .map((s) => s.dateline)
    .sort()
    .at(-1) ?? "";
const AHEAD = DATASET.events.filter((e) => (e.date.earliest ?? "") >= LAST_REPORT);

for (const screen of SCREENS) {
  test.describe(`at ${screen.name}`, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      hasTouch: screen.touch,
      isMobile: screen.touch,
    });

    test("an opened event shows its date, title, summary and first passage without scrolling", async ({
      page,
    }) => {
      await openApp(page, "?event=biden-balloon-remarks");
      const panel = detail(page);
      await expectOnScreen(page, panel.locator(".kicker"), "date");
      await expectOnScreen(page, panel.getByRole("heading", { level: 2 }), "title");
      await expectOnScreen(page, panel.locator(".summary"), "summary");
      const first = panel.locator(".citation").first();
      await expectOnScreen(page, first.locator("blockquote"), "first citation");
      await expectOnScreen(
        page,
        first.getByRole("button", { name: "Read in source" }),
        "Read in source",
      );
    });

    test("an opened event is drawn inside the timeline's rows in view, not below their fold", async ({
      page,
    }) => {
      // The last row of the default view: at 1280×720 it was drawn wholly below the canvas.
      await openApp(page, "?event=biden-balloon-remarks");
      const rows = await boxOf(page.locator(".timeline-canvas .vis-panel.vis-center"));
      const item = timelineItem(page, "Biden plays down the balloon episode");
      await expect(item).toHaveClass(/vis-selected/);
      await expect
        .poll(async () => {
          const box = await boxOf(item);
          return box.y >= rows.y && box.y + box.height <= rows.y + rows.height;
        })
        .toBe(true);
    });
  });
}

test.describe("on a phone (390×844, touch)", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the events after the report's date are drawn inside the timeline's box", async ({
    page,
  }) => {
    await openApp(page);
    expect(AHEAD.length).toBeGreaterThanOrEqual(5);
    const canvas = await boxOf(page.locator(".timeline-canvas"));
    for (const event of AHEAD) {
      const label = timelineItem(page, event.title).locator(".tl-label");
      const box = await boxOf(label);
      expect(box.y, `${event.id} is below the timeline's fold`).toBeGreaterThanOrEqual(canvas.y);
      expect(box.y + box.height, `${event.id} is below the timeline's fold`).toBeLessThanOrEqual(
        canvas.y + canvas.height,
      );
      expect(box.x + box.width, `${event.id} runs off the right`).toBeLessThanOrEqual(
        canvas.x + canvas.width + 0.5,
      );
    }
  });

  test("the filters fold behind a Filters button that says how many are on", async ({ page }) => {
    await openApp(page, "?q=balloon&status=occurred");
    const toggle = page.getByRole("button", { name: /^Filters/ });
    await expect(toggle).toHaveAccessibleName("Filters, 2 on");
    await expect(page.getByRole("searchbox", { name: "Search" })).toBeHidden();
    await toggle.tap();
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("balloon");
  });

  test("a tap on the timeline opens the sheet without moving the page, and closing it restores the page", async ({
    page,
  }) => {
    await openApp(page);
    const before = await page.evaluate(() => window.scrollY);
    await timelineItem(page, "Biden plays down the balloon episode").locator(".tl-label").tap();
    const sheet = detail(page);
    await expect(sheet.getByRole("heading", { level: 2 })).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await sheet.getByRole("button", { name: "Close details" }).tap();
    await expect(sheet).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
    await expect(page.locator(".timeline-canvas")).toBeInViewport();
  });

  test("when no click follows a tap, the reader's next tap elsewhere still counts", async ({
    page,
  }) => {
    // After a tap opens the sheet, the click the browser sends for it lands on the sheet and is
    // swallowed. Some taps send none (a long press, a finger that slid a little): on a loaded
    // machine the next tap, on Close, was swallowed instead and the sheet stayed open.
    await openApp(page);
    await page.evaluate(() => {
      // Cancelling the touch's end is how a page tells the browser to send no click after it.
      const cancel = (event: TouchEvent) => {
        event.preventDefault();
      };
      document.addEventListener("touchend", cancel, { capture: true, once: true, passive: false });
    });
    await timelineItem(page, "Biden plays down the balloon episode").locator(".tl-label").tap();
    const sheet = detail(page);
    await expect(sheet.getByRole("heading", { level: 2 })).toBeFocused();
    await sheet.getByRole("button", { name: "Close details" }).tap();
    await expect(sheet).toHaveCount(0);
  });

  test("actor lanes leave the events most of the width, and name each lane", async ({ page }) => {
    // Lane names took 45% of the canvas on a phone; they now take 88 px at most (about 27%).
    await openApp(page, "?group=actor");
    const canvas = await boxOf(page.locator(".timeline-canvas"));
    const names = await boxOf(page.locator(".timeline-canvas .vis-panel.vis-left"));
    expect(names.width / canvas.width).toBeLessThanOrEqual(0.3);
    const first = page.locator(".timeline-canvas .vis-labelset .vis-label").first();
    await expect(first).toContainText("United States");
    expect((await boxOf(first)).width).toBeGreaterThanOrEqual(60);
  });
});

test("the date boxes show only what is applied, or say in words that it is not", async ({
  page,
}) => {
  // A long sequence of steps: room for it on a loaded machine.
  test.setTimeout(60_000);
  await openApp(page);
  const from = page.getByRole("textbox", { name: "From" });
  const to = page.getByRole("textbox", { name: "To", exact: true });
  await from.fill("2023-09");
  await to.fill("2023-03");
  await expect(page.getByText(/To: not applied\. It ends before the start date/)).toBeVisible();
  await expect(to).toHaveAttribute("aria-invalid", "true");
  expect(queryOf(page)).toBe("from=2023-09");
  await page.getByRole("button", { name: "Clear all" }).click();
  expect(queryOf(page)).toBe("");
  await expect(from).toHaveValue("");
  await expect(to).toHaveValue("");
  await from.fill("2023-01");
  await expect(to).toHaveValue("");
  expect(queryOf(page)).toBe("from=2023-01");
  await expect(page.getByText("Dates: from 1 January 2023.")).toBeVisible();
  // An invalid box alone can still be cleared.
  await page.getByRole("button", { name: "Clear all" }).click();
  await to.fill("2023-13");
  await expect(page.getByText(/To: not applied/)).toBeVisible();
  const clear = page.getByRole("button", { name: "Clear all" });
  await expect(clear).toBeEnabled();
  await clear.click();
  await expect(to).toHaveValue("");
});

test("the date boxes take month names and common forms, and echo what they understood", async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole("textbox", { name: "From" }).fill("June 2023");
  await page.getByRole("textbox", { name: "To", exact: true }).fill("2023/06/30");
  await expect(page.getByText("Dates: from 1 June 2023 to 30 June 2023.")).toBeVisible();
  await expect.poll(() => queryOf(page)).toBe("from=2023-06&to=2023-06-30");
  const size = await page
    .locator(".date-notes")
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(13);
});

test("Clear all puts focus in the search box", async ({ page }) => {
  await openApp(page, "?q=balloon");
  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(page.getByRole("searchbox", { name: "Search" })).toBeFocused();
  await expect(count(page)).toHaveText("15 of 15 events");
});

test("after a search the fitted window shows each label's end inside the timeline", async ({
  page,
}) => {
  await openApp(page, "?q=balloon");
  const canvas = await boxOf(page.locator(".timeline-canvas .vis-panel.vis-center"));
  const labels = page.locator(".timeline-canvas .vis-item.tl-event .tl-label");
  await expect(labels.first()).toBeVisible();
  for (const label of await labels.all()) {
    const box = await boxOf(label);
    const text = await label.textContent();
    expect(box.x + box.width, `“${text}” ends past the timeline`).toBeLessThanOrEqual(
      canvas.x + canvas.width + 0.5,
    );
    expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  }
});

test("searching for a month-only event keeps the timeline at month scale", async ({ page }) => {
  await openApp(page, "?q=Delhi");
  const minor = page.locator(
    ".timeline-canvas .vis-time-axis .vis-text.vis-minor:not(.vis-measure)",
  );
  await expect(minor.first()).toBeVisible();
  const texts = await minor.allTextContents();
  expect(texts.some((t) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(t))).toBe(
    true,
  );
  expect(texts.every((t) => !/^\d{1,2}$/.test(t.trim()))).toBe(true);
});

test("the legend explains every drawn style and postponement is not struck through", async ({
  page,
}) => {
  await openApp(page);
  const legend = page.getByRole("list", { name: "Legend" });
  await expect(legend).toContainText("not yet happened as of the report");
  await expect(legend).toContainText("anticipated, known to the month");
  await expect(legend).toContainText("date of the report");
  await expect(legend).not.toContainText("dateline");
  const postponed = timelineItem(page, "Blinken delays his February trip").locator(".tl-label");
  expect(await postponed.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe("none");
  const hoped = timelineItem(page, "Biden hopes to meet Xi");
  const bar = await hoped.evaluate((el) => getComputedStyle(el, "::after").borderTopStyle);
  expect(bar).toBe("dotted");
  for (const id of ["beijing-visit", "blinken-banquet"]) {
    const event = DATASET.events.find((e) => e.id === id);
    const item = timelineItem(page, event?.title ?? id);
    expect((await boxOf(item)).width, `${id} is a speck`).toBeGreaterThanOrEqual(12);
  }
});

test("one Share control copies this view, this event or this passage, and nothing moves", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page, "?event=balloon-incident");
  const share = page.getByRole("banner").getByRole("button", { name: "Share" });
  const before = await boxOf(share);
  await share.click();
  await page.getByRole("button", { name: /^This event/ }).click();
  await expect(page.getByRole("button", { name: /^This event/ })).toContainText("Link copied");
  expect(await boxOf(share)).toEqual(before);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe("/dateline/e/balloon-incident/");
  await expect(page.getByRole("button", { name: /Copy link/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Page for sharing" })).toHaveCount(0);
});

test("a long search is cut short in the empty state's button", async ({ page }) => {
  const long = "nothing-like-this ".repeat(12).trim();
  await openApp(page, `?q=${encodeURIComponent(long)}`);
  const button = page.getByRole("button", { name: /Remove the search/ });
  const pane = await boxOf(page.locator(".list-pane"));
  const box = await boxOf(button);
  expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width + 0.5);
});

test("the panel and the source reader close with the same kind of button", async ({ page }) => {
  const citation = DATASET.events.find((e) => e.id === "delhi-g20")?.citations[0];
  await openApp(
    page,
    `?event=delhi-g20&source=${citation?.source}&passage=${citation?.start}-${citation?.end}`,
  );
  const readerClose = page.getByRole("dialog").getByRole("button", { name: "Close the article" });
  await expect(readerClose).toHaveText("× Close");
  await readerClose.click();
  await expect(detail(page).getByRole("button", { name: "Close details" })).toHaveText("× Close");
});
