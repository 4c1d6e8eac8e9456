/**
 * The cards as pictures: a few cards are drawn as the build draws them and compared, pixel by
 * pixel, with approved images committed in approved/. A change to the layout, the font, the
 * palette or the renderer that moves pixels fails here until someone has looked at the new
 * pictures and approved them:
 *
 *   UPDATE_APPROVED_CARDS=1 npx vitest run scripts/vite/cards/approved.test.ts
 *
 * rewrites approved/*.png; review them (and the diff of the PNGs) before committing. On a
 * failure, the drawn card and a diff image (changed pixels in red) are left in
 * .cache/cards-approved/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/model/dataset.ts";
import type { CardContent } from "../../../src/share/cardContent.ts";
import { articleCardContent, eventCardContent } from "../../../src/share/cardContent.ts";
import { cardTree } from "../../../src/share/cardTree.ts";
import { buildData } from "../../data/buildData.ts";
import type { CardToolkit } from "./cards.ts";
import { loadCardToolkit } from "./cards.ts";
import { renderCardPng } from "./render.ts";

const APPROVED_DIR = fileURLToPath(new URL("./approved/", import.meta.url));
const FAILED_DIR = ".cache/cards-approved";
const UPDATE = process.env["UPDATE_APPROVED_CARDS"] === "1";
/** pixelmatch's per-pixel colour threshold (0–1): anti-aliasing noise is not a change. */
const PIXEL_THRESHOLD = 0.1;
/** At most this share of a card's pixels (about 150) may differ: rounding, not a changed glyph. */
const MAX_DIFFERENT = 0.0002;

let hostile: Dataset;
let toolkit: CardToolkit;
let scratch: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "dateline-approved-"));
  const out = join(scratch, "hostile.json");
  const quiet = { out: () => undefined, err: () => undefined };
  // The hostile fixture corpus, through the real pipeline.
  expect(await buildData("e2e/corpora/hostile", out, quiet)).toBe(0);
  hostile = JSON.parse(readFileSync(out, "utf8")) as Dataset;
  toolkit = loadCardToolkit("public");
}, 60_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const REAL = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;

function eventCard(dataset: Dataset, id: string): CardContent {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return eventCardContent(event, dataset);
}

function articleCard(dataset: Dataset): CardContent {
  const source = dataset.sources[0];
  if (!source) throw new Error("no source");
  return articleCardContent(source, dataset);
}

/**
 * The approved set: seed events of each kind of date and of four statuses, the seed article, and
 * hostile cards (markup as text, a 600-character word).
 */
const CASES: { name: string; card: () => CardContent }[] = [
  { name: "seed-beijing-visit", card: () => eventCard(REAL, "beijing-visit") },
  { name: "seed-delhi-g20", card: () => eventCard(REAL, "delhi-g20") },
  { name: "seed-beijing-trip-postponed", card: () => eventCard(REAL, "beijing-trip-postponed") },
  { name: "seed-biden-hopes-to-meet-xi", card: () => eventCard(REAL, "biden-hopes-to-meet-xi") },
  { name: "seed-article", card: () => articleCard(REAL) },
  { name: "hostile-council-meeting", card: () => eventCard(hostile, "council-meeting") },
  { name: "hostile-long-speech", card: () => eventCard(hostile, "long-speech") },
  { name: "hostile-article", card: () => articleCard(hostile) },
];

describe("cards compared with their approved images", () => {
  it.each(CASES)(
    "$name",
    async ({ name, card }) => {
      const png = await renderCardPng(cardTree(card(), toolkit.kit), toolkit.fonts);
      const approvedFile = join(APPROVED_DIR, `${name}.png`);
      if (UPDATE) {
        mkdirSync(APPROVED_DIR, { recursive: true });
        writeFileSync(approvedFile, png);
        return;
      }
      let approvedBytes: Buffer;
      try {
        approvedBytes = readFileSync(approvedFile);
      } catch {
        throw new Error(
          `no approved image ${approvedFile}: run UPDATE_APPROVED_CARDS=1 npx vitest run scripts/vite/cards/approved.test.ts and review it`,
        );
      }
      const approved = PNG.sync.read(approvedBytes);
      const actual = PNG.sync.read(png);
      expect({ width: actual.width, height: actual.height }).toEqual({
        width: approved.width,
        height: approved.height,
      });
      const diff = new PNG({ width: approved.width, height: approved.height });
      const different = pixelmatch(
        approved.data,
        actual.data,
        diff.data,
        approved.width,
        approved.height,
        { threshold: PIXEL_THRESHOLD },
      );
      const share = different / (approved.width * approved.height);
      if (share > MAX_DIFFERENT) {
        mkdirSync(FAILED_DIR, { recursive: true });
        writeFileSync(join(FAILED_DIR, `${name}.actual.png`), png);
        writeFileSync(join(FAILED_DIR, `${name}.diff.png`), PNG.sync.write(diff));
      }
      expect(
        share,
        `${name}: ${String(different)} pixels differ (see ${FAILED_DIR}/${name}.diff.png)`,
      ).toBeLessThanOrEqual(MAX_DIFFERENT);
    },
    30_000,
  );
});
