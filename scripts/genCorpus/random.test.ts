import { describe, expect, it } from "vitest";
import { mulberry32, zipfSampler } from "./random.ts";

describe("zipfSampler(n, s)", () => {
  it("draws rank 0 most often and stays within 0..n-1", () => {
    const sample = zipfSampler(50, 1.1);
    const random = mulberry32(3);
    const counts = Array.from({ length: 50 }, () => 0);
    for (let i = 0; i < 5000; i++) {
      const r = sample(random);
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThan(50);
      counts[r] = (counts[r] ?? 0) + 1;
    }
    expect(Math.max(...counts)).toBe(counts[0]);
    expect(counts[0] ?? 0).toBeGreaterThan((counts[49] ?? 0) * 10);
  });
});
