import { describe, expect, it } from "vitest";
import { CorpusReplySchema, ErrorReplySchema, fileEndpoint } from "./apiContract.ts";

describe("fileEndpoint(path)", () => {
  it("percent-encodes each segment and keeps the folder's slash", () => {
    expect(fileEndpoint("annotations/harbour.yaml")).toBe("/api/files/annotations/harbour.yaml");
    expect(fileEndpoint("articles/a b#?.txt")).toBe("/api/files/articles/a%20b%23%3F.txt");
    // A slash inside a name cannot pass as a folder: only the path's own slashes stay.
    expect(fileEndpoint("articles/..%2Fx.txt")).toBe("/api/files/articles/..%252Fx.txt");
  });
});

describe("the reply schemas", () => {
  it("accept the contract's shapes and refuse an unknown or missing key", () => {
    const corpus = { files: [{ path: "corpus.yaml", etag: '"a"', base64: "eA==" }] };
    expect(CorpusReplySchema.safeParse(corpus).success).toBe(true);
    expect(CorpusReplySchema.safeParse({ ...corpus, more: 1 }).success).toBe(false);
    expect(CorpusReplySchema.safeParse({ files: [{ path: "x", etag: '"a"' }] }).success).toBe(
      false,
    );
    expect(ErrorReplySchema.safeParse({ error: "No." }).success).toBe(true);
    expect(
      ErrorReplySchema.safeParse({ error: "Changed.", current: { etag: '"b"', text: "t" } })
        .success,
    ).toBe(true);
    expect(
      ErrorReplySchema.safeParse({ error: "Changed.", current: { etag: '"b"' } }).success,
    ).toBe(false);
  });
});
