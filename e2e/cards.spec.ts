/**
 * Link-preview cards as an unfurler meets them: a share page's tags name a picture, and the site
 * serves it as a 1200×630 PNG of at most 100 KB.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { PNG } from "pngjs";
import type { Dataset } from "../src/model/dataset.ts";
import { expect, test } from "./fixtures.ts";

const MAX_BYTES = 100 * 1024;

/**
 * What the seed's cards say, written by hand from the corpus (one article, dateline 18 June 2023,
 * credited to Al Jazeera, defining all 15 events; the corpus's title from corpus.yaml), in the
 * order a reader who cannot see the picture should hear it: the full title first.
 */
const CORPUS_TITLE = "US–China diplomacy, 2022–2023";
const EVENT_CARD = {
  title: "Blinken visits Beijing and meets Qin Gang",
  // A two-day trip begun on the dateline, so ongoing as of that day.
  alt: "Blinken visits Beijing and meets Qin Gang, 18–19 June 2023. Status as of 18 June 2023: ongoing. US–China diplomacy, 2022–2023.",
};
const ARTICLE_CARD = {
  title: "Blinken meets Qin Gang in Beijing",
  alt: "Blinken meets Qin Gang in Beijing. Dateline 18 June 2023, Al Jazeera. Cited by 15 events. US–China diplomacy, 2022–2023.",
};

async function loadDataset(request: APIRequestContext): Promise<Dataset> {
  const response = await request.get("data/timeline.json");
  expect(response.ok()).toBe(true);
  return (await response.json()) as Dataset;
}

/** Every Open Graph and Twitter tag of the page: property or name → content. */
async function tagsOf(page: Page): Promise<Map<string, string>> {
  const pairs = await page
    .locator("head meta[property], head meta[name]")
    .evaluateAll((metas) =>
      metas.map((m) => [
        m.getAttribute("property") ?? m.getAttribute("name") ?? "",
        m.getAttribute("content") ?? "",
      ]),
    );
  return new Map(pairs as [string, string][]);
}

/**
 * The URL to fetch a card from: a relative og:image resolves against the page; an absolute one
 * (built with DATELINE_SITE_URL) is mapped from the configured site to the suite's server.
 */
function fetchableUrl(image: string, pageUrl: string, baseURL: string): string {
  const site = process.env["DATELINE_SITE_URL"];
  if (site && /^https?:/.test(image)) {
    const prefix = site.endsWith("/") ? site : `${site}/`;
    expect(image.startsWith(prefix), image).toBe(true);
    return new URL(image.slice(prefix.length), baseURL).href;
  }
  expect(image, "without DATELINE_SITE_URL the image URL is relative").not.toMatch(/^[a-z]+:/i);
  return new URL(image, pageUrl).href;
}

/** Fetches a card and checks it is a whole 1200×630 PNG of at most 100 KB, served as image/png. */
async function expectCard(request: APIRequestContext, url: string): Promise<void> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toBe("image/png");
  const bytes = await response.body();
  expect(bytes.length, url).toBeLessThanOrEqual(MAX_BYTES);
  // A real decoder reads every pixel, so a truncated or corrupt file fails here.
  const png = PNG.sync.read(bytes);
  expect({ width: png.width, height: png.height }, url).toEqual({ width: 1200, height: 630 });
}

test.describe("link-preview cards", () => {
  test.use({ javaScriptEnabled: false });

  test("an event page's tags name its card: a 1200×630 PNG of at most 100 KB", async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto("e/beijing-visit/");
    const tags = await tagsOf(page);
    expect(tags.get("og:title")).toBe(EVENT_CARD.title);
    expect(tags.get("twitter:title")).toBe(EVENT_CARD.title);
    expect(tags.get("og:site_name")).toBe(CORPUS_TITLE);
    expect(tags.get("twitter:card")).toBe("summary_large_image");
    expect(tags.get("og:image:type")).toBe("image/png");
    expect(tags.get("og:image:width")).toBe("1200");
    expect(tags.get("og:image:height")).toBe("630");
    // The alt text is the card's text, the full title first.
    expect(tags.get("og:image:alt")).toBe(EVENT_CARD.alt);
    expect(tags.get("twitter:image:alt")).toBe(EVENT_CARD.alt);
    const image = tags.get("og:image") ?? "";
    expect(image).toMatch(/card-[0-9a-f]{20}\.png$/);
    expect(tags.get("twitter:image")).toBe(image);
    await expectCard(request, fetchableUrl(image, page.url(), baseURL ?? ""));
  });

  test("an article page's tags name its card", async ({ page, request, baseURL }) => {
    await page.goto("a/000_eb413498417fa6d3/");
    const tags = await tagsOf(page);
    expect(tags.get("og:title")).toBe(ARTICLE_CARD.title);
    expect(tags.get("twitter:card")).toBe("summary_large_image");
    expect(tags.get("og:image:alt")).toBe(ARTICLE_CARD.alt);
    expect(tags.get("twitter:image:alt")).toBe(ARTICLE_CARD.alt);
    await expectCard(request, fetchableUrl(tags.get("og:image") ?? "", page.url(), baseURL ?? ""));
  });

  test("every event and article page has its own card", async ({ request, baseURL }) => {
    const dataset = await loadDataset(request);
    const folders = [
      ...dataset.events.map((e) => `e/${e.id}/`),
      ...dataset.sources.map((s) => `a/${s.id}/`),
    ];
    const images = new Set<string>();
    for (const folder of folders) {
      const pageUrl = new URL(folder, baseURL).href;
      const html = await (await request.get(pageUrl)).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(image, folder).toBeDefined();
      images.add(image ?? "");
      await expectCard(request, fetchableUrl(image ?? "", pageUrl, baseURL ?? ""));
    }
    expect(images.size).toBe(folders.length);
  });
});

test("a card decodes in Chromium as a 1200×630 picture", async ({ page, baseURL }) => {
  await page.goto("e/delhi-g20/?static");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  const url = fetchableUrl(image ?? "", page.url(), baseURL ?? "");
  // A bare page holding the picture, as a chat's preview would (the share page's policy allows
  // images from the site only, and the card is one).
  await page.setContent(`<img alt="card" src="${url}">`);
  const img = page.getByRole("img", { name: "card" });
  await expect
    .poll(() =>
      img.evaluate((el) => {
        const i = el as HTMLImageElement;
        return i.complete ? [i.naturalWidth, i.naturalHeight] : null;
      }),
    )
    .toEqual([1200, 630]);
});
