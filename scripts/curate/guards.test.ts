import { describe, expect, it } from "vitest";
import type { RequestFacts } from "./guards.ts";
import { checkRequester, checkText, targetOf } from "./guards.ts";

const ORIGIN = "http://127.0.0.1:4974";
const ok: RequestFacts = {
  method: "PUT",
  remoteAddress: "127.0.0.1",
  host: "127.0.0.1:4974",
  origin: ORIGIN,
  secFetchSite: "same-origin",
  token: "secret",
};

describe("checkRequester(facts, origin, token)", () => {
  it("lets a same-origin write from loopback with the token pass", () => {
    expect(checkRequester(ok, ORIGIN, "secret")).toBeUndefined();
    expect(checkRequester({ ...ok, remoteAddress: "::1" }, ORIGIN, "secret")).toBeUndefined();
  });
  it("lets a same-origin read without an Origin header pass (browsers send none)", () => {
    expect(
      checkRequester({ ...ok, method: "GET", origin: undefined }, ORIGIN, "secret"),
    ).toBeUndefined();
  });
  it("refuses another origin, and a write without one", () => {
    expect(
      checkRequester({ ...ok, origin: "http://evil.example" }, ORIGIN, "secret")?.error,
    ).toMatch(/Cross-origin request refused \(Origin "http:\/\/evil.example"\)/);
    expect(checkRequester({ ...ok, origin: undefined }, ORIGIN, "secret")?.status).toBe(403);
    expect(
      checkRequester({ ...ok, origin: "http://127.0.0.1:4975" }, ORIGIN, "secret")?.status,
    ).toBe(403);
  });
  it("refuses a request from off the machine, a rebinding Host, and a cross-site fetch", () => {
    expect(checkRequester({ ...ok, remoteAddress: "10.0.0.2" }, ORIGIN, "secret")?.error).toMatch(
      /loopback/,
    );
    expect(checkRequester({ ...ok, host: "evil.example:4974" }, ORIGIN, "secret")?.error).toMatch(
      /Wrong Host/,
    );
    expect(checkRequester({ ...ok, secFetchSite: "cross-site" }, ORIGIN, "secret")?.error).toMatch(
      /Cross-site/,
    );
  });
  it("refuses a missing or wrong token", () => {
    expect(checkRequester({ ...ok, token: undefined }, ORIGIN, "secret")?.error).toMatch(/token/);
    expect(checkRequester({ ...ok, token: "secreT" }, ORIGIN, "secret")?.error).toMatch(/token/);
    expect(checkRequester({ ...ok, token: "secret-longer" }, ORIGIN, "secret")?.status).toBe(403);
  });
});

describe("targetOf(encodedPath)", () => {
  it("reads articles/<id>.txt and annotations/<id>.yaml", () => {
    expect(targetOf("articles/harbour-2024.txt")).toEqual({
      folder: "articles",
      id: "harbour-2024",
      path: "articles/harbour-2024.txt",
    });
    expect(targetOf("annotations/000_eb41.yaml")).toMatchObject({ id: "000_eb41" });
  });
  it("accepts the two registry files at the corpus's root, and nothing else there", () => {
    expect(targetOf("actors.yaml")).toEqual({
      folder: "registry",
      id: "actors",
      path: "actors.yaml",
    });
    expect(targetOf("places.yaml")).toEqual({
      folder: "registry",
      id: "places",
      path: "places.yaml",
    });
    expect(targetOf("Actors.yaml")).toMatchObject({ status: 400 });
    expect(targetOf("%2Factors.yaml")).toMatchObject({ status: 400 });
  });
  it("refuses traversal, encoded or not", () => {
    for (const path of [
      "annotations/../../etc/passwd.yaml",
      "annotations/..%2F..%2Fx.yaml",
      "..%2Fx.yaml",
      "annotations%2F..%2F..%2Fx.yaml",
      "annotations/..%5Cx.yaml",
    ]) {
      expect(targetOf(path), path).toMatchObject({
        status: 400,
        error: expect.stringMatching(/traversal/) as unknown,
      });
    }
  });
  it("refuses absolute paths", () => {
    expect(targetOf("%2Fetc%2Fpasswd")).toMatchObject({
      error: expect.stringMatching(/Absolute path/) as unknown,
    });
    expect(targetOf("C:%5Cx.yaml")).toMatchObject({
      error: expect.stringMatching(/Absolute path/) as unknown,
    });
  });
  it("refuses other folders, subfolders, other extensions and non-slug names", () => {
    expect(targetOf("corpus.yaml")).toMatchObject({ status: 400 });
    expect(targetOf("articles/actors.yaml")).toMatchObject({ status: 400 });
    expect(targetOf("annotations/sub/x.yaml")).toMatchObject({ status: 400 });
    expect(targetOf("annotations/x.txt")).toMatchObject({
      error: expect.stringMatching(/not a slug/) as unknown,
    });
    expect(targetOf("annotations/.hidden.yaml")).toMatchObject({ status: 400 });
    expect(targetOf("articles/a%20b.txt")).toMatchObject({ status: 400 });
    expect(targetOf("articles/a..b.txt")).toMatchObject({ status: 400 });
    expect(targetOf("articles/%E0%A4%A.txt")).toMatchObject({
      error: expect.stringMatching(/Malformed/) as unknown,
    });
    expect(targetOf("articles/a%00.txt")).toMatchObject({
      error: expect.stringMatching(/NUL/) as unknown,
    });
  });
});

describe("checkText(bytes)", () => {
  it("passes UTF-8 text with tabs, newlines and a byte order mark", () => {
    const text = "\uFEFFdate 2024-01-02\n\tHé — 漢字 🙂\r\n";
    expect(checkText(new TextEncoder().encode(text))).toEqual({ text });
  });
  it("refuses invalid UTF-8 with the offset of the bad byte", () => {
    const bytes = new Uint8Array([0x61, 0x62, 0xc3, 0x28, 0x63]);
    expect(checkText(bytes)).toMatchObject({
      status: 415,
      error: expect.stringMatching(/Not valid UTF-8 \(first bad byte at offset 3\)/) as unknown,
    });
  });
  it("refuses binary content (NUL and control bytes)", () => {
    expect(checkText(new Uint8Array([0x61, 0x00, 0x62]))).toMatchObject({
      status: 415,
      error: expect.stringMatching(
        /Binary content refused \(control byte 0x00 at character 1\)/,
      ) as unknown,
    });
    expect(checkText(new TextEncoder().encode("a\u0007b"))).toMatchObject({ status: 415 });
  });
});
