/**
 * The Vite plugin that publishes Dateline's static share pages (src/share/pages.ts) beside the app:
 * - `vite build` (and so `npm run build`): after the bundle is written, reads the dataset the build
 *   just ensured (public/data/timeline.json), checks it as the app does (the contract and the
 *   references between its parts, src/model/readDataset.ts), and writes
 *   e/index.html, e/<event-id>/index.html (and its oEmbed description, e/<event-id>/oembed.json),
 *   a/<article-id>/index.html, share.css (the design tokens,
 *   src/styles/tokens.css, then src/share/assets/share.css) and share.js into
 *   the output folder (the resolved outDir, which honours DATELINE_DIST); plus sitemap.xml when a
 *   site URL is set.
 * - `vite` (and so `npm start`): serves the same paths from the same renderer, re-reading the
 *   dataset when it changes, so the dev server has the pages too.
 *
 * Each event and article page also gets a link-preview card, a PNG beside it (scripts/vite/cards/),
 * named in its og:image and twitter:image tags; above DATELINE_CARDS_MAX_EVENTS events (default
 * 5,000) only article pages do, and at most DATELINE_CARDS_MAX pages (default 2,000), the newest.
 *
 * Incremental: each page is rendered from its slice of the dataset (pageSlices.ts), and the share
 * folders (e/, a/) are updated in place (scripts/cache/outputSet.ts): a page, oEmbed file or card
 * whose inputs hash as in the last build is left as it is, one whose inputs changed is written,
 * one no longer in the dataset is deleted. So Vite must not empty the output folder: this plugin
 * turns its emptyOutDir off and empties the folder itself, all but e/ and a/. The dataset's check
 * is cached by the file's hash, the cards' layout by their slice's, their pictures by their own.
 *
 * DATELINE_SITE_URL (optional): the absolute http(s) URL the app is deployed at, such as
 * https://example.org/dateline/. With it, pages carry <link rel="canonical"> and og:url, and
 * og:image is absolute; without it they carry no absolute URL (a guessed one would be wrong).
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { readFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin, ResolvedConfig } from "vite";
import type { Dataset } from "../../src/model/dataset.ts";
import type { ShapeCheck } from "../../src/model/readDataset.ts";
import { readDataset, readDatasetText } from "../../src/model/readDataset.ts";
import { articlePage } from "../../src/share/articlePage.ts";
import { articleCardContent, eventCardContent } from "../../src/share/cardContent.ts";
import { eventOEmbed, oembedPath } from "../../src/share/embed.ts";
import { eventPage } from "../../src/share/eventPage.ts";
import { indexPage } from "../../src/share/indexPage.ts";
import { renderSharePages } from "../../src/share/pages.ts";
import type { ShareCardImage, SharePage } from "../../src/share/pageShell.ts";
import { SHARE_CSS_PATH, SHARE_JS_PATH } from "../../src/share/pageShell.ts";
import { renderSitemap } from "../../src/share/sitemap.ts";
import { renderOEmbedFiles } from "../../src/share/embed.ts";
import { normalizeSiteUrl } from "../../src/share/urls.ts";
import type { BuildCache } from "../cache/buildCache.ts";
import { cacheRoot, openBuildCache } from "../cache/buildCache.ts";
import { codeFingerprint } from "../cache/codeDigest.ts";
import type { OutputCounts } from "../cache/outputSet.ts";
import { openOutputSet } from "../cache/outputSet.ts";
import type { CardToolkit, PlannedCard } from "./cards/cards.ts";
import { PALETTE_CSS } from "./cards/palette.ts";
import { contentTypeOf } from "../http/contentTypes.ts";
import { compiledDatasetCheck } from "./datasetValidator.ts";
import type { PageSlice } from "./pageSlices.ts";
import { compressedCopies, LARGE_PAGE_BYTES, openCompressedStore, SUFFIX } from "./precompress.ts";
import { choosePagesForCards, planPages } from "./pageSlices.ts";

/** The dataset, inside Vite's publicDir (public/), where `npm run data` writes it. */
const DATASET_PATH = "data/timeline.json";
/** share.css and share.js, beside the renderer (found from this file, whatever Vite's root is). */
const ASSETS_DIR = fileURLToPath(new URL("../../src/share/assets/", import.meta.url));
/** The app's design tokens, which share.css draws with: published at its head. */
const TOKENS_CSS = fileURLToPath(new URL("../../src/styles/tokens.css", import.meta.url));
/** The folders of the output this plugin owns, updated in place. */
const SHARE_FOLDERS = ["e", "a"];

/** The site URL from DATELINE_SITE_URL, or undefined (with a warning when it is set but unusable). */
function siteUrlFromEnv(warn: (message: string) => void): string | undefined {
  const raw = process.env["DATELINE_SITE_URL"];
  if (raw === undefined || raw === "") return undefined;
  const site = normalizeSiteUrl(raw);
  if (!site) {
    warn(
      `DATELINE_SITE_URL=${raw} is not an absolute http(s) URL: share pages get no canonical link or og:url.`,
    );
  }
  return site;
}

/** The compiled check, made once per process (a few milliseconds), when a dataset is first read. */
let shapeCheck: ShapeCheck | undefined;

/**
 * Reads the dataset and checks it as the app does (the model's reader, with the contract's compiled
 * schema check, then the references between its parts); throws one readable line naming the
 * file, the first problem and the fix. With `checked` (a build cache), a file whose bytes passed
 * the same check before is only parsed: the check of a 100 MB dataset takes seconds.
 */
async function loadDataset(file: string, checked?: BuildCache): Promise<Dataset> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new Error(`share pages: ${file} not found. Run \`npm run data\` to build the dataset.`);
  }
  const key = checked?.key(text);
  if (checked && key !== undefined && checked.has(key)) return JSON.parse(text) as Dataset;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const result =
    parsed === undefined
      ? await readDatasetText(text)
      : await readDataset(parsed, (shapeCheck ??= compiledDatasetCheck()));
  if (!result.ok) {
    const first = result.problems[0];
    throw new Error(
      `share pages: ${file}: ${result.summary}${first === undefined ? "" : ` (${first})`} Run \`npm run data\`.`,
    );
  }
  // Remembered only when the file is read as it is (an older version is upgraded on each read).
  if (checked && key !== undefined && result.dataset === parsed) checked.put(key, "checked\n");
  return result.dataset;
}

/** A file the plugin publishes: its path under the app's base and its text. */
type ShareFile = { path: string; content: string };

function publicDirOf(config: ResolvedConfig): string {
  return config.publicDir || resolve(config.root, "public");
}

/** The folder of the build's caches, and how to let go of it (a temporary one when caching is off). */
function shareCacheRoot(config: ResolvedConfig): { root: string; release: () => void } {
  const root = cacheRoot(config.root);
  if (root !== "off") return { root, release: () => undefined };
  const temp = mkdtempSync(join(tmpdir(), "dateline-build-"));
  return {
    root: temp,
    release: () => {
      rmSync(temp, { recursive: true, force: true });
    },
  };
}

/** The dev server's caches: the build's, or a folder of the system's when caching is off. */
function devCacheRoot(config: ResolvedConfig): string {
  const root = cacheRoot(config.root);
  return root === "off" ? join(tmpdir(), "dateline-dev-cache") : root;
}

/** Fingerprints of the code that makes the pages, and the dataset check: made once per process. */
let pagesGenerator: string | undefined;
let checkGenerator: string | undefined;

function generators(): { pages: string; check: string } {
  pagesGenerator ??= codeFingerprint([
    new URL("../../src/share/pages.ts", import.meta.url),
    new URL("../../src/share/embed.ts", import.meta.url),
    new URL("../../src/share/sitemap.ts", import.meta.url),
    new URL("./pageSlices.ts", import.meta.url),
    new URL("./sharePages.ts", import.meta.url),
  ]);
  checkGenerator ??= codeFingerprint([
    new URL("../../src/model/readDataset.ts", import.meta.url),
    new URL("./datasetValidator.ts", import.meta.url),
  ]);
  return { pages: pagesGenerator, check: checkGenerator };
}

/** The cards of the pages chosen for one, planned (named, not drawn), through the plans' cache. */
async function planShareCards(
  pages: readonly PageSlice[],
  config: ResolvedConfig,
  root: string,
): Promise<{ planned: PlannedCard[]; summary: string; toolkit: CardToolkit }> {
  // The card code (fonts, satori, resvg) is loaded only here, so a Vite command that publishes no
  // pages never loads it.
  const cards = await import("./cards/cards.ts");
  const maxEvents = cards.envCount("DATELINE_CARDS_MAX_EVENTS", cards.DEFAULT_MAX_EVENTS);
  const maxCards = cards.envCount("DATELINE_CARDS_MAX", cards.DEFAULT_MAX_CARDS);
  const choice = choosePagesForCards(pages, maxEvents, maxCards);
  const toolkit = cards.loadCardToolkit(publicDirOf(config));
  const plans = openBuildCache({
    dir: join(root, "card-plans"),
    generator: cards.cardPlanGenerator(toolkit),
    ext: ".json",
    maxBytes: 64 * 1024 * 1024,
  });
  const plan = cards.cardPlanner(toolkit, plans);
  const planned = choice.pages.map((page) =>
    plan({
      pagePath: page.folder,
      sliceKey: page.key,
      content: () =>
        page.kind === "event"
          ? eventCardContent(page.event, page.dataset())
          : articleCardContent(page.source, page.dataset()),
    }),
  );
  plans.prune();
  return { planned, summary: choice.summary, toolkit };
}

/** The card pictures' store: bounded by DATELINE_CARD_CACHE_MB. */
async function openCardStore(root: string): Promise<BuildCache> {
  const cards = await import("./cards/cards.ts");
  const megabytes = cards.envCount("DATELINE_CARD_CACHE_MB", cards.DEFAULT_CARD_CACHE_MB);
  return openBuildCache({
    dir: join(root, "cards"),
    generator: "cards",
    ext: ".png",
    maxBytes: megabytes * 1024 * 1024,
  });
}

/** The stylesheet and the script, at the app's base (read each time: a few kilobytes). */
function shareAssets(): ShareFile[] {
  return [
    {
      path: SHARE_CSS_PATH,
      content: `${readFileSync(TOKENS_CSS, "utf8")}\n${readFileSync(join(ASSETS_DIR, SHARE_CSS_PATH), "utf8")}`,
    },
    { path: SHARE_JS_PATH, content: readFileSync(join(ASSETS_DIR, SHARE_JS_PATH), "utf8") },
  ];
}

/** The files the dev server serves: the rendered pages, the stylesheet, the script, a sitemap. */
function shareFiles(
  dataset: Dataset,
  siteUrl: string | undefined,
  cards: ReadonlyMap<string, ShareCardImage>,
): ShareFile[] {
  const pages = renderSharePages(dataset, { siteUrl, cards });
  const files: ShareFile[] = [
    ...pages.map((page) => ({ path: page.path, content: page.html })),
    ...shareAssets(),
  ];
  files.push(...renderOEmbedFiles(dataset, siteUrl));
  if (siteUrl) files.push({ path: "sitemap.xml", content: renderSitemap(pages, siteUrl) });
  return files;
}

/** The image tags' values of a planned card. */
function imageOf(card: PlannedCard): ShareCardImage {
  return { file: card.fileName, alt: card.alt, width: CARD_SIZE.width, height: CARD_SIZE.height };
}
const CARD_SIZE = { width: 1200, height: 630 };

/**
 * Publishes the share pages, their oEmbed files and cards into `outDir`'s e/ and a/, each made
 * again only when its inputs changed; returns what it did with them.
 */
async function publishPages(
  outDir: string,
  root: string,
  plan: ReturnType<typeof planPages>,
  dataset: Dataset,
  planned: readonly PlannedCard[],
  cardStore: BuildCache,
  siteUrl: string | undefined,
): Promise<OutputCounts> {
  const { pages: generator } = generators();
  const outputs = openOutputSet(outDir, {
    cacheDir: join(root, "outputs"),
    generator,
    owns: SHARE_FOLDERS,
  });
  const cards = new Map(planned.map((c) => [c.pagePath, c]));
  const keyOf = (...parts: string[]): string => cardStore.key(generator, siteUrl ?? "", ...parts);
  // A large page gets precompressed copies beside it (precompress.ts), kept and replaced with it.
  const compressed = openCompressedStore(root);
  const large: Promise<void>[] = [];
  const publish = (path: string, key: string, make: () => string): void => {
    const siblings = (["br", "gzip"] as const).map((encoding): [string, string] => [
      `${path}${SUFFIX[encoding]}`,
      `${key}.${encoding}`,
    ]);
    if (outputs.reuse(path, key)) {
      // The same key is the same bytes: the copies it had, if it was large, are still right.
      for (const [sibling, siblingKey] of siblings) outputs.reuse(sibling, siblingKey);
      return;
    }
    const bytes = Buffer.from(make());
    outputs.write(path, key, bytes);
    if (bytes.length < LARGE_PAGE_BYTES) return;
    large.push(
      compressedCopies(bytes, compressed).then((copies) => {
        siblings.forEach(([sibling, siblingKey], i) => {
          const copy = i === 0 ? copies.br : copies.gzip;
          outputs.link(sibling, siblingKey, compressed.file(copy));
        });
      }),
    );
  };
  publish(
    "e/index.html",
    keyOf("index", plan.datasetKey),
    () => indexPage(dataset, { siteUrl }).html,
  );
  for (const page of plan.pages) {
    const card = cards.get(page.folder);
    if (card) {
      const path = `${page.folder}${card.fileName}`;
      if (!outputs.reuse(path, card.key)) outputs.link(path, card.key, cardStore.file(card.key));
    }
    const image = card ? imageOf(card) : undefined;
    const options = {
      siteUrl,
      cards: new Map(image ? [[page.folder, image]] : []),
    };
    const path = `${page.folder}index.html`;
    const key = keyOf(page.kind, page.key, JSON.stringify(image ?? null));
    if (page.kind === "event") {
      const oembed = oembedPath(page.event.id);
      const oembedKey = keyOf("oembed", page.key);
      if (!outputs.reuse(oembed, oembedKey)) {
        const json = eventOEmbed(page.event, page.dataset(), siteUrl);
        outputs.write(oembed, oembedKey, `${JSON.stringify(json, null, 2)}\n`);
      }
      publish(path, key, () => eventPage(page.event, page.dataset(), options).html);
    } else {
      publish(path, key, () => articlePage(page.source, page.dataset(), options).html);
    }
  }
  await Promise.all(large);
  compressed.prune();
  return outputs.finish();
}

/** Empties `outDir` as Vite would, but for the folders the share pages update in place. */
function emptyAllBut(outDir: string, keep: readonly string[]): void {
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return; // Not made yet.
  }
  for (const name of names) {
    if (!keep.includes(name)) rmSync(join(outDir, name), { recursive: true, force: true });
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.statusCode = status;
  res.setHeader("content-type", type);
  res.setHeader("cache-control", "no-cache");
  res.end(body);
}

/** What a build did: its cards (drawn, or from the cache) and its files in e/ and a/. */
export type ShareReport = {
  cards: { planned: number; drawn: number; cached: number };
  files: OutputCounts;
};

/** Options of the plugin: tests ask what a build did. */
export type SharePagesOptions = { onPublished?: (report: ShareReport) => void };

/** The share pages plugin (see the module comment). Register it in vite.config.ts. */
export function sharePages(options: SharePagesOptions = {}): Plugin {
  let config: ResolvedConfig;
  /** Whether the output folder is to be emptied, as Vite's own emptyOutDir would have it. */
  let emptyOutDir: boolean | null | undefined;
  return {
    name: "dateline-share-pages",
    config(user) {
      // The share folders are updated in place: this plugin empties the rest itself.
      emptyOutDir = user.build?.emptyOutDir;
      return { build: { emptyOutDir: false } };
    },
    configResolved(resolved) {
      config = resolved;
    },
    renderStart: {
      order: "pre",
      handler(output) {
        if (!config.build.write) return;
        const outDir = output.dir ?? resolve(config.root, config.build.outDir);
        // Vite's default: empty the folder when it is inside the project, not otherwise.
        const inside =
          !relative(config.root, outDir).startsWith("..") &&
          !isAbsolute(relative(config.root, outDir));
        if (emptyOutDir ?? inside) emptyAllBut(outDir, [...SHARE_FOLDERS, ".git"]);
      },
    },
    async writeBundle(output) {
      const outDir = output.dir ?? resolve(config.root, config.build.outDir);
      const siteUrl = siteUrlFromEnv((message) => {
        config.logger.warn(message);
      });
      const { root, release } = shareCacheRoot(config);
      try {
        const started = performance.now();
        const checked = openBuildCache({
          dir: join(root, "dataset-checks"),
          generator: generators().check,
          ext: ".txt",
          maxEntries: 64,
        });
        const dataset = await loadDataset(join(publicDirOf(config), DATASET_PATH), checked);
        checked.prune();
        const plan = planPages(dataset);
        const { planned, summary, toolkit } = await planShareCards(plan.pages, config, root);
        const cards = await import("./cards/cards.ts");
        const store = await openCardStore(root);
        const { drawn, cached } = await cards.ensureCards(planned, toolkit, {
          store,
          workersFrom: cards.envCount("DATELINE_CARD_WORKERS_FROM", cards.DEFAULT_WORKERS_FROM),
          log: (line) => {
            config.logger.info(line);
          },
        });
        config.logger.info(
          `share cards: ${String(planned.length)} (${summary}; ${String(drawn)} drawn, ${String(cached)} from the build cache)`,
        );
        const counts = await publishPages(outDir, root, plan, dataset, planned, store, siteUrl);
        store.prune();
        const files = shareAssets();
        if (siteUrl) {
          const paths = ["e/index.html", ...plan.pages.map((p) => `${p.folder}index.html`)].map(
            (path): SharePage => ({ path, html: "" }),
          );
          files.push({ path: "sitemap.xml", content: renderSitemap(paths, siteUrl) });
        }
        for (const file of files) {
          const target = join(outDir, ...file.path.split("/"));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, file.content);
        }
        options.onPublished?.({
          cards: { planned: planned.length, drawn, cached },
          files: counts,
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        config.logger.info(
          `share pages: ${String(counts.reused)} files kept, ${String(counts.written)} written, ${String(counts.deleted)} deleted in e/ and a/ (pages, oEmbed, cards), and ${files.map((f) => f.path).join(", ")}, in ${seconds} s`,
        );
      } finally {
        release();
      }
    },
    configureServer(server) {
      type Served = {
        key: string;
        files: Map<string, string>;
        /** Each card by its path; drawn (or taken from the cache) when first asked for. */
        cards: Map<string, PlannedCard>;
        toolkit: CardToolkit;
      };
      let cache: Promise<Served> | undefined;
      let cacheKey = "";
      const siteUrl = siteUrlFromEnv((message) => {
        server.config.logger.warn(message);
      });
      /** The files by path, re-rendered only when the dataset (or the cards' palette) changes. */
      const current = (): Promise<Served> => {
        // The pages follow the dataset; the cards also follow the palette's stylesheet.
        let key = "missing";
        try {
          const stat = statSync(join(publicDirOf(server.config), DATASET_PATH));
          const palette = statSync(PALETTE_CSS);
          key = `${String(stat.mtimeMs)}:${String(stat.size)}:${String(palette.mtimeMs)}`;
        } catch {
          // loadDataset reports the missing file.
        }
        if (cache === undefined || cacheKey !== key) {
          cacheKey = key;
          cache = (async () => {
            const dataset = await loadDataset(join(publicDirOf(server.config), DATASET_PATH));
            const { planned, toolkit } = await planShareCards(
              planPages(dataset).pages,
              server.config,
              devCacheRoot(server.config),
            );
            const images = new Map(planned.map((c) => [c.pagePath, imageOf(c)]));
            const files = shareFiles(dataset, siteUrl, images);
            return {
              key,
              files: new Map(files.map((f) => [f.path, f.content])),
              cards: new Map(planned.map((c) => [`${c.pagePath}${c.fileName}`, c])),
              toolkit,
            };
          })();
        }
        return cache;
      };
      /** The PNG of a planned card, from the cache or drawn now. */
      const cardPng = async (card: PlannedCard, toolkit: CardToolkit): Promise<Buffer> => {
        const cards = await import("./cards/cards.ts");
        const store = await openCardStore(devCacheRoot(server.config));
        await cards.ensureCards([card], toolkit, {
          store,
          workersFrom: Infinity,
          log: () => undefined,
        });
        return readFile(store.file(card.key));
      };
      server.middlewares.use((req, res, next) => {
        const base = server.config.base.startsWith("/") ? server.config.base : "/";
        const url = new URL(req.url ?? "/", "http://localhost");
        if (!url.pathname.startsWith(base)) {
          next();
          return;
        }
        const path = url.pathname.slice(base.length);
        const ours =
          path === SHARE_CSS_PATH ||
          path === SHARE_JS_PATH ||
          path === "sitemap.xml" ||
          /^[ea](\/|$)/.test(path);
        if (!ours) {
          next();
          return;
        }
        // Like a static host: a folder without its slash redirects, so relative links resolve.
        if (/^(e|[ea]\/[^/]+)$/.test(path)) {
          res.statusCode = 301;
          res.setHeader("location", `${url.pathname}/${url.search}`);
          res.end();
          return;
        }
        const file = path.endsWith("/") || path === "" ? `${path}index.html` : path;
        current()
          .then(async (served) => {
            const card = served.cards.get(file);
            if (card) {
              send(res, 200, contentTypeOf(file), await cardPng(card, served.toolkit));
              return;
            }
            const body = served.files.get(file);
            if (body === undefined) {
              send(res, 404, "text/plain; charset=utf-8", `No share page at /${path}\n`);
              return;
            }
            send(res, 200, contentTypeOf(file), body);
          })
          .catch((error: unknown) => {
            send(res, 503, "text/plain; charset=utf-8", `${String(error)}\n`);
          });
      });
    },
  };
}
