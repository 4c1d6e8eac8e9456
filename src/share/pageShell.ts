/**
 * The shell every static share page is written in: the document, its head (title, description,
 * Open Graph and Twitter card tags, the link-preview card, the oEmbed link, the stylesheet, the
 * icon, the optional hand-over script) and the site header and footer around the page's own body.
 * The pages themselves (eventPage.ts, articlePage.ts, indexPage.ts) give only their head's words
 * and their body.
 *
 * Every link is relative, so the pages work from any sub-path. Absolute URLs (canonical, og:url,
 * og:image, the oEmbed link) appear only when a site URL is configured: unfurlers need absolute
 * URLs, and guessing one would be wrong. All text from data goes through the escaping `html`
 * template; no page has inline script or style, so the Content-Security-Policy holds here as in
 * the app.
 */
import type { Dataset } from "../model/dataset.ts";
import { CONTENT_SECURITY_POLICY } from "./contentSecurityPolicy.ts";
import type { TrustedHtml } from "./html.ts";
import { html, safeUrl } from "./html.ts";
import { EVENT_INDEX_PATH, normalizeSiteUrl } from "./urls.ts";

/** One file of the rendered site: `path` relative to the app's base (forward slashes). */
export type SharePage = { path: string; html: string };

/** The stylesheet and the optional hand-over script, at the app's base. */
export const SHARE_CSS_PATH = "share.css";
export const SHARE_JS_PATH = "share.js";
/** The app's icon (public/favicon.svg), at the app's base: a file, so img-src needs no `data:`. */
export const FAVICON_PATH = "favicon.svg";

/** Options of renderSharePages. */
export type SharePageOptions = {
  /**
   * Absolute http(s) URL where the app is deployed (its base, e.g. `https://example.org/dateline/`).
   * When set, pages carry `<link rel="canonical">` and `og:url`; when unset (or not http(s)) they
   * carry no absolute URL at all.
   */
  readonly siteUrl?: string | undefined;
  /** Override the Content-Security-Policy meta tag (default CONTENT_SECURITY_POLICY). */
  readonly contentSecurityPolicy?: string;
  /**
   * The link-preview card of each page that has one, by the page's folder (`e/<id>/`, `a/<id>/`).
   * A page with a card carries og:image and twitter:card `summary_large_image`; one without keeps
   * the text-only `summary`.
   */
  readonly cards?: ReadonlyMap<string, ShareCardImage>;
};

/** A page's link-preview card: its file in the page's folder, its text, its size in pixels. */
export type ShareCardImage = {
  readonly file: string;
  readonly alt: string;
  readonly width: number;
  readonly height: number;
};

/** A link to `path` (relative to the app's base) from a page `depth` folders deep. */
export function link(depth: number, path: string): string {
  // Paths are built from encoded ids, but check anyway: a URL from data is http(s) or relative.
  return safeUrl(`${"../".repeat(depth)}${path}`) ?? "#";
}

/** What a page says about itself in its head. */
export type PageHead = {
  /** The page's own title: previews show it alone; the browser tab adds the corpus's. */
  title: string;
  /** The browser tab's title, when it is not `<title> · <corpus title>`. */
  documentTitle?: string;
  description: string;
  /** The page's folder, relative to the app's base (`e/<id>/`), ending in `/`. */
  path: string;
  /** How many folders deep the page is: its links climb back this many. */
  depth: number;
  ogType: "article" | "website";
  /** Whether the page loads share.js, which hands a reader with JavaScript over to the app. */
  script: boolean;
  /** The page's oEmbed description (an event's), for CMSes that discover embeds from a link. */
  oembed?: { path: string; title: string };
};

/**
 * A file beside the page (its card, its oEmbed description), as the page names it: absolute under
 * the site URL when there is one, else relative to the page, which some unfurlers resolve and the
 * others ignore (Open Graph wants an absolute URL, which only a site URL gives).
 */
function besidePage(site: string | undefined, pagePath: string, file: string): string {
  return site ? new URL(`${pagePath}${file}`, site).href : (safeUrl(file) ?? "");
}

/** The page at `head.path` (its index.html): `body` in the shell, with the head `head` describes. */
export function sharePage(
  dataset: Dataset,
  head: PageHead,
  options: SharePageOptions,
  body: TrustedHtml,
): SharePage {
  const site = normalizeSiteUrl(options.siteUrl);
  const canonical = site ? new URL(head.path, site).href : undefined;
  const csp = options.contentSecurityPolicy ?? CONTENT_SECURITY_POLICY;
  const card = options.cards?.get(head.path);
  const image = card ? besidePage(site, head.path, encodeURIComponent(card.file)) : undefined;
  const oembed = head.oembed
    ? besidePage(site, head.path, head.oembed.path.slice(head.path.length))
    : undefined;
  const title = head.documentTitle ?? `${head.title} · ${dataset.title}`;
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content="${csp}" />
        <title>${title}</title>
        <meta name="description" content="${head.description}" />
        ${canonical ? html`<link rel="canonical" href="${canonical}" /> ` : ""}
        <meta property="og:title" content="${head.title}" />
        <meta property="og:description" content="${head.description}" />
        <meta property="og:type" content="${head.ogType}" />
        <meta property="og:site_name" content="${dataset.title}" />
        ${canonical ? html`<meta property="og:url" content="${canonical}" /> ` : ""}
        ${
          card && image !== undefined
            ? html`<meta property="og:image" content="${image}" />
                <meta property="og:image:type" content="image/png" />
                <meta property="og:image:width" content="${card.width}" />
                <meta property="og:image:height" content="${card.height}" />
                <meta property="og:image:alt" content="${card.alt}" />
                <meta name="twitter:card" content="summary_large_image" />
                <meta name="twitter:image" content="${image}" />
                <meta name="twitter:image:alt" content="${card.alt}" /> `
            : html`<meta name="twitter:card" content="summary" /> `
        }
        ${
          head.oembed && oembed !== undefined
            ? html`<link
                rel="alternate"
                type="application/json+oembed"
                href="${oembed}"
                title="${head.oembed.title}"
              /> `
            : ""
        }
        <meta name="twitter:title" content="${head.title}" />
        <meta name="twitter:description" content="${head.description}" />
        <link rel="stylesheet" href="${link(head.depth, SHARE_CSS_PATH)}" />
        <!-- The app's icon: browsers would otherwise request /favicon.ico from the host's root. -->
        <link rel="icon" href="${link(head.depth, FAVICON_PATH)}" type="image/svg+xml" />
        ${head.script ? html`<script src="${link(head.depth, SHARE_JS_PATH)}" defer></script> ` : ""}
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <p class="site-name"><a href="${link(head.depth, "")}">${dataset.title}</a></p>
          <nav aria-label="Dateline">
            <ul>
              <li><a href="${link(head.depth, "")}">Timeline</a></li>
              <li><a href="${link(head.depth, EVENT_INDEX_PATH)}">All events</a></li>
            </ul>
          </nav>
        </header>
        ${body}
        <footer class="site-footer">
          <p>
            Every event is traced to the words of the articles.
            <a href="${link(head.depth, EVENT_INDEX_PATH)}">All events and articles</a>
          </p>
        </footer>
      </body>
    </html> `;
  return { path: `${head.path}index.html`, html: page.value };
}
