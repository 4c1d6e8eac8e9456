/**
 * The static share pages: a pure renderer from a dataset to HTML files, written by the build (and
 * served by the dev server) beside the app's index.html, one module per page in one shell:
 * - `e/<event-id>/index.html` per event (eventPage.ts);
 * - `a/<article-id>/index.html` per article (articlePage.ts);
 * - `e/index.html`: every event and article, so the whole dataset is crawlable (indexPage.ts);
 * - the shell they share, head and site header and footer (pageShell.ts).
 * Each event page also names its oEmbed description (`e/<id>/oembed.json`, src/share/embed.ts);
 * the sitemap is sitemap.ts's.
 */
import type { Dataset } from "../model/dataset.ts";
import { articlePage } from "./articlePage.ts";
import { eventPage } from "./eventPage.ts";
import { indexPage } from "./indexPage.ts";
import type { SharePage, SharePageOptions } from "./pageShell.ts";

/**
 * Every static page of `dataset`: the event index, then one page per event and per article, in
 * the dataset's order. A pure function: the same dataset and options give identical pages.
 */
export function renderSharePages(dataset: Dataset, options: SharePageOptions = {}): SharePage[] {
  return [
    indexPage(dataset, options),
    ...dataset.events.map((e) => eventPage(e, dataset, options)),
    ...dataset.sources.map((s) => articlePage(s, dataset, options)),
  ];
}
