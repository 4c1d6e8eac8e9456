import { describe, expect, it } from "vitest";
import { escapeHtml, html, raw, safeUrl } from "./html.ts";
import { XSS } from "../model/fixtures/shareDataset.ts";

describe("html`…` (escaping tagged template)", () => {
  it("escapes an interpolated payload in text so it cannot become an element", () => {
    const out = html`<p>${XSS}</p>`.value;
    expect(out).toBe("<p>&lt;img src=x onerror=alert(1)&gt;</p>");
    expect(out).not.toContain("<img");
  });

  it("escapes double and single quotes inside quoted attributes", () => {
    // prettier-ignore
    const out = html`<a title="${'" onmouseover="alert(1)'}" data-x='${"' onclick='x"}'>t</a>`.value;
    expect(out).toBe(
      `<a title="&quot; onmouseover=&quot;alert(1)" data-x='&#39; onclick=&#39;x'>t</a>`,
    );
  });

  it("escapes ampersands, so existing entities stay literal text", () => {
    expect(html`${"&lt; & &amp;"}`.value).toBe("&amp;lt; &amp; &amp;amp;");
  });

  it("inserts nested templates and raw() fragments without escaping them again", () => {
    const items = ["a<b", "c"];
    // prettier-ignore
    const out = html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>${raw("<hr>")}`.value;
    expect(out).toBe("<ul><li>a&lt;b</li><li>c</li></ul><hr>");
  });

  it("renders numbers, and null, undefined and false as nothing", () => {
    expect(html`${3}|${null}|${undefined}|${false}|${0}`.value).toBe("3||||0");
  });

  it("throws on an interpolation in an unquoted attribute value", () => {
    expect(() => html`<a href=${"x"}>t</a>`).toThrow(/quote attribute values/);
  });

  it("allows an '=' in text outside any tag", () => {
    expect(html`<p>a = ${"b"}</p>`.value).toBe("<p>a = b</p>");
  });

  it("escapeHtml leaves plain text alone", () => {
    expect(escapeHtml("Blinken’s two-day trip")).toBe("Blinken’s two-day trip");
  });
});

describe("safeUrl(url)", () => {
  it("keeps http(s) and relative URLs", () => {
    for (const url of [
      "https://example.org/a?b=c#d",
      "HTTP://example.org",
      "../../?event=beijing-visit",
      "e/beijing-visit/",
      "#c-1-2",
      "?source=x&passage=1-2",
      "/abs/path",
    ]) {
      expect(safeUrl(url)).toBe(url);
    }
  });

  it("drops javascript:, data: and other schemes, however they are disguised", () => {
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "\u0001javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox",
      "mailto:a@b.c",
    ]) {
      expect(safeUrl(url), url).toBeUndefined();
    }
  });
});
