import {
  chmod,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CorpusReplySchema,
  ErrorReplySchema,
  RebuildReplySchema,
  WrittenReplySchema,
} from "../../src/curate/apiContract.ts";
import type { CurateServer } from "./server.ts";
import { startCurateServer } from "./server.ts";

let dir = "";
let corpus = "";
let server: CurateServer;
let origin = "";
const TOKEN = "test-token";
const SEED = "000_eb413498417fa6d3";

type Reply = { status: number; body: Record<string, unknown>; headers: Record<string, unknown> };

/** A raw request, so the test controls every header (fetch would not let it set Host). */
function call(
  method: string,
  urlPath: string,
  options: { body?: Uint8Array | string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const url = new URL(origin);
  const headers: Record<string, string> = {
    host: url.host,
    origin,
    "x-dateline-token": TOKEN,
    ...options.headers,
  };
  const sent = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ""));
  return new Promise((done, fail) => {
    const req = request(
      { host: "127.0.0.1", port: url.port, method, path: urlPath, headers: sent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let body: Record<string, unknown> = {};
          try {
            body = JSON.parse(text) as Record<string, unknown>;
          } catch {
            body = { text };
          }
          done({ status: res.statusCode ?? 0, body, headers: res.headers });
        });
      },
    );
    req.on("error", fail);
    if (options.body !== undefined) req.end(options.body);
    else req.end();
  });
}

const ARTICLE = "date 2024-03-05\nThe harbour opened on Monday.\n\nIt will close in June.\n";
const ANNOTATION = `# Written by hand: this comment must survive.
title: Harbour opens
attribution: Test Wire
events: []
`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "curate-server-"));
  corpus = path.join(dir, "corpus");
  await cp("corpus", corpus, { recursive: true });
  const app = path.join(dir, "app");
  await mkdir(path.join(app, "curate"), { recursive: true });
  await writeFile(
    path.join(app, "curate", "index.html"),
    '<meta name="dateline-token" content="dateline-session-token">',
  );
  await writeFile(path.join(app, "index.html"), "explorer");
  server = await startCurateServer({
    corpus,
    out: path.join(dir, "out", "timeline.json"),
    app,
    token: TOKEN,
  });
  origin = new URL(server.url).origin;
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe("startCurateServer(options)", () => {
  it("listens on loopback and puts the session token into the workspace page only", async () => {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await call("GET", "/curate/");
    expect(page.body["text"]).toBe(`<meta name="dateline-token" content="${TOKEN}">`);
    expect(String(page.headers["content-security-policy"])).toMatch(/script-src 'self'/);
    // The explorer beside it, at the root.
    expect((await call("GET", "/")).body["text"]).toBe("explorer");
  });

  it("gives the corpus's files with ETags to a request with the token", async () => {
    const reply = await call("GET", "/api/corpus", { headers: { origin: "" } });
    expect(reply.status).toBe(200);
    const files = reply.body["files"] as { path: string; etag: string }[];
    expect(files.map((f) => f.path)).toEqual([
      "corpus.yaml",
      "actors.yaml",
      "places.yaml",
      `articles/${SEED}.txt`,
      `annotations/${SEED}.yaml`,
    ]);
    expect(files[0]?.etag).toMatch(/^"[0-9a-f]{64}"$/);
  });

  it("writes a new article byte for byte, then its annotation, atomically, and a rebuild builds", async () => {
    const created = await call("PUT", "/api/files/articles/harbour.txt", {
      body: ARTICLE,
      headers: { "if-none-match": "*" },
    });
    expect(created.status).toBe(201);
    expect(await readFile(path.join(corpus, "articles", "harbour.txt"), "utf8")).toBe(ARTICLE);
    const saved = await call("PUT", "/api/files/annotations/harbour.yaml", {
      body: ANNOTATION,
      headers: { "if-none-match": "*" },
    });
    expect(saved.status).toBe(201);
    expect(saved.headers["etag"]).toBe(saved.body["etag"]);
    expect(await readFile(path.join(corpus, "annotations", "harbour.yaml"), "utf8")).toBe(
      ANNOTATION,
    );
    // No temporary file is left behind.
    expect(
      (await readdir(path.join(corpus, "annotations"))).filter((n) => n.endsWith(".tmp")),
    ).toEqual([]);
    const rebuilt = await call("POST", "/api/rebuild");
    expect(rebuilt.body).toMatchObject({ ok: true });
    const data = await call("GET", "/data/timeline.json");
    expect(JSON.stringify(data.body)).toContain("Harbour opens");
  });

  it("refuses to overwrite a changed file (If-Match) and returns the version on disk", async () => {
    const first = await call("PUT", "/api/files/annotations/harbour.yaml", {
      body: ANNOTATION.replace("Harbour opens", "Harbour opens, take two"),
      headers: { "if-match": '"stale"' },
    });
    expect(first.status).toBe(409);
    expect(first.body["error"]).toMatch(
      /changed on disk since you opened it: nothing was overwritten/,
    );
    expect((first.body["current"] as { text: string }).text).toBe(ANNOTATION);
    expect(await readFile(path.join(corpus, "annotations", "harbour.yaml"), "utf8")).toBe(
      ANNOTATION,
    );
    const etag = (first.body["current"] as { etag: string }).etag;
    const second = await call("PUT", "/api/files/annotations/harbour.yaml", {
      body: ANNOTATION.replace("Harbour opens", "Harbour opens, take two"),
      headers: { "if-match": etag },
    });
    expect(second.status).toBe(200);
  });

  it("refuses an article that already exists with other content", async () => {
    const reply = await call("PUT", "/api/files/articles/harbour.txt", {
      body: ARTICLE + "More.\n",
      headers: { "if-none-match": "*" },
    });
    expect(reply.status).toBe(409);
    expect(await readFile(path.join(corpus, "articles", "harbour.txt"), "utf8")).toBe(ARTICLE);
  });

  it("refuses an annotation the pipeline would reject, naming the problem, and writes nothing", async () => {
    const reply = await call("PUT", "/api/files/annotations/harbour.yaml", {
      body: "title: x\nattribution: y\nevents:\n  - id: a\n    title: A\n    summary: S\n    status: occured\n    actors: []\n    places: []\n    citations:\n      - quote: The harbour opened\n",
      headers: { "if-none-match": "*" },
    });
    expect(reply.status).toBe(422);
    expect((reply.body["problems"] as string[]).join("\n")).toMatch(
      /annotations\/harbour.yaml:7: event "a":.*status/,
    );
  });

  it("refuses an article without a dateline", async () => {
    const reply = await call("PUT", "/api/files/articles/nodate.txt", {
      body: "Just text.\n",
      headers: { "if-none-match": "*" },
    });
    expect(reply.status).toBe(422);
    expect((reply.body["problems"] as string[])[0]).toMatch(/date YYYY-MM-DD/);
  });

  it("answers every endpoint in the shapes of the contract the workspace reads", async () => {
    // Each parse throws on a missing, mistyped or unknown key: the contract's schemas are strict.
    const corpusReply = CorpusReplySchema.parse((await call("GET", "/api/corpus")).body);
    expect(corpusReply.files.length).toBeGreaterThan(0);
    const article = "date 2024-03-05\nThe quay reopened on Monday.\n";
    const created = await call("PUT", "/api/files/articles/contract.txt", {
      body: article,
      headers: { "if-none-match": "*" },
    });
    expect(created.status).toBe(201);
    const { etag } = WrittenReplySchema.parse(created.body);
    const conflict = await call("PUT", "/api/files/articles/contract.txt", {
      body: `${article}More.\n`,
      headers: { "if-match": '"stale"' },
    });
    expect(conflict.status).toBe(409);
    expect(ErrorReplySchema.parse(conflict.body).current).toEqual({ etag, text: article });
    const refused = await call("PUT", "/api/files/annotations/contract.yaml", {
      body: "title: x\n",
      headers: { "if-none-match": "*" },
    });
    expect(refused.status).toBe(422);
    expect(ErrorReplySchema.parse(refused.body).problems?.length).toBeGreaterThan(0);
    const forbidden = await call("GET", "/api/corpus", { headers: { "x-dateline-token": "no" } });
    expect(ErrorReplySchema.parse(forbidden.body).error).toMatch(/token/);
    expect(ErrorReplySchema.parse((await call("GET", "/api/nothing")).body).error).toMatch(
      /No endpoint/,
    );
    const rebuilt = RebuildReplySchema.parse((await call("POST", "/api/rebuild")).body);
    expect(rebuilt.lines.length).toBeGreaterThan(0);
    await rm(path.join(corpus, "articles", "contract.txt"));
  });

  it("appends a new entry to actors.yaml, and refuses a change to an existing one, a clash or a stale version", async () => {
    const file = path.join(corpus, "actors.yaml");
    const before = await readFile(file, "utf8");
    const { files } = CorpusReplySchema.parse((await call("GET", "/api/corpus")).body);
    const etag = files.find((f) => f.path === "actors.yaml")?.etag ?? "";
    const put = (body: string, ifMatch = etag) =>
      call("PUT", "/api/files/actors.yaml", { body, headers: { "if-match": ifMatch } });

    const changed = await put(before.replace("name: Qin Gang", "name: Qin G."));
    expect(changed.status).toBe(422);
    expect(ErrorReplySchema.parse(changed.body).problems).toEqual([
      expect.stringMatching(/only appends new entries/),
    ]);
    const clash = await put(`${before}- id: blinken-2\n  name: Blinken\n  kind: person\n`);
    expect(clash.status).toBe(422);
    expect(ErrorReplySchema.parse(clash.body).problems).toEqual([
      expect.stringMatching(/"Blinken" is already a name or alias of actor "antony-blinken"/),
    ]);
    const badKind = await put(`${before}- id: ryanair\n  name: Ryanair\n  kind: airline\n`);
    expect(ErrorReplySchema.parse(badKind.body).problems).toEqual([
      expect.stringMatching(/kind "airline" is not one of person, country, organisation/),
    ]);
    const stale = await put(
      `${before}- id: ryanair\n  name: Ryanair\n  kind: organisation\n`,
      '"stale"',
    );
    expect(stale.status).toBe(409);
    expect(await readFile(file, "utf8")).toBe(before);

    const added = `${before}- id: ryanair\n  name: Ryanair\n  kind: organisation\n  aliases: [Ryanair Holdings]\n`;
    const written = await put(added);
    expect(written.status).toBe(200);
    expect(await readFile(file, "utf8")).toBe(added);
    // Only the two registry files: corpus.yaml stays out of reach.
    const meta = await call("PUT", "/api/files/corpus.yaml", {
      body: "title: x\n",
      headers: { "if-none-match": "*" },
    });
    expect(meta.status).toBe(400);
    await writeFile(file, before);
  });

  it("refuses cross-origin, tokenless and rebinding requests", async () => {
    const put = (headers: Record<string, string>) =>
      call("PUT", "/api/files/articles/x.txt", {
        body: ARTICLE,
        headers: { "if-none-match": "*", ...headers },
      });
    expect((await put({ origin: "http://evil.example" })).body["error"]).toMatch(/Cross-origin/);
    expect((await put({ origin: "" })).status).toBe(403);
    expect((await put({ "x-dateline-token": "" })).body["error"]).toMatch(/token/);
    expect((await put({ host: "evil.example" })).body["error"]).toMatch(/Wrong Host/);
    expect(
      (await call("GET", "/api/corpus", { headers: { "x-dateline-token": "nope" } })).status,
    ).toBe(403);
  });

  it("refuses traversal, absolute paths, oversized, binary and invalid UTF-8 bodies", async () => {
    const put = (p: string, body: Uint8Array | string = ARTICLE) =>
      call("PUT", `/api/files/${p}`, { body, headers: { "if-none-match": "*" } });
    expect((await put("annotations/..%2F..%2Fescape.yaml")).body["error"]).toMatch(
      /Path traversal/,
    );
    expect((await put("%2Ftmp%2Fescape.txt")).body["error"]).toMatch(/Absolute path/);
    const big = await put("articles/big.txt", "date 2024-01-01\n" + "a".repeat(5 * 1024 * 1024));
    expect(big.status).toBe(413);
    expect(big.body["error"]).toMatch(/over 5 MB/);
    const binary = await put("articles/bin.txt", new Uint8Array([0x64, 0x00, 0xff]));
    expect(binary.status).toBe(415);
    const notUtf8 = await put("articles/latin1.txt", new Uint8Array([0x64, 0x61, 0xe9, 0x0a]));
    expect(notUtf8.body["error"]).toMatch(/Not valid UTF-8/);
    expect(await readdir(path.join(corpus, "articles"))).not.toContain("big.txt");
  });

  it("refuses to write through a symbolic link out of the corpus", async () => {
    const outside = path.join(dir, "outside.txt");
    await writeFile(outside, "outside\n");
    await symlink(outside, path.join(corpus, "articles", "linked.txt"));
    const reply = await call("PUT", "/api/files/articles/linked.txt", {
      body: ARTICLE,
      headers: { "if-none-match": "*" },
    });
    expect(reply.status).toBe(403);
    expect(reply.body["error"]).toMatch(/symbolic link/);
    expect(await readFile(outside, "utf8")).toBe("outside\n");
  });

  it("says in words when a file is read-only, and keeps it", async () => {
    const file = path.join(corpus, "annotations", "harbour.yaml");
    const before = await readFile(file, "utf8");
    const etag = (await call("GET", "/api/corpus")).body["files"] as {
      path: string;
      etag: string;
    }[];
    const current = etag.find((f) => f.path === "annotations/harbour.yaml")?.etag ?? "";
    await chmod(file, 0o444);
    const reply = await call("PUT", "/api/files/annotations/harbour.yaml", {
      body: ANNOTATION,
      headers: { "if-match": current },
    });
    await chmod(file, 0o644);
    expect(reply.status).toBe(423);
    expect(reply.body["error"]).toMatch(/read-only/);
    expect(await readFile(file, "utf8")).toBe(before);
  });
});
