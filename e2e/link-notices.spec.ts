/**
 * Links from strangers: unknown ids and malformed values are ignored with a notice naming them,
 * and the link is rewritten without them.
 */
import { expect, test } from "./fixtures.ts";
import { count, DATASET, eventList, openApp, queryOf } from "./explorer.ts";

/**
 * The events a filter on Joe Biden must show, counted by hand over the dataset file: those whose
 * actors name him. Not the app's filter code, so a filter that matched wrongly would differ.
 */
const BIDEN_EVENTS = DATASET.events.filter((e) => e.actors.includes("joe-biden")).map((e) => e.id);

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
    // Some events, not all, or the count would prove nothing about the filter.
    expect(BIDEN_EVENTS.length).toBeGreaterThan(0);
    expect(BIDEN_EVENTS.length).toBeLessThan(DATASET.events.length);
    await expect(count(page)).toHaveText(
      `${String(BIDEN_EVENTS.length)} of ${String(DATASET.events.length)} events`,
    );
    const shown = await eventList(page)
      .getByRole("button")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-event-id")));
    expect(shown.sort()).toEqual([...BIDEN_EVENTS].sort());
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

  test("an asOf that is not a day, or comes before the first report, is ignored too", async ({
    page,
  }) => {
    await openApp(page, "?event=beijing-visit&asOf=June 2023");
    await expect(page.getByText("asOf “June 2023” (not a day: use YYYY-MM-DD)")).toBeVisible();
    expect(queryOf(page)).toBe("event=beijing-visit");
    await openApp(page, "?event=beijing-visit&asOf=2023-06-17");
    await expect(
      page.getByText("asOf “2023-06-17” (before the first report, of 18 June 2023)"),
    ).toBeVisible();
    expect(queryOf(page)).toBe("event=beijing-visit");
    await expect(count(page)).toHaveText("15 of 15 events");
    // A day the seed's one article was published on is kept, and the view says so.
    await openApp(page, "?asOf=2023-06-18");
    expect(queryOf(page)).toBe("asOf=2023-06-18");
    await expect(page.getByText("As reported up to 18 June 2023.")).toBeVisible();
  });
});
