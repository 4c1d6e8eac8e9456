/**
 * The explorer's core paths: choosing an event (list, keyboard, timeline, deep link), reading its
 * details and citations, the source reader, history, and focus. After each interaction the URL is
 * checked, then a reload proves the link restores the view.
 */
import { expect, test } from "./fixtures.ts";
import {
  count,
  DATASET,
  detail,
  eventById,
  eventList,
  openApp,
  queryOf,
  row,
  timelineItem,
} from "./explorer.ts";

const VISIT = eventById("beijing-visit");
const BALLOON = eventById("balloon-incident");

test.describe("the explorer", () => {
  test("shows the corpus, its size and its latest dateline in the header", async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole("heading", { level: 1, name: DATASET.title })).toBeVisible();
    await expect(
      page.getByText("15 events from 1 article, as reported up to 18 June 2023"),
    ).toBeVisible();
    await expect(count(page)).toHaveText("15 of 15 events");
    await expect(page).toHaveTitle(`${DATASET.title} · Dateline`);
  });

  test("lists every event in date order under headings that say no more than the dates", async ({
    page,
  }) => {
    await openApp(page);
    const rows = eventList(page).getByRole("button");
    await expect(rows).toHaveCount(DATASET.events.length);
    const ids = await rows.evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute("data-event-id")),
    );
    expect(ids).toEqual(DATASET.events.map((e) => e.id));
    const months = await eventList(page).getByRole("heading", { level: 3 }).allTextContents();
    // An open interval is never listed under a month it may not fall in: it has its own heading.
    expect(months).toEqual([
      "November 2022",
      "February 2023",
      "June 2023",
      "Before 18 June 2023",
      "From 18 June 2023 on",
      "On or before 18 June 2023",
      "June 2023",
      "September 2023",
      "November 2023",
    ]);
  });

  test("draws every event, the legend and the article's dateline on the timeline", async ({
    page,
  }) => {
    await openApp(page);
    await expect(page.locator(".timeline-canvas .vis-item.tl-event:not(.vis-dot)")).toHaveCount(
      DATASET.events.length,
    );
    await expect(page.locator(".tl-dateline")).toHaveText("reported 18 June 2023");
    const legend = page.getByRole("list", { name: "Legend" });
    for (const key of [
      "Occurred",
      "Planned",
      "Expected",
      "Hoped for",
      "Postponed",
      "≈ known to the month",
    ]) {
      await expect(legend.getByText(key, { exact: true })).toBeVisible();
    }
    // Month precision is marked approximate; anticipated events look different from what happened.
    const apec = timelineItem(page, "APEC leaders' meeting");
    await expect(apec).toHaveClass(/tl-approx/);
    await expect(apec).toHaveClass(/tl-status-planned/);
    await expect(apec).toContainText("≈ ");
    const bar = (text: string) =>
      timelineItem(page, text).evaluate((el) => getComputedStyle(el, "::after").borderTopStyle);
    expect(await bar("Biden and Xi likely at the G20 summit in Delhi")).toBe("dashed");
    expect(await bar("Suspected spy balloon")).not.toBe("dashed");
    // An open interval fades toward its open end.
    const fade = await timelineItem(page, "Blinken sets out three aims").evaluate(
      (el) => getComputedStyle(el, "::after").backgroundImage,
    );
    expect(fade).toContain("linear-gradient");
  });

  test("opens an event from the list by keyboard, and Escape returns focus to its row", async ({
    page,
  }) => {
    await openApp(page);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to the event list" })).toBeFocused();
    await page.keyboard.press("Enter");
    const first = DATASET.events[0];
    const third = DATASET.events[2];
    if (!first || !third) throw new Error("the dataset is too small");
    await expect(row(page, first.title)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(row(page, third.title)).toBeFocused();
    await page.keyboard.press("Enter");

    expect(queryOf(page)).toBe(`event=${third.id}`);
    await expect(page.getByRole("heading", { level: 2, name: third.title })).toBeFocused();
    await expect(row(page, third.title)).toHaveAttribute("aria-current", "true");
    await expect(page).toHaveTitle(`${third.title} · ${DATASET.title} · Dateline`);

    await page.keyboard.press("Escape");
    await expect(detail(page)).toHaveCount(0);
    expect(queryOf(page)).toBe("");
    await expect(row(page, third.title)).toBeFocused();

    await page.goBack();
    expect(queryOf(page)).toBe(`event=${third.id}`);
    await expect(page.getByRole("heading", { level: 2, name: third.title })).toBeVisible();
  });

  test("End, Home and arrow keys move through the list", async ({ page }) => {
    await openApp(page);
    const first = DATASET.events[0];
    const last = DATASET.events.at(-1);
    if (!first || !last) throw new Error("the dataset is empty");
    await row(page, first.title).focus();
    await page.keyboard.press("End");
    await expect(row(page, last.title)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(row(page, last.title)).toBeFocused();
    await page.keyboard.press("Home");
    await expect(row(page, first.title)).toBeFocused();
    // One row at a time is in the tab order.
    await expect(eventList(page).locator("button[tabindex='0']")).toHaveCount(1);
  });

  test("selecting on the timeline opens the event, highlights it and pushes history", async ({
    page,
  }) => {
    await openApp(page);
    await timelineItem(page, BALLOON.title).locator(".tl-label").click();
    expect(queryOf(page)).toBe(`event=${BALLOON.id}`);
    await expect(page.getByRole("heading", { level: 2, name: BALLOON.title })).toBeVisible();
    await expect(timelineItem(page, BALLOON.title)).toHaveClass(/tl-selected/);
    await expect(row(page, BALLOON.title)).toHaveAttribute("aria-current", "true");

    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: BALLOON.title })).toBeVisible();
    await expect(timelineItem(page, BALLOON.title)).toHaveClass(/tl-selected/);

    await page.goBack();
    expect(queryOf(page)).toBe("");
    await expect(page.getByText("Choose an event on the timeline")).toBeVisible();
  });

  test("a deep link opens the event's details, with every citation in context", async ({
    page,
  }) => {
    await openApp(page, "?event=beijing-visit");
    const panel = detail(page);
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(VISIT.title);
    await expect(panel.getByText("18–19 June 2023").first()).toBeVisible();
    await expect(panel.getByText("Ongoing", { exact: true })).toBeVisible();
    await expect(panel.getByText("as of 18 June 2023")).toBeVisible();
    await expect(panel.getByText("Beijing", { exact: true })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Antony Blinken" })).toBeVisible();
    const citations = panel.getByRole("listitem").filter({ has: page.locator("blockquote") });
    await expect(citations).toHaveCount(VISIT.citations.length);
    for (const [i, citation] of VISIT.citations.entries()) {
      const item = citations.nth(i);
      await expect(item.locator("mark")).toHaveText(citation.exact);
      await expect(item.getByText(`paragraph ${citation.paragraph + 1}`)).toBeVisible();
      await expect(item.getByRole("button", { name: "Read in source" })).toBeVisible();
    }
    // The quote sits in its sentence: the text around the mark is the source's.
    await expect(citations.nth(2).locator("p").first()).toContainText(
      "Blinken's two-day trip to Beijing comes during the frosty bilateral ties and follows",
    );
    await expect(page).toHaveTitle(`${VISIT.title} · ${DATASET.title} · Dateline`);
    await expect(timelineItem(page, VISIT.title)).toHaveClass(/tl-selected/);
  });

  test("an actor button filters the timeline to that actor", async ({ page }) => {
    await openApp(page, "?event=beijing-visit");
    await detail(page).getByRole("button", { name: "Qin Gang" }).click();
    expect(queryOf(page)).toBe("event=beijing-visit&actors=qin-gang");
    const qinEvents = DATASET.events.filter((e) => e.actors.includes("qin-gang"));
    await expect(count(page)).toHaveText(`${qinEvents.length} of 15 events`);
    await expect(eventList(page).getByRole("button")).toHaveCount(qinEvents.length);
    await page.reload();
    await expect(count(page)).toHaveText(`${qinEvents.length} of 15 events`);
    await page.getByRole("button", { name: /^Actors/ }).click();
    await expect(page.getByRole("checkbox", { name: /^Qin Gang/ })).toBeChecked();
  });

  test("related events are links that open them, and Back returns", async ({ page }) => {
    await openApp(page, "?event=balloon-incident");
    const related = detail(page).getByRole("link", {
      name: "Blinken delays his February trip to China",
    });
    await expect(related).toHaveAttribute("href", "?event=beijing-trip-postponed");
    await related.click();
    expect(queryOf(page)).toBe("event=beijing-trip-postponed");
    await expect(
      page.getByRole("heading", { level: 2, name: "Blinken delays his February trip to China" }),
    ).toBeVisible();
    await page.goBack();
    expect(queryOf(page)).toBe("event=balloon-incident");
    await expect(page.getByRole("heading", { level: 2, name: BALLOON.title })).toBeVisible();
  });

  test("Read in source opens the article at the passage; Escape closes it", async ({ page }) => {
    await openApp(page, "?event=beijing-visit");
    const citation = VISIT.citations[1];
    if (!citation) throw new Error("beijing-visit lost a citation");
    const readButton = detail(page).getByRole("button", { name: "Read in source" }).nth(1);
    await readButton.click();
    expect(queryOf(page)).toBe(
      `event=beijing-visit&source=${citation.source}&passage=${citation.start}-${citation.end}`,
    );
    const reader = page.getByRole("dialog", { name: "Blinken meets Qin Gang in Beijing" });
    await expect(reader).toBeVisible();
    await expect(reader.getByText("18 June 2023")).toBeVisible();
    await expect(reader.getByText("credited to Al Jazeera")).toBeVisible();
    const current = reader.locator("mark[aria-current='true']");
    await expect(current).toHaveText(citation.exact);
    await expect(current).toBeInViewport();
    // Every cited passage is marked.
    const cited = new Set(
      DATASET.events.flatMap((e) => e.citations.map((c) => `${c.start}-${c.end}`)),
    );
    expect(await reader.locator("mark").count()).toBeGreaterThanOrEqual(cited.size);
    await expect(page).toHaveTitle(/^Blinken meets Qin Gang in Beijing \(source\)/);

    await page.reload();
    await expect(reader.locator("mark[aria-current='true']")).toHaveText(citation.exact);

    await page.keyboard.press("Escape");
    await expect(reader).toBeHidden();
    expect(queryOf(page)).toBe("event=beijing-visit");
    // The detail panel stays open under it.
    await expect(page.getByRole("heading", { level: 2, name: VISIT.title })).toBeVisible();
    await page.goBack();
    await expect(reader).toBeVisible();
  });

  test("Escape on the reader returns focus to the button that opened it", async ({ page }) => {
    await openApp(page, "?event=balloon-incident");
    const read = detail(page).getByRole("button", { name: "Read in source" });
    await read.click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();
    await expect(read).toBeFocused();
  });

  test("a marked passage in the reader links back to its event", async ({ page }) => {
    const citation = BALLOON.citations[0];
    if (!citation) throw new Error("the balloon lost its citation");
    await openApp(page, `?source=${citation.source}`);
    const reader = page.getByRole("dialog");
    const link = reader.getByRole("link", { name: citation.exact });
    await expect(link).toHaveAttribute("href", "?event=balloon-incident");
    await link.click();
    await expect(reader).toBeHidden();
    expect(queryOf(page)).toBe("event=balloon-incident");
    await expect(page.getByRole("heading", { level: 2, name: BALLOON.title })).toBeVisible();
  });

  test("Share, This view copies the current view's URL", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openApp(page, "?event=delhi-g20&status=expected");
    await page.getByRole("banner").getByRole("button", { name: "Share" }).click();
    await page.getByRole("button", { name: /^This view/ }).click();
    await expect(page.getByText("Link copied").first()).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).pathname).toBe("/dateline/");
  });

  test("Share, This event copies its static share page, which names the event", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openApp(page, "?event=balloon-incident");
    await page.getByRole("banner").getByRole("button", { name: "Share" }).click();
    await page.getByRole("button", { name: /^This event/ }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe("/dateline/e/balloon-incident/");
    await page.goto(`${copied}?static`);
    await expect(page.getByRole("heading", { level: 1, name: BALLOON.title })).toBeVisible();
  });

  test("Share, This passage copies a link that opens the reader there", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openApp(page, "?event=balloon-incident");
    await page.getByRole("banner").getByRole("button", { name: "Share" }).click();
    await page.getByRole("button", { name: /^This passage/ }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const citation = BALLOON.citations[0];
    if (!citation) throw new Error("the balloon lost its citation");
    expect(decodeURIComponent(new URL(copied).search)).toBe(
      `?event=balloon-incident&source=${citation.source}&passage=${citation.start}-${citation.end}`,
    );
    await page.goto(copied);
    await expect(page.getByRole("dialog").locator("mark[aria-current='true']")).toHaveText(
      citation.exact,
    );
  });

  test("where the clipboard is refused, the link is shown selected to copy by hand", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new Error("denied")) },
      });
    });
    await openApp(page, "?q=balloon");
    await page.getByRole("banner").getByRole("button", { name: "Share" }).click();
    await page.getByRole("button", { name: /^This view/ }).click();
    const field = page.getByRole("textbox", { name: /Copy this link/ });
    await expect(field).toHaveValue(page.url());
    await expect(field).toBeFocused();
  });
});
