import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, createServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_DATASET } from "../../src/model/fixtures/shareDataset.ts";
import { sharePages } from "./sharePages.ts";

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "dateline-share-"));
  writeFileSync(join(root, "index.html"), "<!doctype html><title>app</title><p>app</p>\n");
  mkdirSync(join(root, "public", "data"), { recursive: true });
  writeFileSync(join(root, "public", "data", "timeline.json"), JSON.stringify(TEST_DATASET));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("sharePages() in `vite build`", () => {
  it("writes the pages, share.css and share.js into the resolved outDir", async () => {
    await build({
      root,
      configFile: false,
      base: "./",
      logLevel: "silent",
      plugins: [sharePages()],
      build: { outDir: "out-share" },
    });
    const out = join(root, "out-share");
    const page = readFileSync(join(out, "e", "beijing-visit", "index.html"), "utf8");
    expect(page).toContain("<h1>Blinken visits Beijing</h1>");
    expect(readFileSync(join(out, "e", "index.html"), "utf8")).toContain("All events");
    expect(readFileSync(join(out, "a", "000_test", "index.html"), "utf8")).toContain("<mark");
    expect(readFileSync(join(out, "share.css"), "utf8")).toContain("@media print");
    // The app's design tokens come first, so the pages show each status in the app's colour.
    expect(readFileSync(join(out, "share.css"), "utf8")).toMatch(
      /^[\s\S]*--st-planned: #8b4a06;[\s\S]*\.status-planned \{\s*--c: var\(--st-planned\);/,
    );
    expect(readFileSync(join(out, "share.js"), "utf8")).toContain("data-event-id");
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("app"); // the app is untouched
    // Each event's oEmbed description is published beside its page.
    const oembed = JSON.parse(
      readFileSync(join(out, "e", "beijing-visit", "oembed.json"), "utf8"),
    ) as { type: string; html: string };
    expect(oembed.type).toBe("rich");
    expect(oembed.html).toContain('src="../../?event=beijing-visit&amp;embed"');
    // Every event and article page names its card, and the card is there beside it.
    for (const folder of [
      ...TEST_DATASET.events.map((e) => `e/${e.id}`),
      ...TEST_DATASET.sources.map((s) => `a/${s.id}`),
    ]) {
      const html = readFileSync(join(out, folder, "index.html"), "utf8");
      const image = /<meta property="og:image" content="(card-[0-9a-f]{20}\.png)"/.exec(html)?.[1];
      expect(image, folder).toBeDefined();
      const png = readFileSync(join(out, folder, image ?? ""));
      expect(png.subarray(1, 4).toString("latin1"), folder).toBe("PNG");
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    }
  }, 60_000);

  it("draws cards for articles only above DATELINE_CARDS_MAX_EVENTS events", async () => {
    process.env["DATELINE_CARDS_MAX_EVENTS"] = String(TEST_DATASET.events.length - 1);
    try {
      await build({
        root,
        configFile: false,
        base: "./",
        logLevel: "silent",
        plugins: [sharePages()],
        build: { outDir: "out-articles" },
      });
    } finally {
      delete process.env["DATELINE_CARDS_MAX_EVENTS"];
    }
    const out = join(root, "out-articles");
    const event = readFileSync(join(out, "e", "beijing-visit", "index.html"), "utf8");
    expect(event).not.toContain("og:image");
    expect(event).toContain('<meta name="twitter:card" content="summary" />');
    expect(readdirSync(join(out, "e", "beijing-visit"))).toEqual(["index.html", "oembed.json"]);
    const article = readFileSync(join(out, "a", "000_test", "index.html"), "utf8");
    expect(article).toMatch(/<meta property="og:image" content="card-[0-9a-f]{20}\.png"/);
  }, 60_000);

  /** The build of a site whose dataset is `json`. */
  const buildWith = async (json: unknown): Promise<void> => {
    const bad = mkdtempSync(join(tmpdir(), "dateline-share-bad-"));
    try {
      writeFileSync(join(bad, "index.html"), "<!doctype html><title>app</title>\n");
      mkdirSync(join(bad, "public", "data"), { recursive: true });
      writeFileSync(join(bad, "public", "data", "timeline.json"), JSON.stringify(json));
      await build({ root: bad, configFile: false, logLevel: "silent", plugins: [sharePages()] });
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  };

  it("fails the build with a readable message when the dataset breaks the contract", async () => {
    await expect(buildWith({ ...TEST_DATASET, title: 7 })).rejects.toThrow(
      /timeline\.json: The dataset does not match the Dateline data contract\. \(title: .*npm run data/,
    );
    await expect(buildWith({ schemaVersion: 99 })).rejects.toThrow(
      /timeline\.json: The dataset has schemaVersion 99.*npm run data/,
    );
  }, 60_000);

  it("runs the app's reference checks too: a citation that misses its quote fails", async () => {
    const [event, ...rest] = TEST_DATASET.events;
    if (!event) throw new Error("fixture");
    const [citation, ...others] = event.citations;
    if (!citation) throw new Error("fixture");
    // The contract's shape holds (zod alone accepts it); only the offsets are wrong.
    const moved = { ...citation, start: citation.start + 1, end: citation.end + 1 };
    const broken = {
      ...TEST_DATASET,
      events: [{ ...event, citations: [moved, ...others] }, ...rest],
    };
    await expect(buildWith(broken)).rejects.toThrow(
      /The dataset's parts do not fit together\. \(events\[0\].*do not select its quote\).*npm run data/,
    );
  }, 60_000);
});

describe("sharePages() in the dev server", () => {
  it("serves the same pages, redirects a folder without its slash, 404s unknown ids", async () => {
    const server = await createServer({
      root,
      configFile: false,
      logLevel: "silent",
      plugins: [sharePages()],
      server: { port: 0, host: "127.0.0.1", ws: false },
    });
    await server.listen();
    try {
      const address = server.httpServer?.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const origin = `http://127.0.0.1:${String(port)}`;
      const page = await fetch(`${origin}/e/delhi-g20/`);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toContain("text/html");
      expect(await page.text()).toContain("September 2023 (expected)");
      const redirect = await fetch(`${origin}/e/delhi-g20`, { redirect: "manual" });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get("location")).toBe("/e/delhi-g20/");
      expect((await fetch(`${origin}/e/no-such-event/`)).status).toBe(404);
      const css = await fetch(`${origin}/share.css`);
      expect(css.headers.get("content-type")).toContain("text/css");
      expect((await fetch(`${origin}/e/`)).status).toBe(200);
      const oembed = await fetch(`${origin}/e/delhi-g20/oembed.json`);
      expect(oembed.headers.get("content-type")).toContain("application/json");
      expect(((await oembed.json()) as { type: string }).type).toBe("rich");
      // The card a page names is drawn when asked for.
      const image = /<meta property="og:image" content="([^"]+)"/.exec(
        await (await fetch(`${origin}/e/delhi-g20/`)).text(),
      )?.[1];
      const card = await fetch(`${origin}/e/delhi-g20/${image ?? ""}`);
      expect(card.status).toBe(200);
      expect(card.headers.get("content-type")).toBe("image/png");
      expect(
        Buffer.from(await card.arrayBuffer())
          .subarray(1, 4)
          .toString("latin1"),
      ).toBe("PNG");
      expect((await fetch(`${origin}/e/delhi-g20/card-0000.png`)).status).toBe(404);
    } finally {
      await server.close();
    }
  }, 60_000);
});
