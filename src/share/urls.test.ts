import { describe, expect, it } from "vitest";
import {
  appEventQuery,
  appPassageQuery,
  articlePagePath,
  eventPagePath,
  normalizeSiteUrl,
  shareUrlFor,
} from "./urls.ts";

describe("share URL forms", () => {
  it("names an event's static page e/<id>/ and its app view ?event=<id>", () => {
    expect(eventPagePath("beijing-visit")).toBe("e/beijing-visit/");
    expect(appEventQuery("beijing-visit")).toBe("?event=beijing-visit");
    expect(articlePagePath("000_eb413498417fa6d3")).toBe("a/000_eb413498417fa6d3/");
    expect(appPassageQuery("000_x", 3, 9)).toBe("?source=000_x&passage=3-9");
  });

  it("encodes characters that would break out of a path segment", () => {
    expect(eventPagePath("a/../b?c")).toBe("e/a%2F..%2Fb%3Fc/");
  });
});

describe("shareUrlFor(eventId, appUrl)", () => {
  it("resolves against the app's folder, dropping query and fragment", () => {
    expect(shareUrlFor("delhi-g20", "http://127.0.0.1:4173/dateline/?event=bali-g20#x")).toBe(
      "http://127.0.0.1:4173/dateline/e/delhi-g20/",
    );
    expect(shareUrlFor("delhi-g20", "https://example.org/index.html?q=1")).toBe(
      "https://example.org/e/delhi-g20/",
    );
  });
});

describe("normalizeSiteUrl(siteUrl)", () => {
  it("adds a trailing slash and drops query and fragment", () => {
    expect(normalizeSiteUrl("https://example.org/dateline")).toBe("https://example.org/dateline/");
    expect(normalizeSiteUrl(" http://x.test/a/?q=1#f ")).toBe("http://x.test/a/");
  });

  it("rejects empty, relative and non-http(s) URLs", () => {
    for (const url of [undefined, "", "  ", "dateline/", "javascript:alert(1)", "ftp://x.test/"]) {
      expect(normalizeSiteUrl(url), String(url)).toBeUndefined();
    }
  });
});
