/**
 * A plain static file server, like any static host: no rewrites, no SPA fallback. It serves a folder
 * under a URL prefix, so the e2e suite proves the app works from a sub-path, and the benchmark
 * serves its builds the same way.
 *
 * With `compress`, it serves as a CDN or a well-configured static host does, which is what the
 * benchmark's network figures need to mean anything:
 * - the encoding the browser accepts (brotli, then gzip): a precompressed `file.br` / `file.gz`
 *   beside the file when there is one, otherwise compressed on the fly (once, then kept), with
 *   `Vary: Accept-Encoding`;
 * - `Content-Length` of the bytes sent, and an `ETag` per file and encoding, answered with 304
 *   when the browser already has it;
 * - a year's `immutable` cache lifetime for files whose name carries a content hash (Vite's
 *   `assets/name-HASH.js`, the dataset layout's `name.HASH.json`), `no-cache` (revalidate) for the
 *   rest, such as index.html.
 * Without it (the e2e suite's default), files go out as they are, with their length.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer } from "node:http";
import { join, normalize, resolve, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { contentTypeOf, isCompressible } from "./contentTypes.ts";

/** Below this size compression saves less than its headers cost, and hosts skip it. */
const MIN_COMPRESS_BYTES = 1024;

/**
 * A file whose name carries a content hash, so it never changes under that name: Vite's
 * `assets/index-Bq3xZ9aK.js`, or the dataset layout's `data/events.3f9c2a81d0.json`.
 */
export const HASHED_NAME = /(?:[/\\]assets[/\\][^/\\]+-[\w-]{8}|\.[0-9a-f]{10,})\.[a-z0-9]+$/;

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

type Encoding = "br" | "gzip";

/** The encodings a request accepts, best first (q=0 refuses one). */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const accepted = new Set<string>();
  for (const part of (header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  return (["br", "gzip"] as const).filter((e) => accepted.has(e));
}

/** Compressed copies made on the fly, by file, modification time and encoding. */
const compressedCache = new Map<string, Buffer>();

/**
 * The bytes of `file` in `encoding`: the precompressed sibling when there is one, else compressed
 * now, at the levels CDNs use on the fly (brotli 5, gzip 6), and kept for the next request.
 */
function encodedBytes(file: string, encoding: Encoding, mtimeMs: number): Buffer {
  const sibling = `${file}${encoding === "br" ? ".br" : ".gz"}`;
  if (existsSync(sibling) && statSync(sibling).mtimeMs >= mtimeMs) return readFileSync(sibling);
  const key = `${file}\0${String(mtimeMs)}\0${encoding}`;
  const cached = compressedCache.get(key);
  if (cached) return cached;
  const raw = readFileSync(file);
  const bytes =
    encoding === "br"
      ? brotliCompressSync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        })
      : gzipSync(raw, { level: 6 });
  compressedCache.set(key, bytes);
  return bytes;
}

function cacheControl(file: string): string {
  return HASHED_NAME.test(file) ? "public, max-age=31536000, immutable" : "no-cache";
}

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  compress: boolean,
): void {
  const stat = statSync(file);
  const type = contentTypeOf(file);
  if (!compress) {
    res.writeHead(200, {
      "content-type": type,
      // As static hosts do for a file they do not compress: the app reads it to size its checks.
      "content-length": stat.size,
      "cache-control": "no-cache",
    });
    createReadStream(file).pipe(res);
    return;
  }
  const encoding =
    isCompressible(file) && stat.size >= MIN_COMPRESS_BYTES
      ? acceptedEncodings(req.headers["accept-encoding"])[0]
      : undefined;
  const tag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ""}"`;
  const headers: Record<string, string | number> = {
    "content-type": type,
    "cache-control": cacheControl(file),
    etag: tag,
    vary: "Accept-Encoding",
  };
  const known = req.headers["if-none-match"];
  if (known !== undefined && known.split(",").some((t) => t.trim() === tag)) {
    res.writeHead(304, headers).end();
    return;
  }
  if (encoding === undefined) {
    res.writeHead(200, { ...headers, "content-length": stat.size });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
    return;
  }
  const bytes = encodedBytes(file, encoding, stat.mtimeMs);
  res.writeHead(200, { ...headers, "content-encoding": encoding, "content-length": bytes.length });
  res.end(req.method === "HEAD" ? undefined : bytes);
}

export type ServeOptions = {
  base?: string;
  port?: number;
  /** Serve as a CDN does: compression, ETags, cache lifetimes (see the top of this file). */
  compress?: boolean;
};

/**
 * Starts serving `dir` at `http://127.0.0.1:<port><base>` (port 0 picks a free one). Resolves
 * with the URL of the base and a close function.
 */
export async function serveStatic(
  dir: string,
  options: ServeOptions = {},
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
    sendFile(req, res, file, options.compress === true);
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
