/**
 * The curate server (`npm run curate`): serves the built workspace and explorer, and the few
 * endpoints through which the workspace reads the corpus, writes one article or annotation file,
 * and rebuilds the dataset. It listens on loopback only; every endpoint checks the requester
 * (guards.ts) first. It exists only here: `npm run build` never contains it. Paths, headers and
 * replies are the contract's (src/curate/apiContract.ts), which the workspace reads too.
 *
 *   GET  /api/corpus                    the files the workspace's checks need, with ETags
 *   PUT  /api/files/articles/<id>.txt   a new article, byte for byte (If-None-Match: *)
 *   PUT  /api/files/annotations/<id>.yaml   an annotation (If-Match: <etag>, or If-None-Match: *)
 *   PUT  /api/files/actors.yaml (places.yaml)   the registry file with new entries appended only
 *   POST /api/rebuild                   `npm run data` on the corpus
 */
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer } from "node:http";
import { join, normalize, resolve, sep } from "node:path";
import { decodeUtf8, parseArticle } from "../../src/pipeline/article.ts";
import { buildDataset } from "../../src/pipeline/buildDataset.ts";
import { formatProblem } from "../../src/pipeline/problems.ts";
import { checkRegistryWrite } from "../../src/curate/registryEdit.ts";
import type {
  CorpusReply,
  ErrorReply,
  RebuildReply,
  WrittenReply,
} from "../../src/curate/apiContract.ts";
import { API_PATHS, TOKEN_HEADER } from "../../src/curate/apiContract.ts";
import { CONTENT_SECURITY_POLICY } from "../../src/share/contentSecurityPolicy.ts";
import { buildData, unitCacheRef } from "../data/buildData.ts";
import { contentTypeOf } from "../http/contentTypes.ts";
import type { CorpusStore } from "./corpusStore.ts";
import { openCorpus } from "./corpusStore.ts";
import type { Refusal } from "./guards.ts";
import { checkRequester, checkText, MAX_BODY_BYTES, targetOf } from "./guards.ts";

/** Where the curate server reads and writes, and what it serves. */
export type CurateServerOptions = {
  /** The corpus folder it writes into. */
  corpus: string;
  /** The dataset file a rebuild writes, served as data/timeline.json. */
  out: string;
  /** The built site (the explorer and curate/), from `vite build -c vite.curate.config.ts`. */
  app: string;
  /** 0 picks a free port. */
  port?: number;
  /** The session's token; random unless given (tests). */
  token?: string;
};

export type CurateServer = { url: string; token: string; close: () => Promise<void> };

/** The placeholder in curate/index.html that the server fills with the session's token. */
const TOKEN_PLACEHOLDER = 'content="dateline-session-token"';

/** Every reply the API sends: one of the contract's shapes. */
type Reply = CorpusReply | WrittenReply | RebuildReply | ErrorReply;

/** Sends a JSON reply; true, so a handler can `return send(…)`. */
function send(
  res: ServerResponse,
  status: number,
  body: Reply,
  headers: Record<string, string> = {},
): true {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    ...headers,
  });
  res.end(`${JSON.stringify(body)}\n`);
  return true;
}

function refuse(res: ServerResponse, refusal: Refusal): true {
  return send(res, refusal.status, { error: refusal.error });
}

/** The request's body, or a refusal once it passes MAX_BODY_BYTES (the rest is not read). */
async function readBody(req: IncomingMessage): Promise<Uint8Array | Refusal> {
  const tooLarge: Refusal = {
    status: 413,
    error: `Body over ${MAX_BODY_BYTES / 1024 / 1024} MB refused: articles and annotations are text files far smaller than that.`,
  };
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) return tooLarge;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return tooLarge;
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The same checks `npm run data` makes, on the corpus as it would be with `text` at `path`. */
async function problemsWith(
  store: CorpusStore,
  path: string,
  bytes: Uint8Array,
): Promise<string[]> {
  const files = (await store.readAll()).filter((f) => f.path !== path);
  files.push({ path, bytes, etag: "" });
  const result = buildDataset(
    files.map((f) => ({ path: f.path, bytes: f.bytes, sha256: f.etag.replaceAll('"', "") })),
    "0".repeat(64),
  );
  return result.ok
    ? []
    : result.problems.filter((p) => p.file === path).map((p) => formatProblem(p));
}

/**
 * The checks on a write of actors.yaml or places.yaml: only new entries appended to the version
 * on disk, each with a fresh id, name and aliases (src/curate/registryEdit.ts). When the write
 * names another version than the one on disk, it is left to the store's conflict reply.
 */
async function registryProblems(
  store: CorpusStore,
  path: string,
  text: string,
  ifMatch: string | undefined,
): Promise<string[]> {
  const files = await store.readAll();
  const current = files.find((f) => f.path === path);
  if (ifMatch !== undefined && ifMatch !== current?.etag) return [];
  return checkRegistryWrite(
    files.map((f) => ({ path: f.path, bytes: f.bytes, sha256: "" })),
    path,
    text,
  );
}

/** Starts the server on 127.0.0.1. Resolves once it listens. */
export async function startCurateServer(options: CurateServerOptions): Promise<CurateServer> {
  const store = await openCorpus(options.corpus);
  const app = resolve(options.app);
  const token = options.token ?? randomBytes(24).toString("base64url");
  let origin = "";

  const api = async (
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<true> => {
    const refusal = checkRequester(
      {
        method: req.method ?? "GET",
        remoteAddress: req.socket.remoteAddress,
        host: header(req, "host"),
        origin: header(req, "origin"),
        secFetchSite: header(req, "sec-fetch-site"),
        token: header(req, TOKEN_HEADER),
      },
      origin,
      token,
    );
    if (refusal) return refuse(res, refusal);

    if (pathname === API_PATHS.corpus && req.method === "GET") {
      const files = await store.readAll();
      return send(res, 200, {
        files: files.map((f) => ({
          path: f.path,
          etag: f.etag,
          base64: Buffer.from(f.bytes).toString("base64"),
        })),
      } satisfies CorpusReply);
    }
    if (pathname === API_PATHS.rebuild && req.method === "POST") {
      const lines: string[] = [];
      // One whole file: this server serves the explorer its dataset at one path, no shards.
      const code = await buildData(
        store.root,
        options.out,
        { out: (line) => lines.push(line), err: (line) => lines.push(line) },
        { singleFile: true, cache: unitCacheRef() },
      );
      return send(res, code === 0 ? 200 : 422, { ok: code === 0, lines } satisfies RebuildReply);
    }
    if (pathname.startsWith(API_PATHS.files) && req.method === "PUT") {
      const target = targetOf(pathname.slice(API_PATHS.files.length));
      if ("error" in target) return refuse(res, target);
      const body = await readBody(req);
      if (!(body instanceof Uint8Array)) return refuse(res, body);
      const text = checkText(body);
      if ("error" in text) return refuse(res, text);
      const problems =
        target.folder === "articles"
          ? articleProblems(body)
          : target.folder === "registry"
            ? await registryProblems(store, target.path, text.text, header(req, "if-match"))
            : await problemsWith(store, target.path, body);
      if (problems.length > 0) {
        return send(res, 422, {
          error:
            target.folder === "registry"
              ? `${target.path} would not take these entries: nothing was written.`
              : `The corpus would not build with this ${target.folder === "articles" ? "article" : "annotation"}: nothing was written.`,
          problems,
        } satisfies ErrorReply);
      }
      const written = await store.write(target, body, {
        ifMatch: header(req, "if-match"),
        ifNoneMatch: header(req, "if-none-match"),
      });
      if ("error" in written) {
        const current = "current" in written ? written.current : undefined;
        return send(res, written.status, {
          error: written.error,
          ...(current
            ? { current: { etag: current.etag, text: new TextDecoder().decode(current.bytes) } }
            : {}),
        } satisfies ErrorReply);
      }
      return send(res, written.created ? 201 : 200, { etag: written.etag } satisfies WrittenReply, {
        etag: written.etag,
      });
    }
    return send(res, 404, { error: `No endpoint ${req.method ?? ""} ${pathname}.` });
  };

  const files = async (res: ServerResponse, pathname: string): Promise<void> => {
    let relative: string;
    try {
      relative = decodeURIComponent(pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    // The explorer reads the dataset the rebuild writes, not the copy baked into the build.
    let file =
      relative === "/data/timeline.json" ? resolve(options.out) : normalize(join(app, relative));
    if (file !== resolve(options.out) && !file.startsWith(app + sep)) {
      res.writeHead(404).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      await stat(file);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    const headers = {
      "content-type": contentTypeOf(file),
      "cache-control": "no-cache",
      "content-security-policy": `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      "x-content-type-options": "nosniff",
    };
    if (file === join(app, "curate", "index.html")) {
      const html = (await readFile(file, "utf8")).replace(TOKEN_PLACEHOLDER, `content="${token}"`);
      res.writeHead(200, headers).end(html);
      return;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  };

  const server: Server = createServer((req, res) => {
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    const handled = pathname.startsWith("/api/") ? api(req, res, pathname) : files(res, pathname);
    handled.catch((error: unknown) => {
      if (!res.headersSent) {
        send(res, 500, { error: `The curate server failed: ${(error as Error).message}` });
      } else res.end();
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, "127.0.0.1", done));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("curate: no port");
  origin = `http://127.0.0.1:${address.port}`;
  return {
    url: `${origin}/curate/`,
    token,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}

/** An article's own problems (no dateline, empty, not UTF-8), as the pipeline words them. */
function articleProblems(bytes: Uint8Array): string[] {
  const decoded = decodeUtf8(bytes);
  if ("problem" in decoded) return [`${decoded.problem.message} → fix: ${decoded.problem.hint}`];
  const parsed = parseArticle(decoded.text);
  return "problems" in parsed ? parsed.problems.map((p) => `${p.message} → fix: ${p.hint}`) : [];
}
