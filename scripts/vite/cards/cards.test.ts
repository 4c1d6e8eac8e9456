import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/model/dataset.ts";
import { CARD_HEIGHT, CARD_WIDTH } from "../../../src/share/cardContent.ts";
import type { CardNode } from "../../../src/share/cardTree.ts";
import { TEST_DATASET } from "../../../src/model/fixtures/shareDataset.ts";
import type { CardToolkit } from "./cards.ts";
import {
  cacheFile,
  cardContents,
  cardImages,
  drawCardJobs,
  ensureCards,
  envCount,
  loadCardToolkit,
  MAX_CARD_BYTES,
  planCards,
  publishCards,
} from "./cards.ts";
import { cardTextMetrics, readCardFonts } from "./fonts.ts";
import { PALETTE_CSS, readCardPalette, rootCustomProperties } from "./palette.ts";

const REAL = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;

let dir: string;
let toolkit: CardToolkit;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dateline-cards-"));
  toolkit = loadCardToolkit("public");
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("rootCustomProperties(css) and readCardPalette(file)", () => {
  it("reads the light :root block only, not the dark theme's", () => {
    const css = `
      /* --st-planned: #000000; in a comment */
      :root { color-scheme: light dark; --st-planned: #8b4a06; --ink:#1c1d1f }
      .x { --st-planned: #ffffff; }
      @media (prefers-color-scheme: dark) { :root { --st-planned: #f0b35d; } }`;
    expect(rootCustomProperties(css)).toEqual(
      new Map([
        ["--st-planned", "#8b4a06"],
        ["--ink", "#1c1d1f"],
      ]),
    );
  });

  it("gives the cards the app's own status colours", () => {
    const css = readFileSync(PALETTE_CSS, "utf8");
    const palette = readCardPalette();
    for (const [status, colour] of Object.entries(palette.status)) {
      expect(css).toMatch(new RegExp(`--st-${status}:\\s*${colour};`, "i"));
    }
    // The light theme's, not the dark one's.
    expect(palette.status.planned).not.toBe(palette.status.ongoing);
    expect(rootCustomProperties(css).get("--st-planned")).toBe(palette.status.planned);
  });

  it("names the file and what it lacks", () => {
    const file = join(dir, "broken.css");
    writeFileSync(file, ":root { --paper: #fff; }\n");
    expect(() => readCardPalette(file)).toThrow(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: card palette: --ink is missing`),
    );
  });
});

describe("cardTextMetrics(fonts)", () => {
  const metrics = cardTextMetrics(readCardFonts().fonts);

  it("measures proportional widths that scale with the size and the weight", () => {
    const regular = { size: 40, weight: 400 as const };
    const bold = { size: 40, weight: 700 as const };
    expect(metrics.width("WWWW", regular)).toBeGreaterThan(metrics.width("iiii", regular) * 2);
    expect(metrics.width("Beijing", bold)).toBeGreaterThan(metrics.width("Beijing", regular));
    expect(metrics.width("Beijing", { size: 80, weight: 400 })).toBeCloseTo(
      2 * metrics.width("Beijing", regular),
    );
    expect(metrics.width("", regular)).toBe(0);
  });

  it("knows which characters the font can draw", () => {
    for (const ch of ["A", "é", "Ω", "Ж", "–", "…", "€", "□"]) {
      expect(metrics.covers(ch.codePointAt(0) ?? 0), ch).toBe(true);
    }
    for (const ch of ["北", "😀", "ع"])
      expect(metrics.covers(ch.codePointAt(0) ?? 0), ch).toBe(false);
  });
});

describe("envCount(name, fallback)", () => {
  it("reads a count, falls back when unset and refuses anything else", () => {
    process.env["DATELINE_TEST_COUNT"] = "12";
    expect(envCount("DATELINE_TEST_COUNT", 5)).toBe(12);
    process.env["DATELINE_TEST_COUNT"] = "";
    expect(envCount("DATELINE_TEST_COUNT", 5)).toBe(5);
    process.env["DATELINE_TEST_COUNT"] = "many";
    expect(() => envCount("DATELINE_TEST_COUNT", 5)).toThrow(/DATELINE_TEST_COUNT=many/);
    delete process.env["DATELINE_TEST_COUNT"];
    expect(envCount("DATELINE_TEST_COUNT", 5)).toBe(5);
  });
});

describe("cardContents(dataset, maxEvents)", () => {
  it("gives every event and article a card up to the limit", () => {
    const { cards, eventsLeftOut } = cardContents(REAL, 5_000);
    expect(eventsLeftOut).toBe(false);
    expect(cards.map((c) => c.pagePath)).toEqual([
      ...REAL.events.map((e) => `e/${e.id}/`),
      ...REAL.sources.map((s) => `a/${s.id}/`),
    ]);
  });

  it("gives only articles cards above it", () => {
    const { cards, eventsLeftOut } = cardContents(REAL, REAL.events.length - 1);
    expect(eventsLeftOut).toBe(true);
    expect(cards.map((c) => c.pagePath)).toEqual(REAL.sources.map((s) => `a/${s.id}/`));
  });
});

describe("planCards(cards, toolkit)", () => {
  it("names each card by a hash of what it shows: the same card, the same name", () => {
    const [first, again] = [1, 2].map(() => planCards(cardContents(REAL, 5_000).cards, toolkit));
    expect(first?.map((c) => c.fileName)).toEqual(again?.map((c) => c.fileName));
    expect(new Set(first?.map((c) => c.key)).size).toBe(first?.length);
    for (const card of first ?? []) expect(card.fileName).toBe(`card-${card.key}.png`);
  });

  it("renames a card whose text changes, and only that card", () => {
    const changed: Dataset = {
      ...REAL,
      events: REAL.events.map((e) =>
        e.id === "delhi-g20" ? { ...e, title: `${e.title}, again` } : e,
      ),
    };
    const before = planCards(cardContents(REAL, 5_000).cards, toolkit);
    const after = planCards(cardContents(changed, 5_000).cards, toolkit);
    const differ = before.filter((c, i) => c.key !== after[i]?.key).map((c) => c.pagePath);
    expect(differ).toEqual(["e/delhi-g20/"]);
  });

  it("hands the share pages each card's file, alt text and size", () => {
    const planned = planCards(cardContents(REAL, 5_000).cards, toolkit);
    const image = cardImages(planned).get("e/beijing-visit/");
    expect(image).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(image?.file).toMatch(/^card-[0-9a-f]{20}\.png$/);
    expect(image?.alt).toContain("Blinken visits Beijing and meets Qin Gang, 18–19 June 2023.");
  });
});

/** The PNG's size in pixels, read by a real decoder. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height };
}

describe("ensureCards(planned, toolkit, options)", () => {
  it("draws each missing card once into the cache, then takes it from there", async () => {
    const cacheDir = join(dir, "cache-a");
    const planned = planCards(cardContents(TEST_DATASET, 5_000).cards, toolkit);
    const lines: string[] = [];
    const options = { cacheDir, workersFrom: 1_000, log: (l: string) => lines.push(l) };
    expect(await ensureCards(planned, toolkit, options)).toEqual({
      drawn: planned.length,
      cached: 0,
    });
    const stamps = planned.map((c) => statSync(cacheFile(cacheDir, c)).mtimeMs);
    expect(await ensureCards(planned, toolkit, options)).toEqual({
      drawn: 0,
      cached: planned.length,
    });
    expect(planned.map((c) => statSync(cacheFile(cacheDir, c)).mtimeMs)).toEqual(stamps);
    for (const card of planned) {
      const bytes = readFileSync(cacheFile(cacheDir, card));
      expect(pngSize(bytes)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
      expect(bytes.length).toBeLessThanOrEqual(MAX_CARD_BYTES);
    }
    const outDir = join(dir, "out-a");
    publishCards(planned, cacheDir, outDir);
    for (const card of planned) {
      expect(readFileSync(join(outDir, card.pagePath, card.fileName))).toEqual(
        readFileSync(cacheFile(cacheDir, card)),
      );
    }
  }, 60_000);

  it("draws on worker threads the same pictures as in the build's own thread", async () => {
    const planned = planCards(cardContents(TEST_DATASET, 5_000).cards, toolkit).slice(0, 3);
    const here = join(dir, "cache-here");
    const threads = join(dir, "cache-threads");
    const lines: string[] = [];
    await ensureCards(planned, toolkit, { cacheDir: here, workersFrom: 1_000, log: () => {} });
    await ensureCards(planned, toolkit, {
      cacheDir: threads,
      workersFrom: 1,
      log: (l) => lines.push(l),
    });
    expect(lines[0]).toMatch(/^cards: drawing 3 on \d worker threads$/);
    for (const card of planned) {
      expect(readFileSync(cacheFile(threads, card))).toEqual(readFileSync(cacheFile(here, card)));
    }
  }, 120_000);

  it("refuses a card heavier than MAX_CARD_BYTES and caches nothing for it", async () => {
    // Confetti: thousands of small boxes in scattered colours do not compress.
    let x = 7;
    const random = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    const boxes: CardNode[] = Array.from({ length: 12_000 }, () => ({
      type: "div",
      props: {
        style: {
          position: "absolute",
          left: Math.floor(random() * CARD_WIDTH),
          top: Math.floor(random() * CARD_HEIGHT),
          width: 9,
          height: 9,
          backgroundColor: `#${Math.floor(random() * 0xffffff)
            .toString(16)
            .padStart(6, "0")}`,
        },
      },
    }));
    const tree: CardNode = {
      type: "div",
      props: {
        style: { display: "flex", width: CARD_WIDTH, height: CARD_HEIGHT },
        children: boxes,
      },
    };
    const file = join(dir, "heavy.png");
    await expect(
      drawCardJobs([{ key: "heavy", pagePath: "e/heavy/", tree, file }], toolkit.fonts),
    ).rejects.toThrow(/the card of e\/heavy\/ is \d+\.\d KB, over the 100 KB a card may weigh/);
    expect(() => statSync(file)).toThrow();
  }, 60_000);
});
