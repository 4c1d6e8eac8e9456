/**
 * The cards' font: DejaVu Sans (regular and bold), subset files committed beside this module with
 * their licence (fonts/README.md says how they were made), so a card looks the same on every
 * machine whatever fonts it has. Text is measured with harfbuzzjs, the shaper satori draws with,
 * so a line the layout measured to fit is the line the renderer draws.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as hb from "harfbuzzjs";
import type { TextMetrics, TextStyle } from "../../../src/share/cardText.ts";

/** The family name the card tree asks for and the renderer registers the files under. */
export const CARD_FONT_FAMILY = "DejaVu Sans";

const FONT_DIR = fileURLToPath(new URL("./fonts/", import.meta.url));

/** The font files by weight. */
export const CARD_FONT_FILES = {
  400: `${FONT_DIR}DejaVuSans.ttf`,
  700: `${FONT_DIR}DejaVuSans-Bold.ttf`,
} as const;

/** A font file's bytes, by weight, as satori takes them. */
export type CardFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

/** The font files read, and a digest of their bytes (part of every card's cache key). */
export function readCardFonts(): { fonts: CardFont[]; digest: string } {
  const hash = createHash("sha256");
  const fonts = ([400, 700] as const).map((weight) => {
    const data = readFileSync(CARD_FONT_FILES[weight]);
    hash.update(data);
    return { name: CARD_FONT_FAMILY, data, weight, style: "normal" as const };
  });
  return { fonts, digest: hash.digest("hex") };
}

/**
 * TextMetrics of the card fonts: widths from harfbuzz's shaping (kerning and ligatures included,
 * as satori draws them), cached per text and style; coverage from the regular face's character map
 * (the bold face is cut from the same set).
 */
export function cardTextMetrics(fonts: readonly CardFont[]): TextMetrics {
  const shapers = new Map(
    fonts.map((f) => {
      const face = new hb.Face(new hb.Blob(new Uint8Array(f.data)), 0);
      return [f.weight, { font: new hb.Font(face), upem: face.upem, face }] as const;
    }),
  );
  const regular = shapers.get(400);
  if (!regular) throw new Error("cards: the regular card font is missing");
  const covered = new Set(regular.face.collectUnicodes());
  const cache = new Map<string, number>();
  const buffer = new hb.Buffer();
  const unitsOf = (text: string, weight: TextStyle["weight"]): number => {
    const key = `${String(weight)}\u0000${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const shaper = shapers.get(weight) ?? regular;
    buffer.reset();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(shaper.font, buffer);
    let units = 0;
    for (const position of buffer.getGlyphPositions()) units += position.xAdvance;
    const width = units / shaper.upem;
    if (cache.size > 50_000) cache.clear();
    cache.set(key, width);
    return width;
  };
  return {
    width: (text, style) => unitsOf(text, style.weight) * style.size,
    covers: (codePoint) => covered.has(codePoint),
  };
}
