import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openOutputSet } from "./outputSet.ts";

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "dateline-outputs-"));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A build of `pages` (path → text), each keyed by its text; what it did. */
function buildPages(
  outDir: string,
  cacheDir: string,
  pages: Record<string, string>,
  generator = "pages@1",
): ReturnType<ReturnType<typeof openOutputSet>["finish"]> {
  const outputs = openOutputSet(outDir, { cacheDir, generator, owns: ["e", "a"] });
  for (const [path, text] of Object.entries(pages)) {
    if (!outputs.reuse(path, `key of ${text}`)) outputs.write(path, `key of ${text}`, text);
  }
  return outputs.finish();
}

describe("openOutputSet(outDir, { cacheDir, generator, owns })", () => {
  it("keeps what is unchanged, writes what changed, deletes what is gone", () => {
    const [out, cache] = [tempDir(), tempDir()];
    const first = { "e/x/index.html": "x", "e/y/index.html": "y", "a/z/index.html": "z" };
    expect(buildPages(out, cache, first)).toEqual({ reused: 0, written: 3, deleted: 0 });
    expect(buildPages(out, cache, first)).toEqual({ reused: 3, written: 0, deleted: 0 });
    const second = { "e/x/index.html": "x", "e/y/index.html": "y2", "e/w/index.html": "w" };
    expect(buildPages(out, cache, second)).toEqual({ reused: 1, written: 2, deleted: 1 });
    expect(readFileSync(join(out, "e/y/index.html"), "utf8")).toBe("y2");
    // The gone page's folder goes with it.
    expect(existsSync(join(out, "a/z"))).toBe(false);
    expect(readdirSync(join(out, "e")).sort()).toEqual(["w", "x", "y"]);
  });

  it("writes again a file that is missing or was changed in size since", () => {
    const [out, cache] = [tempDir(), tempDir()];
    const pages = { "e/x/index.html": "x", "e/y/index.html": "y" };
    buildPages(out, cache, pages);
    rmSync(join(out, "e/x/index.html"));
    writeFileSync(join(out, "e/y/index.html"), "edited by hand");
    expect(buildPages(out, cache, pages)).toEqual({ reused: 0, written: 2, deleted: 0 });
    expect(readFileSync(join(out, "e/y/index.html"), "utf8")).toBe("y");
  });

  it("starts afresh (its folders emptied) under new code, or after a build stopped half-way", () => {
    const [out, cache] = [tempDir(), tempDir()];
    mkdirSync(join(out, "e", "stale"), { recursive: true });
    writeFileSync(join(out, "e", "stale", "index.html"), "from an unknown build");
    writeFileSync(join(out, "index.html"), "the app's, not the set's");
    const pages = { "e/x/index.html": "x" };
    expect(buildPages(out, cache, pages)).toEqual({ reused: 0, written: 1, deleted: 0 });
    expect(existsSync(join(out, "e", "stale"))).toBe(false);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("the app's, not the set's");
    expect(buildPages(out, cache, pages, "pages@2")).toEqual({ reused: 0, written: 1, deleted: 0 });
    // A build that never finishes leaves no manifest: the next one trusts nothing it finds.
    const stopped = openOutputSet(out, { cacheDir: cache, generator: "pages@2", owns: ["e"] });
    stopped.write("e/half/index.html", "k", "half");
    expect(readdirSync(cache).filter((f) => f.endsWith(".json"))).toEqual([]);
    expect(buildPages(out, cache, pages, "pages@2")).toEqual({
      reused: 0,
      written: 1,
      deleted: 0,
    });
    expect(existsSync(join(out, "e", "half"))).toBe(false);
  });

  it("links a cached file in place, and refuses paths outside its folders", () => {
    const [out, cache, store] = [tempDir(), tempDir(), tempDir()];
    writeFileSync(join(store, "card.png"), "png bytes");
    const outputs = openOutputSet(out, { cacheDir: cache, generator: "g", owns: ["e"] });
    outputs.link("e/x/card-1.png", "card-1", join(store, "card.png"));
    expect(() => {
      outputs.write("index.html", "k", "x");
    }).toThrow(/outside e/);
    expect(() => {
      outputs.write("e/../../etc/x", "k", "x");
    }).toThrow(/outside e/);
    expect(outputs.finish()).toEqual({ reused: 0, written: 1, deleted: 0 });
    expect(readFileSync(join(out, "e/x/card-1.png"), "utf8")).toBe("png bytes");
    expect(statSync(join(out, "e/x/card-1.png")).size).toBe(9);
  });
});
