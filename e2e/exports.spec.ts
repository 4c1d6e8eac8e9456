/**
 * Exports of the current view: every format downloads from the Export menu and parses with a real
 * parser, holds only the filtered events, and the menu works by keyboard.
 */
import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import Papa from "papaparse";
import type { Page } from "@playwright/test";
import type { Dataset } from "../src/model/dataset.ts";
import { eventOf, loadDataset } from "./datasets.ts";
import { expect, test } from "./fixtures.ts";

test.describe("exports of the current view", () => {
  async function downloadFrom(
    page: Page,
    name: RegExp,
  ): Promise<{ filename: string; text: string }> {
    await page.getByRole("button", { name: "Export" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name }).click(),
    ]);
    const path = await download.path();
    return { filename: download.suggestedFilename(), text: await readFile(path, "utf8") };
  }

  test("CSV, JSON, iCalendar and TimelineJS files download and parse", async ({
    page,
    request,
  }) => {
    const dataset = await loadDataset(request);
    const ids = dataset.events.map((e) => e.id);
    await page.goto("./");
    await expect(page.getByRole("button", { name: "Export" })).toBeVisible();

    const csv = await downloadFrom(page, /^CSV/);
    expect(csv.filename).toBe("dateline-events.csv");
    const rows = Papa.parse<Record<string, string>>(csv.text, {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.errors).toEqual([]);
    expect(rows.data.map((r) => r["id"]).sort()).toEqual([...ids].sort());
    const visit = rows.data.find((r) => r["id"] === "beijing-visit");
    expect(visit?.["edtf"]).toBe("2023-06-18/2023-06-19");
    expect(JSON.parse(visit?.["citations"] ?? "[]")).toHaveLength(
      eventOf(dataset, "beijing-visit").citations.length,
    );

    const json = await downloadFrom(page, /^JSON/);
    expect(json.filename).toBe("dateline-events.json");
    const file = JSON.parse(json.text) as { format: string; dataset: Dataset };
    expect(file.format).toBe("dateline-export");
    expect(file.dataset.events.map((e) => e.id).sort()).toEqual([...ids].sort());

    const ics = await downloadFrom(page, /^iCalendar/);
    expect(ics.filename).toBe("dateline-calendar.ics");
    expect(ics.text).toContain("\r\n");
    const calendar = new ICAL.Component(ICAL.parse(ics.text) as unknown[]);
    const uids = calendar
      .getAllSubcomponents("vevent")
      .map((c) => String(c.getFirstPropertyValue("uid")));
    const anticipated = dataset.events.filter(
      (e) => e.status === "planned" || e.status === "expected",
    );
    expect(uids.sort()).toEqual(anticipated.map((e) => `${e.id}@dateline`).sort());
    const delhi = calendar
      .getAllSubcomponents("vevent")
      .map((c) => new ICAL.Event(c))
      .find((e) => e.uid === "delhi-g20@dateline");
    expect(delhi?.startDate.toString()).toBe("2023-09-01");
    expect(delhi?.endDate.toString()).toBe("2023-10-01");
    // The entry links to the share page beside the app.
    expect(delhi?.component.getFirstPropertyValue("url")).toMatch(/\/dateline\/e\/delhi-g20\/$/);

    const timeline = await downloadFrom(page, /^TimelineJS/);
    expect(timeline.filename).toBe("dateline-timelinejs.json");
    const doc = JSON.parse(timeline.text) as { events: { unique_id: string }[] };
    expect(doc.events.map((e) => e.unique_id).sort()).toEqual([...ids].sort());
  });

  test("the exports hold only the filtered view's events", async ({ page, request }) => {
    const dataset = await loadDataset(request);
    await page.goto("./?status=planned");
    const csv = await downloadFrom(page, /^CSV/);
    const rows = Papa.parse<Record<string, string>>(csv.text, {
      header: true,
      skipEmptyLines: true,
    });
    const planned = dataset.events.filter((e) => e.status === "planned").map((e) => e.id);
    expect(planned.length).toBeGreaterThan(0);
    expect(rows.data.map((r) => r["id"]).sort()).toEqual(planned.sort());
  });

  test("the menu works by keyboard and Escape returns focus to its button", async ({ page }) => {
    await page.goto("./");
    const button = page.getByRole("button", { name: "Export" });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("button", { name: /^CSV/ })).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("button", { name: /^JSON/ })).toBeFocused();
    await page.keyboard.press("End");
    await expect(page.getByRole("button", { name: /^TimelineJS/ })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();
    await expect(page.getByRole("button", { name: /^CSV/ })).toBeHidden();
  });
});
