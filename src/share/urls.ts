/**
 * The two public URL forms of an event, relative to the app's base (the folder holding index.html):
 * - the app view: `?event=<id>` (the explorer's deep link), and
 * - the static share page: `e/<id>/` (readable without JavaScript; link previews read its tags).
 * Articles have static pages at `a/<article-id>/`, and `e/` lists every event.
 * These paths are a public contract: keep them stable.
 */

/** Path of an event's static page relative to the app's base, with a trailing slash: `e/<id>/`. */
export function eventPagePath(eventId: string): string {
  return `e/${encodeURIComponent(eventId)}/`;
}

/** Path of an article's static page relative to the app's base: `a/<article-id>/`. */
export function articlePagePath(sourceId: string): string {
  return `a/${encodeURIComponent(sourceId)}/`;
}

/** Path of the index of every event relative to the app's base: `e/`. */
export const EVENT_INDEX_PATH = "e/";

/** The app's view of an event, relative to the app's base: `?event=<id>`. */
export function appEventQuery(eventId: string): string {
  return `?event=${encodeURIComponent(eventId)}`;
}

/** The app's source reader at a passage, relative to the app's base: `?source=<id>&passage=<s>-<e>`. */
export function appPassageQuery(sourceId: string, start: number, end: number): string {
  return `?source=${encodeURIComponent(sourceId)}&passage=${String(start)}-${String(end)}`;
}

/**
 * The absolute share URL of an event, given the URL of the app page it is viewed on (for the app's
 * "Copy link"): `https://host/sub/?event=x` → `https://host/sub/e/x/`. The app's folder is the
 * base, so this works from any sub-path; query and fragment of `appUrl` are dropped.
 */
export function shareUrlFor(eventId: string, appUrl: string): string {
  return new URL(eventPagePath(eventId), appUrl).href;
}

/**
 * A site URL fit for canonical links and og:url: an absolute http(s) URL, returned with a trailing
 * slash and without query or fragment; undefined for anything else (so no page ever carries a
 * malformed or script URL).
 */
export function normalizeSiteUrl(siteUrl: string | undefined): string | undefined {
  if (siteUrl === undefined || siteUrl.trim() === "") return undefined;
  let url: URL;
  try {
    url = new URL(siteUrl.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  url.search = "";
  url.hash = "";
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}
