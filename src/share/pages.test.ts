import { describe, expect, it } from "vitest";
import { formatDateLabel } from "../model/dateLabels.ts";
import { CONTENT_SECURITY_POLICY } from "./contentSecurityPolicy.ts";
import { escapeHtml } from "./html.ts";
import { STATUS_WORDS } from "../model/statuses.ts";
import type { SharePage } from "./pageShell.ts";
import { renderSharePages } from "./pages.ts";
import { renderSitemap } from "./sitemap.ts";
import { renderOEmbedFiles } from "./embed.ts";
import { TEST_DATASET, testEvent, XSS } from "../model/fixtures/shareDataset.ts";

const pages = renderSharePages(TEST_DATASET);
const byPath = new Map(pages.map((p) => [p.path, p.html]));
const page = (path: string): string => {
  const found = byPath.get(path);
  if (found === undefined) throw new Error(`no page ${path}`);
  return found;
};

/** The content attribute of the meta tag named (name or property) `key`. */
function meta(htmlText: string, key: string): string | undefined {
  const re = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`);
  return re.exec(htmlText)?.[1];
}

/**
 * Text content of an HTML fragment: entities decoded, whitespace collapsed, tags replaced by a
 * space (or, with `inline`, by nothing, and <br> by a space: the text inside one paragraph).
 */
function textOf(fragment: string, inline = false): string {
  return (inline ? fragment.replace(/<br\s*\/?>/g, " ") : fragment)
    .replace(/<[^>]*>/g, inline ? "" : " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

function hrefs(htmlText: string): string[] {
  return [...htmlText.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) =>
    (m[1] ?? "").replace(/&amp;/g, "&"),
  );
}

describe("renderSharePages(dataset)", () => {
  it("writes an index, a page per event and a page per article", () => {
    expect(pages.map((p) => p.path)).toEqual([
      "e/index.html",
      ...TEST_DATASET.events.map((e) => `e/${e.id}/index.html`),
      ...TEST_DATASET.sources.map((s) => `a/${s.id}/index.html`),
    ]);
    expect(renderSharePages(TEST_DATASET)).toEqual(pages); // deterministic
  });

  it("never lets data become markup, script or style", () => {
    for (const { path, html } of pages) {
      expect(html, path).not.toContain("<img");
      expect(html, path).not.toContain("<b>");
      expect(html, path).not.toContain("<i>");
      const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
      // Attribute names only: escaped text inside quoted values may read "onerror=".
      const names = tags.map((t) => t.replace(/"[^"]*"|'[^']*'/g, '""'));
      expect(
        names.filter((t) => /\son[a-z]+=/i.test(t)),
        path,
      ).toEqual([]);
      expect(html, path).not.toMatch(/<style|\sstyle=/i);
      // The only script is the external hand-over script on event pages.
      const scripts = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
      expect(scripts, path).toEqual(
        path.startsWith("e/") && path !== "e/index.html"
          ? ['<script src="../../share.js" defer>']
          : [],
      );
    }
  });

  it("carries the Content-Security-Policy meta tag on every page", () => {
    const tag = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}" />`;
    for (const { html } of pages) expect(html).toContain(tag);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-inline");
  });

  it("links only relatively, to pages that exist or to the app and its assets", () => {
    const base = "http://host.test/sub/path/";
    const known = new Set(pages.map((p) => new URL(p.path.replace(/index\.html$/, ""), base).href));
    const oembedFiles = new Set(
      renderOEmbedFiles(TEST_DATASET, undefined).map((f) => new URL(f.path, base).href),
    );
    for (const { path, html } of pages) {
      for (const href of hrefs(html)) {
        expect(href, `${path}: ${href}`).not.toMatch(/^([a-z]+:|\/)/i);
        const target = new URL(href, new URL(path, base));
        expect(target.href.startsWith(base), `${path}: ${href}`).toBe(true);
        const bare = `${target.origin}${target.pathname}`;
        const ok =
          known.has(bare) ||
          bare === base ||
          bare === `${base}share.css` ||
          bare === `${base}share.js` ||
          bare === `${base}favicon.svg` ||
          oembedFiles.has(bare) ||
          (href.startsWith("#") && html.includes(`id="${href.slice(1)}"`));
        expect(ok, `${path}: ${href} → ${bare}`).toBe(true);
      }
    }
  });

  it("omits every absolute URL (canonical, og:url) without a site URL", () => {
    for (const { html } of pages) {
      expect(html).not.toContain('rel="canonical"');
      expect(html).not.toContain("og:url");
      expect(html).not.toMatch(/https?:\/\//);
    }
  });
});

describe("an event page", () => {
  const event = testEvent("delhi-g20");
  const html = page("e/delhi-g20/index.html");

  it("shows title, date label with status, status as of the dateline, actors, places, summary", () => {
    expect(html).toContain(`<h1>${escapeHtml(event.title)}</h1>`);
    expect(html).toContain(
      `<p class="date-label">${formatDateLabel(event.date, event.status)}</p>`,
    );
    expect(textOf(html)).toContain("Status as of 18 June 2023: expected");
    expect(textOf(html)).toContain("Antony Blinken (US Secretary of State)");
    expect(textOf(html)).toContain("=cmd|' /C calc'!A0 <img src=x onerror=alert(1)>");
    expect(textOf(html)).toContain("Delhi");
    expect(textOf(html)).toContain("Both leaders are likely to attend, in September; maybe.");
  });

  it("quotes every citation with its article, dateline, attribution and paragraph", () => {
    for (const c of testEvent("beijing-visit").citations) {
      expect(page("e/beijing-visit/index.html")).toContain(
        `<blockquote><p>${escapeHtml(c.exact)}</p></blockquote>`,
      );
    }
    expect(textOf(html)).toContain('Wire story <b>"A"</b> , 18 June 2023, Test Wire, paragraph 2.');
    expect(hrefs(html)).toContain("../../a/000_test/#c-94-232");
    expect(hrefs(html)).toContain("../../?source=000_test&passage=94-232");
  });

  it("links prominently to the app's ?event= view, with the id in a data attribute", () => {
    expect(html).toMatch(
      /<a class="button" href="\.\.\/\.\.\/\?event=delhi-g20" data-event-id="delhi-g20"\s*>Open in the timeline<\/a/,
    );
  });

  it("has Open Graph and Twitter card tags, titled with the event's own title", () => {
    // og:site_name carries the corpus: repeating it in the title only gets the title cut short.
    expect(meta(html, "og:title")).toBe(escapeHtml(event.title));
    expect(meta(html, "og:site_name")).toBe(escapeHtml(TEST_DATASET.title));
    expect(html).toContain(
      `<title>${escapeHtml(`${event.title} · ${TEST_DATASET.title}`)}</title>`,
    );
    expect(meta(html, "og:type")).toBe("article");
    expect(meta(html, "og:description")).toBe(
      escapeHtml(
        "September 2023 (expected). Both leaders are likely to attend, in September; maybe.",
      ),
    );
    // Without a card, a text preview.
    expect(meta(html, "twitter:card")).toBe("summary");
    expect(meta(html, "twitter:title")).toBe(meta(html, "og:title"));
    expect(meta(html, "og:image")).toBeUndefined();
  });

  it("adds canonical and og:url when a site URL is configured", () => {
    const withSite = renderSharePages(TEST_DATASET, { siteUrl: "https://example.org/dateline" });
    const html2 = withSite.find((p) => p.path === "e/delhi-g20/index.html")?.html ?? "";
    expect(html2).toContain(
      '<link rel="canonical" href="https://example.org/dateline/e/delhi-g20/" />',
    );
    expect(meta(html2, "og:url")).toBe("https://example.org/dateline/e/delhi-g20/");
  });

  it("names its oEmbed description for CMSes: beside the page, or absolute with a site URL", () => {
    const discovery =
      /<link\s+rel="alternate"\s+type="application\/json\+oembed"\s+href="([^"]*)"\s+title="([^"]*)"/;
    expect(discovery.exec(html)?.slice(1)).toEqual(["oembed.json", escapeHtml(event.title)]);
    const withSite = renderSharePages(TEST_DATASET, { siteUrl: "https://example.org/dateline/" });
    const html2 = withSite.find((p) => p.path === "e/delhi-g20/index.html")?.html ?? "";
    expect(discovery.exec(html2)?.[1]).toBe("https://example.org/dateline/e/delhi-g20/oembed.json");
    // Only event pages are embeds.
    expect(page("a/000_test/index.html")).not.toContain("json+oembed");
  });

  it("ignores a site URL that is not http(s)", () => {
    const withBad = renderSharePages(TEST_DATASET, { siteUrl: "javascript:alert(1)//" });
    for (const { html: h } of withBad) expect(h).not.toContain("javascript:alert(1)//");
  });

  it("lists related events with their date labels", () => {
    expect(hrefs(html)).toContain("../../e/beijing-visit/");
    expect(textOf(html)).toContain("Blinken visits Beijing 18–19 June 2023");
  });
});

describe("an article page", () => {
  const source = TEST_DATASET.sources[0];
  const html = page("a/000_test/index.html");
  const body = /<div class="article-text">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";

  it("keeps the article's text intact, paragraph by paragraph", () => {
    const paragraphs = [...body.matchAll(/<p id="p-\d+">([\s\S]*?)<\/p>/g)].map((m) =>
      textOf(m[1] ?? "", true),
    );
    expect(paragraphs).toEqual(
      source?.paragraphs.map((p) => source.text.slice(p.start, p.end).replace(/\s+/g, " ").trim()),
    );
  });

  it("marks every cited passage, anchored as c-<start>-<end> exactly once", () => {
    const cited = TEST_DATASET.events.flatMap((e) =>
      e.citations.filter((c) => c.source === "000_test"),
    );
    for (const c of cited) {
      expect(html.split(`id="c-${String(c.start)}-${String(c.end)}"`)).toHaveLength(2);
    }
    const marked = [...body.matchAll(/<mark[^>]*>([\s\S]*?)<\/mark>/g)].map((m) =>
      textOf(m[1] ?? ""),
    );
    expect(marked).toContain(
      textOf(escapeHtml(testEvent("san-francisco-apec").citations[0]?.exact ?? "")),
    );
    expect(body).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("links marked passages to the events they support", () => {
    expect(body).toMatch(/<mark id="c-94-232"><a href="\.\.\/\.\.\/e\/delhi-g20\/"/);
    // Nested quotes: the narrower one links to its own event, the paragraph note names both.
    expect(body).toMatch(
      /<a href="\.\.\/\.\.\/e\/balloon-incident\/"[^>]*>Antony Blinken met Qin Gang<\/a>/,
    );
    expect(textOf(body)).toContain("Paragraph 1 supports: Blinken visits Beijing , Balloon seen");
  });
});

describe("the index page", () => {
  const html = page("e/index.html");

  it("lists every event with its date label and every article, linked", () => {
    for (const e of TEST_DATASET.events) {
      expect(hrefs(html)).toContain(`../e/${e.id}/`);
      // The date without its status suffix, then the status on its own.
      expect(textOf(html)).toContain(
        `${formatDateLabel(e.date)} · ${STATUS_WORDS[e.status].sentence}`,
      );
    }
    for (const s of TEST_DATASET.sources) expect(hrefs(html)).toContain(`../a/${s.id}/`);
    expect(textOf(html)).toContain("7 events, as reported up to 20 June 2023.");
  });
});

describe("renderSitemap(pages, siteUrl)", () => {
  it("lists every page's folder under the site URL", () => {
    const xml = renderSitemap(pages, "https://example.org/d");
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(
      pages.map((p: SharePage) => `https://example.org/d/${p.path.replace(/index\.html$/, "")}`),
    );
  });
});

describe("link-preview card tags", () => {
  const alt = `A card's text: ${XSS} "quoted"`;
  const cards = new Map([
    ["e/delhi-g20/", { file: "card-0123abcd.png", alt, width: 1200, height: 630 }],
    ["a/000_test/", { file: "card-4567ef01.png", alt: "Article card", width: 1200, height: 630 }],
  ]);

  it("point an event page at its card, relative to the page, without a site URL", () => {
    const html = renderSharePages(TEST_DATASET, { cards }).find(
      (p) => p.path === "e/delhi-g20/index.html",
    )?.html;
    if (html === undefined) throw new Error("no page");
    expect(meta(html, "og:image")).toBe("card-0123abcd.png");
    expect(meta(html, "og:image:type")).toBe("image/png");
    expect(meta(html, "og:image:width")).toBe("1200");
    expect(meta(html, "og:image:height")).toBe("630");
    expect(meta(html, "og:image:alt")).toBe(escapeHtml(alt));
    expect(meta(html, "twitter:card")).toBe("summary_large_image");
    expect(meta(html, "twitter:image")).toBe("card-0123abcd.png");
    expect(meta(html, "twitter:image:alt")).toBe(escapeHtml(alt));
    expect(meta(html, "og:title")).toBe(escapeHtml(testEvent("delhi-g20").title));
    // The alt text is escaped: the payload is an attribute's text, not markup.
    expect(html).not.toContain(XSS);
  });

  it("give absolute image URLs with a site URL, as Open Graph requires", () => {
    const pagesWithSite = renderSharePages(TEST_DATASET, {
      cards,
      siteUrl: "https://example.org/dateline",
    });
    const event = pagesWithSite.find((p) => p.path === "e/delhi-g20/index.html")?.html ?? "";
    expect(meta(event, "og:image")).toBe(
      "https://example.org/dateline/e/delhi-g20/card-0123abcd.png",
    );
    expect(meta(event, "twitter:image")).toBe(meta(event, "og:image"));
    const article = pagesWithSite.find((p) => p.path === "a/000_test/index.html")?.html ?? "";
    expect(meta(article, "og:image")).toBe(
      "https://example.org/dateline/a/000_test/card-4567ef01.png",
    );
    expect(meta(article, "og:title")).toBe(escapeHtml(TEST_DATASET.sources[0]?.title ?? ""));
  });

  it("leave a page without a card on a text preview", () => {
    const html = renderSharePages(TEST_DATASET, { cards }).find(
      (p) => p.path === "e/beijing-visit/index.html",
    )?.html;
    expect(meta(html ?? "", "twitter:card")).toBe("summary");
    expect(html).not.toContain("og:image");
  });
});
