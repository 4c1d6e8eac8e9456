/**
 * A larger archive, end to end: a synthetic corpus of 100 articles (about 1,000 events) from
 * scripts/genCorpus/, built by the real pipeline. The timeline must draw counts rather than a
 * thousand items, a count must zoom in, a deep link must open and draw any event, and the list
 * must draw a page at a time. (Speed is measured by `npm run bench`, not here.)
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { writeCorpus } from "../scripts/genCorpus/writeCorpus.ts";
import { LIST_PAGE } from "../src/model/listWindow.ts";
import { MAX_PLAN_ITEMS } from "../src/model/timelinePlan.ts";
import { buildCorpus, serveDataset } from "./datasets.ts";
import { expect, test } from "./fixtures.ts";

type Archive = {
  text: string;
  events: { id: string; title: string }[];
  sources: { dateline: string }[];
};

let archive: Archive | undefined;

/** Built once per worker: generating and building takes a few seconds. */
function largeArchive(): Archive {
  if (!archive) {
    const dir = join(mkdtempSync(join(tmpdir(), "dateline-scale-")), "corpus");
    writeCorpus(100, 7, dir);
    const text = buildCorpus(dir);
    const { events, sources } = JSON.parse(text) as Archive;
    archive = { text, events, sources };
  }
  return archive;
}

const canvas = (page: Page) => page.locator(".timeline-canvas");
const rows = (page: Page) => page.locator("#event-list button.row");

test.describe("a larger archive (about 1,000 events)", () => {
  test.beforeEach(async ({ page }) => {
    await serveDataset(page, largeArchive().text);
  });

  test("the timeline draws legible counts, never every event, and a count zooms in", async ({
    page,
  }) => {
    const total = largeArchive().events.length;
    expect(total).toBeGreaterThan(800);
    await page.goto("./");
    await expect(canvas(page)).toHaveAttribute("data-ready", "true");
    await expect(canvas(page)).not.toHaveAttribute("data-detail", "events");
    const buckets = page.locator(".vis-item.tl-bucket");
    await expect(buckets.first()).toBeVisible();
    expect(await page.locator(".vis-item").count()).toBeLessThanOrEqual(MAX_PLAN_ITEMS + 50);
    // Each count shows its number, and all of them add up to the events near the window.
    const labels = await buckets.locator(".tl-label").allTextContents();
    expect(labels.every((label) => /^[\d,]+$/.test(label))).toBe(true);
    expect(labels.reduce((sum, label) => sum + Number(label.replace(/,/g, "")), 0)).toBe(total);
    await expect(page.getByText(/showing counts per (day|week|month|year|decade)/)).toBeVisible();

    // A click on the fullest count zooms to its period: the link records the window, and the
    // timeline then draws finer counts or the events themselves.
    const before = await canvas(page).getAttribute("data-detail");
    const counts = labels.map((label) => Number(label.replace(/,/g, "")));
    await buckets.nth(counts.indexOf(Math.max(...counts))).click();
    await expect(page).toHaveURL(/[?&]window=\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}/);
    await expect(canvas(page)).not.toHaveAttribute("data-detail", before ?? "");
  });

  test("a deep link opens an event from the middle of the archive and draws it", async ({
    page,
  }) => {
    const { events } = largeArchive();
    const event = events[Math.floor(events.length / 2)];
    if (!event) throw new Error("the archive has no events");
    await page.goto(`./?event=${event.id}`);
    await expect(page.locator(`[data-detail-event="${event.id}"]`)).toBeVisible();
    await expect(page.getByRole("heading", { name: event.title, level: 2 })).toBeVisible();
    // Drawn on its own on the timeline, whatever the level of detail, and current in the list.
    await expect(page.locator(".vis-item.tl-selected")).toHaveCount(1);
    const row = page.locator(`#event-list button[data-event-id="${event.id}"]`);
    await expect(row).toHaveAttribute("aria-current", "true");
    await expect(row).toBeInViewport();
    expect(await rows(page).count()).toBeLessThanOrEqual(LIST_PAGE + 1);
  });

  test("datelines close together keep their markers, and their labels never run into each other", async ({
    page,
  }) => {
    // Two years from the middle of the archive: about ten articles' datelines, and as many on each
    // side (drawn ready for a pan).
    const days = largeArchive()
      .sources.map((s) => s.dateline)
      .sort();
    const first = days[Math.floor(days.length / 2)] ?? "";
    const last = `${String(Number(first.slice(0, 4)) + 2)}${first.slice(4)}`;
    await page.goto(`./?window=${first}/${last}`);
    await expect(canvas(page)).toHaveAttribute("data-ready", "true");
    await expect.poll(() => page.locator(".vis-item.tl-dateline").count()).toBeGreaterThan(5);
    const boxes = (
      await page
        .locator(".vis-item.tl-dateline:not(.tl-unlabelled) .tl-label")
        .evaluateAll((labels) =>
          labels.map((l) => {
            const r = l.getBoundingClientRect();
            return { left: r.left, right: r.right };
          }),
        )
    ).sort((a, b) => a.left - b.left);
    // Some markers go without their label here, and at least two keep it...
    expect(await page.locator(".vis-item.tl-dateline.tl-unlabelled").count()).toBeGreaterThan(0);
    expect(boxes.length).toBeGreaterThan(1);
    // ...and no drawn label starts before the one to its left has ended.
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]?.left ?? 0).toBeGreaterThanOrEqual(boxes[i - 1]?.right ?? 0);
    }
  });

  test("the list draws a page of rows, and the button below draws the next", async ({ page }) => {
    const total = largeArchive().events.length;
    await page.goto("./");
    await expect(rows(page)).toHaveCount(LIST_PAGE);
    await page
      .getByRole("button", { name: `Show ${LIST_PAGE} more of ${total - LIST_PAGE}` })
      .click();
    await expect(rows(page)).toHaveCount(2 * LIST_PAGE);
    // The rows stay in date order across the page boundary.
    const titles = await rows(page).locator(".row-title").allTextContents();
    const expected = largeArchive()
      .events.slice(0, 2 * LIST_PAGE)
      .map((e) => e.title);
    expect(titles).toEqual(expected);
  });
});
