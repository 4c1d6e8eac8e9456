/**
 * Filters: each change shows in the URL, survives a reload, and (where it is a discrete choice) can
 * be undone with Back.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { count, eventList, openApp, queryOf } from "./explorer.ts";

/** The ids of the listed events, in order. */
async function listedIds(page: Page): Promise<(string | null)[]> {
  return eventList(page)
    .getByRole("button")
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-event-id")));
}

test.describe("filters", () => {
  test("search matches titles, summaries and quotes, ignoring case and accents", async ({
    page,
  }) => {
    await openApp(page);
    const historyLength = await page.evaluate(() => history.length);
    const search = page.getByRole("searchbox", { name: "Search" });
    await search.fill("BALLÔON");
    await expect(count(page)).toHaveText("3 of 15 events");
    expect(queryOf(page)).toBe("q=BALLÔON");
    // Typing replaces the history entry instead of adding one per keystroke.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await expect
      .poll(() => listedIds(page))
      .toEqual(["balloon-incident", "beijing-trip-postponed", "biden-balloon-remarks"]);
    await page.reload();
    await expect(search).toHaveValue("BALLÔON");
    await expect(count(page)).toHaveText("3 of 15 events");
  });

  test("searches actor names and quotes", async ({ page }) => {
    await openApp(page, "?q=vivian");
    await expect.poll(() => listedIds(page)).toEqual(["blinken-balakrishnan-meeting"]);
    await page.getByRole("searchbox", { name: "Search" }).fill("red lines");
    await expect.poll(() => listedIds(page)).toEqual(["katrine-yu-live-report"]);
  });

  test("the actor multi-select shows counts under the other filters and matches any actor", async ({
    page,
  }) => {
    await openApp(page, "?status=occurred");
    await page.getByRole("button", { name: /^Actors/ }).click();
    await expect(page.getByRole("checkbox", { name: /^Joe Biden\W+2 events$/ })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /^United States\W+6 events$/ })).toBeVisible();
    await page.goto("./");
    await expect(count(page)).toHaveText("15 of 15 events");
    await page.getByRole("button", { name: /^Actors/ }).click();
    await expect(page.getByRole("checkbox", { name: /^Joe Biden\W+4 events$/ })).toBeVisible();
    await page.getByRole("checkbox", { name: /^Joe Biden/ }).check();
    expect(queryOf(page)).toBe("actors=joe-biden");
    await page.getByRole("checkbox", { name: /^Xi Jinping/ }).check();
    expect(queryOf(page)).toBe("actors=joe-biden,xi-jinping");
    await expect(count(page)).toHaveText("6 of 15 events");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: /^Actors/ })).toBeFocused();
    await expect(page.getByRole("checkbox", { name: /^Joe Biden/ })).toBeHidden();

    await page.reload();
    await expect(count(page)).toHaveText("6 of 15 events");
    await expect(page.getByRole("button", { name: /^Actors\W+2 chosen$/ })).toBeVisible();
    await page.goBack();
    expect(queryOf(page)).toBe("actors=joe-biden");
    await expect(count(page)).toHaveText("4 of 15 events");
  });

  test("statuses filter with counts, and combine with actors", async ({ page }) => {
    await openApp(page, "?actors=joe-biden,xi-jinping");
    await page.getByRole("button", { name: /^Status/ }).click();
    const planned = page.getByRole("checkbox", { name: /^Planned/ });
    await expect(planned).toHaveAccessibleName(/1 event$/);
    await planned.check();
    expect(queryOf(page)).toBe("actors=joe-biden,xi-jinping&status=planned");
    await expect.poll(() => listedIds(page)).toEqual(["san-francisco-apec"]);
    await page.reload();
    await expect.poll(() => listedIds(page)).toEqual(["san-francisco-apec"]);
  });

  test("a date range keeps events whose dates overlap it, month precision included", async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole("textbox", { name: "From" }).fill("2023-01");
    await page.getByRole("textbox", { name: "To", exact: true }).fill("2023-02-10");
    expect(queryOf(page)).toBe("from=2023-01&to=2023-02-10");
    // Bali (November 2022) is listed until the range applies.
    await expect.poll(() => listedIds(page)).not.toContain("bali-g20");
    const ids = await listedIds(page);
    // "February 2023" overlaps a range ending on 10 February; "before 18 June 2023" may too.
    expect(ids).toContain("balloon-incident");
    expect(ids).toContain("blinken-press-conference");
    expect(ids).not.toContain("beijing-visit");
    expect(ids).not.toContain("bali-g20");
    await page.reload();
    await expect(page.getByRole("textbox", { name: "From" })).toHaveValue("2023-01");
    await expect.poll(() => listedIds(page)).toEqual(ids);
  });

  test("a malformed or reversed date stays in its field, marked, and changes nothing", async ({
    page,
  }) => {
    await openApp(page, "?from=2023-07");
    await expect(count(page)).toHaveText("3 of 15 events");
    const to = page.getByRole("textbox", { name: "To", exact: true });
    await to.fill("2023-13");
    await expect(to).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(/To: not applied\. “2023-13” is not a date/)).toBeVisible();
    await to.fill("2023-02");
    await expect(page.getByText(/To: not applied\. It ends before the start date/)).toBeVisible();
    expect(queryOf(page)).toBe("from=2023-07");
    await to.fill("2023-12");
    await expect(to).not.toHaveAttribute("aria-invalid", "true");
    expect(queryOf(page)).toBe("from=2023-07&to=2023-12");
  });

  test("an empty result names the filters to loosen", async ({ page }) => {
    await openApp(page, "?q=balloon&actors=xi-jinping");
    await expect(count(page)).toHaveText("0 of 15 events");
    await expect(
      page.getByRole("heading", { name: "No events match these filters" }),
    ).toBeVisible();
    await expect(
      page.getByRole("button", { name: "Remove the actors (Xi Jinping)" }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Remove the search “balloon”" }).click();
    expect(queryOf(page)).toBe("actors=xi-jinping");
    await expect(count(page)).toHaveText("5 of 15 events");
  });

  test("Clear all removes every filter in one step, and Back restores them", async ({ page }) => {
    await openApp(page, "?actors=joe-biden&status=occurred&from=2022&q=bali&event=bali-g20");
    await expect(count(page)).toHaveText("1 of 15 events");
    await page.getByRole("button", { name: "Clear all" }).click();
    expect(queryOf(page)).toBe("event=bali-g20");
    await expect(count(page)).toHaveText("15 of 15 events");
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("");
    await page.goBack();
    await expect(count(page)).toHaveText("1 of 15 events");
    await expect(page.getByRole("textbox", { name: "From" })).toHaveValue("2022");
  });

  test("the count is announced politely", async ({ page }) => {
    await openApp(page);
    const status = page.getByRole("search").getByRole("status");
    await expect(status).toHaveAttribute("aria-live", "polite");
    await expect(status).toHaveText("15 of 15 events");
  });
});
