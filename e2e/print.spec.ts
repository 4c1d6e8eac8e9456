/**
 * Printing the explorer: the filtered list without the controls or the timeline, or an open event
 * alone with its citations.
 */
import { eventOf, loadDataset } from "./datasets.ts";
import { expect, test } from "./fixtures.ts";

test.describe("printing the explorer", () => {
  test("the filtered list prints without the controls or the timeline", async ({
    page,
    request,
  }) => {
    const dataset = await loadDataset(request);
    await page.goto("./?status=planned");
    await expect(page.getByRole("button", { name: "Export" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Export" })).toBeHidden();
    await expect(page.getByRole("searchbox")).toBeHidden();
    await expect(page.locator(".timeline-section")).toBeHidden();
    await expect(page.getByText("Choose an event on the timeline")).toBeHidden();
    const planned = dataset.events.filter((e) => e.status === "planned");
    const list = page.locator("#event-list");
    for (const event of planned) await expect(list.getByText(event.title)).toBeVisible();
  });

  test("an open event prints alone, with its citations", async ({ page, request }) => {
    const dataset = await loadDataset(request);
    const event = eventOf(dataset, "beijing-visit");
    await page.goto("./?event=beijing-visit");
    const panel = page.getByRole("complementary", { name: event.title });
    await expect(panel.getByRole("heading", { name: event.title })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(panel.getByRole("heading", { name: event.title })).toBeVisible();
    for (const citation of event.citations) {
      await expect(panel.locator("mark").filter({ hasText: citation.exact }).first()).toBeVisible();
    }
    await expect(page.locator(".list-pane")).toBeHidden();
    await expect(panel.getByRole("button", { name: "Read in source" }).first()).toBeHidden();
    await expect(page.getByRole("button", { name: "Close details" })).toBeHidden();
  });
});
