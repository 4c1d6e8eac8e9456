import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeCorpus } from "./writeCorpus.ts";

describe("writeCorpus(articles, seed, out) and the real pipeline", () => {
  const dir = mkdtempSync(join(tmpdir(), "dateline-gen-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses to overwrite a folder it did not generate", () => {
    const foreign = join(dir, "foreign");
    writeCorpus(1, 1, foreign);
    writeFileSync(join(foreign, "corpus.yaml"), "title: hand-made\n");
    expect(() => writeCorpus(1, 1, foreign)).toThrow(/not written by gen-corpus/);
  });

  it("builds 100 articles cleanly through npm run data", () => {
    const corpus = join(dir, "corpus-100");
    const out = join(dir, "out", "timeline.json");
    writeCorpus(100, 1, corpus);
    execFileSync(
      "npx",
      ["tsx", "scripts/cli/build-data.ts", "--corpus", corpus, "--out", out, "--single-file"],
      {
        stdio: "pipe",
        timeout: 60_000,
      },
    );
    expect(existsSync(out)).toBe(true);
    const dataset = JSON.parse(readFileSync(out, "utf8")) as {
      sources: unknown[];
      events: { id: string; citations: unknown[] }[];
    };
    expect(dataset.sources).toHaveLength(100);
    expect(dataset.events.length).toBeGreaterThan(900);
    // Later articles' `cites:` add citations to earlier events.
    expect(dataset.events.some((e) => e.citations.length > 1)).toBe(true);
  }, 90_000);
});
