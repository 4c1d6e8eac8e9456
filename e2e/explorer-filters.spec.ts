/**
 * Filters, lanes, zoom and the link notice: each change shows in the URL, survives a reload, and
 * (where it is a discrete choice) can be undone with Back.
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
    await page.getByRole("textbox", { name: "To" }).fill("2023-02-10");
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
    const to = page.getByRole("textbox", { name: "To" });
    await to.fill("2023-13");
    await expect(to).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Use YYYY, YYYY-MM or YYYY-MM-DD")).toBeVisible();
    await to.fill("2023-02");
    await expect(page.getByText("Before “From”")).toBeVisible();
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

test.describe("links from strangers", () => {
  test("unknown ids and malformed values are ignored with a notice naming them", async ({
    page,
  }) => {
    await openApp(page, "?event=nope&actors=joe-biden,nobody&from=2023-13&status=maybe&group=year");
    const notice = page.getByRole("status").filter({ hasText: "parts of this link were ignored" });
    await expect(notice).toBeVisible();
    for (const line of [
      "event “nope” (no such event)",
      "actors “nobody” (no such actor)",
      "from “2023-13” (not a date: use YYYY, YYYY-MM or YYYY-MM-DD)",
      "status “maybe”",
      "group “year” (use actor, status or none)",
    ]) {
      await expect(notice.getByText(line)).toBeVisible();
    }
    // What could be used was; the link now says only that.
    expect(queryOf(page)).toBe("actors=joe-biden");
    await expect(count(page)).toHaveText("4 of 15 events");
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await expect(notice).toBeHidden();
  });

  test("an unknown source and a passage beyond the article are ignored too", async ({ page }) => {
    await openApp(page, "?source=no_such_article&passage=1-5");
    await expect(page.getByText("source “no_such_article” (no such article)")).toBeVisible();
    await expect(page.getByRole("dialog")).toBeHidden();
    await openApp(page, "?source=000_eb413498417fa6d3&passage=1-99999999");
    await expect(
      page.getByText(/passage “1-99999999” \(beyond the end of the article/),
    ).toBeVisible();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(queryOf(page)).toBe("source=000_eb413498417fa6d3");
  });
});
