/**
 * The curator's workspace's URL: the one module of the workspace that touches `location` and
 * `history` (lint refuses them elsewhere), as src/state/urlStore.ts is for the explorer. The URL
 * says which article is open (`/curate/?article=<id>`, the list without it), so a reload comes
 * back to it; the workspace's server and the explorer are found from the page's address.
 */

/** The article the URL names (`?article=<id>`), or null for the list. */
export function articleInUrl(): string | null {
  return new URLSearchParams(location.search).get("article");
}

/** Opens `id` (null: the list) in a new history entry, so Back returns to where the curator was. */
export function pushArticle(id: string | null): void {
  history.pushState(null, "", id === null ? "./" : `./?article=${encodeURIComponent(id)}`);
}

/** Calls `listener` when Back or Forward changes the URL; returns the function that stops it. */
export function onHistoryMove(listener: () => void): () => void {
  window.addEventListener("popstate", listener);
  return () => {
    window.removeEventListener("popstate", listener);
  };
}

/** The workspace's own page (its folder, without the query): where the server hands out its token. */
export function workspacePageUrl(): URL {
  return new URL("./", location.href);
}

/** An endpoint of the curate server, which serves the workspace: `path` on this page's origin. */
export function serverUrl(path: string): URL {
  return new URL(path, location.origin);
}

/**
 * Leaves the workspace for the explorer at `url`, relative to the workspace's page (`../?event=<id>`,
 * as explorerUrl in ../workspaceState.ts writes it).
 */
export function openInExplorer(url: string): void {
  location.assign(url);
}
