import { describe, expect, it } from "vitest";
import { truncate } from "./truncate.ts";

describe("truncate(text, max)", () => {
  it("cuts at a word boundary with an ellipsis, and leaves short text alone", () => {
    expect(truncate("one two three four", 12)).toBe("one two…");
    expect(truncate("short\n text", 50)).toBe("short text");
    expect(truncate("x".repeat(30), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
