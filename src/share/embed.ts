/**
 * Embedding Dateline in someone else's page: the iframe snippet the app's Embed dialog offers, and
 * the oEmbed description each event's share page links to (`e/<id>/oembed.json`), from which a CMS
 * that discovers oEmbed makes the same snippet. Both point at the app's own link contract with
 * `embed` set (docs/contracts.md), so an embed is the explorer's view in a compact layout.
 *
 * The snippet is plain HTML with no script, so a CMS that strips scripts keeps it whole; a host
 * that wants the iframe to follow its content's height listens for the embed's height message
 * (docs/sharing.md, "Embedding").
 */
import type { Dataset, TimelineEvent } from "../model/dataset.ts";
import type { ViewState } from "../model/viewState.ts";
import { DEFAULT_VIEW_STATE, serializeViewState } from "../model/viewState.ts";
import { escapeHtml, safeUrl } from "./html.ts";
import { eventPagePath } from "./urls.ts";

/** The shortest embed the layout is made for, in CSS pixels. */
export const MIN_EMBED_HEIGHT = 400;
/** The tallest height the snippet accepts, in CSS pixels: taller is no embed, but a page. */
export const MAX_EMBED_HEIGHT = 2000;

/** The heights the Embed dialog offers, shortest first. */
export const EMBED_HEIGHTS = [
  { id: "short", label: "Short", height: 520, hint: "a wide column" },
  { id: "standard", label: "Standard", height: 680, hint: "most columns" },
  { id: "tall", label: "Tall", height: 860, hint: "a phone-wide column, long quotes" },
] as const;

/**
 * The height an embed gets unless one is chosen: the standard one. Measured on the seed corpus,
 * the embed of an event with a two-line quote needs about 820 px at 320 px wide, 730 at 600, 640
 * at 800 and 450 at 1200; a shorter frame scrolls inside.
 */
export const DEFAULT_EMBED_HEIGHT = 680;

/**
 * What the iframe's `sandbox` allows: its own scripts and origin (it fetches its dataset from its
 * own site), and links that open a new tab outside the sandbox ("Open in Dateline", the sources).
 * Not `allow-top-navigation`: the embed can never navigate the host page, whatever it runs.
 */
export const EMBED_SANDBOX =
  "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/** What an embed snippet says: where the view is, what it is called, how tall it is. */
export type EmbedSnippetOptions = {
  /** The absolute http(s) URL of the embedded view (embedSrc). */
  src: string;
  /** The iframe's accessible name, what a screen reader announces (embedTitle). */
  title: string;
  /** Height in CSS pixels, a whole number from MIN_EMBED_HEIGHT to MAX_EMBED_HEIGHT. */
  height: number;
};

/**
 * The embedded form of a view, as an absolute URL: the view's link with `embed` set, at the app's
 * folder (`appUrl` is any URL of the app's page; its query and fragment are dropped). The source
 * reader is not part of an embed, so an open source is left out.
 */
export function embedSrc(appUrl: string, state: ViewState): string {
  const query = serializeViewState({ ...state, source: null, passage: null, embed: true });
  return new URL(query, appUrl).href;
}

/**
 * The iframe's title: `Timeline: <corpus title>`, and the event it opens at when one is chosen,
 * `Timeline: <corpus title>, at “<event title>”`.
 */
export function embedTitle(corpusTitle: string, eventTitle: string | null): string {
  const base = `Timeline: ${corpusTitle}`;
  return eventTitle === null ? base : `${base}, at “${eventTitle}”`;
}

/**
 * The iframe snippet: `src`, `title` (for screen readers), a responsive width, the chosen height,
 * `loading="lazy"`, no border, and the sandbox (EMBED_SANDBOX). Every attribute value is escaped.
 * @throws RangeError when `src` is not an absolute http(s) URL, or `height` is not a whole number
 *   from MIN_EMBED_HEIGHT to MAX_EMBED_HEIGHT.
 */
export function embedSnippet({ src, title, height }: EmbedSnippetOptions): string {
  if (!/^https?:\/\//i.test(src) || safeUrl(src) === undefined) {
    throw new RangeError(`embedSnippet: src must be an absolute http(s) URL, not ${src}`);
  }
  if (!Number.isInteger(height) || height < MIN_EMBED_HEIGHT || height > MAX_EMBED_HEIGHT) {
    throw new RangeError(
      `embedSnippet: height must be a whole number of pixels from ${String(MIN_EMBED_HEIGHT)} to ${String(MAX_EMBED_HEIGHT)}, not ${String(height)}`,
    );
  }
  return iframe(src, title, height);
}

/** The iframe element itself, every attribute value escaped; `src` is checked by the caller. */
function iframe(src: string, title: string, height: number): string {
  const attributes: [string, string][] = [
    ["src", src],
    ["title", title],
    ["width", "100%"],
    ["height", String(height)],
    ["loading", "lazy"],
    ["style", "border: 0; width: 100%; max-width: 100%;"],
    ["sandbox", EMBED_SANDBOX],
  ];
  const written = attributes.map(([name, value]) => `${name}="${escapeHtml(value)}"`);
  return `<iframe ${written.join(" ")}></iframe>`;
}

/** Path of an event's oEmbed description relative to the app's base: `e/<id>/oembed.json`. */
export function oembedPath(eventId: string): string {
  return `${eventPagePath(eventId)}oembed.json`;
}

/** The width an oEmbed description states: the iframe is responsive, this is its widest column. */
export const OEMBED_WIDTH = 800;

/** An oEmbed 1.0 `rich` response (oembed.com, section 2.3.4), as the build writes it. */
export type OEmbed = {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: "Dateline";
  provider_url?: string;
  html: string;
  width: number;
  height: number;
};

/**
 * The oEmbed description of an event: `type: rich`, the iframe snippet of the event's embedded
 * view, its size, its title and the provider. With `siteUrl` (the app's absolute base) the
 * iframe's `src` is absolute, as a consumer needs; without it there is no address to give, and
 * the file names the view relative to itself (`../../?event=<id>&embed`), as og:image does for
 * link previews: build with DATELINE_SITE_URL to publish oEmbed that CMSes can use.
 */
export function eventOEmbed(
  event: TimelineEvent,
  dataset: Dataset,
  siteUrl: string | undefined,
): OEmbed {
  const title = embedTitle(dataset.title, event.title);
  const query = serializeViewState({ ...DEFAULT_VIEW_STATE, event: event.id, embed: true });
  // Relative, the view is named from the file's folder, e/<id>/: two levels below the base.
  const src = siteUrl ? new URL(query, siteUrl).href : `../../${query}`;
  return {
    version: "1.0",
    type: "rich",
    title: event.title,
    provider_name: "Dateline",
    ...(siteUrl ? { provider_url: siteUrl } : {}),
    html: iframe(src, title, DEFAULT_EMBED_HEIGHT),
    width: OEMBED_WIDTH,
    height: DEFAULT_EMBED_HEIGHT,
  };
}

/** Every event's oEmbed file: its path under the app's base and its JSON text (2-space, newline). */
export function renderOEmbedFiles(
  dataset: Dataset,
  siteUrl: string | undefined,
): { path: string; content: string }[] {
  return dataset.events.map((event) => ({
    path: oembedPath(event.id),
    content: `${JSON.stringify(eventOEmbed(event, dataset, siteUrl), null, 2)}\n`,
  }));
}
