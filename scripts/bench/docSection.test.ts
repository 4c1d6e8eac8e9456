import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check } from "prettier";
import { describe, expect, it } from "vitest";
import { replaceSection, SECTION_END, SECTION_START, writeSection } from "./docSection.ts";

const DOC = [
  "# Performance",
  "",
  "What the figures mean.",
  "",
  SECTION_START,
  "",
  "| old | table |",
  "",
  SECTION_END,
  "",
  "Against the targets: …",
  "",
].join("\n");

describe("replaceSection(doc, section)", () => {
  it("replaces only what lies between the markers", () => {
    const next = replaceSection(DOC, "| new | table |\n");
    expect(next).toContain("| new | table |");
    expect(next).not.toContain("| old | table |");
    expect(next.startsWith("# Performance\n\nWhat the figures mean.\n\n")).toBe(true);
    expect(next.endsWith(`${SECTION_END}\n\nAgainst the targets: …\n`)).toBe(true);
  });

  it("gives the same page when run twice with the same table", () => {
    const once = replaceSection(DOC, "| new | table |");
    expect(replaceSection(once, "| new | table |")).toBe(once);
  });

  it("refuses a page without both markers, in order, once each, and says what it needs", () => {
    const broken = [
      DOC.replace(SECTION_START, ""),
      DOC.replace(SECTION_END, ""),
      `${SECTION_END}\n${SECTION_START}\n`,
      `${DOC}\n${SECTION_START}\n`,
    ];
    for (const doc of broken) {
      expect(() => replaceSection(doc, "x", "docs/performance.md")).toThrow(
        /docs\/performance\.md needs one .*bench:start.* and, after it, one .*bench:end/,
      );
    }
  });
});

describe("writeSection(path, section)", () => {
  const TABLE = "| | 98 events |\n| --- | --- |\n| load → interactive: app | 468 ms |\n";

  it("rewrites the file in place, laid out as Prettier checks it, leaving no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dateline-doc-"));
    const path = join(dir, "performance.md");
    writeFileSync(path, DOC);
    await writeSection(path, TABLE);
    const written = readFileSync(path, "utf8");
    expect(written).toContain("| load → interactive: app | 468 ms    |");
    expect(written).not.toContain("| old | table |");
    expect(written).toContain("Against the targets: …");
    expect(await check(written, { filepath: path })).toBe(true);
    expect(readdirSync(dir)).toEqual(["performance.md"]);
  });

  it("leaves a page without markers untouched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dateline-doc-"));
    const path = join(dir, "performance.md");
    writeFileSync(path, "# No markers\n");
    await expect(writeSection(path, "| table |")).rejects.toThrow(/needs one/);
    expect(readFileSync(path, "utf8")).toBe("# No markers\n");
  });
});
