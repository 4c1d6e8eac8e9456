import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openBuildCache } from "./buildCache.ts";
import { codeFingerprint, moduleGraph } from "./codeDigest.ts";

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "dateline-cache-"));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Sets an entry's last use to `secondsAgo` before now. */
function usedAgo(file: string, secondsAgo: number): void {
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(file, when, when);
}

describe("openBuildCache({ dir, generator })", () => {
  it("gives back what was put under the same inputs (a hit), and counts it", () => {
    const dir = tempDir();
    const cache = openBuildCache({ dir, generator: "gen-1", ext: ".txt" });
    const key = cache.key("article bytes", "annotation bytes");
    expect(cache.get(key)).toBeUndefined();
    cache.put(key, "compiled");
    expect(cache.get(key)?.toString()).toBe("compiled");
    // A later build (another process) finds it too.
    const later = openBuildCache({ dir, generator: "gen-1", ext: ".txt" });
    expect(later.key("article bytes", "annotation bytes")).toBe(key);
    expect(later.get(key)?.toString()).toBe("compiled");
    expect(later.stats()).toEqual({ hits: 1, misses: 0, written: 0 });
    expect(cache.stats()).toEqual({ hits: 1, misses: 1, written: 1 });
    expect(readdirSync(dir)).toEqual([`${key}.txt`]);
  });

  it("misses when an input changes, and when inputs only move between parts", () => {
    const cache = openBuildCache({ dir: tempDir(), generator: "gen-1" });
    cache.put(cache.key("a", "bc"), "x");
    expect(cache.get(cache.key("a", "bd"))).toBeUndefined();
    expect(cache.get(cache.key("ab", "c"))).toBeUndefined();
    expect(cache.key(new Uint8Array([97]), "bc")).toBe(cache.key("a", "bc"));
    expect(cache.has(cache.key("a", "bc"))).toBe(true);
  });

  it("misses when the generator changes: the same inputs under new code are made again", () => {
    const dir = tempDir();
    const before = openBuildCache({ dir, generator: "pages@1" });
    before.put(before.key("event"), "old page");
    const after = openBuildCache({ dir, generator: "pages@2" });
    expect(after.get(after.key("event"))).toBeUndefined();
    let made = 0;
    const page = after.getOrMake(after.key("event"), () => {
      made++;
      return "new page";
    });
    expect(page.toString()).toBe("new page");
    expect(after.getOrMake(after.key("event"), () => "never").toString()).toBe("new page");
    expect(made).toBe(1);
  });

  it("never reads a writer's temporary file, and a failed write leaves nothing behind", () => {
    const dir = tempDir();
    const cache = openBuildCache({ dir, generator: "g", ext: ".png" });
    const key = cache.key("card");
    // A writer killed half-way leaves only its temporary file: it is no entry.
    mkdirSync(dir, { recursive: true });
    const partial = join(dir, `${key}.png.4242-0-deadbeef.tmp`);
    writeFileSync(partial, "half a pi");
    expect(cache.get(key)).toBeUndefined();
    expect(cache.has(key)).toBe(false);
    // A write that cannot be renamed into place (here a folder is in the way) throws and leaves
    // no temporary file of its own.
    mkdirSync(cache.file(key));
    expect(() => {
      cache.put(key, "whole picture");
    }).toThrow();
    expect(readdirSync(dir).sort()).toEqual([`${key}.png`, `${key}.png.4242-0-deadbeef.tmp`]);
    rmSync(cache.file(key), { recursive: true });
    cache.put(key, "whole picture");
    expect(cache.get(key)?.toString()).toBe("whole picture");
    // The next prune sweeps a temporary file once it is old enough to be a dead writer's.
    usedAgo(partial, 2 * 60 * 60);
    cache.prune();
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(cache.file(key))).toBe(true);
  });

  it("refuses a key it did not make (no path outside its folder)", () => {
    const cache = openBuildCache({ dir: tempDir(), generator: "g" });
    expect(() => cache.get("../../etc/passwd")).toThrow(/not a key/);
  });

  it("prunes to its bounds, least recently used first, never what this build used", () => {
    const dir = tempDir();
    const first = openBuildCache({ dir, generator: "g", ext: ".png" });
    const keys = ["a", "b", "c", "d", "e"].map((name) => first.key(name));
    keys.forEach((key, i) => {
      first.put(key, "x".repeat(100));
      // a was used longest ago, e most recently.
      usedAgo(first.file(key), 100 - i * 10);
    });
    // The next build uses a (the oldest) and makes f.
    const next = openBuildCache({ dir, generator: "g", ext: ".png", maxEntries: 3 });
    expect(next.get(keys[0] ?? "")).toBeDefined();
    const f = next.key("f");
    next.put(f, "y".repeat(100));
    expect(next.prune()).toEqual({ evicted: 3, entries: 3, bytes: 300 });
    const left = readdirSync(dir).sort();
    // b, c and d go (oldest first); a stays because this build used it, e is the newest.
    expect(left).toEqual([keys[0], keys[4], f].map((k) => `${k ?? ""}.png`).sort());

    // By size: 250 bytes hold two entries of 100; a build that used all three keeps all three.
    const bySize = openBuildCache({ dir, generator: "g", ext: ".png", maxBytes: 250 });
    expect(bySize.prune()).toEqual({ evicted: 1, entries: 2, bytes: 200 });
    const busy = openBuildCache({ dir, generator: "g", ext: ".png", maxBytes: 50 });
    for (const name of readdirSync(dir)) busy.has(name.replace(/\.png$/, ""));
    expect(busy.prune()).toEqual({ evicted: 0, entries: 2, bytes: 200 });
  });
});

describe("codeFingerprint(entries, extra) and moduleGraph(entries)", () => {
  it("follows imports, changes with any module in the graph, not with others", () => {
    const dir = tempDir();
    const write = (name: string, text: string): void => {
      writeFileSync(join(dir, name), text);
    };
    write("main.ts", 'import { b } from "./b.ts";\nexport const a = b;\n');
    write("b.ts", 'export { c } from "./c.ts";\nexport const b = 1;\n');
    write("c.ts", "export const c = 2;\n");
    write("worker.ts", "export {};\n");
    write("other.ts", "export const unrelated = 3;\n");
    const entry = join(dir, "main.ts");
    expect(moduleGraph([entry]).files).toEqual(
      ["b.ts", "c.ts", "main.ts"].map((f) => join(dir, f)),
    );
    const before = codeFingerprint([entry]);
    write("other.ts", "export const unrelated = 4;\n");
    expect(codeFingerprint([entry])).toBe(before);
    write("c.ts", "export const c = 20;\n");
    const changed = codeFingerprint([entry]);
    expect(changed).not.toBe(before);
    // A worker named by new URL(…) is part of the graph; so are data files and values given.
    write("b.ts", 'export const b = new URL("./worker.ts", import.meta.url);\n');
    expect(moduleGraph([entry]).files).toContain(join(dir, "worker.ts"));
    expect(codeFingerprint([entry], { values: ["v2"] })).not.toBe(codeFingerprint([entry]));
    expect(codeFingerprint([entry], { files: [join(dir, "other.ts")] })).not.toBe(
      codeFingerprint([entry]),
    );
  });

  it("names the packages a module imports with their installed versions", () => {
    const graph = moduleGraph([new URL("../vite/cards/render.ts", import.meta.url)]);
    expect(graph.packages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^satori@\d/),
        expect.stringMatching(/^@resvg\/resvg-js@\d/),
      ]),
    );
  });
});
