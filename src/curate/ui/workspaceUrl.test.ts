import { afterEach, describe, expect, it, vi } from "vitest";
import {
  articleInUrl,
  openInExplorer,
  pushArticle,
  serverUrl,
  workspacePageUrl,
} from "./workspaceUrl.ts";

/** A page at `href` whose pushState and assign calls are recorded. */
function page(href: string) {
  const pushed: string[] = [];
  const assigned: string[] = [];
  const url = new URL(href);
  vi.stubGlobal("location", {
    href: url.href,
    origin: url.origin,
    search: url.search,
    assign: (to: string) => assigned.push(to),
  });
  vi.stubGlobal("history", { pushState: (_d: unknown, _u: string, to: string) => pushed.push(to) });
  return { pushed, assigned };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the workspace's URL (workspaceUrl.ts)", () => {
  it("reads the open article from ?article=, and none from the list's address", () => {
    page("http://127.0.0.1:4173/curate/?article=2023-06-18%20beijing");
    expect(articleInUrl()).toBe("2023-06-18 beijing");
    page("http://127.0.0.1:4173/curate/");
    expect(articleInUrl()).toBeNull();
  });

  it("pushes the article's address, encoded, and the list's as ./", () => {
    const { pushed } = page("http://127.0.0.1:4173/curate/");
    pushArticle("a&b");
    pushArticle(null);
    expect(pushed).toEqual(["./?article=a%26b", "./"]);
  });

  it("finds the server's page and endpoints from the page, and the explorer beside it", () => {
    const { assigned } = page("http://127.0.0.1:4173/curate/?article=x");
    expect(workspacePageUrl().href).toBe("http://127.0.0.1:4173/curate/");
    expect(serverUrl("/api/corpus").href).toBe("http://127.0.0.1:4173/api/corpus");
    openInExplorer("../?event=beijing-visit");
    expect(assigned).toEqual(["../?event=beijing-visit"]);
  });
});
