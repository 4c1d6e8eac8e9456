/**
 * The cards' colours come from the design tokens (src/styles/tokens.css), so a card never drifts from what the app
 * draws: the custom properties of its first top-level `:root` block (the light theme; the dark
 * theme's block sits inside a media query).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CardPalette } from "../../../src/share/cardPalette.ts";
import { cardPalette } from "../../../src/share/cardPalette.ts";

/** The design tokens, whose light `:root` holds the status colours (`--st-<status>`) and the rest. */
export const PALETTE_CSS = fileURLToPath(
  new URL("../../../src/styles/tokens.css", import.meta.url),
);

/**
 * The custom properties (`--name: value;`) of the first top-level `:root { … }` block of `css`, in
 * order. Comments are ignored; a property set twice keeps its last value.
 */
export function rootCustomProperties(css: string): Map<string, string> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const properties = new Map<string, string>();
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "{") depth++;
    else if (ch === "}") depth--;
    else if (depth === 0 && text.startsWith(":root", i)) {
      const open = text.indexOf("{", i);
      const close = text.indexOf("}", open);
      if (open < 0 || close < 0) break;
      const selector = text.slice(i, open).trim();
      if (selector !== ":root") continue;
      for (const match of text.slice(open + 1, close).matchAll(/(--[\w-]+)\s*:\s*([^;]+);?/g)) {
        properties.set(match[1] ?? "", (match[2] ?? "").trim());
      }
      return properties;
    }
  }
  return properties;
}

/**
 * The card palette read from `file` (default PALETTE_CSS).
 * @throws Error naming the file and each colour it lacks.
 */
export function readCardPalette(file: string = PALETTE_CSS): CardPalette {
  try {
    return cardPalette(rootCustomProperties(readFileSync(file, "utf8")));
  } catch (error) {
    throw new Error(
      `${file}: ${(error as Error).message} → fix: define them in its light :root block`,
    );
  }
}
