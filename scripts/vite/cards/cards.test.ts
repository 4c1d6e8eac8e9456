import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
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
  cardContents,
  cardImages,
  cardPlanGenerator,
  cardPlanner,
  drawCardJobs,
  ensureCards,
  envCount,
  loadCardToolkit,
  MAX_CARD_BYTES,
  planCards,
} from "./cards.ts";
import { openBuildCache } from "../../cache/buildCache.ts";
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

/** A card pictures' store in `name` under the test's folder, optionally bounded. */
function store(name: string, maxBytes?: number): ReturnType<typeof openBuildCache> {
  return openBuildCache({
    dir: join(dir, name),
    generator: "cards",
    ext: ".png",
    ...(maxBytes === undefined ? {} : { maxBytes }),
  });
}

describe("ensureCards(planned, toolkit, options)", () => {
  it("draws each missing card once into the cache, then takes it from there", async () => {
    const planned = planCards(cardContents(TEST_DATASET, 5_000).cards, toolkit);
    const lines: string[] = [];
    const options = {
      store: store("cache-a"),
      workersFrom: 1_000,
      log: (l: string) => lines.push(l),
    };
    expect(await ensureCards(planned, toolkit, options)).toEqual({
      drawn: planned.length,
      cached: 0,
    });
    // A card drawn again would be a new file (written beside it, renamed over): same inode, same card.
    const files = planned.map((c) => statSync(options.store.file(c.key)).ino);
    expect(await ensureCards(planned, toolkit, { ...options, store: store("cache-a") })).toEqual({
      drawn: 0,
      cached: planned.length,
    });
    expect(planned.map((c) => statSync(options.store.file(c.key)).ino)).toEqual(files);
    for (const card of planned) {
      const bytes = readFileSync(options.store.file(card.key));
      expect(pngSize(bytes)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
      expect(bytes.length).toBeLessThanOrEqual(MAX_CARD_BYTES);
    }
  }, 60_000);

  it("draws on worker threads the same pictures as in the build's own thread", async () => {
    const planned = planCards(cardContents(TEST_DATASET, 5_000).cards, toolkit).slice(0, 3);
    const here = store("cache-here");
    const threads = store("cache-threads");
    const lines: string[] = [];
    await ensureCards(planned, toolkit, { store: here, workersFrom: 1_000, log: () => {} });
    await ensureCards(planned, toolkit, {
      store: threads,
      workersFrom: 1,
      log: (l) => lines.push(l),
    });
    expect(lines[0]).toMatch(/^cards: drawing 3 on \d worker threads$/);
    for (const card of planned) {
      expect(readFileSync(threads.file(card.key))).toEqual(readFileSync(here.file(card.key)));
    }
  }, 120_000);

  it("keeps the pictures' store within its bound, dropping cards no build has used lately", async () => {
    const planned = planCards(cardContents(TEST_DATASET, 5_000).cards, toolkit).slice(0, 6);
    const [old, current] = [planned.slice(0, 3), planned.slice(3)];
    const quiet = { workersFrom: 1_000, log: () => undefined };
    // A first build draws three cards; a later one, whose pages changed, draws three others.
    await ensureCards(old, toolkit, { ...quiet, store: store("bounded") });
    const lastWeek = new Date(Date.now() - 7 * 24 * 3600 * 1000);
    for (const card of old) utimesSync(store("bounded").file(card.key), lastWeek, lastWeek);
    const later = store("bounded", 1);
    await ensureCards(current, toolkit, { ...quiet, store: later });
    // Bounded at 1 byte, the store keeps only what the running build uses.
    expect(later.prune()).toMatchObject({ evicted: 3, entries: 3 });
    expect(readdirSync(join(dir, "bounded")).sort()).toEqual(
      current.map((c) => `${c.key}.png`).sort(),
    );
  }, 60_000);
});

describe("cardPlanner(toolkit, plans)", () => {
  it("lays a card out once; an unchanged slice gets its key and alt text from the cache", () => {
    const contents = cardContents(TEST_DATASET, 5_000).cards;
    const direct = planCards(contents, toolkit);
    const plans = (): ReturnType<typeof openBuildCache> =>
      openBuildCache({ dir: join(dir, "plans"), generator: cardPlanGenerator(toolkit) });
    let laidOut = 0;
    const pages = contents.map(({ pagePath, content }) => ({
      pagePath,
      sliceKey: `slice of ${pagePath}`,
      content: () => {
        laidOut++;
        return content;
      },
    }));
    const first = pages.map(cardPlanner(toolkit, plans()));
    expect(laidOut).toBe(pages.length);
    const again = pages.map(cardPlanner(toolkit, plans()));
    expect(laidOut).toBe(pages.length);
    const names = (cards: typeof direct): unknown[] =>
      cards.map((c) => [c.pagePath, c.fileName, c.key, c.alt]);
    expect(names(first)).toEqual(names(direct));
    expect(names(again)).toEqual(names(direct));
    // The tree of a card from the cache is laid out when a drawing needs it, and is the same.
    expect(again[0]?.tree()).toEqual(direct[0]?.tree());
    expect(laidOut).toBe(pages.length + 1);
  });
});

describe("drawCardJobs(jobs, fonts)", () => {
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
