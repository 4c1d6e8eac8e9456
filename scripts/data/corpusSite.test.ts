import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { corpusSite, parseSiteArgs, preparePublicDir } from "./corpusSite.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("corpusSite(corpus)", () => {
  it("keeps the default corpus's dataset where it is committed, in public/data/", () => {
    for (const given of [undefined, "", "corpus", "./corpus/", path.join(ROOT, "corpus")]) {
      expect(corpusSite(given)).toEqual({
        corpus: path.join(ROOT, "corpus"),
        publicDir: path.join(ROOT, "public"),
        dataset: path.join(ROOT, "public", "data", "timeline.json"),
        isDefault: true,
      });
    }
  });

  it("gives another corpus a public folder of its own, never public/", () => {
    const site = corpusSite("e2e/corpora/story");
    expect(site.isDefault).toBe(false);
    expect(site.corpus).toBe(path.join(ROOT, "e2e", "corpora", "story"));
    expect(site.publicDir).toMatch(/\/\.cache\/sites\/story-[0-9a-f]{8}\/public$/);
    expect(site.dataset).toBe(path.join(site.publicDir, "data", "timeline.json"));
    // The same folder, however named, has one site; another folder of the same name another.
    expect(corpusSite(path.join(ROOT, "e2e/corpora/story/")).publicDir).toBe(site.publicDir);
    expect(corpusSite("/elsewhere/story").publicDir).not.toBe(site.publicDir);
  });
});

describe("preparePublicDir(site)", () => {
  it("copies public/'s icon, and not its dataset, into another corpus's public folder", async () => {
    const site = corpusSite("/nonexistent/corpus-for-a-test");
    rmSync(site.publicDir, { recursive: true, force: true });
    await preparePublicDir(site);
    expect(readFileSync(path.join(site.publicDir, "favicon.svg"))).toEqual(
      readFileSync(path.join(ROOT, "public", "favicon.svg")),
    );
    expect(existsSync(path.dirname(site.dataset))).toBe(true);
    expect(existsSync(site.dataset)).toBe(false);
    rmSync(path.dirname(site.publicDir), { recursive: true, force: true });
  });
});

describe("parseSiteArgs(argv)", () => {
  it("takes --corpus for itself and passes everything else to Vite", () => {
    expect(parseSiteArgs(["serve"])).toEqual({ mode: "serve", corpus: undefined, vite: [] });
    expect(parseSiteArgs(["build", "--corpus", "examples/apple", "--mode", "x"])).toEqual({
      mode: "build",
      corpus: "examples/apple",
      vite: ["--mode", "x"],
    });
    expect(parseSiteArgs(["serve", "--port", "5000", "--corpus=e2e/corpora/story"])).toEqual({
      mode: "serve",
      corpus: "e2e/corpora/story",
      vite: ["--port", "5000"],
    });
  });

  it("refuses a --corpus without a folder, and an unknown mode", () => {
    expect(() => parseSiteArgs(["serve", "--corpus"])).toThrow(/--corpus needs a folder/);
    expect(() => parseSiteArgs(["serve", "--corpus", "--port"])).toThrow(/needs a folder/);
    expect(() => parseSiteArgs(["preview"])).toThrow(/^usage: npm start/);
  });
});
