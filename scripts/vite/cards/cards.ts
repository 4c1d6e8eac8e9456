/**
 * The link-preview cards of the share pages, at build time: which pages get one, what each shows
 * (src/share/cardContent.ts, cardTree.ts), drawing them (render.ts) on worker threads when there are many, and a cache
 * so that a card whose picture has not changed is never drawn twice.
 *
 * A card's cache key is a hash of everything its picture depends on: its element tree (the text
 * as laid out, the colours, the positions), the font files, and the satori and resvg versions.
 * The key also names the published file (`card-<key>.png` beside the page), so a changed card
 * gets a new URL and unfurlers that cached the old picture fetch the new one.
 *
 * Both what a card shows (its key and alt text, from the page's slice of the dataset) and its
 * picture are kept in the build cache (scripts/cache/): a rebuild lays out only the cards whose
 * slice changed and draws only the pictures it has never drawn. The pictures' store is bounded
 * (DATELINE_CARD_CACHE_MB, least recently used first, never the cards of the build running).
 *
 * Environment:
 * - DATELINE_CARDS_MAX_EVENTS (default 5,000): above this many events, only articles get cards
 *   (their pages still get their tags; event pages keep a text-only preview).
 * - DATELINE_CARDS_MAX (default 2,000): at most this many pages get a card, the newest first.
 * - DATELINE_CARD_WORKERS_FROM (default 64): from this many cards to draw, draw on worker threads.
 * - DATELINE_CARD_CACHE_MB (default 256): the bound on the cached pictures.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { threadId } from "node:worker_threads";
import type { Dataset } from "../../../src/model/dataset.ts";
import type { CardContent } from "../../../src/share/cardContent.ts";
import {
  articleCardContent,
  CARD_HEIGHT,
  CARD_WIDTH,
  cardAlt,
  eventCardContent,
} from "../../../src/share/cardContent.ts";
import type { CardKit, CardNode } from "../../../src/share/cardTree.ts";
import { cardTree } from "../../../src/share/cardTree.ts";
import type { ShareCardImage } from "../../../src/share/pageShell.ts";
import { articlePagePath, eventPagePath } from "../../../src/share/urls.ts";
import type { CardFont } from "./fonts.ts";
import { CARD_FONT_FAMILY, cardTextMetrics, readCardFonts } from "./fonts.ts";
import { readCardPalette } from "./palette.ts";
import { renderCardPng } from "./render.ts";
import { batchesFor, poolThreads, runInWorkers } from "../../workers/runInWorkers.ts";
import type { BuildCache } from "../../cache/buildCache.ts";
import { codeFingerprint } from "../../cache/codeDigest.ts";

/** Above this many events, only articles get cards (DATELINE_CARDS_MAX_EVENTS overrides it). */
export const DEFAULT_MAX_EVENTS = 5_000;
/**
 * At most this many pages get a card, the newest first (DATELINE_CARDS_MAX overrides it): a card
 * costs about 0.1 s of CPU to draw, so 10,000 of them would take a 2-core machine over eight
 * minutes on a first build, for pictures of pages that are years old and rarely shared.
 */
export const DEFAULT_MAX_CARDS = 2_000;
/** The bound on the cached pictures, in MB (DATELINE_CARD_CACHE_MB overrides it). */
export const DEFAULT_CARD_CACHE_MB = 256;
/** From this many cards to draw, they are drawn on worker threads (DATELINE_CARD_WORKERS_FROM). */
export const DEFAULT_WORKERS_FROM = 64;
/** The most a card may weigh: unfurlers refuse or shrink large pictures. */
export const MAX_CARD_BYTES = 100 * 1024;
/** Bump when the Node-side drawing changes in a way the tree does not show (e.g. resvg options). */
const RENDERER_VERSION = "1";

/** A number from the environment variable `name`, or `fallback` when unset; throws when malformed. */
export function envCount(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name}=${raw} is not a whole number ≥ 0 → fix: unset it or give a count`);
  }
  return value;
}

/** Everything drawing cards needs, loaded once per build. */
export type CardToolkit = {
  kit: CardKit;
  fonts: CardFont[];
  /** A digest of the fonts, the renderer's versions and RENDERER_VERSION: part of every key. */
  fingerprint: string;
};

/** Loads the fonts, their metrics, the palette (from the app's CSS) and the app's icon. */
export function loadCardToolkit(publicDir: string): CardToolkit {
  const { fonts, digest } = readCardFonts();
  const require = createRequire(import.meta.url);
  const version = (name: string): string =>
    (require(`${name}/package.json`) as { version: string }).version;
  let logo: string | undefined;
  try {
    logo = `data:image/svg+xml;base64,${readFileSync(join(publicDir, "favicon.svg")).toString("base64")}`;
  } catch {
    logo = undefined; // A site without the icon still gets cards, without it.
  }
  const kit: CardKit = {
    metrics: cardTextMetrics(fonts),
    palette: readCardPalette(),
    fontFamily: CARD_FONT_FAMILY,
    logo,
  };
  const fingerprint = [
    RENDERER_VERSION,
    digest,
    `satori@${version("satori")}`,
    `resvg@${version("@resvg/resvg-js")}`,
  ].join("|");
  return { kit, fonts, fingerprint };
}

/** A card to publish: the page it belongs to, its picture's tree and key, and its tags' values. */
export type PlannedCard = {
  /** The page's folder, relative to the app's base: `e/<id>/` or `a/<id>/`. */
  pagePath: string;
  /** The file's name in that folder: `card-<key>.png`. */
  fileName: string;
  key: string;
  alt: string;
  /** The picture's element tree, laid out when first asked for (only a card to draw needs it). */
  tree: () => CardNode;
};

/** Which pages get cards: every article, and every event unless there are more than `maxEvents`. */
export function cardContents(
  dataset: Dataset,
  maxEvents: number,
): { cards: { pagePath: string; content: CardContent }[]; eventsLeftOut: boolean } {
  const eventsLeftOut = dataset.events.length > maxEvents;
  const events: { pagePath: string; content: CardContent }[] = eventsLeftOut
    ? []
    : dataset.events.map((e) => ({
        pagePath: eventPagePath(e.id),
        content: eventCardContent(e, dataset),
      }));
  const articles = dataset.sources.map((s) => ({
    pagePath: articlePagePath(s.id),
    content: articleCardContent(s, dataset),
  }));
  return { cards: [...events, ...articles], eventsLeftOut };
}

/** Lays out one card and names it by the hash of its tree (no drawing yet). */
function planCard(pagePath: string, content: CardContent, toolkit: CardToolkit): PlannedCard {
  const tree = cardTree(content, toolkit.kit);
  const key = createHash("sha256")
    .update(toolkit.fingerprint)
    .update("\n")
    .update(JSON.stringify(tree))
    .digest("hex")
    .slice(0, 20);
  return { pagePath, fileName: `card-${key}.png`, key, alt: cardAlt(content), tree: () => tree };
}

/** Lays out every card and names it by the hash of its tree (no drawing yet). */
export function planCards(
  cards: readonly { pagePath: string; content: CardContent }[],
  toolkit: CardToolkit,
): PlannedCard[] {
  return cards.map(({ pagePath, content }) => planCard(pagePath, content, toolkit));
}

/**
 * The fingerprint of what a card shows and how it is laid out: the content and tree code, and the
 * toolkit (fonts and their metrics, palette, logo, renderer versions). What the card plans' cache
 * (cardPlanner) is keyed by, beside each page's slice.
 */
export function cardPlanGenerator(toolkit: CardToolkit): string {
  const code = codeFingerprint([
    new URL("../../../src/share/cardContent.ts", import.meta.url),
    new URL("../../../src/share/cardTree.ts", import.meta.url),
    new URL("./cards.ts", import.meta.url),
  ]);
  return createHash("sha256")
    .update([code, toolkit.fingerprint, JSON.stringify(toolkit.kit.palette)].join("\n"))
    .update(`\n${toolkit.kit.fontFamily}\n${toolkit.kit.logo ?? ""}`)
    .digest("hex");
}

/** A page that gets a card: its folder, its slice's key, and what its card shows (from the slice). */
export type CardPage = { pagePath: string; sliceKey: string; content: () => CardContent };

/**
 * Plans each page's card through `plans` (a build cache opened with cardPlanGenerator): a page
 * whose slice hashes as before gets its card's key and alt text back without laying it out.
 */
export function cardPlanner(
  toolkit: CardToolkit,
  plans: BuildCache,
): (page: CardPage) => PlannedCard {
  return ({ pagePath, sliceKey, content }) => {
    const entry = plans.key(sliceKey);
    const hit = plans.get(entry);
    if (hit) {
      const { key, alt } = JSON.parse(hit.toString("utf8")) as { key: string; alt: string };
      let tree: CardNode | undefined;
      return {
        pagePath,
        fileName: `card-${key}.png`,
        key,
        alt,
        tree: () => (tree ??= cardTree(content(), toolkit.kit)),
      };
    }
    const card = planCard(pagePath, content(), toolkit);
    plans.put(entry, JSON.stringify({ key: card.key, alt: card.alt }));
    return card;
  };
}

/** The share pages' view of the planned cards: each page folder's image file, alt text and size. */
export function cardImages(planned: readonly PlannedCard[]): Map<string, ShareCardImage> {
  return new Map(
    planned.map((c) => [
      c.pagePath,
      { file: c.fileName, alt: c.alt, width: CARD_WIDTH, height: CARD_HEIGHT },
    ]),
  );
}

/** One card for a worker to draw into the cache. */
export type CardJob = { key: string; pagePath: string; tree: CardNode; file: string };
export type CardJobResult = { key: string; bytes: number };

/**
 * Draws `jobs` with `fonts`, writing each PNG to its cache file through a temporary file and a
 * rename, so a file in the cache is always whole.
 * @throws Error when a card weighs more than MAX_CARD_BYTES (nothing is written for it).
 */
export async function drawCardJobs(
  jobs: readonly CardJob[],
  fonts: readonly CardFont[],
): Promise<CardJobResult[]> {
  const results: CardJobResult[] = [];
  for (const job of jobs) {
    const png = await renderCardPng(job.tree, fonts);
    if (png.length > MAX_CARD_BYTES) {
      throw new Error(
        `the card of ${job.pagePath} is ${(png.length / 1024).toFixed(1)} KB, over the ${String(MAX_CARD_BYTES / 1024)} KB a card may weigh`,
      );
    }
    mkdirSync(dirname(job.file), { recursive: true });
    const temp = `${job.file}.${String(process.pid)}-${String(threadId)}.tmp`;
    writeFileSync(temp, png);
    renameSync(temp, job.file);
    results.push({ key: job.key, bytes: png.length });
  }
  return results;
}

/** Draws `jobs` on worker threads (each loads the fonts once), in batches. */
async function drawOnWorkers(jobs: readonly CardJob[], log: (line: string) => void): Promise<void> {
  const threads = poolThreads(2);
  log(`cards: drawing ${String(jobs.length)} on ${String(threads)} worker threads`);
  let done = 0;
  let reported = 0;
  await runInWorkers<CardJobResult[]>(
    new URL("./worker.ts", import.meta.url),
    batchesFor(jobs, threads, 32),
    {
      threads,
      onResult: (results) => {
        done += results.length;
        if (done - reported >= 500 || done === jobs.length) {
          reported = done;
          log(`cards: ${String(done)}/${String(jobs.length)} drawn`);
        }
      },
    },
  );
}

/**
 * Makes sure every planned card's picture is in `store` (a build cache of `.png` entries named by
 * the cards' keys), drawing those that are not (on worker threads from `workersFrom` of them), and
 * returns how many were drawn and how many came from the store.
 */
export async function ensureCards(
  planned: readonly PlannedCard[],
  toolkit: CardToolkit,
  options: { store: BuildCache; workersFrom: number; log: (line: string) => void },
): Promise<{ drawn: number; cached: number }> {
  const missing = new Map<string, CardJob>();
  for (const card of planned) {
    if (missing.has(card.key) || options.store.has(card.key)) continue;
    const file = options.store.file(card.key);
    missing.set(card.key, { key: card.key, pagePath: card.pagePath, tree: card.tree(), file });
  }
  const jobs = [...missing.values()];
  if (jobs.length >= Math.max(1, options.workersFrom)) await drawOnWorkers(jobs, options.log);
  else await drawCardJobs(jobs, toolkit.fonts);
  return { drawn: jobs.length, cached: planned.length - jobs.length };
}
