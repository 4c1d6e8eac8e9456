/**
 * Dateline inside someone else's article: a host page served from another origin (another
 * loopback port, e2e/embedHost.ts) frames the embed with the snippet the Embed dialog gives.
 * The embed renders in a narrow and a wide column, opens at the linked event, steps by mouse and
 * keys, opens the full explorer in a new tab, posts only its documented height message, takes no
 * orders by message, loads nothing from elsewhere, and passes axe; every event's oEmbed file
 * embeds that event; the Embed dialog gives the snippet, a height and a preview.
 */
import type { Server } from "node:http";
import AxeBuilder from "@axe-core/playwright";
import type { Frame, FrameLocator, Page } from "@playwright/test";
import { formatDateLabel, formatDayLong } from "../src/model/dateLabels.ts";
import { STATUS_WORDS } from "../src/model/statuses.ts";
import { DATASET, eventById, openApp } from "./explorer.ts";
import { HOST_ORIGIN, hostUrl, startHost } from "./embedHost.ts";
import { expect, test } from "./fixtures.ts";

// One host server on one port: the tests of this file run in order, in one worker. Each test
// loads the app twice (host page and embed, or app and preview): give it room on a busy machine.
test.describe.configure({ mode: "default", timeout: 90_000 });

let host: Server;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

type HeightMessage = { origin: string; data: Record<string, unknown> };

/** The embedded view's absolute URL for `query` (which must carry `embed`). */
function embedUrl(baseURL: string | undefined, query: string): string {
  return new URL(query, baseURL).href;
}

/** Opens the host article framing the embed at `query`, and waits for its timeline to draw. */
async function openHost(
  page: Page,
  baseURL: string | undefined,
  query: string,
  options: { column?: number; height?: number; resize?: boolean } = {},
): Promise<FrameLocator> {
  return openHostAt(page, embedUrl(baseURL, query), options);
}

/** Opens the host article framing the embed at the absolute URL `src`, as openHost. */
async function openHostAt(
  page: Page,
  src: string,
  options: { column?: number; height?: number; resize?: boolean } = {},
): Promise<FrameLocator> {
  await page.goto(hostUrl(src, options));
  const frame = page.frameLocator("iframe");
  // Two documents load here (the article, then the app inside it): more than the default wait.
  await expect(frame.locator(".timeline-canvas")).toHaveAttribute("data-ready", "true", {
    timeout: 30_000,
  });
  return frame;
}

/** The embed's frame object (for its URL). */
function embedFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error("the host page has no iframe");
  return frame;
}

function heightMessages(page: Page): Promise<HeightMessage[]> {
  return page.evaluate(
    () => (window as unknown as { heightMessages: HeightMessage[] }).heightMessages,
  );
}

const visit = eventById("beijing-visit");
const card = (frame: FrameLocator) => frame.getByRole("article");

test.beforeEach(({ guard }) => {
  // The host page is the one other origin these tests load; each test checks who asked for what.
  guard.allowOrigin(HOST_ORIGIN);
});

for (const column of [320, 800]) {
  test(`renders in a ${String(column)} px column, opened at the linked event, and posts its height`, async ({
    page,
    baseURL,
  }) => {
    const requests: { url: string; fromEmbed: boolean }[] = [];
    page.on("request", (request) => {
      requests.push({ url: request.url(), fromEmbed: request.frame() !== page.mainFrame() });
    });
    const frame = await openHost(page, baseURL, "?event=beijing-visit&embed", { column });

    // The iframe takes the column's width, and nothing in it is wider.
    const box = await page.locator("iframe").boundingBox();
    expect(Math.round(box?.width ?? 0)).toBe(column);
    const overflow = await embedFrame(page).evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await expect(frame.getByRole("heading", { level: 1 })).toHaveText(DATASET.title);
    await expect(frame.getByRole("status").filter({ hasText: "events" })).toHaveText(
      `${String(DATASET.events.length)} events`,
    );
    // The card: date label, status, title, and the first citation with its article and dateline.
    const citation = visit.citations[0];
    const source = DATASET.sources.find((s) => s.id === citation?.source);
    if (!citation || !source) throw new Error("beijing-visit lost its first citation");
    await expect(card(frame).getByRole("heading", { level: 2 })).toHaveText(visit.title);
    await expect(card(frame)).toContainText(formatDateLabel(visit.date, visit.status));
    await expect(card(frame)).toContainText(STATUS_WORDS[visit.status].label);
    await expect(card(frame).locator("mark")).toHaveText(citation.exact);
    await expect(card(frame).locator("figcaption")).toContainText(
      `${source.title} · ${formatDayLong(source.dateline)}`,
    );
    // The source opens in a new tab, in the full app, at the passage.
    const sourceLink = card(frame).getByRole("link", { name: source.title });
    await expect(sourceLink).toHaveAttribute("target", "_blank");
    await expect(sourceLink).toHaveAttribute(
      "href",
      embedUrl(
        baseURL,
        `?event=beijing-visit&source=${source.id}&passage=${String(citation.start)}-${String(citation.end)}`,
      ),
    );

    // The parent hears the documented message, from the embed's origin, and nothing more.
    await expect.poll(async () => (await heightMessages(page)).length).toBeGreaterThan(0);
    const last = (await heightMessages(page)).at(-1);
    expect(last?.origin).toBe(new URL(baseURL ?? "").origin);
    expect(Object.keys(last?.data ?? {}).sort()).toEqual(["event", "height", "type"]);
    expect(last?.data["type"]).toBe("dateline:height");
    expect(last?.data["event"]).toBe("beijing-visit");
    const needed = await frame.locator(".embed").evaluate((e) => e.getBoundingClientRect().height);
    expect(last?.data["height"]).toBe(Math.ceil(needed));

    // Nothing from the embed left its own origin; the host page asked only its own.
    const embedOrigin = new URL(baseURL ?? "").origin;
    expect(requests.filter((r) => r.fromEmbed).length).toBeGreaterThan(0);
    for (const r of requests) {
      const origin = new URL(r.url).origin;
      if (r.fromEmbed) expect(origin, r.url).toBe(embedOrigin);
      else expect([HOST_ORIGIN, embedOrigin], r.url).toContain(origin);
    }
  });
}

test("applies the link's filters, hides the filter bar, and says what is shown", async ({
  page,
  baseURL,
}) => {
  const frame = await openHost(page, baseURL, "?actors=xi-jinping&embed", { column: 600 });
  const shown = DATASET.events.filter((e) => e.actors.includes("xi-jinping")).length;
  expect(shown).toBeLessThan(DATASET.events.length);
  await expect(
    frame.getByText(`${String(shown)} of ${String(DATASET.events.length)} events: Xi Jinping`),
  ).toBeVisible();
  await expect(frame.getByRole("search")).toHaveCount(0);
  await expect(frame.getByRole("searchbox")).toHaveCount(0);
  // No event chosen: the card says how to choose one, and Next starts at the first shown.
  await expect(frame.getByText("Choose an event on the timeline")).toBeVisible();
  await frame.getByRole("button", { name: "Next" }).click();
  const first = DATASET.events.find((e) => e.actors.includes("xi-jinping"));
  await expect(card(frame).getByRole("heading", { level: 2 })).toHaveText(first?.title ?? "");
  await expect(frame.getByText(`1 of ${String(shown)}`)).toBeVisible();
});

test("steps by mouse and by keyboard, without touching the host page's history", async ({
  page,
  baseURL,
}) => {
  const frame = await openHost(page, baseURL, "?event=beijing-visit&embed");
  const order = DATASET.events.map((e) => e.id);
  const at = order.indexOf("beijing-visit");
  const after = eventById(order[at + 1] ?? "");
  const before = eventById(order[at - 1] ?? "");
  const historyLength = await page.evaluate(() => history.length);
  const title = card(frame).getByRole("heading", { level: 2 });

  await frame.getByRole("button", { name: "Next" }).click();
  await expect(title).toHaveText(after.title);
  await expect.poll(() => embedFrame(page).url()).toContain(`event=${after.id}`);
  await expect(frame.getByText(`${String(at + 2)} of ${String(order.length)}`)).toBeVisible();

  // The keyboard: the buttons, by Enter, and the arrow keys from anywhere in the embed.
  await frame.getByRole("button", { name: "Previous" }).focus();
  await page.keyboard.press("Enter");
  await expect(title).toHaveText(visit.title);
  await page.keyboard.press("ArrowLeft");
  await expect(title).toHaveText(before.title);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(title).toHaveText(after.title);
  await expect.poll(() => embedFrame(page).url()).toContain(`event=${after.id}`);

  // The last event has no Next.
  const lastId = order.at(-1) ?? "";
  const atLast = await openHost(page, baseURL, `?event=${lastId}&embed`);
  await expect(card(atLast).getByRole("heading", { level: 2 })).toHaveText(eventById(lastId).title);
  await expect(atLast.getByRole("button", { name: "Next" })).toBeDisabled();

  // Stepping replaced the embed's entry: Back on the host page leaves nothing of it behind.
  expect(await page.evaluate(() => history.length)).toBe(historyLength + 1);
});

test("“Open in Dateline” opens the full explorer at the same view in a new tab", async ({
  page,
  baseURL,
}) => {
  const frame = await openHost(page, baseURL, "?event=beijing-visit&actors=antony-blinken&embed");
  const open = frame.getByRole("link", { name: /Open in Dateline/ });
  await expect(open).toHaveAttribute("target", "_blank");
  await expect(open).toHaveAttribute("rel", "noopener");
  const [popup] = await Promise.all([page.context().waitForEvent("page"), open.click()]);
  await popup.waitForLoadState();
  expect(popup.url()).toBe(embedUrl(baseURL, "?event=beijing-visit&actors=antony-blinken"));
  await expect(popup.getByRole("heading", { level: 2, name: visit.title })).toBeVisible();
  await expect(popup.getByRole("search")).toBeVisible(); // the explorer, with its filter bar
  expect(await popup.evaluate(() => window.opener === null)).toBe(true);
  // The host page stayed where it was.
  expect(page.url().startsWith(HOST_ORIGIN)).toBe(true);
  await popup.close();
});

test("takes no orders by message", async ({ page, baseURL }) => {
  const frame = await openHost(page, baseURL, "?event=beijing-visit&embed");
  const before = embedFrame(page).url();
  await page.evaluate(() => {
    const target = document.querySelector("iframe")?.contentWindow;
    for (const message of [
      { type: "dateline:select", event: "bali-g20" },
      { type: "dateline:navigate", url: "?event=bali-g20&embed" },
      "?event=bali-g20",
    ]) {
      target?.postMessage(message, "*");
    }
  });
  // Give a listener, were there one, time to act.
  await page.waitForTimeout(500);
  await expect(card(frame).getByRole("heading", { level: 2 })).toHaveText(visit.title);
  expect(embedFrame(page).url()).toBe(before);
});

for (const scheme of ["light", "dark"] as const) {
  for (const width of [320, 800]) {
    test(`axe finds nothing inside the embed (${scheme}, ${String(width)} px)`, async ({
      page,
      baseURL,
    }) => {
      // The embed's own document at an iframe's size: @axe-core/playwright 4.13 does not descend
      // into the cross-origin frame of the host page (its results name no node inside it).
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 680 });
      await page.goto(embedUrl(baseURL, "?event=beijing-visit&embed"));
      await expect(page.locator(".timeline-canvas")).toHaveAttribute("data-ready", "true");
      await expect(page.getByRole("article")).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(summary).toEqual([]);
    });
  }
}

test("an event's oEmbed file parses, and its html embeds that event", async ({
  page,
  baseURL,
  request,
}) => {
  const response = await request.get("e/delhi-g20/");
  const html = await response.text();
  const href = /<link\s+rel="alternate"\s+type="application\/json\+oembed"\s+href="([^"]+)"/.exec(
    html,
  )?.[1];
  expect(href).toBeDefined();
  const site = process.env["DATELINE_SITE_URL"];
  const siteBase = site ? (site.endsWith("/") ? site : `${site}/`) : undefined;
  /** A URL from the build, made fetchable from the suite's server. */
  const local = (url: string, against: string) =>
    siteBase && url.startsWith(siteBase)
      ? new URL(url.slice(siteBase.length), baseURL).href
      : new URL(url, against).href;
  const pageUrl = new URL("e/delhi-g20/", baseURL).href;
  const fileUrl = local(href ?? "", pageUrl);
  const file = await request.get(fileUrl);
  expect(file.headers()["content-type"]).toContain("application/json");
  const oembed = (await file.json()) as Record<string, unknown>;
  expect(oembed).toMatchObject({
    version: "1.0",
    type: "rich",
    provider_name: "Dateline",
    title: eventById("delhi-g20").title,
  });
  expect(typeof oembed["width"]).toBe("number");
  expect(typeof oembed["height"]).toBe("number");

  // Put its html into a page as a CMS would, and see the event.
  const src = await page.evaluate((markup) => {
    const frames = new DOMParser().parseFromString(markup, "text/html").querySelectorAll("iframe");
    return frames.length === 1 ? (frames[0]?.getAttribute("src") ?? null) : null;
  }, String(oembed["html"]));
  expect(src).not.toBeNull();
  const embedded = local(src ?? "", fileUrl);
  expect(embedded).toBe(embedUrl(baseURL, "?event=delhi-g20&embed"));
  const frame = await openHostAt(page, embedded);
  await expect(card(frame).getByRole("heading", { level: 2 })).toHaveText(
    eventById("delhi-g20").title,
  );
});

test.describe("the Embed dialog", () => {
  test("gives the snippet of the current view, a height, a preview and a Copy button", async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openApp(page, "?event=beijing-visit&actors=antony-blinken");
    // Embed is the Share menu's last choice: by keyboard, open the menu, End, Enter.
    const opener = page.getByRole("banner").getByRole("button", { name: "Share" });
    await opener.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("End");
    await expect(page.getByRole("button", { name: /^Embed/ })).toBeFocused();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Embed this view" });
    await expect(dialog).toBeVisible();

    const code = dialog.getByRole("textbox", { name: "Embed code" });
    const src = embedUrl(baseURL, "?event=beijing-visit&actors=antony-blinken&embed");
    await expect(code).toHaveValue(
      new RegExp(`src="${src.replace(/[?.]/g, "\\$&").replace(/&/g, "&amp;")}"`),
    );
    await expect(code).toHaveValue(
      /title="Timeline: [^"]+, at “Blinken visits Beijing and meets Qin Gang”"/,
    );
    await expect(code).toHaveValue(/ width="100%" height="680" loading="lazy" /);

    await dialog.getByRole("radio", { name: /Tall/ }).check();
    await expect(code).toHaveValue(/ height="860" /);
    const preview = dialog.locator("iframe");
    await expect(preview).toHaveAttribute("height", "860");
    await expect(preview).toHaveAttribute("src", src);
    await expect(
      page
        .frameLocator(".embed-dialog iframe")
        .getByRole("heading", { level: 2, name: visit.title }),
    ).toBeVisible({ timeout: 30_000 });

    await dialog.getByRole("button", { name: "Copy code" }).click();
    await expect(dialog.getByRole("status")).toHaveText("Embed code copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

    // Escape closes the dialog alone, and focus goes back to the Share button.
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(page.getByRole("heading", { level: 2, name: visit.title })).toBeVisible();
  });

  test("on a phone with an event open, the Share menu lies over the event's sheet", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, "?event=beijing-visit");
    await page.getByRole("banner").getByRole("button", { name: "Share" }).click();
    // A click lands only on what is on top: under the sheet, the last choice could not be chosen.
    await page.getByRole("button", { name: /^Embed/ }).click();
    await expect(page.getByRole("dialog", { name: "Embed this view" })).toBeVisible();
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`axe finds nothing in the open dialog (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page, "?event=beijing-visit");
      await page.getByRole("banner").getByRole("button", { name: "Share" }).click();
      await page.getByRole("button", { name: /^Embed/ }).click();
      const dialog = page.getByRole("dialog", { name: "Embed this view" });
      await expect(page.frameLocator(".embed-dialog iframe").getByRole("article")).toBeVisible({
        timeout: 30_000,
      });
      // The preview's own page is checked by axe at 320 and 800 px above. Here it is left out:
      // axe compares landmarks across frames, and a preview of the app inside the app names the
      // same header, main and timeline regions as the page around it, in another document.
      const results = await new AxeBuilder({ page }).exclude(".embed-dialog iframe").analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(summary).toEqual([]);
      await expect(dialog).toBeVisible();
    });
  }
});
