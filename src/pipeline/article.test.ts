import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ParsedArticle } from "./article.ts";
import { decodeUtf8, paragraphAt, paragraphSpans, parseArticle } from "./article.ts";

const SEED = fileURLToPath(
  new URL("../../corpus/articles/000_eb413498417fa6d3.txt", import.meta.url),
);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function parsed(text: string): ParsedArticle {
  const result = parseArticle(text);
  if ("problems" in result) throw new Error(result.problems.map((p) => p.message).join("; "));
  return result;
}

function problems(text: string): string[] {
  const result = parseArticle(text);
  return "problems" in result ? result.problems.map((p) => p.message) : [];
}

const paragraphsOf = (a: ParsedArticle): string[] =>
  a.paragraphs.map((s) => a.text.slice(s.start, s.end));

describe("decodeUtf8(bytes)", () => {
  it("decodes UTF-8 and drops a byte order mark", () => {
    expect(decodeUtf8(utf8("date 2023-06-18 héllo ✓"))).toEqual({
      text: "date 2023-06-18 héllo ✓",
    });
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("date")]))).toEqual({
      text: "date",
    });
  });

  it("refuses invalid UTF-8, naming the line where it starts", () => {
    const bytes = new Uint8Array([...utf8("line one\nline two\nlatin1 caf"), 0xe9, ...utf8("\n")]);
    const result = decodeUtf8(bytes);
    expect(result).toEqual({
      problem: {
        line: 3,
        message: "not valid UTF-8 text",
        hint: "re-save the file as UTF-8 (for example: iconv -f latin1 -t utf-8)",
      },
    });
  });

  it("calls a file with NUL bytes binary", () => {
    const result = decodeUtf8(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect("problem" in result && result.problem.message).toBe(
      "binary file (a NUL byte at byte 4), not text",
    );
  });

  it("never throws, whatever the bytes (seeded random input)", () => {
    let seed = 42;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: 1 + (i % 40) }, next);
      expect(() => decodeUtf8(bytes)).not.toThrow();
    }
  });
});

describe("parseArticle(decoded)", () => {
  it("reads the seed: dateline, text after the `date YYYY-MM-DD ` head, 15 paragraphs", () => {
    const decoded = decodeUtf8(readFileSync(SEED));
    if (!("text" in decoded)) throw new Error("seed does not decode");
    const article = parsed(decoded.text);
    expect(article.dateline).toBe("2023-06-18");
    expect(article.text.startsWith("US Secretary of State Antony Blinken met")).toBe(true);
    expect(decoded.text.endsWith(article.text)).toBe(true);
    expect(article.paragraphs).toHaveLength(15);
    expect(paragraphsOf(article)[14]).toBe(
      `Blinken's "trip is essential, but not sufficient", Singapore's Foreign Minister Vivian Balakrishnan said.`,
    );
  });

  it("accepts the head with or without a leading space", () => {
    expect(parsed(" date 2024-03-01 Text.")).toEqual(parsed("date 2024-03-01 Text."));
    expect(parsed("date 2024-03-01 Text.").text).toBe("Text.");
  });

  it("accepts a dateline on its own line", () => {
    const article = parsed("date 2024-03-01\n\nFirst.\n\nSecond.");
    expect(article.text).toBe("First.\n\nSecond.");
    expect(paragraphsOf(article)).toEqual(["First.", "Second."]);
  });

  it("keeps the text verbatim to the end of the file, with or without a final newline", () => {
    const without = parsed("date 2024-03-01 One.\n\nTwo.");
    const withNewline = parsed("date 2024-03-01 One.\n\nTwo.\n");
    expect(without.text).toBe("One.\n\nTwo.");
    expect(withNewline.text).toBe("One.\n\nTwo.\n");
    expect(withNewline.paragraphs).toEqual(without.paragraphs);
  });

  it("reads CRLF and lone CR line endings as LF", () => {
    const lf = parsed("date 2024-03-01 One.\n\nTwo,\nstill two.\n");
    expect(parsed("date 2024-03-01 One.\r\n\r\nTwo,\r\nstill two.\r\n")).toEqual(lf);
    expect(parsed("date 2024-03-01 One.\r\rTwo,\rstill two.\r")).toEqual(lf);
  });

  it("treats whitespace-only lines as paragraph breaks and trims paragraph spans", () => {
    const article = parsed("date 2024-03-01 One.   \n \t \n  Two, \nstill two.\t\n\n\n\nThree.  ");
    expect(paragraphsOf(article)).toEqual(["One.", "Two, \nstill two.", "Three."]);
  });

  it("reports an empty file, a missing, malformed or impossible dateline, and an article with no text", () => {
    expect(problems("")).toEqual(["empty article"]);
    expect(problems(" \n\t\n")).toEqual(["empty article"]);
    expect(problems("Blinken met Qin.")).toEqual([
      'missing dateline: the first line starts with "Blinken met Qin."',
    ]);
    expect(problems("dated 2024-03-01 Text")[0]).toMatch(/^missing dateline/);
    expect(problems("date 18/06/2023 Text")[0]).toMatch(
      /^malformed dateline: the first line starts "date 18\/06\/2023 Text"/,
    );
    expect(problems("date 2023-06-18Text")[0]).toMatch(/^malformed dateline/);
    expect(problems("date 2023-02-30 Text")).toEqual([
      "impossible dateline 2023-02-30: no such day in the calendar",
    ]);
    expect(problems("date 2024-02-29 Leap.")).toEqual([]);
    expect(problems("date 2024-03-01   \n\n")).toEqual(["the article has a dateline but no text"]);
  });
});

describe("paragraphSpans(text) and paragraphAt(paragraphs, offset)", () => {
  it("finds each offset's paragraph by binary search, and -1 between paragraphs", () => {
    const text = "aa\n\nbbb\n\n\ncc";
    const spans = paragraphSpans(text);
    expect(spans).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 7 },
      { start: 10, end: 12 },
    ]);
    expect([0, 1, 2, 3, 4, 6, 7, 9, 10, 11, 12].map((i) => paragraphAt(spans, i))).toEqual([
      0, 0, -1, -1, 1, 1, -1, -1, 2, 2, -1,
    ]);
    expect(paragraphSpans("")).toEqual([]);
  });
});
