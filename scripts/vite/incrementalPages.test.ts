/**
 * The share pages built incrementally, each from its slice of the dataset, are the pages the
 * renderer makes from the whole dataset; and a rebuild after one article is added makes only what
 * that article changed, keeping every other page, oEmbed file and card.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/dataset.ts";
import { TEST_DATASET } from "../../src/model/fixtures/shareDataset.ts";
import { renderOEmbedFiles } from "../../src/share/embed.ts";
import { renderSharePages } from "../../src/share/pages.ts";
import { renderSitemap } from "../../src/share/sitemap.ts";
import { cardContents, cardImages, loadCardToolkit, planCards } from "./cards/cards.ts";
import type { PageSlice } from "./pageSlices.ts";
import { choosePagesForCards } from "./pageSlices.ts";
import type { ShareReport } from "./sharePages.ts";
import { sharePages } from "./sharePages.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX = join(ROOT, "node_modules/.bin/tsx");

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "dateline-incremental-"));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
}, 120_000);

/** Runs one of the project's CLIs (scripts/cli/), failing the test with its stderr. */
function cli(script: string, args: string[]): void {
  const result = spawnSync(TSX, [join(ROOT, "scripts", "cli", script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 240_000,
    env: { ...process.env, DATELINE_BUILD_CACHE: "off" },
  });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}`);
}

/** A site folder (index.html, the icon, the dataset) for `dataset`, with its own build cache. */
function siteFor(dataset: unknown): { root: string; cache: string } {
  const root = tempDir();
  writeFileSync(join(root, "index.html"), "<!doctype html><title>app</title><p>app</p>\n");
  mkdirSync(join(root, "public", "data"), { recursive: true });
  copyFileSync(join(ROOT, "public", "favicon.svg"), join(root, "public", "favicon.svg"));
  writeFileSync(join(root, "public", "data", "timeline.json"), JSON.stringify(dataset));
  return { root, cache: join(root, "cache") };
}

/** `vite build` of the site with the share pages plugin; what the plugin reports it did. */
async function buildSite(
  site: { root: string; cache: string },
  env: Record<string, string> = {},
): Promise<ShareReport> {
  const saved = { ...process.env };
  Object.assign(process.env, { DATELINE_BUILD_CACHE: site.cache }, env);
  let report: ShareReport | undefined;
  try {
    await build({
      root: site.root,
      configFile: false,
      base: "./",
      logLevel: "silent",
      plugins: [sharePages({ onPublished: (r) => (report = r) })],
      build: { outDir: "dist" },
    });
  } finally {
    for (const name of Object.keys(process.env)) {
      if (!(name in saved)) Reflect.deleteProperty(process.env, name);
    }
    Object.assign(process.env, saved);
  }
  if (!report) throw new Error("the plugin reported nothing");
  return report;
}

/** Every file under `dir`, relative, "/"-separated. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((p) => statSync(join(dir, p)).isFile())
    .map((p) => p.split("\\").join("/"))
    .sort();
}

/** A generated corpus of `articles` articles, and its dataset (built by the real pipeline). */
function generatedCorpus(articles: number, seed: number): { corpus: string; dataset: string } {
  const dir = tempDir();
  const corpus = join(dir, "corpus");
  const dataset = join(dir, "timeline.json");
  cli("gen-corpus.ts", ["--articles", String(articles), "--seed", String(seed), "--out", corpus]);
  cli("build-data.ts", ["--corpus", corpus, "--out", dataset]);
  return { corpus, dataset };
}

describe("sharePages(): every page rendered from its slice is the page of the whole dataset", () => {
  const apple = (): Dataset => {
    const out = join(tempDir(), "timeline.json");
    cli("build-data.ts", ["--corpus", join(ROOT, "examples", "apple"), "--out", out]);
    return JSON.parse(readFileSync(out, "utf8")) as Dataset;
  };
  const generated = (): Dataset =>
    JSON.parse(readFileSync(generatedCorpus(12, 7).dataset, "utf8")) as Dataset;
  const cases: [string, () => Dataset][] = [
    ["the share fixture", () => TEST_DATASET],
    [
      "the seed corpus",
      () => JSON.parse(readFileSync(join(ROOT, "public/data/timeline.json"), "utf8")) as Dataset,
    ],
    ["examples/apple (reports, disagreements)", apple],
    ["a generated corpus of 12 articles (cites)", generated],
  ];
  for (const [name, load] of cases) {
    it(`${name}: pages, oEmbed files, cards and sitemap`, async () => {
      const dataset = load();
      const siteUrl = "https://example.org/dateline/";
      const site = siteFor(dataset);
      const report = await buildSite(site, { DATELINE_SITE_URL: siteUrl });
      const out = join(site.root, "dist");
      // The whole-dataset renderers, with the cards laid out from the whole dataset too.
      const toolkit = loadCardToolkit(join(site.root, "public"));
      const images = cardImages(planCards(cardContents(dataset, 5_000).cards, toolkit));
      const pages = renderSharePages(dataset, { siteUrl, cards: images });
      const expected = new Map<string, string>([
        ...pages.map((p): [string, string] => [p.path, p.html]),
        ...renderOEmbedFiles(dataset, siteUrl).map((f): [string, string] => [f.path, f.content]),
      ]);
      for (const [path, text] of expected) {
        expect(readFileSync(join(out, path), "utf8"), path).toBe(text);
      }
      expect(readFileSync(join(out, "sitemap.xml"), "utf8")).toBe(renderSitemap(pages, siteUrl));
      // Nothing else in e/ and a/ but each page's card.
      const cards = [...images].map(([folder, image]) => `${folder}${image.file}`);
      const published = [
        ...filesUnder(join(out, "e")).map((p) => `e/${p}`),
        ...filesUnder(join(out, "a")).map((p) => `a/${p}`),
      ].sort();
      expect(published).toEqual([...expected.keys(), ...cards].sort());
      expect(report.files).toEqual({ reused: 0, written: published.length, deleted: 0 });
    }, 240_000);
  }
});

describe("choosePagesForCards(pages, maxEvents, maxCards)", () => {
  const page = (kind: "event" | "article", id: string, recency: string): PageSlice =>
    ({ kind, folder: `${kind === "event" ? "e" : "a"}/${id}/`, recency }) as PageSlice;
  const pages = [
    page("event", "old", "2001-01-01"),
    page("event", "new", "2024-05-01"),
    page("event", "mid", "2010-01-01"),
    page("article", "a-2010", "2010-01-01"),
    page("article", "a-2024", "2024-05-01"),
  ];
  const folders = (choice: { pages: PageSlice[] }): string[] => choice.pages.map((p) => p.folder);

  it("gives every page a card within both limits", () => {
    expect(folders(choosePagesForCards(pages, 5, 5))).toEqual(pages.map((p) => p.folder));
  });

  it("gives only articles cards above maxEvents events", () => {
    const choice = choosePagesForCards(pages, 2, 5);
    expect(folders(choice)).toEqual(["a/a-2010/", "a/a-2024/"]);
    expect(choice.summary).toMatch(/articles only: 3 events is over DATELINE_CARDS_MAX_EVENTS=2/);
  });

  it("keeps the newest maxCards pages (ties in the dataset's order), in the dataset's order", () => {
    const choice = choosePagesForCards(pages, 5, 3);
    expect(folders(choice)).toEqual(["e/new/", "e/mid/", "a/a-2024/"]);
    expect(choice.summary).toMatch(/the newest 3 of 5 \(DATELINE_CARDS_MAX\)/);
  });
});

describe("a rebuild after one article is added", () => {
  /** Adds a copy of the corpus's first article under `id`, its events renamed and retitled. */
  function addArticle(corpus: string, id: string): number {
    const first = (readdirSync(join(corpus, "articles")).sort()[0] ?? "").replace(/\.txt$/, "");
    copyFileSync(join(corpus, "articles", `${first}.txt`), join(corpus, "articles", `${id}.txt`));
    let yaml = readFileSync(join(corpus, "annotations", `${first}.yaml`), "utf8");
    const events = [...yaml.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1] ?? "");
    for (const event of events) {
      // Whole ids only: "x-0-1" is not to be found inside "x-0-10".
      yaml = yaml.replace(new RegExp(`(?<![\\w-])${event}(?![\\w-])`, "g"), `${id}-${event}`);
    }
    // New titles, so that its cards are new pictures (a card shows no id).
    yaml = yaml.replace(/^( *)title: /gm, "$1title: Added ");
    writeFileSync(join(corpus, "annotations", `${id}.yaml`), yaml);
    return events.length;
  }

  it("keeps every other page, oEmbed file and card, and draws only the new cards", async () => {
    const { corpus, dataset: datasetFile } = generatedCorpus(8, 11);
    const before = JSON.parse(readFileSync(datasetFile, "utf8")) as Dataset;
    const site = siteFor(before);
    const first = await buildSite(site);
    // Every event and article has a page and a card; events also an oEmbed file; plus the index.
    const files = 1 + 3 * before.events.length + 2 * before.sources.length;
    expect(first.cards).toEqual({
      planned: before.events.length + before.sources.length,
      drawn: first.cards.planned,
      cached: 0,
    });
    expect(first.files).toEqual({ reused: 0, written: files, deleted: 0 });

    const same = await buildSite(site);
    expect(same.cards.drawn).toBe(0);
    expect(same.files).toEqual({ reused: files, written: 0, deleted: 0 });

    // The first article again as a new one: it reports on nothing earlier, so its own pages
    // are new, the index lists them, and nothing else changes.
    const added = addArticle(corpus, "zz-added");
    cli("build-data.ts", ["--corpus", corpus, "--out", datasetFile]);
    const after = JSON.parse(readFileSync(datasetFile, "utf8")) as Dataset;
    expect(after.events.length).toBe(before.events.length + added);
    writeFileSync(join(site.root, "public", "data", "timeline.json"), JSON.stringify(after));
    const rebuilt = await buildSite(site);
    const made = 3 * added + 2 + 1; // its events' pages, oEmbed files, cards; its page and card; the index
    expect(rebuilt.cards.drawn).toBe(added + 1);
    expect(rebuilt.files).toEqual({ reused: files - 1, written: made, deleted: 0 });

    // Taking it out again deletes what it added and rewrites the index.
    rmSync(join(corpus, "articles", "zz-added.txt"));
    rmSync(join(corpus, "annotations", "zz-added.yaml"));
    writeFileSync(join(site.root, "public", "data", "timeline.json"), JSON.stringify(before));
    const removed = await buildSite(site);
    expect(removed.cards.drawn).toBe(0);
    expect(removed.files).toEqual({ reused: files - 1, written: 1, deleted: made - 1 });
    expect(filesUnder(join(site.root, "dist", "e")).some((p) => p.startsWith("zz-added"))).toBe(
      false,
    );
  }, 600_000);
});
