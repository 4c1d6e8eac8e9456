/**
 * Draws a card's element tree (src/share/cardTree.ts) as a PNG: satori lays it out and writes SVG with
 * the text as glyph outlines (so no font is needed past this point), and resvg rasterises that SVG.
 * No browser is involved.
 */
import { Resvg } from "@resvg/resvg-js";
import type { ReactNode } from "react";
import satori from "satori";
import { CARD_HEIGHT, CARD_WIDTH } from "../../../src/share/cardContent.ts";
import type { CardNode } from "../../../src/share/cardTree.ts";
import type { CardFont } from "./fonts.ts";

/** A PNG of the card `tree`, CARD_WIDTH × CARD_HEIGHT, drawn with `fonts`. */
export async function renderCardPng(tree: CardNode, fonts: readonly CardFont[]): Promise<Buffer> {
  // satori's types ask for a React element; the tree is that shape ({ type, props }) without React.
  const svg = await satori(tree as unknown as ReactNode, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fonts as CardFont[],
    onStyleError: (error) => {
      throw error;
    },
  });
  const png = new Resvg(svg, {
    fitTo: { mode: "original" },
    // Every glyph is already a path; resvg must not look for fonts on the machine.
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  return png;
}
