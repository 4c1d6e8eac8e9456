/**
 * The static share pages (e/<id>/, a/<id>/, e/): read without JavaScript, hand over to the app
 * with it, show a hostile corpus literally, and pass axe.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { Dataset } from "../src/model/dataset.ts";
import { formatDateLabel, formatDayLong } from "../src/model/dateLabels.ts";
import { renderSharePages } from "../src/share/pages.ts";
import { buildCorpus, eventOf, loadDataset } from "./datasets.ts";
import { expect, test } from "./fixtures.ts";

async function metaContent(page: Page, key: string): Promise<string | null> {
  return page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute("content");
}

test.describe("static share pages without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an event page shows the event, its citations and its link-preview tags", async ({
    page,
    request,
  }) => {
    const dataset = await loadDataset(request);
    const event = eventOf(dataset, "beijing-visit");
    await page.goto("e/beijing-visit/");

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(event.title);
    await expect(page.locator(".date-label").first()).toHaveText("18–19 June 2023");
    expect(formatDateLabel(event.date, event.status)).toBe("18–19 June 2023");
    await expect(
      page.getByText(`Status as of ${formatDayLong(event.asOf)}: ongoing`),
    ).toBeVisible();
    await expect(page.getByText(event.summary)).toBeVisible();
    const facts = page.locator(".facts");
    await expect(facts).toContainText("Antony Blinken");
    await expect(facts).toContainText("Qin Gang");
    await expect(facts).toContainText("Beijing");

    const quotes = page.locator("blockquote");
    await expect(quotes).toHaveCount(event.citations.length);
    for (const [i, citation] of event.citations.entries()) {
      await expect(quotes.nth(i)).toHaveText(citation.exact);
    }
    const source = dataset.sources[0];
    expect(source).toBeDefined();
    const captions = page.locator("figcaption");
    await expect(captions.first()).toContainText(source?.title ?? "");
    await expect(captions.first()).toContainText(formatDayLong(source?.dateline ?? "2000-01-01"));
    await expect(captions.first()).toContainText(source?.attribution ?? "");
    await expect(captions.first()).toContainText(
      `paragraph ${String((event.citations[0]?.paragraph ?? 0) + 1)}`,
    );

    const open = page.getByRole("link", { name: "Open in the timeline" });
    await expect(open).toHaveAttribute("href", "../../?event=beijing-visit");

    // The event's own title: og:site_name carries the corpus's (e2e/cards.spec.ts checks the card).
    expect(await metaContent(page, "og:title")).toBe(event.title);
    expect(await metaContent(page, "og:site_name")).toBe(dataset.title);
    expect(await metaContent(page, "og:description")).toContain("18–19 June 2023.");
    expect(await metaContent(page, "og:type")).toBe("article");
    expect(await metaContent(page, "twitter:card")).toBe("summary_large_image");
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(csp).toContain("script-src 'self'");
    const site = process.env["DATELINE_SITE_URL"];
    if (site) {
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        "href",
        new URL("e/beijing-visit/", site.endsWith("/") ? site : `${site}/`).href,
      );
    } else {
      // Without DATELINE_SITE_URL the pages carry no absolute URL at all.
      await expect(page.locator('link[rel="canonical"], meta[property="og:url"]')).toHaveCount(0);
      expect(await metaContent(page, "og:image")).toMatch(/^card-[0-9a-f]{20}\.png$/);
    }

    // Following the link reaches the app's view of the event (the app itself needs JavaScript).
    await open.click();
    await expect(page).toHaveURL(/\/dateline\/\?event=beijing-visit$/);
  });

  test("an article page marks every cited passage and links it to its event", async ({
    page,
    request,
  }) => {
    const dataset = await loadDataset(request);
    const source = dataset.sources[0];
    if (!source) throw new Error("the dataset has no source");
    await page.goto(`a/${source.id}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(source.title);
    await expect(page.locator(".article-text > p[id^='p-']")).toHaveCount(source.paragraphs.length);

    const citations = dataset.events.flatMap((e) =>
      e.citations.filter((c) => c.source === source.id),
    );
    const anchors = new Set(citations.map((c) => `c-${String(c.start)}-${String(c.end)}`));
    for (const anchor of anchors) await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);

    const balloon = eventOf(dataset, "balloon-incident").citations[0];
    const mark = page.locator(`mark[id="c-${String(balloon?.start)}-${String(balloon?.end)}"]`);
    await expect(mark).toHaveText(balloon?.exact ?? "");
    await mark.getByRole("link").click();
    await expect(page).toHaveURL(/\/e\/balloon-incident\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      eventOf(dataset, "balloon-incident").title,
    );
  });

  test("the index page lists and links every event and article", async ({ page, request }) => {
    const dataset = await loadDataset(request);
    await page.goto("e/");
    const items = page.locator(".event-index > li");
    await expect(items).toHaveCount(dataset.events.length);
    for (const [i, event] of dataset.events.entries()) {
      const link = items.nth(i).getByRole("link");
      await expect(link).toHaveText(event.title);
      await expect(link).toHaveAttribute("href", `../e/${event.id}/`);
      await expect(items.nth(i)).toContainText(formatDateLabel(event.date));
    }
    await expect(page.locator(".article-index > li")).toHaveCount(dataset.sources.length);
    await page.getByRole("link", { name: eventOf(dataset, "delhi-g20").title }).click();
    await expect(page).toHaveURL(/\/e\/delhi-g20\/$/);
    await expect(page.locator(".date-label").first()).toHaveText("September 2023 (expected)");
  });
});

test.describe("static share pages with JavaScript", () => {
  test("an event page hands over to the app's view of the event", async ({ page, request }) => {
    const dataset = await loadDataset(request);
    const event = eventOf(dataset, "beijing-visit");
    // Arrive from the index, as a reader following a shared link from another page would.
    await page.goto("e/");
    await page.getByRole("link", { name: event.title }).click();
    await expect(page).toHaveURL(/\/dateline\/\?event=beijing-visit$/);
    // The app's detail panel (a complementary region named by its heading) shows the event.
    const panel = page.getByRole("complementary", { name: event.title });
    await expect(panel.getByRole("heading", { name: event.title })).toBeVisible();
    // The hand-over replaced the static page in history: Back returns to the index.
    await page.goBack();
    await expect(page).toHaveURL(/\/dateline\/e\/$/);
  });

  test("?static keeps the reader on the static page", async ({ page, request }) => {
    const dataset = await loadDataset(request);
    await page.goto("e/delhi-g20/?static");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      eventOf(dataset, "delhi-g20").title,
    );
    await expect(page).toHaveURL(/\/e\/delhi-g20\/\?static$/);
  });
});

test.describe("static share pages of a hostile corpus", () => {
  test("show every string literally, run nothing and keep their layout", async ({ page }) => {
    // The hostile fixture corpus through the real pipeline, then the real renderer.
    const dataset = JSON.parse(buildCorpus("e2e/corpora/hostile")) as Dataset;
    const pages = new Map(renderSharePages(dataset).map((p) => [p.path, p.html]));
    // Serve its pages at their own paths; everything else (share.css, share.js) as built.
    await page.route(/\/dateline\/[ea]\//, async (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\/dateline\//, "");
      const html = pages.get(path.endsWith("/") ? `${path}index.html` : path);
      if (html === undefined) await route.continue();
      else await route.fulfill({ contentType: "text/html; charset=utf-8", body: html });
    });
    const ran = () => page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
    for (const event of dataset.events) {
      await page.goto(`e/${event.id}/?static`); // ?static: stay on the page, with JavaScript on
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(event.title);
      await expect(page.locator(".summary")).toHaveText(event.summary);
      expect(await ran()).toBeUndefined();
      await expect(page.locator("img[src='x'], a[href^='javascript:']")).toHaveCount(0);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, event.id).toBeLessThanOrEqual(0);
    }
    for (const source of dataset.sources) {
      await page.goto(`a/${source.id}/`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(source.title);
      expect(await ran()).toBeUndefined();
    }
    await page.goto("e/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(dataset.title);
    expect(await ran()).toBeUndefined();
    await expect(page.locator("script:not([src])")).toHaveCount(0);
  });
});

test.describe("static share pages' accessibility", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`event, article and index pages have no axe violations (${colorScheme})`, async ({
      page,
      request,
    }) => {
      const dataset = await loadDataset(request);
      await page.emulateMedia({ colorScheme });
      for (const path of ["e/beijing-visit/?static", `a/${dataset.sources[0]?.id ?? ""}/`, "e/"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
          .analyze();
        expect(results.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
      }
    });
  }
});
