/**
 * Stories told by several articles, in the explorer: the panel's report-by-report history, the
 * marks on the timeline and in the list, the view "as reported up to" a day (its link, its
 * control, Back and Forward, its rule on the timeline), disagreements in sight, and the exports of
 * a past view. Each corpus is built by the real pipeline and served in place of the seed dataset:
 * the two-article APEC story (e2e/corpora/story), one fixture per kind of disagreement, and the
 * real Wikinews corpus of examples/apple.
 */
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import Papa from "papaparse";
import type { Page } from "@playwright/test";
import { projectAsOf } from "../src/model/asOf.ts";
import type { Dataset } from "../src/model/dataset.ts";
import { buildCorpus, serveDataset } from "./datasets.ts";
import { count, detail, eventList, openApp, queryOf, row, timelineItem } from "./explorer.ts";
import { expect, test } from "./fixtures.ts";

/** Each corpus's dataset text, built once per worker. */
const built = new Map<string, string>();
function corpus(dir: string): string {
  let text = built.get(dir);
  if (text === undefined) {
    text = buildCorpus(dir);
    built.set(dir, text);
  }
  return text;
}
function parsed(dir: string): Dataset {
  return JSON.parse(corpus(dir)) as Dataset;
}

const STORY = "e2e/corpora/story";
const APPLE = "examples/apple";
const APEC = "APEC leaders' meeting in San Francisco";

async function open(page: Page, dir: string, query = ""): Promise<void> {
  await serveDataset(page, corpus(dir));
  await openApp(page, query);
}

/** The panel's status badge. */
function badge(page: Page) {
  return detail(page).locator(".status-line .status-badge");
}

test.describe("the APEC story, told by two articles", () => {
  test("is one event, occurred on 15 November as of 16 November, told report by report", async ({
    page,
  }) => {
    const dataset = parsed(STORY);
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]).toMatchObject({
      status: "occurred",
      asOf: "2023-11-16",
      date: { edtf: "2023-11-15" },
    });
    await open(page, STORY, "?event=apec-san-francisco");
    const panel = detail(page);
    await expect(panel.locator(".kicker")).toHaveText("15 November 2023");
    await expect(badge(page)).toHaveText("Occurred");
    await expect(panel.getByText("as of 16 November 2023")).toBeVisible();
    await expect(
      panel.getByText("Planned as of 18 June 2023; occurred, reported 16 November 2023."),
    ).toBeVisible();
    await expect(
      panel.getByRole("heading", { name: "How it was reported: 2 reports" }),
    ).toBeVisible();
    const reports = panel.locator(".report");
    await expect(reports).toHaveCount(2);
    await expect(reports.nth(0)).toContainText("Report 1 18 June 2023");
    await expect(reports.nth(0)).toContainText("Said: planned, November 2023 (“in November”)");
    await expect(reports.nth(1)).toContainText("Report 2 16 November 2023");
    await expect(reports.nth(1)).toContainText(
      "Said: occurred, 15 November 2023 (“on 15 November”)",
    );
    // Each report's passage opens its own article.
    await reports.nth(1).getByRole("button", { name: "Read in source" }).click();
    await expect(
      page.getByRole("dialog", { name: "APEC leaders meet in San Francisco" }),
    ).toBeVisible();
    await expect(page.getByRole("dialog").locator("mark[aria-current='true']")).toHaveText(
      "The APEC leaders met in San Francisco on 15 November",
    );
  });

  test("is marked on the timeline and in the list, and the legend says what the marks mean", async ({
    page,
  }) => {
    await open(page, STORY);
    await expect(row(page, APEC)).toHaveAccessibleName(/2 reports, status changed, date refined/);
    const item = timelineItem(page, APEC);
    await expect(item).toHaveClass(/tl-story/);
    await expect(item.locator(".tl-mark-reports.tl-mark-changed")).toHaveText("2");
    const legend = page.getByRole("list", { name: "Legend" });
    await expect(legend).toContainText("told by several reports (how many)");
    await expect(legend).toContainText("its status or date changed between reports");
    await expect(legend).not.toContainText("the reports disagree");
  });

  test("as reported up to 18 June 2023, it is planned for November 2023, with the rule at 18 June @tz", async ({
    page,
  }) => {
    await open(page, STORY, "?event=apec-san-francisco&asOf=2023-06-18");
    await expect(badge(page)).toHaveText("Planned");
    await expect(detail(page).locator(".kicker")).toHaveText("November 2023 (planned)");
    await expect(detail(page).getByText("as of 18 June 2023")).toBeVisible();
    await expect(detail(page).locator(".report")).toHaveCount(0);
    await expect(detail(page).getByText("What the source says")).toBeVisible();
    await expect(row(page, APEC)).toContainText("November 2023 (planned)");
    await expect(row(page, APEC)).not.toContainText("reports");
    await expect(
      page.getByText("1 event from 1 article, as reported up to 18 June 2023"),
    ).toBeVisible();
    await expect(page.getByText("As reported up to 18 June 2023.")).toBeVisible();
    // The rules: the view's day, and no report from after it.
    await expect(page.locator(".tl-asof")).toHaveText("as reported up to 18 June 2023");
    await expect(page.locator(".tl-dateline")).toHaveCount(1);
    // Drawn on 18 June, in every time zone: 17 of the 30 days into a window of June.
    await openApp(page, "?asOf=2023-06-18&window=2023-06-01/2023-06-30");
    const rule = await page.locator(".tl-asof").boundingBox();
    const canvas = await page.locator(".timeline-canvas .vis-panel.vis-center").boundingBox();
    if (!rule || !canvas) throw new Error("the rule or the canvas is not drawn");
    expect(Math.abs(rule.x - (canvas.x + (17 / 30) * canvas.width))).toBeLessThanOrEqual(3);
  });

  test("the control steps between reports, Back and Forward follow, and a typed day applies on Enter", async ({
    page,
  }) => {
    await open(page, STORY, "?event=apec-san-francisco");
    const earlier = page.getByRole("button", { name: "Earlier report" });
    const later = page.getByRole("button", { name: "Later report" });
    const box = page.getByRole("textbox", { name: "As reported up to" });
    await expect(later).toBeDisabled();
    await earlier.click();
    expect(queryOf(page)).toBe("event=apec-san-francisco&asOf=2023-06-18");
    await expect(badge(page)).toHaveText("Planned");
    await expect(box).toHaveValue("18 June 2023");
    await expect(earlier).toBeDisabled();

    await page.goBack();
    expect(queryOf(page)).toBe("event=apec-san-francisco");
    await expect(badge(page)).toHaveText("Occurred");
    await expect(box).toHaveValue("");
    await page.goForward();
    expect(queryOf(page)).toBe("event=apec-san-francisco&asOf=2023-06-18");
    await expect(badge(page)).toHaveText("Planned");
    await page.reload();
    await expect(badge(page)).toHaveText("Planned");

    await later.click();
    expect(queryOf(page)).toBe("event=apec-san-francisco");
    await expect(badge(page)).toHaveText("Occurred");

    // By keyboard: a day typed as people write it, applied on Enter.
    await box.focus();
    await page.keyboard.type("1 July 2023");
    await page.keyboard.press("Enter");
    expect(queryOf(page)).toBe("event=apec-san-francisco&asOf=2023-07-01");
    await expect(badge(page)).toHaveText("Planned");
    await expect(box).toHaveValue("1 July 2023");
    // A day before the first report is refused in words, and changes nothing.
    await box.fill("1 January 2023");
    await page.keyboard.press("Enter");
    await expect(
      page.getByText(/Not applied\. 1 January 2023 is before the first report/),
    ).toBeVisible();
    expect(queryOf(page)).toBe("event=apec-san-francisco&asOf=2023-07-01");
    await expect(box).toHaveAttribute("aria-invalid", "true");
    // Back to today's view from the banner.
    await page.getByRole("button", { name: "Show every report" }).click();
    expect(queryOf(page)).toBe("event=apec-san-francisco");
    await expect(page.getByRole("region", { name: "As reported up to" })).toHaveCount(0);
  });

  test("a day that had not yet reported the open event closes it, in the same history entry", async ({
    page,
  }) => {
    await open(page, APPLE, "?event=jobs-resigns");
    await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText(/Jobs resigns/);
    await page.getByRole("textbox", { name: "As reported up to" }).fill("1 January 2011");
    await page.keyboard.press("Enter");
    expect(queryOf(page)).toBe("asOf=2011-01-01");
    await expect(page.getByText("Choose an event on the timeline")).toBeVisible();
    await page.goBack();
    expect(queryOf(page)).toBe("event=jobs-resigns");
    await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText(/Jobs resigns/);
  });
});

test.describe("disagreements between reports", () => {
  for (const kind of ["disagree-dates", "disagree-status", "disagree-same-day"]) {
    test(`are in sight in the panel, the list and on the timeline (${kind})`, async ({ page }) => {
      const dataset = parsed(`e2e/corpora/${kind}`);
      const event = dataset.events[0];
      const sentence = event?.disagreements[0]?.sentence;
      if (!event || !sentence) throw new Error(`${kind} builds no disagreement`);
      await open(page, `e2e/corpora/${kind}`, `?event=${event.id}`);
      const note = detail(page).getByRole("note", { name: "The reports disagree" });
      await expect(note).toBeVisible();
      await expect(note).toContainText(sentence);
      await expect(detail(page).getByText("Cannot agree with report 2")).toBeVisible();
      await expect(detail(page).getByText("Cannot agree with report 1")).toBeVisible();
      await expect(row(page, event.title)).toHaveAccessibleName(/reports disagree/);
      const item = timelineItem(page, event.title);
      await expect(item).toHaveClass(/tl-disagree/);
      await expect(item.locator(".tl-mark-disagree")).toHaveText("!");
      await expect(page.getByRole("list", { name: "Legend" })).toContainText(
        "the reports disagree",
      );
    });
  }
});

test.describe("examples/apple, a real story", () => {
  test("marks every event told by several reports, and lists years under a year", async ({
    page,
  }) => {
    const dataset = parsed(APPLE);
    const told = dataset.events.filter((e) => e.reports.length > 1);
    expect(told.length).toBeGreaterThanOrEqual(10);
    await open(page, APPLE);
    await expect(count(page)).toHaveText(
      `${dataset.events.length} of ${dataset.events.length} events`,
    );
    await expect(eventList(page).locator(".row-story")).toHaveCount(told.length);
    await expect(page.locator(".timeline-canvas .vis-item.tl-story:not(.vis-dot)")).toHaveCount(
      told.length,
    );
    // Known to the year only: listed under "2004", never under "January 2004".
    const cancer = dataset.events.find((e) => e.id === "jobs-cancer");
    expect(cancer?.date.precision).toBe("year");
    const headings = await eventList(page).getByRole("heading", { level: 3 }).allTextContents();
    expect(headings).toContain("2004");
    expect(headings).not.toContain("January 2004");
    const legend = page.getByRole("list", { name: "Legend" });
    await expect(legend).toContainText("≈ known to the year");
    await expect(legend).toContainText("≈ known to the season");
  });

  test("tells a status that changed over three reports, and shows what was known on a day", async ({
    page,
  }) => {
    const dataset = parsed(APPLE);
    await open(page, APPLE, "?event=iphone-4-us-release");
    await expect(detail(page).locator(".report")).toHaveCount(3);
    await expect(
      detail(page).getByText(
        "Planned as of 8 June 2010 and 16 June 2010; occurred, reported 17 July 2010.",
      ),
    ).toBeVisible();
    await page.getByRole("textbox", { name: "As reported up to" }).fill("16 June 2010");
    await page.keyboard.press("Enter");
    expect(queryOf(page)).toBe("event=iphone-4-us-release&asOf=2010-06-16");
    const june = projectAsOf(dataset, "2010-06-16");
    await expect(count(page)).toHaveText(`${june.events.length} of ${june.events.length} events`);
    await expect(badge(page)).toHaveText("Planned");
    await expect(detail(page).locator(".report")).toHaveCount(2);
    await expect(page.locator(".tl-dateline:not(.tl-asof)")).not.toHaveCount(0);
    expect(june.sources.every((s) => s.dateline <= "2010-06-16")).toBe(true);
  });

  test("exports the view as reported up to a day: its events, reports and history", async ({
    page,
  }) => {
    const june = projectAsOf(parsed(APPLE), "2010-06-16");
    await open(page, APPLE, "?asOf=2010-06-16");
    async function download(name: RegExp): Promise<string> {
      await page.getByRole("button", { name: "Export" }).click();
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name }).click(),
      ]);
      return readFile(await file.path(), "utf8");
    }
    const json = JSON.parse(await download(/^JSON/)) as {
      asReportedUpTo: string | null;
      dataset: Dataset;
    };
    expect(json.asReportedUpTo).toBe("2010-06-16");
    expect(json.dataset.events.map((e) => e.id).sort()).toEqual(
      june.events.map((e) => e.id).sort(),
    );
    const iphone = json.dataset.events.find((e) => e.id === "iphone-4-us-release");
    expect([iphone?.status, iphone?.reports.length]).toEqual(["planned", 2]);
    expect(json.dataset.sources.every((s) => s.dateline <= "2010-06-16")).toBe(true);

    const csv = Papa.parse<Record<string, string>>(await download(/^CSV/), {
      header: true,
      skipEmptyLines: true,
    });
    const history = csv.data.find((r) => r["id"] === "iphone-4-us-release")?.["history"];
    expect(history?.split("\n")).toHaveLength(2);
    expect(history).toContain("8 June 2010");
    expect(history).not.toContain("17 July 2010");

    const timelineJs = JSON.parse(await download(/^TimelineJS/)) as {
      title: { text: { text: string } };
      events: { unique_id: string; text: { text: string } }[];
    };
    expect(timelineJs.title.text.text).toContain("as reported up to 16 June 2010");
    expect(
      timelineJs.events.find((e) => e.unique_id === "iphone-4-us-release")?.text.text,
    ).toContain("How it was reported:");
  });
});

test.describe("a story whose every string tries to be HTML", () => {
  test("shows its reports, outlets and disagreement as text, and runs nothing @phone", async ({
    page,
  }) => {
    const dataset = parsed("e2e/corpora/story-hostile");
    const event = dataset.events[0];
    if (!event) throw new Error("no hostile event");
    await open(page, "e2e/corpora/story-hostile", `?event=${event.id}`);
    const panel = detail(page);
    await expect(panel.locator(".report")).toHaveCount(2);
    await expect(panel.locator(".report cite").first()).toHaveText(
      "<script>window.__xss=24</script>Plan",
    );
    await expect(panel.locator(".report-head").nth(1)).toContainText(
      "<script>window.__xss=29</script>Daily",
    );
    await expect(panel.getByRole("note")).toContainText(event.disagreements[0]?.sentence ?? "?");
    await expect(row(page, event.title)).toContainText("reports disagree");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await openApp(page, `?event=${event.id}&asOf=2024-03-10`);
    await expect(page.getByText("As reported up to 10 March 2024.")).toBeVisible();
    await expect(row(page, event.title)).not.toContainText("reports");
    const ran = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
    expect(ran).toBeUndefined();
    await expect(page.locator("img[src='x']")).toHaveCount(0);
  });
});

test.describe("on a phone", () => {
  test("the banner says the day, and the sheet tells the story @phone", async ({ page }) => {
    await open(page, APPLE, "?asOf=2010-06-16");
    await expect(page.getByText("As reported up to 16 June 2010.")).toBeInViewport();
    await row(page, "iPhone 4 goes on sale").click();
    await expect(
      detail(page).getByRole("heading", { name: "How it was reported: 2 reports" }),
    ).toBeVisible();
    await expect(detail(page).locator(".report").first()).toContainText(
      "Said: planned, 24 June 2010",
    );
  });
});

/** The story views axe checks: the apple story whole, an event's story, asOf, a refused day, a disagreement. */
const AXE_VIEWS: {
  name: string;
  dir: string;
  query: string;
  act?: (page: Page) => Promise<void>;
}[] = [
  { name: "the apple story", dir: APPLE, query: "" },
  { name: "an event's reports", dir: APPLE, query: "?event=iphone-4-us-release" },
  {
    name: "an event as reported up to a day",
    dir: APPLE,
    query: "?event=iphone-4-us-release&asOf=2010-06-16",
  },
  {
    name: "a day the view refuses",
    dir: APPLE,
    query: "?asOf=2010-06-16",
    act: async (page) => {
      const toggle = page.getByRole("button", { name: /^Filters/ });
      if (await toggle.isVisible()) await toggle.click();
      await page.getByRole("textbox", { name: "As reported up to" }).fill("1999");
      await page.keyboard.press("Enter");
      await expect(page.getByText(/Not applied/)).toBeVisible();
    },
  },
  { name: "a disagreement", dir: "e2e/corpora/disagree-dates", query: "?event=delhi-summit" },
];

// One test per view and theme: each loads a story and runs axe over the whole page, which takes
// long on a busy machine, and a failure names the view.
test.describe("axe finds nothing in the story views @phone", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const view of AXE_VIEWS) {
      test(`${view.name} (${scheme} theme)`, async ({ page }) => {
        test.slow(); // axe over a whole story's page takes seconds, many on a busy machine
        await page.emulateMedia({ colorScheme: scheme });
        await open(page, view.dir, view.query);
        await view.act?.(page);
        const results = await new AxeBuilder({ page }).analyze();
        const found = results.violations.map(
          (v) =>
            `${view.dir}${view.query}: ${v.id} (${v.impact ?? "?"}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        );
        expect(found).toEqual([]);
      });
    }
  }
});
