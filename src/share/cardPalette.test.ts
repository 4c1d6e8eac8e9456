import { describe, expect, it } from "vitest";
import { cardPalette } from "./cardPalette.ts";

describe("cardPalette(properties)", () => {
  it("reads the status colours from --st-<status> and expands short hex", () => {
    const palette = cardPalette(
      new Map([
        ["--paper", "#fff"],
        ["--ink", "#000000"],
        ["--muted", "#555"],
        ["--rule-strong", "#999"],
        ["--dateline", "#b3261e"],
        ["--st-occurred", "#23456E"],
        ["--st-ongoing", "#17695a"],
        ["--st-planned", "#8b4a06"],
        ["--st-expected", "#8b4a06"],
        ["--st-hoped-for", "#74378f"],
        ["--st-postponed", "#6b6b6b"],
      ]),
    );
    expect(palette.paper).toBe("#ffffff");
    expect(palette.status.occurred).toBe("#23456e");
    expect(palette.status["hoped-for"]).toBe("#74378f");
  });

  it("names every colour that is missing or not hex", () => {
    expect(() => cardPalette(new Map([["--paper", "rgb(0 0 0)"]]))).toThrow(
      /--paper is rgb\(0 0 0\), not a #rrggbb colour.*--ink is missing.*--st-postponed is missing/,
    );
  });
});
