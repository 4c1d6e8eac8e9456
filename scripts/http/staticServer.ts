/**
 * A plain static file server, like any static host: no rewrites, no SPA fallback, no compression.
 * It serves a folder under a URL prefix, so the e2e suite proves the app works from a sub-path, and
 * the benchmark serves its builds the same way.
 */
import { createReadStream, statSync } from "node:fs";
import type { Server } from "node:http";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".map": "application/json",
  ".xml": "application/xml",
  ".ico": "image/x-icon",
};

/** The file a URL path names under `root` (a directory gives its index.html), if any. */
function fileFor(root: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, relative));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  try {
    const stat = statSync(candidate);
    if (stat.isFile()) return candidate;
    if (stat.isDirectory()) {
      const index = join(candidate, "index.html");
      if (statSync(index).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Starts serving `dir` at `http://127.0.0.1:<port><base>` (port 0 picks a free one). Resolves
 * with the URL of the base and a close function.
 */
export async function serveStatic(
  dir: string,
  options: { base?: string; port?: number } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const given = options.base ?? "/";
  const base = given.endsWith("/") ? given : `${given}/`;
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? "/", "http://localhost").pathname;
    if (`${urlPath}/` === base) {
      res.writeHead(301, { location: base }).end();
      return;
    }
    const file = fileFor(root, base, urlPath);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      // As static hosts do for a file they do not compress: the app reads it to size its checks.
      "content-length": statSync(file).size,
      "cache-control": "no-cache",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, "127.0.0.1", done));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("serve: no port");
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}
