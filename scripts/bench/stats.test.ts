import { describe, expect, it } from "vitest";
import { formatBytes, formatMs, formatRatio, markdownTable, median } from "./stats.ts";

const ms = (value: number, capped = false): { ms: number; capped: boolean } => ({
  ms: value,
  capped,
});

describe("median(samples)", () => {
  it("takes the middle sample of an odd count and the mean of the middle two of an even count", () => {
    expect(median([ms(30), ms(10), ms(20)])).toEqual(ms(20));
    expect(median([ms(40), ms(10), ms(20), ms(30)])).toEqual(ms(25));
    expect(median([])).toBeUndefined();
  });

  it("counts a capped run as its cap, and stays capped only when the median is", () => {
    expect(median([ms(60_000, true), ms(60_000, true), ms(5000)])).toEqual(ms(60_000, true));
    expect(median([ms(60_000, true), ms(5000), ms(6000)])).toEqual(ms(6000));
  });
});

describe("formatMs(sample) and formatRatio(app, bare)", () => {
  it("prints ms below a second, seconds above, and '> 60 s' for a capped run", () => {
    expect(formatMs(ms(42.4))).toBe("42 ms");
    expect(formatMs(ms(1234))).toBe("1.23 s");
    expect(formatMs(ms(60_000, true))).toBe("> 60 s");
    expect(formatMs(undefined)).toBe("—");
  });

  it("divides app by bare, and marks a ratio against a capped bare run as an upper bound", () => {
    expect(formatRatio(ms(250), ms(1000))).toBe("0.25");
    expect(formatRatio(ms(3000), ms(60_000, true))).toBe("≤ 0.05");
    expect(formatRatio(ms(1), undefined)).toBe("—");
  });
});

describe("formatBytes(bytes) and markdownTable(header, rows)", () => {
  it("uses decimal kilobytes and megabytes", () => {
    expect(formatBytes(215_700)).toBe("215.7 KB");
    expect(formatBytes(153_601_453)).toBe("153.60 MB");
  });

  it("writes a header, a separator and rows, escaping pipes", () => {
    expect(markdownTable(["a", "b"], [["1", "x|y"]])).toBe(
      "| a | b |\n| --- | --- |\n| 1 | x\\|y |",
    );
  });
});
