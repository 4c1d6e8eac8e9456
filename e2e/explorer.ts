/**
 * Shared steps for the explorer specs: open a view by its link and wait until the timeline has
 * drawn, and find the parts of the page by role and label.
 */
import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures.ts";
import type { Dataset, TimelineEvent } from "../src/model/dataset.ts";
import { realDataset } from "./datasets.ts";

/** The committed dataset, parsed: the specs check the app against it. */
export const DATASET = JSON.parse(realDataset()) as Dataset;

export function eventById(id: string): TimelineEvent {
  const event = DATASET.events.find((e) => e.id === id);
  if (!event) throw new Error(`the real dataset lost ${id}`);
  return event;
}

/** Opens the app at `query` (relative to the app's base) and waits for the timeline to draw. */
export async function openApp(page: Page, query = ""): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.locator(".timeline-canvas")).toHaveAttribute("data-ready", "true");
}

/** The query string of the page's URL, decoded, without the `?`. */
export function queryOf(page: Page): string {
  return decodeURIComponent(new URL(page.url()).search.replace(/^\?/, ""));
}

/** The event list region. */
export function eventList(page: Page): Locator {
  return page.getByRole("region", { name: "Events" });
}

/** A row of the event list, by its event's title. */
export function row(page: Page, title: string): Locator {
  return eventList(page).getByRole("button", { name: new RegExp(escapeRegExp(title)) });
}

/** The open detail panel. */
export function detail(page: Page): Locator {
  return page
    .getByRole("complementary", { name: /./ })
    .filter({ has: page.locator("#detail-title") });
}

/** The live count, "N of M events". */
export function count(page: Page): Locator {
  return page.getByRole("search").getByText(/\d+ of \d+ events/);
}

/** A drawn timeline item, by the text of its label. */
export function timelineItem(page: Page, text: string): Locator {
  return page.locator(".timeline-canvas .vis-item", { hasText: text });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The box a locator is drawn in; throws when it is not drawn. */
export async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not drawn");
  return box;
}
