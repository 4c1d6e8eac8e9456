import { describe, expect, it } from "vitest";
import { checkViewState, DEFAULT_VIEW_STATE } from "../model/viewState.ts";
import { sampleDataset } from "../model/fixtures/sampleDataset.ts";
import { createActions } from "./actions.ts";
import type { BrowserLike } from "./urlStore.ts";
import { createUrlStore } from "./urlStore.ts";

/** A fake browser with a real-enough history stack. */
function fakeBrowser(initial: string) {
  const entries = [initial];
  let index = 0;
  let onPop: (() => void) | null = null;
  let reloads = 0;
  const location = {
    pathname: "/dateline/",
    get search() {
      const url = entries[index] ?? "";
      return url.includes("?") ? url.slice(url.indexOf("?")) : "";
    },
    get href() {
      return `https://news.example${this.pathname}${this.search}`;
    },
    reload: () => {
      reloads++;
    },
  };
  const write = (url: string) => (url.startsWith("?") ? url : "");
  const browser: BrowserLike = {
    location,
    history: {
      pushState: (_d, _u, url) => {
        entries.splice(index + 1, Infinity, write(url));
        index += 1;
      },
      replaceState: (_d, _u, url) => {
        entries[index] = write(url);
      },
    },
    addEventListener: (_t, listener) => {
      onPop = listener;
    },
    removeEventListener: () => {
      onPop = null;
    },
  };
  return {
    browser,
    entries,
    back() {
      index -= 1;
      onPop?.();
    },
    get index() {
      return index;
    },
    get reloads() {
      return reloads;
    },
  };
}

describe("createUrlStore(browser)", () => {
  it("reads the view from the query string and reports what it ignored", () => {
    const { browser } = fakeBrowser("?event=beijing-visit&status=planned,nope");
    const store = createUrlStore(browser);
    expect(store.getSnapshot().state.event).toBe("beijing-visit");
    expect(store.getSnapshot().state.status).toEqual(["planned"]);
    expect(store.getSnapshot().ignored.map((i) => i.value)).toEqual(["nope"]);
  });

  it("pushes discrete navigation, replaces typing, and Back restores the view", () => {
    const fake = fakeBrowser("");
    const store = createUrlStore(fake.browser);
    const actions = createActions(store);
    let notified = 0;
    store.subscribe(() => (notified += 1));

    actions.selectEvent("bali-g20");
    expect(fake.entries).toEqual(["", "?event=bali-g20"]);
    actions.setQuery("ball");
    actions.setQuery("balloon");
    expect(fake.entries).toEqual(["", "?event=bali-g20&q=balloon"]);
    actions.toggleStatus("planned");
    actions.toggleStatus("occurred");
    expect(fake.entries.at(-1)).toBe("?event=bali-g20&status=occurred,planned&q=balloon");
    expect(notified).toBe(5);

    fake.back();
    expect(store.getSnapshot().state.status).toEqual(["planned"]);
    fake.back();
    fake.back();
    expect(store.getSnapshot().state).toEqual(DEFAULT_VIEW_STATE);
  });

  it("never pushes in an embed, whose entries would join the host page's history", () => {
    const fake = fakeBrowser("?embed");
    const store = createUrlStore(fake.browser);
    const actions = createActions(store);
    actions.selectEvent("bali-g20");
    actions.toggleStatus("planned");
    expect(fake.entries).toEqual(["?event=bali-g20&status=planned&embed"]);
    expect(store.getSnapshot().state.embed).toBe(true);
  });

  it("does not add a history entry when nothing changes", () => {
    const fake = fakeBrowser("?event=bali-g20");
    const store = createUrlStore(fake.browser);
    createActions(store).selectEvent("bali-g20");
    expect(fake.entries).toEqual(["?event=bali-g20"]);
  });

  it("drops unknown ids once the dataset is known, canonicalising the link in place", () => {
    const fake = fakeBrowser("?actors=nobody,joe-biden&event=ghost&utm_source=x");
    const store = createUrlStore(fake.browser);
    store.setCheck((state) => checkViewState(state, sampleDataset()));
    expect(fake.entries).toEqual(["?actors=joe-biden"]);
    expect(store.getSnapshot().ignored.map((i) => `${i.param}=${i.value}`)).toEqual([
      "event=ghost",
      "actors=nobody",
    ]);
    store.dismissIgnored();
    expect(store.getSnapshot().ignored).toEqual([]);
  });

  it("writes the page's path for the default view and links for others", () => {
    const fake = fakeBrowser("?q=x");
    const store = createUrlStore(fake.browser);
    createActions(store).clearFilters();
    expect(fake.entries.at(-1)).toBe("");
    expect(store.hrefFor(DEFAULT_VIEW_STATE)).toBe("/dateline/");
    expect(store.hrefFor({ ...DEFAULT_VIEW_STATE, event: "x" })).toBe("?event=x");
  });

  it("opens a passage and goes from a marked passage to its event in one entry", () => {
    const fake = fakeBrowser("?event=bali-g20");
    const store = createUrlStore(fake.browser);
    const actions = createActions(store);
    actions.openSource("000_sample", { start: 5, end: 9 });
    expect(fake.entries.at(-1)).toBe("?event=bali-g20&source=000_sample&passage=5-9");
    actions.openEventFromSource("delhi-g20");
    expect(fake.entries.at(-1)).toBe("?event=delhi-g20");
    expect(fake.index).toBe(2);
  });

  it("gives a view's absolute link, the page's address, and reloads, all from the browser", () => {
    const fake = fakeBrowser("?q=x");
    const store = createUrlStore(fake.browser);
    expect(store.absoluteHrefFor({ ...DEFAULT_VIEW_STATE, event: "x" })).toBe(
      "https://news.example/dateline/?event=x",
    );
    expect(store.absoluteHrefFor(DEFAULT_VIEW_STATE)).toBe("https://news.example/dateline/");
    expect(store.pageUrl()).toBe("https://news.example/dateline/?q=x");
    createActions(store).selectEvent("bali-g20");
    expect(store.pageUrl()).toBe("https://news.example/dateline/?event=bali-g20&q=x");
    store.reload();
    expect(fake.reloads).toBe(1);
  });
});
