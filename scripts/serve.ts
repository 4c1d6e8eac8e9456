/**
 * A plain static file server, like any static host: no rewrites, no SPA fallback. It serves --dir
 * under the URL prefix --base, so the suite proves the app works from a sub-path.
 *
 *   tsx scripts/serve.ts --dir dist --base /dateline/ --port 4173
 */
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: "dist" },
    base: { type: "string", default: "/" },
    port: { type: "string", default: "4173" },
  },
});
const root = resolve(values.dir);
const base = values.base.endsWith("/") ? values.base : `${values.base}/`;
const port = Number(values.port);

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

function fileFor(urlPath: string): string | undefined {
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

createServer((req, res) => {
  const urlPath = new URL(req.url ?? "/", "http://localhost").pathname;
  if (`${urlPath}/` === base) {
    res.writeHead(301, { location: base }).end();
    return;
  }
  const file = fileFor(urlPath);
  if (!file) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
    return;
  }
  res.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-cache",
  });
  createReadStream(file).pipe(res);
}).listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
