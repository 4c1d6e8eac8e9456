/**
 * The Content-Security-Policy of the built pages, proved in the browser: it is there, it forbids
 * inline and evaluated script, and it holds on the static share pages too. And no link the app
 * builds from data can run script.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { DATASET, detail, eventList, openApp } from "./explorer.ts";

/** The page's CSP meta content as directive → sources, checking it precedes every script. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
  const found = await page.evaluate(() => {
    const metas = [...document.querySelectorAll("meta[http-equiv]")].filter(
      (m) => m.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy",
    );
    const meta = metas[0];
    const scripts = [...document.querySelectorAll("script, link[rel='stylesheet'], style")];
    return {
      count: metas.length,
      inHead: meta?.parentElement === document.head,
      // A meta policy binds only what comes after it.
      beforeAll: scripts.every(
        (s) =>
          meta !== undefined &&
          (meta.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      ),
      content: meta?.getAttribute("content") ?? "",
    };
  });
  expect(found.count).toBe(1);
  expect(found.inHead).toBe(true);
  expect(found.beforeAll).toBe(true);
  return new Map(
    found.content
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = "", ...sources]) => [name.toLowerCase(), sources]),
  );
}

function expectStrictPolicy(policy: Map<string, string[]>) {
  const all = [...policy.values()].flat();
  expect(all).not.toContain("'unsafe-inline'");
  expect(all).not.toContain("'unsafe-eval'");
  expect(all).not.toContain("*");
  expect(
    all.filter((s) => /^(https?:|\/\/)/.test(s)),
    "no foreign origin",
  ).toEqual([]);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("script-src") ?? policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("style-src") ?? policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  // Images are the site's own files: no data: URL (the favicon and the preview cards are files).
  expect(policy.get("img-src")).toEqual(["'self'", "blob:"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
}

test.describe("Content-Security-Policy", () => {
  test("the built index.html carries a strict policy before any script or style", async ({
    page,
  }) => {
    await openApp(page);
    const policy = await policyOf(page);
    expectStrictPolicy(policy);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  test("an injected inline script, inline handler and string timer (eval) do not run", async ({
    page,
    guard,
  }) => {
    // Chromium reports each refusal as a console error: expected here, and only here.
    guard.allowConsoleErrors(/Content Security Policy/);
    await openApp(page);
    const outcome = await page.evaluate(async () => {
      const flags = window as unknown as { __inline?: number; __handler?: number };
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        violations.push(e.effectiveDirective);
      });
      const script = document.createElement("script");
      script.textContent = "window.__inline = 1;";
      document.body.append(script);
      const img = document.createElement("img");
      img.setAttribute("onerror", "window.__handler = 1");
      img.src = "data:image/png;base64,broken";
      document.body.append(img);
      // A string timer is evaluated later, by the page itself (not by the test's evaluate).
      (setTimeout as unknown as (code: string, ms: number) => number)("window.__timer = 1", 0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return {
        inline: flags.__inline,
        handler: flags.__handler,
        timer: (window as unknown as { __timer?: number }).__timer,
        violations,
      };
    });
    expect(outcome.inline).toBeUndefined();
    expect(outcome.handler).toBeUndefined();
    expect(outcome.timer).toBeUndefined();
    // Refused by the policy, not by chance.
    expect(outcome.violations).toContain("script-src-elem");
    expect(outcome.violations).toContain("script-src-attr");
    expect(outcome.violations).toContain("script-src");
    // The app is untouched and still works.
    await expect(eventList(page).getByRole("button")).toHaveCount(DATASET.events.length);
  });

  test("the static share pages carry the policy too", async ({ page }) => {
    const event = DATASET.events.find((e) => e.id === "beijing-visit");
    if (!event) throw new Error("the real dataset lost beijing-visit");
    await page.goto("./e/beijing-visit/");
    await expect(page.getByRole("heading", { name: event.title }).first()).toBeVisible();
    expectStrictPolicy(await policyOf(page));
    const source = DATASET.sources[0];
    if (!source) throw new Error("the real dataset has no source");
    const article = await page.request.get(`./a/${source.id}/`);
    expect(article.ok()).toBe(true);
    await page.goto(`./a/${source.id}/`);
    expectStrictPolicy(await policyOf(page));
  });

  test("every event's share page is served with the policy", async ({ page }) => {
    for (const event of DATASET.events) {
      const response = await page.request.get(`./e/${event.id}/`);
      expect(response.ok(), event.id).toBe(true);
      const html = await response.text();
      expect(html, event.id).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;; style-src &#39;self&#39;;/,
      );
      expect(html.indexOf("Content-Security-Policy"), event.id).toBeLessThan(
        html.indexOf("<script"),
      );
    }
  });
});

test.describe("links built from data", () => {
  test("no href, src or action runs script or embeds data, with every event's details open", async ({
    page,
  }) => {
    /** Every URL-bearing attribute on the page whose scheme is not the app's own kind. */
    const unsafe = () =>
      page.evaluate(() => {
        const bad: string[] = [];
        for (const el of document.body.querySelectorAll("[href], [src], [action], [formaction]")) {
          for (const name of ["href", "src", "action", "formaction", "xlink:href"]) {
            const raw = el.getAttribute(name);
            if (raw === null) continue;
            // Browsers ignore control characters and spaces inside a scheme: so does this check.
            // (Drops U+0000 to U+0020: keeps "!" (U+0021) and everything above it.)
            const scheme = raw.replace(/[^!-\uffff]/g, "").toLowerCase();
            if (/^(javascript|data|vbscript):/.test(scheme))
              bad.push(`${el.tagName} ${name}=${raw}`);
          }
        }
        return bad;
      });
    await openApp(page);
    expect(await unsafe()).toEqual([]);
    // Nor does the head: the icon is a file (img-src allows no data: URL).
    await expect(page.locator("head [href^='data:'], head [src^='data:']")).toHaveCount(0);
    await expect(page.locator("head link[rel='icon']")).toHaveAttribute("href", "./favicon.svg");
    expect((await page.request.get("./favicon.svg")).ok()).toBe(true);
    const rows = eventList(page).getByRole("button");
    await expect(rows).toHaveCount(DATASET.events.length);
    for (const [i, event] of DATASET.events.entries()) {
      await rows.nth(i).click();
      await expect(detail(page).getByRole("heading", { level: 2 })).toHaveText(event.title);
      expect(await unsafe(), event.id).toEqual([]);
      // Links the panel draws go to this app or to http(s) pages, nothing else.
      const hrefs = await detail(page)
        .locator("a[href]")
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) expect(new URL(href).protocol, href).toMatch(/^https?:$/);
    }
    // And the reader of each source.
    for (const source of DATASET.sources) {
      await page.goto(`./?source=${source.id}`);
      await expect(page.getByRole("dialog")).toBeVisible();
      expect(await unsafe(), source.id).toEqual([]);
    }
  });
});
