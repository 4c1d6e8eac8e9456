import { describe, expect, it } from "vitest";
import type { Status, TimelineEvent } from "../model/dataset.ts";
import { parseDay } from "../model/dates.ts";
import { eventShape } from "../model/timelinePlan.ts";
import {
  layoutStrip,
  markStyle,
  MIN_MARK_PX,
  MIN_TICK_PX,
  statusBadgeStyle,
} from "./cardLayout.ts";
import type { TextMetrics, TextStyle } from "./cardText.ts";
import { drawableText, ELLIPSIS, fitText, MISSING_GLYPH, wrapText } from "./cardText.ts";

/**
 * A fake font whose every grapheme is as wide as the font size (so at 10 px a line of 100 px holds
 * ten characters), and which cannot draw CJK or emoji.
 */
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
const count = (text: string): number => [...segmenter.segment(text)].length;
const FAKE: TextMetrics = {
  width: (text, style) => count(text) * style.size,
  covers: (cp) => cp < 0x2e80,
};
const TEN: TextStyle = { size: 10, weight: 400 };

function fitsEveryLine(lines: readonly string[], maxWidth: number, style = TEN): void {
  for (const line of lines) expect(FAKE.width(line, style), line).toBeLessThanOrEqual(maxWidth);
}

describe("drawableText(text, covers)", () => {
  it("makes every run of white space one space and trims the ends", () => {
    expect(drawableText("  Blinken\tmeets\n\nQin   Gang \r\n", FAKE.covers)).toBe(
      "Blinken meets Qin Gang",
    );
  });

  it("keeps markup as the literal characters it is", () => {
    const hostile = '<img src=x onerror="window.__xss=10">Council & <script>';
    expect(drawableText(hostile, FAKE.covers)).toBe(hostile);
  });

  it("shows a grapheme the font cannot draw as one missing-glyph box, so nothing vanishes", () => {
    expect(drawableText("Talks in 北京 today", FAKE.covers)).toBe(
      `Talks in ${MISSING_GLYPH}${MISSING_GLYPH} today`,
    );
    // A family emoji is one grapheme of five code points (with joiners): one box.
    expect(drawableText("Family 👨‍👩‍👧 day", FAKE.covers)).toBe(`Family ${MISSING_GLYPH} day`);
    // Combining accents the font has stay with their letter.
    expect(drawableText("Zu\u0308rich", FAKE.covers)).toBe("Zu\u0308rich");
  });

  it("drops control characters", () => {
    expect(drawableText("a\u0000b\u0007c\u009fd", FAKE.covers)).toBe("abcd");
  });

  it("gives an empty string for white space only", () => {
    expect(drawableText(" \n\t ", FAKE.covers)).toBe("");
  });
});

describe("wrapText(text, style, maxWidth, maxLines, metrics)", () => {
  it("keeps a short text on one line, uncut", () => {
    expect(wrapText("Short title", TEN, 200, 3, FAKE)).toEqual({
      lines: ["Short title"],
      truncated: false,
      broken: false,
    });
  });

  it("fills each line greedily with whole words", () => {
    // Ten characters a line.
    expect(wrapText("aaaa bbbb cc dddddd e", TEN, 100, 5, FAKE)).toEqual({
      lines: ["aaaa bbbb", "cc dddddd", "e"],
      truncated: false,
      broken: false,
    });
  });

  it("puts a word that exactly fills a line on it", () => {
    expect(wrapText("aaaaaaaaaa bb", TEN, 100, 3, FAKE).lines).toEqual(["aaaaaaaaaa", "bb"]);
  });

  it("cuts a text that needs more lines with an ellipsis after the last whole word that fits", () => {
    const wrapped = wrapText("one two three four five six seven eight", TEN, 100, 2, FAKE);
    expect(wrapped.truncated).toBe(true);
    expect(wrapped.lines).toEqual(["one two", "three…"]);
    fitsEveryLine(wrapped.lines, 100);
  });

  it("drops a word to make room for the ellipsis rather than cutting it", () => {
    // "three four" fills the second line; "three four…" would not fit, "three…" does.
    const wrapped = wrapText("one two three four five", TEN, 100, 2, FAKE);
    expect(wrapped.lines).toEqual(["one two", "three…"]);
  });

  it("leaves no comma or dash before the ellipsis", () => {
    const wrapped = wrapText("alpha, beta, gamma — delta epsilon", TEN, 100, 2, FAKE);
    expect(wrapped.lines).toEqual(["alpha,", "beta…"]);
  });

  it("never cuts inside a word that fits a line, whatever the widths", () => {
    const words = ["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "ggggggg", "hhhhhhhh"];
    for (let seed = 1; seed <= 200; seed++) {
      let x = seed;
      const random = (n: number): number => {
        x = (x * 1103515245 + 12345) % 2147483648;
        return x % n;
      };
      const text = Array.from({ length: 3 + random(20) }, () => words[random(8)]).join(" ");
      const maxWidth = 80 + random(80);
      const maxLines = 1 + random(4);
      const { lines, truncated } = wrapText(text, TEN, maxWidth, maxLines, FAKE);
      fitsEveryLine(lines, maxWidth);
      expect(lines.length).toBeLessThanOrEqual(maxLines);
      const shown = lines.join(" ");
      if (!truncated) expect(shown).toBe(text);
      else {
        expect(shown.endsWith(ELLIPSIS)).toBe(true);
        // What is shown before the ellipsis is whole words from the start of the text.
        const kept = shown.slice(0, -ELLIPSIS.length);
        expect(`${text} `.startsWith(`${kept} `), `${text} → ${shown}`).toBe(true);
      }
    }
  });

  it("breaks a word too long for any line between characters, and cuts it with an ellipsis", () => {
    const word = "A".repeat(600);
    const wrapped = wrapText(word, TEN, 100, 3, FAKE);
    expect(wrapped.truncated).toBe(true);
    expect(wrapped.broken).toBe(true);
    expect(wrapped.lines).toEqual(["A".repeat(10), "A".repeat(10), `${"A".repeat(9)}…`]);
  });

  it("starts a too-long word on a line of its own, after the words before it", () => {
    const wrapped = wrapText(`See ${"B".repeat(25)} end`, TEN, 100, 5, FAKE);
    expect(wrapped).toEqual({
      lines: ["See", "B".repeat(10), "B".repeat(10), "BBBBB end"],
      truncated: false,
      broken: true,
    });
  });

  it("never splits a grapheme when it breaks a long word", () => {
    const word = "e\u0301".repeat(30); // 30 graphemes of two code points each
    const { lines } = wrapText(word, TEN, 100, 5, FAKE);
    expect(lines).toEqual(["e\u0301".repeat(10), "e\u0301".repeat(10), "e\u0301".repeat(10)]);
  });

  it("gives no lines for an empty text", () => {
    expect(wrapText("", TEN, 100, 3, FAKE)).toEqual({ lines: [], truncated: false, broken: false });
  });
});

describe("fitText(text, maxWidth, steps, metrics)", () => {
  const steps = [
    { style: { size: 20, weight: 700 as const }, lineHeight: 24, maxLines: 2 },
    { style: { size: 10, weight: 700 as const }, lineHeight: 12, maxLines: 3 },
  ];

  it("sets a text that fits at the largest size there", () => {
    const fitted = fitText("Big news", 200, steps, FAKE);
    expect(fitted.step.style.size).toBe(20);
    expect(fitted).toMatchObject({ lines: ["Big news"], truncated: false });
  });

  it("goes down a size before it cuts anything", () => {
    const fitted = fitText("A longer headline that needs room", 200, steps, FAKE);
    expect(fitted.step.style.size).toBe(10);
    expect(fitted.truncated).toBe(false);
    expect(fitted.lines.join(" ")).toBe("A longer headline that needs room");
  });

  it("cuts at the smallest size when nothing fits whole", () => {
    const fitted = fitText("word ".repeat(40).trim(), 200, steps, FAKE);
    expect(fitted.step.style.size).toBe(10);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines).toHaveLength(3);
    fitsEveryLine(fitted.lines, 200, fitted.step.style);
  });

  it("goes down a size rather than split a word that fits a line there", () => {
    // "abcdefghijklmn" (14 characters) is 280 px at 20 px: split over two lines of 200 px; at
    // 10 px it is 140 px and fits one line.
    const fitted = fitText("abcdefghijklmn", 200, steps, FAKE);
    expect(fitted.step.style.size).toBe(10);
    expect(fitted).toMatchObject({ lines: ["abcdefghijklmn"], truncated: false, broken: false });
  });

  it("splits a word at the largest size at which the text still fits whole", () => {
    // 30 characters fit no line whole at either size: three lines of ten at 20 px, two of twenty
    // at 10 px. Both fit; the larger wins.
    const roomy = [
      { style: { size: 20, weight: 700 as const }, lineHeight: 24, maxLines: 4 },
      { style: { size: 10, weight: 700 as const }, lineHeight: 12, maxLines: 3 },
    ];
    const fitted = fitText("x".repeat(30), 200, roomy, FAKE);
    expect(fitted).toMatchObject({ truncated: false, broken: true });
    expect(fitted.step.style.size).toBe(20);
    expect(fitted.lines).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(10)]);
  });

  it("needs a step", () => {
    expect(() => fitText("x", 100, [], FAKE)).toThrow(/at least one step/);
  });
});

describe("statusBadgeStyle(status)", () => {
  it("draws each status like the app's badge", () => {
    const styles = Object.fromEntries(
      (["occurred", "ongoing", "planned", "expected", "hoped-for", "postponed"] as const).map(
        (s) => [s, statusBadgeStyle(s)],
      ),
    );
    expect(styles).toEqual({
      occurred: { label: "OCCURRED", filled: true, border: "solid", struckThrough: false },
      ongoing: { label: "ONGOING", filled: true, border: "solid", struckThrough: false },
      planned: { label: "PLANNED", filled: false, border: "solid", struckThrough: false },
      expected: { label: "EXPECTED", filled: false, border: "dashed", struckThrough: false },
      "hoped-for": { label: "HOPED FOR", filled: false, border: "dotted", struckThrough: false },
      postponed: { label: "POSTPONED", filled: false, border: "solid", struckThrough: true },
    });
  });
});

function event(edtf: string, earliest: string | null, latest: string | null): TimelineEvent {
  const precision = edtf.length === 7 || /^\d{4}-\d\d\/\d{4}-\d\d$/.test(edtf) ? "month" : "day";
  return {
    id: edtf,
    title: edtf,
    summary: "",
    date: { edtf, precision, earliest, latest, phrase: edtf, resolvedAgainst: "2023-06-18" },
    status: "occurred",
    asOf: "2023-06-18",
    actors: [],
    places: [],
    related: [],
    citations: [],
    reports: [],
    disagreements: [],
  };
}

describe("markStyle(status, shape)", () => {
  const day = eventShape(event("2023-06-18/2023-06-19", "2023-06-18", "2023-06-19"));
  const month = eventShape(event("2023-09", "2023-09-01", "2023-09-30"));
  const before = eventShape(event("../2023-06-17", null, "2023-06-17"));
  const after = eventShape(event("2023-06-18/..", "2023-06-18", null));
  const paint = (status: Status, shape = day) => markStyle(status, shape);

  it("fills what happened and outlines what was anticipated, as the timeline does", () => {
    expect(paint("occurred")).toEqual({ paint: "solid", border: "none" });
    expect(paint("ongoing")).toEqual({ paint: "solid", border: "none" });
    expect(paint("planned")).toEqual({ paint: "tint", border: "solid" });
    expect(paint("expected")).toEqual({ paint: "tint", border: "dashed" });
    expect(paint("hoped-for")).toEqual({ paint: "tint", border: "dotted" });
    expect(paint("postponed")).toEqual({ paint: "stripes", border: "none" });
  });

  it("hatches a date known only to the month, keeping an anticipated event's outline", () => {
    expect(paint("occurred", month)).toEqual({ paint: "hatch", border: "solid" });
    expect(paint("expected", month)).toEqual({ paint: "hatch", border: "dashed" });
  });

  it("fades an open interval toward its open end", () => {
    expect(paint("occurred", before)).toEqual({ paint: "fade-in", border: "none" });
    expect(paint("hoped-for", after)).toEqual({ paint: "fade-out", border: "none" });
  });
});

describe("layoutStrip(input, metrics)", () => {
  const label: TextStyle = { size: 10, weight: 400 };
  const day = (d: string): number => parseDay(d) ?? Number.NaN;

  it("shows the event and its dateline inside a window of at least four weeks", () => {
    const visit = eventShape(event("2023-06-18/2023-06-19", "2023-06-18", "2023-06-19"));
    const strip = layoutStrip(
      {
        width: 1000,
        events: [{ shape: visit, status: "ongoing" }],
        datelines: [{ day: "2023-06-18", sources: 1 }],
        tickLabelStyle: label,
        datelineLabelStyle: label,
      },
      FAKE,
    );
    expect(strip.window.end - strip.window.start).toBeGreaterThanOrEqual(28);
    expect(strip.window.start).toBeLessThan(day("2023-06-18"));
    expect(strip.window.end).toBeGreaterThan(day("2023-06-20"));
    const [mark] = strip.marks;
    const [rule] = strip.datelines;
    // The two-day bar covers the rule in the middle of its first day.
    expect(mark?.x).toBeLessThan(rule?.x ?? 0);
    expect((mark?.x ?? 0) + (mark?.width ?? 0)).toBeGreaterThan(rule?.x ?? 0);
    expect(rule).toMatchObject({ label: "reported 18 June 2023", labelled: true });
  });

  it("puts a point at the middle of its day and keeps a one-day range visible", () => {
    const single = eventShape(event("2010-05-05", "2010-05-05", "2010-05-05"));
    const range = eventShape(event("2010-05-05/2010-05-06", "2010-05-05", "2010-05-06"));
    const strip = layoutStrip(
      {
        width: 1000,
        events: [
          { shape: single, status: "occurred" },
          { shape: range, status: "planned" },
        ],
        // A dateline thirteen years on makes a long window, in which two days are a sliver.
        datelines: [{ day: "2023-06-18", sources: 2 }],
        maxLanes: 2,
        tickLabelStyle: label,
        datelineLabelStyle: label,
      },
      FAKE,
    );
    const span = strip.window.end - strip.window.start;
    const [point, bar] = strip.marks;
    expect(point?.point).toBe(true);
    expect(point?.x).toBeCloseTo(((day("2010-05-05") + 0.5 - strip.window.start) / span) * 1000);
    expect(bar?.width).toBe(MIN_MARK_PX);
    // They overlap, so they go in two lanes.
    expect(new Set(strip.marks.map((m) => m.lane))).toEqual(new Set([0, 1]));
    expect(strip.datelines[0]?.label).toBe("reported 18 June 2023 (2 articles)");
  });

  it("puts a dateline's label left of its rule where the right would run off the strip", () => {
    const early = eventShape(event("2023-01-02", "2023-01-02", "2023-01-02"));
    const strip = layoutStrip(
      {
        width: 600,
        events: [{ shape: early, status: "occurred" }],
        datelines: [{ day: "2023-06-18", sources: 1 }],
        tickLabelStyle: label,
        datelineLabelStyle: label,
      },
      FAKE,
    );
    const [rule] = strip.datelines;
    expect(rule?.labelled).toBe(true);
    expect((rule?.labelX ?? 0) + FAKE.width(rule?.label ?? "", label)).toBeLessThan(rule?.x ?? 0);
    expect(rule?.labelX).toBeGreaterThanOrEqual(0);
  });

  it("labels a dateline only where it clears the label before it", () => {
    const shape = eventShape(event("2023-06-01", "2023-06-01", "2023-06-01"));
    const strip = layoutStrip(
      {
        width: 1000,
        events: [{ shape, status: "occurred" }],
        datelines: [
          { day: "2023-06-18", sources: 1 },
          { day: "2023-06-19", sources: 1 },
        ],
        tickLabelStyle: label,
        datelineLabelStyle: label,
      },
      FAKE,
    );
    expect(strip.datelines.map((d) => d.labelled)).toEqual([true, false]);
  });

  it.each([
    // [first, last, expected labels' pattern]
    ["2023-06-18", "2023-06-19", /^\d{1,2} [A-Z][a-z]{2}( \d{4})?$/],
    ["2022-11-01", "2023-11-30", /^[A-Z][a-z]{2}( \d{4})?$/],
    ["1995-03-01", "2023-06-18", /^\d{4}$/],
  ])("ticks %s to %s at least MIN_TICK_PX apart, each label inside the strip", (a, b, pattern) => {
    const shape = eventShape(event(`${a}/${b}`, a, b));
    const width = 1000;
    const strip = layoutStrip(
      {
        width,
        events: [{ shape, status: "occurred" }],
        datelines: [],
        tickLabelStyle: label,
        datelineLabelStyle: label,
      },
      FAKE,
    );
    expect(strip.ticks.length).toBeGreaterThanOrEqual(2);
    for (const [i, tick] of strip.ticks.entries()) {
      expect(tick.x).toBeGreaterThanOrEqual(0);
      expect(tick.x).toBeLessThan(width);
      if (tick.label !== "") {
        expect(tick.label).toMatch(pattern);
        expect(tick.x + 8 + FAKE.width(tick.label, label)).toBeLessThanOrEqual(width);
      }
      const next = strip.ticks[i + 1];
      if (next) expect(next.x - tick.x).toBeGreaterThanOrEqual(MIN_TICK_PX * 0.9);
    }
    // The first labelled tick names its year.
    expect(strip.ticks.find((t) => t.label !== "")?.label).toMatch(/\d{4}$/);
  });

  it("ticks weeks on Mondays and months on their first day", () => {
    const weeks = layoutStrip(
      {
        width: 1000,
        events: [
          {
            shape: eventShape(event("2023-06-18", "2023-06-18", "2023-06-18")),
            status: "occurred",
          },
        ],
        datelines: [],
        tickLabelStyle: label,
        datelineLabelStyle: label,
      },
      FAKE,
    );
    const monday = day("2023-06-19");
    for (const tick of weeks.ticks) {
      const n = weeks.window.start + (tick.x / 1000) * (weeks.window.end - weeks.window.start);
      expect(Math.abs(Math.round(n) - monday) % 7).toBe(0);
    }
    const year = layoutStrip(
      {
        width: 1000,
        events: [
          {
            shape: eventShape(event("2022-11/2023-11", "2022-11-01", "2023-11-30")),
            status: "occurred",
          },
        ],
        datelines: [],
        tickLabelStyle: label,
        datelineLabelStyle: label,
      },
      FAKE,
    );
    const labels = year.ticks.map((t) => t.label).filter((l) => l !== "");
    expect(labels).toContain("Jan 2023");
    expect(labels.filter((l) => / \d{4}$/.test(l)).length).toBeLessThanOrEqual(2);
  });
});
