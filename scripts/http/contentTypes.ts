/**
 * The one content-type table of the project's servers: the static server (staticServer.ts, which
 * the e2e suite and the benchmark serve from), the share pages' dev-server middleware
 * (scripts/vite/sharePages.ts) and the curate server (scripts/curate/server.ts).
 *
 * The values are what static hosts send (GitHub Pages, Netlify, Cloudflare Pages, nginx's
 * mime.types), so a test against these servers means what it would in production: text types
 * name their charset; XML does not, since the XML declaration names it (`<?xml … encoding=…?>`);
 * JavaScript is `text/javascript`, RFC 9239's one type for it (hosts that still send the older
 * `application/javascript` are read the same way); anything unknown is `application/octet-stream`.
 */
import { extname } from "node:path";

/** By extension: the Content-Type, and whether it is text worth compressing. */
const TYPES: Readonly<Record<string, { type: string; compressible: boolean }>> = {
  ".html": { type: "text/html; charset=utf-8", compressible: true },
  ".js": { type: "text/javascript; charset=utf-8", compressible: true },
  ".css": { type: "text/css; charset=utf-8", compressible: true },
  ".json": { type: "application/json; charset=utf-8", compressible: true },
  // Source maps are JSON.
  ".map": { type: "application/json; charset=utf-8", compressible: true },
  ".xml": { type: "application/xml", compressible: true },
  ".svg": { type: "image/svg+xml", compressible: true },
  ".txt": { type: "text/plain; charset=utf-8", compressible: true },
  ".csv": { type: "text/csv; charset=utf-8", compressible: true },
  ".ics": { type: "text/calendar; charset=utf-8", compressible: true },
  // Images and fonts are compressed already.
  ".png": { type: "image/png", compressible: false },
  ".ico": { type: "image/x-icon", compressible: false },
  ".woff2": { type: "font/woff2", compressible: false },
};

/** The Content-Type a file is served with, by its extension. */
export function contentTypeOf(file: string): string {
  return TYPES[extname(file).toLowerCase()]?.type ?? "application/octet-stream";
}

/** Whether a file is text a server compresses (brotli or gzip) before sending it. */
export function isCompressible(file: string): boolean {
  return TYPES[extname(file).toLowerCase()]?.compressible ?? false;
}
