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
 * Each event and article page also gets a link-preview card, a PNG beside it (scripts/vite/cards/,
 * cached under .cache/cards/), named in its og:image and twitter:image tags; above
 * DATELINE_CARDS_MAX_EVENTS events (default 5,000) only article pages do.
 *
 * DATELINE_SITE_URL (optional): the absolute http(s) URL the app is deployed at, such as
 * https://example.org/dateline/. With it, pages carry <link rel="canonical"> and og:url, and
 * og:image is absolute; without it they carry no absolute URL (a guessed one would be wrong).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin, ResolvedConfig } from "vite";
import type { Dataset } from "../../src/model/dataset.ts";
import type { ShapeCheck } from "../../src/model/readDataset.ts";
import { readDatasetText } from "../../src/model/readDataset.ts";
import { renderSharePages } from "../../src/share/pages.ts";
import type { ShareCardImage } from "../../src/share/pageShell.ts";
import { SHARE_CSS_PATH, SHARE_JS_PATH } from "../../src/share/pageShell.ts";
import { renderSitemap } from "../../src/share/sitemap.ts";
import { renderOEmbedFiles } from "../../src/share/embed.ts";
import { normalizeSiteUrl } from "../../src/share/urls.ts";
import type { CardToolkit, PlannedCard } from "./cards/cards.ts";
import { PALETTE_CSS } from "./cards/palette.ts";
import { contentTypeOf } from "../http/contentTypes.ts";
import { compiledDatasetCheck } from "./datasetValidator.ts";

/** The dataset, inside Vite's publicDir (public/), where `npm run data` writes it. */
const DATASET_PATH = "data/timeline.json";
/** share.css and share.js, beside the renderer (found from this file, whatever Vite's root is). */
const ASSETS_DIR = fileURLToPath(new URL("../../src/share/assets/", import.meta.url));
/** The app's design tokens, which share.css draws with: published at its head. */
const TOKENS_CSS = fileURLToPath(new URL("../../src/styles/tokens.css", import.meta.url));

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

/**
 * Reads the dataset and checks it as the app does (the model's reader, with the contract's compiled
 * schema check, then the references between its parts); throws one readable line naming the
 * file, the first problem and the fix.
 */
async function loadDataset(file: string): Promise<Dataset> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new Error(`share pages: ${file} not found. Run \`npm run data\` to build the dataset.`);
  }
  const result = await readDatasetText(text, (shapeCheck ??= compiledDatasetCheck()));
  if (!result.ok) {
    const first = result.problems[0];
    throw new Error(
      `share pages: ${file}: ${result.summary}${first === undefined ? "" : ` (${first})`} Run \`npm run data\`.`,
    );
  }
  return result.dataset;
}

/** The compiled check, made once per process (a few milliseconds), when a dataset is first read. */
let shapeCheck: ShapeCheck | undefined;

/** A file the plugin publishes: its path under the app's base and its text. */
type ShareFile = { path: string; content: string };

function publicDirOf(config: ResolvedConfig): string {
  return config.publicDir || resolve(config.root, "public");
}

/**
 * The link-preview cards of `dataset`'s pages, laid out and named but not drawn yet. The card code
 * (fonts, satori, resvg) is loaded only here, so a Vite command that publishes no pages never
 * loads it.
 */
async function planShareCards(
  dataset: Dataset,
  config: ResolvedConfig,
): Promise<{
  planned: PlannedCard[];
  images: Map<string, ShareCardImage>;
  summary: string;
  toolkit: CardToolkit;
}> {
  const cards = await import("./cards/cards.ts");
  const maxEvents = cards.envCount("DATELINE_CARDS_MAX_EVENTS", cards.DEFAULT_MAX_EVENTS);
  const { cards: contents, eventsLeftOut } = cards.cardContents(dataset, maxEvents);
  const toolkit = cards.loadCardToolkit(publicDirOf(config));
  const planned = cards.planCards(contents, toolkit);
  const summary = eventsLeftOut
    ? `articles only: ${String(dataset.events.length)} events is over DATELINE_CARDS_MAX_EVENTS=${String(maxEvents)}`
    : "events and articles";
  return { planned, images: cards.cardImages(planned), summary, toolkit };
}

/** The files the plugin publishes: the rendered pages, the stylesheet, the script, a sitemap. */
function shareFiles(
  dataset: Dataset,
  siteUrl: string | undefined,
  cards: ReadonlyMap<string, ShareCardImage>,
): ShareFile[] {
  const pages = renderSharePages(dataset, { siteUrl, cards });
  const files: ShareFile[] = [
    ...pages.map((page) => ({ path: page.path, content: page.html })),
    {
      path: SHARE_CSS_PATH,
      content: `${readFileSync(TOKENS_CSS, "utf8")}\n${readFileSync(join(ASSETS_DIR, SHARE_CSS_PATH), "utf8")}`,
    },
    { path: SHARE_JS_PATH, content: readFileSync(join(ASSETS_DIR, SHARE_JS_PATH), "utf8") },
  ];
  files.push(...renderOEmbedFiles(dataset, siteUrl));
  if (siteUrl) files.push({ path: "sitemap.xml", content: renderSitemap(pages, siteUrl) });
  return files;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.statusCode = status;
  res.setHeader("content-type", type);
  res.setHeader("cache-control", "no-cache");
  res.end(body);
}

/** The share pages plugin (see the module comment). Register it in vite.config.ts. */
export function sharePages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "dateline-share-pages",
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(options) {
      const outDir = options.dir ?? resolve(config.root, config.build.outDir);
      const siteUrl = siteUrlFromEnv((message) => {
        config.logger.warn(message);
      });
      const dataset = await loadDataset(join(publicDirOf(config), DATASET_PATH));
      const started = performance.now();
      const { planned, images, summary, toolkit } = await planShareCards(dataset, config);
      const cards = await import("./cards/cards.ts");
      const cacheDir = resolve(config.root, cards.CARD_CACHE_DIR);
      const { drawn, cached } = await cards.ensureCards(planned, toolkit, {
        cacheDir,
        workersFrom: cards.envCount("DATELINE_CARD_WORKERS_FROM", cards.DEFAULT_WORKERS_FROM),
        log: (line) => {
          config.logger.info(line);
        },
      });
      cards.publishCards(planned, cacheDir, outDir);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      config.logger.info(
        `share cards: ${String(planned.length)} (${summary}; ${String(drawn)} drawn, ${String(cached)} from ${cards.CARD_CACHE_DIR}) in ${seconds} s`,
      );
      const files = shareFiles(dataset, siteUrl, images);
      for (const file of files) {
        const target = join(outDir, ...file.path.split("/"));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, file.content);
      }
      config.logger.info(
        `share pages: ${String(files.length)} files written to ${outDir} (e/ with oEmbed, a/, ${SHARE_CSS_PATH}, ${SHARE_JS_PATH})`,
      );
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
            const { planned, images, toolkit } = await planShareCards(dataset, server.config);
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
        const cacheDir = resolve(server.config.root, cards.CARD_CACHE_DIR);
        await cards.ensureCards([card], toolkit, {
          cacheDir,
          workersFrom: Infinity,
          log: () => undefined,
        });
        return readFile(cards.cacheFile(cacheDir, card));
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
