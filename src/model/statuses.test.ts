import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { STATUS_WORDS, statusIdList, STATUSES } from "./statuses.ts";

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
