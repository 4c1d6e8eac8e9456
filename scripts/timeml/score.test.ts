import { describe, expect, it } from "vitest";
import type { Scored } from "./score.ts";
import { align, formatScores, score } from "./score.ts";

const x = (start: number, end: number, type = "DATE", value = "2023"): Scored => ({
  start,
  end,
  text: "",
  type,
  value,
});

describe("align(gold, system)", () => {
  it("pairs identical spans first, then the largest overlaps, one to one", () => {
    const gold = [x(0, 10), x(20, 30), x(40, 45)];
    const sys = [x(22, 28), x(20, 25), x(0, 10), x(50, 55)];
    expect(align(gold, sys).sort()).toEqual([
      [0, 2],
      [1, 0], // overlap 6 beats overlap 5
    ]);
  });
});

describe("score(gold, system)", () => {
  it("computes strict and relaxed P/R/F1 and attribute accuracy × relaxed F1", () => {
    const gold = new Map([
      ["a", [x(0, 5, "DATE", "2023"), x(10, 20, "DURATION", "P2Y"), x(30, 33, "DATE", "2023-06")]],
      ["b", [x(0, 4, "SET", "P1D")]],
    ]);
    const system = new Map([
      ["a", [x(0, 5, "DATE", "2023"), x(8, 20, "DURATION", "P3Y"), x(40, 45)]],
      ["b", [x(0, 4, "DATE", "P1D")]],
    ]);
    const s = score(gold, system);
    expect(s.counts).toEqual({ gold: 4, system: 4, strict: 2, relaxed: 3, type: 2, value: 2 });
    expect(s.strict.f1).toBeCloseTo(0.5);
    expect(s.relaxed).toEqual({ p: 0.75, r: 0.75, f1: 0.75 });
    expect(s.type.accuracy).toBeCloseTo(2 / 3);
    expect(s.value.f1).toBeCloseTo((2 / 3) * 0.75);
    expect(s.errors.map((e) => e.kind)).toEqual(["span", "missed", "spurious", "attr"]);
  });

  it("scores a document the system left out as all missed, and nothing as zero", () => {
    const s = score(new Map([["a", [x(0, 1)]]]), new Map());
    expect(s.counts.relaxed).toBe(0);
    expect(s.relaxed).toEqual({ p: 0, r: 0, f1: 0 });
    expect(formatScores(s, true)).toMatch(
      /MISSED[\s\S]*value F1 0\.00, relaxed F1 0\.00, strict F1 0\.00$/,
    );
  });
});
