import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Dataset, TimelineEvent } from "../model/dataset.ts";
import type { CardContent } from "./cardContent.ts";
import { articleCardContent, CARD_HEIGHT, CARD_WIDTH, eventCardContent } from "./cardContent.ts";
import type { TextMetrics } from "./cardText.ts";
import { MISSING_GLYPH } from "./cardText.ts";
import { cardPalette } from "./cardPalette.ts";
import type { CardKit, CardNode } from "./cardTree.ts";
import { cardTree } from "./cardTree.ts";
import { TEST_DATASET, testEvent, XSS } from "../model/fixtures/shareDataset.ts";
import { storyDataset } from "../model/fixtures/storyDataset.ts";

/** The committed dataset: the app's real event wording. */
const REAL = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;

function realEvent(id: string): TimelineEvent {
  const found = REAL.events.find((e) => e.id === id);
  if (!found) throw new Error(`the real dataset lost ${id}`);
  return found;
}

/** A fake proportional font: a grapheme is 0.6 of the size wide (0.66 in bold); no CJK, no emoji. */
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
const FAKE: TextMetrics = {
  width: (text, style) =>
    [...segmenter.segment(text)].length * style.size * (style.weight === 700 ? 0.66 : 0.6),
  covers: (cp) => cp < 0x2e80,
};

const PALETTE = cardPalette(
  new Map([
    ["--paper", "#fbfaf7"],
    ["--ink", "#1c1d1f"],
    ["--muted", "#585a60"],
    ["--rule-strong", "#b9b4a8"],
    ["--dateline", "#b3261e"],
    ["--st-occurred", "#23456e"],
    ["--st-ongoing", "#17695a"],
    ["--st-planned", "#8b4a06"],
    ["--st-expected", "#8b4a06"],
    ["--st-hoped-for", "#74378f"],
    ["--st-postponed", "#6b6b6b"],
  ]),
);
const LOGO = "data:image/svg+xml;base64,PHN2Zy8+";
const KIT: CardKit = { metrics: FAKE, palette: PALETTE, fontFamily: "Test Sans", logo: LOGO };

function nodes(tree: CardNode): CardNode[] {
  const children = tree.type === "div" ? tree.props.children : undefined;
  return [tree, ...(Array.isArray(children) ? (children as CardNode[]).flatMap(nodes) : [])];
}

/** Every text the card draws, in order. */
function texts(tree: CardNode): string[] {
  return nodes(tree).flatMap((n) =>
    n.type === "div" && typeof n.props.children === "string" ? [n.props.children] : [],
  );
}

type Box = { text: string; left: number; top: number; right: number; bottom: number };

/**
 * The boxes of the card's absolutely placed text lines (measured with the fake font) and of the
 * status row (its whole width), for overlap checks.
 */
function textBoxes(tree: CardNode): Box[] {
  return nodes(tree).flatMap((n): Box[] => {
    if (n.type !== "div" || n.props.style["position"] !== "absolute") return [];
    const { left, top, height, fontSize, fontWeight } = n.props.style as Record<string, number>;
    const children = n.props.children;
    if (typeof children === "string") {
      const width = FAKE.width(children, {
        size: fontSize ?? 0,
        weight: fontWeight === 700 ? 700 : 400,
      });
      return [
        {
          text: children,
          left: left ?? 0,
          top: top ?? 0,
          right: (left ?? 0) + width,
          bottom: (top ?? 0) + (height ?? 0),
        },
      ];
    }
    if (Array.isArray(children) && children.length > 0) {
      return [
        {
          text: "(status row)",
          left: left ?? 0,
          top: top ?? 0,
          right: CARD_WIDTH - 64,
          bottom: (top ?? 0) + (height ?? 0),
        },
      ];
    }
    return [];
  });
}

/** Checks that every text lies inside the card, clear of the edges, and that none overlaps another. */
function expectLayoutHolds(tree: CardNode): void {
  const boxes = textBoxes(tree);
  for (const box of boxes) {
    expect(box.left, box.text).toBeGreaterThanOrEqual(0);
    expect(box.right, box.text).toBeLessThanOrEqual(CARD_WIDTH - 60);
    expect(box.top, box.text).toBeGreaterThanOrEqual(0);
    expect(box.bottom, box.text).toBeLessThanOrEqual(CARD_HEIGHT);
  }
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `"${a.text}" overlaps "${b.text}"`).toBe(false);
    }
  }
}

describe("cardTree(card, kit)", () => {
  const cards: CardContent[] = [
    ...REAL.events.map((e) => eventCardContent(e, REAL)),
    ...REAL.sources.map((s) => articleCardContent(s, REAL)),
    ...TEST_DATASET.events.map((e) => eventCardContent(e, TEST_DATASET)),
    ...TEST_DATASET.sources.map((s) => articleCardContent(s, TEST_DATASET)),
    ...storyDataset().events.map((e) => eventCardContent(e, storyDataset())),
  ];

  it("is a CARD_WIDTH × CARD_HEIGHT box of boxes, with the data only ever as text", () => {
    for (const card of cards) {
      const tree = cardTree(card, KIT);
      expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
      for (const node of nodes(tree)) {
        expect(["div", "img"]).toContain(node.type);
        if (node.type === "img") expect(node.props.src).toBe(LOGO);
        // No style value carries a string from the data.
        for (const value of Object.values(node.props.style)) {
          expect(String(value)).not.toMatch(/[<>"]/);
        }
      }
    }
  });

  it("draws hostile text as its literal characters", () => {
    const card = eventCardContent(testEvent("san-francisco-apec"), TEST_DATASET);
    const drawn = texts(cardTree(card, KIT));
    expect(drawn.join(" ")).toContain(`APEC in San Francisco ${XSS}`.split(" ").pop());
    expect(drawn).toContain("Test corpus, <i>2023</i>");
  });

  it("draws a character the font lacks as a box, and never a lone half of it", () => {
    const card = {
      ...eventCardContent(realEvent("beijing-visit"), REAL),
      title: "Talks in 北京 🇨🇳",
    };
    const drawn = texts(cardTree(card, KIT)).join(" ");
    expect(drawn).toContain(`Talks in ${MISSING_GLYPH}${MISSING_GLYPH} ${MISSING_GLYPH}`);
    expect(drawn).not.toMatch(/[\u{2e80}-\u{10ffff}]/u);
  });

  it("sets the title in whole lines that together say the title, when it fits", () => {
    const card = eventCardContent(realEvent("blinken-banquet"), REAL);
    const tree = cardTree(card, KIT);
    const drawn = texts(tree);
    const titleLines = drawn.filter((t) => card.title.includes(t) && t.length > 3);
    expect(titleLines.join(" ")).toBe(card.title);
  });

  it("keeps its layout for every seed and fixture card", () => {
    for (const card of cards) expectLayoutHolds(cardTree(card, KIT));
  });

  it("says after the status how many reports told the event, cut to the room the badge leaves", () => {
    const story = storyDataset();
    const apec = story.events.find((e) => e.id === "apec");
    if (!apec) throw new Error("fixture");
    const card = eventCardContent(apec, story);
    expect(texts(cardTree(card, KIT))).toContain(
      "as of 16 November 2023 · 2 reports, status changed",
    );
    const long = { ...card, story: "2 reports, status changed, date moved, ".repeat(8) };
    const note = texts(cardTree(long, KIT)).find((t) => t.startsWith("as of "));
    expect(note?.endsWith("…")).toBe(true);
    // The badge (its label, padding, border and letter spacing) and the note fit the card's width.
    const badge = FAKE.width("OCCURRED", { size: 24, weight: 700 }) + 2 * 14 + 2 * 3 + 8;
    const noteWidth = FAKE.width(note ?? "", { size: 26, weight: 400 });
    expect(64 + badge + 18 + noteWidth).toBeLessThanOrEqual(CARD_WIDTH - 64);
  });

  it("keeps its layout with very long titles, a 600-character word and long other fields", () => {
    const event = eventCardContent(realEvent("beijing-visit"), REAL);
    const source = REAL.sources[0];
    if (!source) throw new Error("no source");
    const article = articleCardContent(source, REAL);
    const long = "A".repeat(600);
    const words = "Blinken meets Qin Gang in Beijing for talks ".repeat(20).trim();
    const variants: CardContent[] = [
      { ...event, title: long },
      { ...event, title: words },
      { ...event, title: `${words} ${long} ${words}` },
      { ...event, corpusTitle: long, dateLabel: `${long} (planned)` },
      { ...article, title: long, attribution: long },
      { ...article, title: words, attribution: words, corpusTitle: words },
    ];
    for (const card of variants) {
      const tree = cardTree(card, KIT);
      expectLayoutHolds(tree);
      expect(texts(tree).some((t) => t.endsWith("…"))).toBe(true);
    }
  });
});
