import { describe, expect, it } from "vitest";
import { contentTypeOf, isCompressible } from "./contentTypes.ts";

describe("contentTypeOf(file)", () => {
  it("gives what static hosts send for every kind of file the site publishes", () => {
    expect(
      [
        "index.html",
        "assets/index-Bq3xZ9aK.js",
        "share.css",
        "data/timeline.json",
        "e/x/oembed.json",
        "assets/index-Bq3xZ9aK.js.map",
        "sitemap.xml",
        "favicon.svg",
        "e/x/card-0123.png",
        "events.ics",
        "events.csv",
        "robots.txt",
      ].map(contentTypeOf),
    ).toEqual([
      "text/html; charset=utf-8",
      "text/javascript; charset=utf-8",
      "text/css; charset=utf-8",
      "application/json; charset=utf-8",
      "application/json; charset=utf-8",
      "application/json; charset=utf-8",
      "application/xml",
      "image/svg+xml",
      "image/png",
      "text/calendar; charset=utf-8",
      "text/csv; charset=utf-8",
      "text/plain; charset=utf-8",
    ]);
  });

  it("reads the extension whatever its case, and sends the unknown as bytes", () => {
    expect(contentTypeOf("INDEX.HTML")).toBe("text/html; charset=utf-8");
    expect(contentTypeOf("archive.tar.gz")).toBe("application/octet-stream");
    expect(contentTypeOf("LICENSE")).toBe("application/octet-stream");
  });
});

describe("isCompressible(file)", () => {
  it("compresses text, not pictures and fonts, which are compressed already", () => {
    expect(["a.html", "a.js", "a.json", "a.svg", "a.xml"].every(isCompressible)).toBe(true);
    expect(["a.png", "a.woff2", "a.ico", "a.bin"].some(isCompressible)).toBe(false);
  });
});
