import { describe, expect, it } from "vitest";
import { sampleDataset } from "../model/fixtures/sampleDataset.ts";
import { DEFAULT_VIEW_STATE, parseViewState } from "../model/viewState.ts";
import {
  DEFAULT_EMBED_HEIGHT,
  EMBED_HEIGHTS,
  EMBED_SANDBOX,
  embedSnippet,
  embedSrc,
  embedTitle,
  eventOEmbed,
  MIN_EMBED_HEIGHT,
  oembedPath,
  renderOEmbedFiles,
} from "./embed.ts";

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/** The attributes of the one element in `snippet`, unescaped, as a browser would read them. */
function attributesOf(snippet: string): Map<string, string> {
  const match = /^<iframe ((?:[a-z]+="[^"<>]*" ?)+)><\/iframe>$/.exec(snippet);
  if (!match?.[1]) throw new Error(`not one well-formed iframe: ${snippet}`);
  const attributes = new Map<string, string>();
  for (const [, name = "", value = ""] of match[1].matchAll(/([a-z]+)="([^"]*)"/g)) {
    attributes.set(
      name,
      value.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e),
    );
  }
  return attributes;
}

describe("embedSnippet({ src, title, height })", () => {
  it("writes an iframe with a title, a responsive width, the height, lazy loading and a sandbox", () => {
    const snippet = embedSnippet({
      src: "https://news.example/dateline/?event=bali-g20&embed",
      title: "Timeline: US–China diplomacy",
      height: 600,
    });
    expect(Object.fromEntries(attributesOf(snippet))).toEqual({
      src: "https://news.example/dateline/?event=bali-g20&embed",
      title: "Timeline: US–China diplomacy",
      width: "100%",
      height: "600",
      loading: "lazy",
      style: "border: 0; width: 100%; max-width: 100%;",
      sandbox: EMBED_SANDBOX,
    });
    expect(EMBED_SANDBOX).not.toMatch(/top-navigation/);
  });

  it("escapes every attribute value, so no value can close its quote or open a tag", () => {
    const title = `Who said "no"? <script>alert('x')</script> & more`;
    const src = `https://news.example/d/?q="><img src=x onerror=alert(1)>&embed`;
    const snippet = embedSnippet({ src, title, height: 480 });
    expect(snippet).not.toMatch(/<script|<img/);
    expect(snippet.match(/</g)).toHaveLength(2); // <iframe and </iframe, nothing else
    const attributes = attributesOf(snippet);
    expect(attributes.get("title")).toBe(title);
    expect(attributes.get("src")).toBe(src);
    for (const value of attributes.values()) expect(value).not.toMatch(/^$/);
    // Every character that could end a value or start markup is an entity in the raw snippet.
    const rawValues = [...snippet.matchAll(/="([^"]*)"/g)].map((m) => m[1] ?? "");
    for (const raw of rawValues) expect(raw).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
  });

  it("refuses a src that is not an absolute http(s) URL", () => {
    for (const src of [
      "javascript:alert(1)",
      "?event=x&embed",
      "data:text/html,x",
      " java\tscript:x",
    ]) {
      expect(() => embedSnippet({ src, title: "t", height: 600 }), src).toThrow(RangeError);
    }
  });

  it("refuses a height outside the layout's range or not a whole number", () => {
    for (const height of [MIN_EMBED_HEIGHT - 1, 2001, 500.5, Number.NaN]) {
      expect(() => embedSnippet({ src: "https://x.example/", title: "t", height })).toThrow(
        /height must be a whole number/,
      );
    }
    for (const { height } of EMBED_HEIGHTS) {
      expect(() => embedSnippet({ src: "https://x.example/", title: "t", height })).not.toThrow();
    }
  });
});

describe("embedSrc(appUrl, state)", () => {
  it("is the view's own link with embed set, at the app's folder", () => {
    const { state } = parseViewState(
      "?event=bali-g20&actors=xi-jinping&q=g20&window=2023-01-01/2023-12-31",
    );
    expect(embedSrc("https://news.example/dateline/?event=other#x", state)).toBe(
      "https://news.example/dateline/?event=bali-g20&actors=xi-jinping&q=g20&window=2023-01-01/2023-12-31&embed",
    );
  });

  it("leaves the source reader out: an embed has none", () => {
    const state = { ...DEFAULT_VIEW_STATE, source: "000_sample", passage: { start: 1, end: 4 } };
    expect(embedSrc("https://news.example/", state)).toBe("https://news.example/?embed");
  });
});

describe("embedTitle(corpusTitle, eventTitle)", () => {
  it("names the corpus, and the event it opens at", () => {
    expect(embedTitle("US–China", null)).toBe("Timeline: US–China");
    expect(embedTitle("US–China", "Bali G20")).toBe("Timeline: US–China, at “Bali G20”");
  });
});

describe("eventOEmbed(event, dataset, siteUrl)", () => {
  const dataset = sampleDataset();
  const event = dataset.events[0];
  if (!event) throw new Error("the sample dataset has no event");

  it("is an oEmbed 1.0 rich response whose iframe opens the event's embed", () => {
    const oembed = eventOEmbed(event, dataset, "https://news.example/dateline/");
    expect(oembed).toMatchObject({
      version: "1.0",
      type: "rich",
      title: event.title,
      provider_name: "Dateline",
      provider_url: "https://news.example/dateline/",
      width: 800,
      height: DEFAULT_EMBED_HEIGHT,
    });
    const attributes = attributesOf(oembed.html);
    expect(attributes.get("src")).toBe(`https://news.example/dateline/?event=${event.id}&embed`);
    expect(attributes.get("title")).toBe(embedTitle(dataset.title, event.title));
    expect(attributes.get("height")).toBe(String(oembed.height));
  });

  it("names the view relative to its own file when no site URL is known", () => {
    const oembed = eventOEmbed(event, dataset, undefined);
    expect(oembed).not.toHaveProperty("provider_url");
    const src = attributesOf(oembed.html).get("src") ?? "";
    const file = new URL(oembedPath(event.id), "https://any.example/base/");
    expect(new URL(src, file).href).toBe(`https://any.example/base/?event=${event.id}&embed`);
  });
});

describe("renderOEmbedFiles(dataset, siteUrl)", () => {
  it("writes one parseable JSON file per event, beside its share page", () => {
    const dataset = sampleDataset();
    const files = renderOEmbedFiles(dataset, undefined);
    expect(files.map((f) => f.path)).toEqual(dataset.events.map((e) => `e/${e.id}/oembed.json`));
    for (const file of files) {
      expect(file.content.endsWith("}\n")).toBe(true);
      expect((JSON.parse(file.content) as { type: string }).type).toBe("rich");
    }
  });
});
