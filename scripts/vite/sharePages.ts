/**
 * The Vite plugin that publishes Dateline's static share pages (src/share/pages.ts) beside the app:
 * - `vite build` (and so `npm run build`): after the bundle is written, reads the dataset the build
 *   just ensured (public/data/timeline.json), validates it against the contract, and writes
 *   e/index.html, e/<event-id>/index.html, a/<article-id>/index.html, share.css (the design tokens,
 *   src/styles/tokens.css, then src/share/assets/share.css) and share.js into
 *   the output folder (the resolved outDir, which honours DATELINE_DIST); plus sitemap.xml when a
 *   site URL is set.
 * - `vite` (and so `npm start`): serves the same paths from the same renderer, re-reading the
 *   dataset when it changes, so the dev server has the pages too.
 *
 * DATELINE_SITE_URL (optional): the absolute http(s) URL the app is deployed at, such as
 * https://example.org/dateline/. With it, pages carry <link rel="canonical"> and og:url; without
 * it they carry no absolute URL (a guessed one would be wrong).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin, ResolvedConfig } from "vite";
import type { Dataset } from "../../src/model/dataset.ts";
import { DatasetSchema } from "../../src/model/dataset.ts";
import {
  renderSharePages,
  renderSitemap,
  SHARE_CSS_PATH,
  SHARE_JS_PATH,
} from "../../src/share/pages.ts";
import { normalizeSiteUrl } from "../../src/share/urls.ts";

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

/** Reads and validates the dataset; throws one readable line naming the file and the fix. */
function loadDataset(file: string): Dataset {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new Error(`share pages: ${file} not found. Run \`npm run data\` to build the dataset.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `share pages: ${file} is not valid JSON (${String(error)}). Run \`npm run data\`.`,
    );
  }
  const parsed = DatasetSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(
      `share pages: ${file} does not match the dataset contract (${first ? `${first.path.join(".")}: ${first.message}` : "invalid"}). Run \`npm run data\`.`,
    );
  }
  return parsed.data;
}

/** A file the plugin publishes: its path under the app's base and its text. */
type ShareFile = { path: string; content: string };

/** The files the plugin publishes: the rendered pages, the stylesheet, the script, a sitemap. */
function shareFiles(config: ResolvedConfig, siteUrl: string | undefined): ShareFile[] {
  const publicDir = config.publicDir || resolve(config.root, "public");
  const dataset = loadDataset(join(publicDir, DATASET_PATH));
  const pages = renderSharePages(dataset, { siteUrl });
  const files: ShareFile[] = [
    ...pages.map((page) => ({ path: page.path, content: page.html })),
    {
      path: SHARE_CSS_PATH,
      content: `${readFileSync(TOKENS_CSS, "utf8")}\n${readFileSync(join(ASSETS_DIR, SHARE_CSS_PATH), "utf8")}`,
    },
    { path: SHARE_JS_PATH, content: readFileSync(join(ASSETS_DIR, SHARE_JS_PATH), "utf8") },
  ];
  if (siteUrl) files.push({ path: "sitemap.xml", content: renderSitemap(pages, siteUrl) });
  return files;
}

const CONTENT_TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  xml: "application/xml; charset=utf-8",
};

function send(res: ServerResponse, status: number, type: string, body: string): void {
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
    writeBundle(options) {
      const outDir = options.dir ?? resolve(config.root, config.build.outDir);
      const siteUrl = siteUrlFromEnv((message) => {
        config.logger.warn(message);
      });
      const files = shareFiles(config, siteUrl);
      for (const file of files) {
        const target = join(outDir, ...file.path.split("/"));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, file.content);
      }
      config.logger.info(
        `share pages: ${String(files.length)} files written to ${outDir} (e/, a/, ${SHARE_CSS_PATH}, ${SHARE_JS_PATH})`,
      );
    },
    configureServer(server) {
      let cache: { key: string; files: Map<string, string> } | undefined;
      const siteUrl = siteUrlFromEnv((message) => {
        server.config.logger.warn(message);
      });
      /** The files by path, re-rendered only when the dataset file changes. */
      const current = (): Map<string, string> => {
        const publicDir = server.config.publicDir || resolve(server.config.root, "public");
        let key = "missing";
        try {
          const stat = statSync(join(publicDir, DATASET_PATH));
          key = `${String(stat.mtimeMs)}:${String(stat.size)}`;
        } catch {
          // loadDataset reports the missing file.
        }
        if (cache?.key !== key) {
          const files = shareFiles(server.config, siteUrl);
          cache = { key, files: new Map(files.map((f) => [f.path, f.content])) };
        }
        return cache.files;
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
        let files: Map<string, string>;
        try {
          files = current();
        } catch (error) {
          send(res, 503, "text/plain; charset=utf-8", `${String(error)}\n`);
          return;
        }
        const file = path.endsWith("/") || path === "" ? `${path}index.html` : path;
        const body = files.get(file);
        if (body === undefined) {
          send(res, 404, "text/plain; charset=utf-8", `No share page at /${path}\n`);
          return;
        }
        const type = CONTENT_TYPES[file.slice(file.lastIndexOf(".") + 1)] ?? "text/plain";
        send(res, 200, type, body);
      });
    },
  };
}
