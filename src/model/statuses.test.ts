import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { STATUS_LOOK, STATUS_WORDS, statusIdList, STATUSES } from "./statuses.ts";

const TOKENS = readFileSync(new URL("../styles/tokens.css", import.meta.url), "utf8");

describe("STATUS_WORDS", () => {
  it("words every status, and nothing else", () => {
    expect(Object.keys(STATUS_WORDS).sort()).toEqual([...STATUSES].sort());
    for (const status of STATUSES) {
      const words = STATUS_WORDS[status];
      for (const text of [words.label, words.sentence, words.hint, words.meaning]) {
        expect(text.trim(), `${status}'s words`).not.toBe("");
      }
      // The label is the sentence form, capitalised: the two never drift apart.
      expect(words.label.toLowerCase()).toBe(words.sentence);
    }
  });

  it("names in date labels only what had not simply happened or begun", () => {
    expect(STATUSES.filter((s) => !STATUS_WORDS[s].namedInDates)).toEqual(["occurred", "ongoing"]);
  });
});

describe("STATUS_LOOK", () => {
  it("fills what happened, tints or breaks what had not, and sets its title in italics", () => {
    expect(Object.keys(STATUS_LOOK).sort()).toEqual([...STATUSES].sort());
    for (const status of STATUSES) {
      const look = STATUS_LOOK[status];
      const happened = !STATUS_WORDS[status].namedInDates;
      // The look and the words agree on what had happened as of the report.
      expect(look.fill === "solid", status).toBe(happened);
      expect(look.italic, status).toBe(!happened);
      // Only an outlined (tinted) mark has a firm outline; a hatched month of the others, a fine one.
      expect(look.weight, status).toBe(look.fill === "tint" ? 2 : 1);
    }
  });

  it("tells the anticipated statuses apart by their line, and strikes only postponed", () => {
    const tinted = STATUSES.filter((s) => STATUS_LOOK[s].fill === "tint");
    expect(tinted.map((s) => STATUS_LOOK[s].line)).toEqual(["solid", "dashed", "dotted"]);
    expect(STATUSES.filter((s) => STATUS_LOOK[s].struck)).toEqual(["postponed"]);
    expect(STATUS_LOOK.postponed.fill).toBe("broken");
  });
});

describe("statusIdList()", () => {
  it("lists every status id in order, the last after 'or'", () => {
    expect(statusIdList()).toBe("occurred, ongoing, planned, expected, postponed or hoped-for");
  });
});

describe("src/styles/tokens.css", () => {
  it("gives every status a colour, light and dark, and hands it on as --c", () => {
    const dark = TOKENS.slice(TOKENS.indexOf("@media (prefers-color-scheme: dark)"));
    for (const status of STATUSES) {
      const token = new RegExp(`--st-${status}: #[0-9a-f]{6};`);
      expect(TOKENS.slice(0, TOKENS.indexOf("@media")), `light ${status}`).toMatch(token);
      expect(dark, `dark ${status}`).toMatch(token);
      expect(TOKENS).toMatch(
        new RegExp(
          `\\.tl-status-${status},\\s*\\.status-${status} \\{\\s*--c: var\\(--st-${status}\\);`,
        ),
      );
    }
  });
});
