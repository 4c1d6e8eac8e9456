import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  compressedCopies,
  compressionLevels,
  openCompressedStore,
  placeCopy,
  PRECOMPRESS_MIN_BYTES,
  worthPrecompressing,
} from "./precompress.ts";

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "dateline-precompress-test-"));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Text that compresses, as a dataset does: repeated keys with varying values. */
function datasetLike(events: number): Buffer {
  const rows = Array.from({ length: events }, (_, i) => ({
    id: `event-${String(i)}`,
    title: `Meeting number ${String(i)} in Beijing`,
    status: i % 3 === 0 ? "planned" : "occurred",
  }));
  return Buffer.from(JSON.stringify({ schemaVersion: 2, events: rows }));
}

describe("which files get precompressed copies", () => {
  it("takes compressible files of at least 1 KiB, never source maps or pictures", () => {
    expect(worthPrecompressing("assets/index-abc.js", PRECOMPRESS_MIN_BYTES)).toBe(true);
    expect(worthPrecompressing("data/dataset.json", 5_000_000)).toBe(true);
    expect(worthPrecompressing("assets/index-abc.js", PRECOMPRESS_MIN_BYTES - 1)).toBe(false);
    expect(worthPrecompressing("assets/index-abc.js.map", 500_000)).toBe(false);
    expect(worthPrecompressing("e/some-event/card.png", 500_000)).toBe(false);
  });

  it("spends the best levels on the app's code and CDN levels on a dataset of 140 MB", () => {
    expect(compressionLevels(300_000)).toEqual({ br: 11, gzip: 9 });
    expect(compressionLevels(140 * 1024 * 1024)).toEqual({ br: 5, gzip: 6 });
  });
});

describe("compressedCopies(bytes, store)", () => {
  it("makes a brotli and a gzip copy that give back the very bytes, and smaller", async () => {
    const store = openCompressedStore(tempDir());
    const bytes = datasetLike(2_000);
    const copies = await compressedCopies(bytes, store);
    const br = readFileSync(store.file(copies.br));
    const gz = readFileSync(store.file(copies.gzip));
    expect(brotliDecompressSync(br).equals(bytes)).toBe(true);
    expect(gunzipSync(gz).equals(bytes)).toBe(true);
    expect(br.length).toBeLessThan(bytes.length / 4);
    expect(gz.length).toBeLessThan(bytes.length / 4);
  });

  it("never compresses the same bytes twice: a second build finds the copies in the store", async () => {
    const root = tempDir();
    const bytes = datasetLike(500);
    const first = await compressedCopies(bytes, openCompressedStore(root));
    const again = openCompressedStore(root); // another build, another process
    const second = await compressedCopies(bytes, again);
    expect(second).toEqual(first);
    expect(again.stats().written).toBe(0);
    // Other bytes are other entries.
    const other = await compressedCopies(datasetLike(501), again);
    expect(other.br).not.toBe(first.br);
    expect(again.stats().written).toBe(2);
  });
});

describe("placeCopy(from, to)", () => {
  it("puts the entry's bytes at the target, replacing an older file whole", () => {
    const dir = tempDir();
    const from = join(dir, "entry");
    const to = join(dir, "out.js.br");
    writeFileSync(from, "new bytes");
    writeFileSync(to, "an older, longer copy of the file");
    placeCopy(from, to);
    expect(readFileSync(to, "utf8")).toBe("new bytes");
    // A hard link where the file system allows it: no second copy of a large file.
    expect(statSync(to).ino).toBe(statSync(from).ino);
  });
});
