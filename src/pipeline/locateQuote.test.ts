import { describe, expect, it } from "vitest";
import { paragraphSpans } from "./article.ts";
import { CONTEXT_LENGTH, findOccurrences, locateQuote } from "./locateQuote.ts";

function source(text: string): {
  id: string;
  text: string;
  paragraphs: ReturnType<typeof paragraphSpans>;
} {
  return { id: "art", text, paragraphs: paragraphSpans(text) };
}

const TEXT =
  "The council met on Monday. It voted to build a harbour.\n\n" +
  "Critics said the harbour was late. Critics said the harbour was late.\n\n" +
  "The mayor 🎉 celebrated.";

describe("locateQuote(source, quote, occurrence?)", () => {
  it("computes offsets, paragraph and 32 characters of context, trimmed at the text's ends", () => {
    const result = locateQuote(source(TEXT), "It voted to build a harbour.");
    expect(result).toEqual({
      citation: {
        source: "art",
        exact: "It voted to build a harbour.",
        prefix: "The council met on Monday. ",
        suffix: "\n\nCritics said the harbour was l",
        start: 27,
        end: 55,
        paragraph: 0,
      },
    });
    if (!("citation" in result)) return;
    expect(result.citation.suffix).toHaveLength(CONTEXT_LENGTH);
    expect(TEXT.slice(result.citation.start, result.citation.end)).toBe(result.citation.exact);
  });

  it("trims the quote's surrounding whitespace", () => {
    const result = locateQuote(source(TEXT), "  The council met on Monday.\n");
    expect(
      "citation" in result && [
        result.citation.exact,
        result.citation.start,
        result.citation.prefix,
      ],
    ).toEqual(["The council met on Monday.", 0, ""]);
  });

  it("refuses an ambiguous quote, listing where it occurs, and picks the occurrence asked for", () => {
    const quote = "Critics said the harbour was late.";
    expect(locateQuote(source(TEXT), quote)).toEqual({
      problem: {
        message: `ambiguous quote "${quote}": it occurs 2 times in article art (paragraph 2)`,
        hint: "add `occurrence: N` (1 to 2, in reading order) to pick one, or quote more words",
      },
    });
    const first = locateQuote(source(TEXT), quote, 1);
    const second = locateQuote(source(TEXT), quote, 2);
    expect("citation" in first && first.citation.start).toBe(TEXT.indexOf(quote));
    expect("citation" in second && second.citation.start).toBe(TEXT.lastIndexOf(quote));
    const third = locateQuote(source(TEXT), quote, 3);
    expect("problem" in third && third.problem.hint).toBe("use an occurrence from 1 to 2");
    const unique = locateQuote(source(TEXT), "The mayor", 2);
    expect("problem" in unique && unique.problem.hint).toBe(
      "remove `occurrence`: the quote is unique",
    );
  });

  it("refuses a quote that spans a paragraph break", () => {
    const result = locateQuote(source(TEXT), "a harbour.\n\nCritics");
    expect("problem" in result && result.problem).toEqual({
      message: 'quote "a harbour.\n\nCritics" spans a paragraph break in article art',
      hint: "cite each paragraph's words as a separate quote",
    });
  });

  it("points at the closest passage when the quote is not found", () => {
    const caseOnly = locateQuote(source(TEXT), "the council met on monday");
    expect("problem" in caseOnly && caseOnly.problem.hint).toBe(
      'copy the words exactly from the article: it has "The council met on Monday" (letter case differs)',
    );
    const typo = locateQuote(source(TEXT), "It voted to build a harbor.");
    expect("problem" in typo && typo.problem.message).toBe(
      'quote not found in article art: "It voted to build a harbor."',
    );
    expect("problem" in typo && typo.problem.hint).toBe(
      'copy the words exactly from the article: the quote agrees with paragraph 1 up to "…It voted to build a harbo", then the article has "ur.\n\nCritics said the harbour …" where the quote has "r.…"',
    );
    const nothing = locateQuote(source(TEXT), "Nothing like it");
    expect("problem" in nothing && nothing.problem.hint).toBe(
      "copy the words exactly from the article",
    );
    expect("problem" in locateQuote(source(TEXT), "   ")).toBe(true);
  });

  it("never cuts a surrogate pair in the context", () => {
    // 32 code units before the quote falls on the second half of 🎉; 32 after it, on the first half.
    const text = `a🎉${"x".repeat(31)}quoted${"y".repeat(31)}🎉z`;
    const result = locateQuote(source(text), "quoted");
    if (!("citation" in result)) throw new Error("not found");
    expect(result.citation.start).toBe(34);
    expect(result.citation.prefix).toBe("x".repeat(31));
    expect(result.citation.suffix).toBe("y".repeat(31));
    const whole = locateQuote(source(`🎉${"x".repeat(30)}quoted`), "quoted");
    expect("citation" in whole && whole.citation.prefix).toBe(`🎉${"x".repeat(30)}`);
  });
});

describe("findOccurrences(text, quote)", () => {
  it("finds overlapping occurrences in order", () => {
    expect(findOccurrences("aaaa", "aa")).toEqual([0, 1, 2]);
    expect(findOccurrences("abc", "")).toEqual([]);
    expect(findOccurrences("abc", "d")).toEqual([]);
  });
});
