import { html } from "./html.ts";
import type { SharePage } from "./pageShell.ts";
import { normalizeSiteUrl } from "./urls.ts";

/**
 * A sitemap (sitemaps.org 0.9) of the pages' folders under `siteUrl`, for crawlers; written only
 * when a site URL is configured, since a sitemap needs absolute URLs. Empty for a non-http(s) URL.
 */
export function renderSitemap(pages: readonly SharePage[], siteUrl: string): string {
  const site = normalizeSiteUrl(siteUrl);
  const urls = site
    ? pages.map((page) => new URL(page.path.replace(/index\.html$/, ""), site).href)
    : [];
  const entries = urls.map((url) => html` <url><loc>${url}</loc></url> `);
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${html`${entries}`.value}</urlset>
`;
}
