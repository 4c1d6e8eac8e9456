/**
 * A link-preview card's colours: read at build time from the app's CSS custom properties
 * (scripts/vite/cards/palette.ts), so the cards draw in the app's own colours.
 */
import type { Status } from "../model/dataset.ts";
import { STATUSES } from "../model/datasetTerms.ts";

/** The colours of a card (hex `#rrggbb`), read at build time from the app's CSS custom properties. */
export type CardPalette = {
  paper: string;
  ink: string;
  muted: string;
  rule: string;
  dateline: string;
  status: Readonly<Record<Status, string>>;
};

/** The custom property each colour of the palette is read from (statuses: `--st-<status>`). */
export const CARD_PALETTE_PROPERTIES = {
  paper: "--paper",
  ink: "--ink",
  muted: "--muted",
  rule: "--rule-strong",
  dateline: "--dateline",
} as const;

/**
 * The card palette from a stylesheet's custom properties (name → value, e.g. `--st-planned` →
 * `#8b4a06`), so the cards draw in the app's own colours.
 * @throws Error naming every property that is missing or not a hex colour.
 */
export function cardPalette(properties: ReadonlyMap<string, string>): CardPalette {
  const problems: string[] = [];
  const colour = (name: string): string => {
    const value = properties.get(name)?.trim();
    if (value !== undefined && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value)) return expandHex(value);
    problems.push(
      value === undefined ? `${name} is missing` : `${name} is ${value}, not a #rrggbb colour`,
    );
    return "#000000"; // never drawn: the problems are thrown below
  };
  const palette: CardPalette = {
    paper: colour(CARD_PALETTE_PROPERTIES.paper),
    ink: colour(CARD_PALETTE_PROPERTIES.ink),
    muted: colour(CARD_PALETTE_PROPERTIES.muted),
    rule: colour(CARD_PALETTE_PROPERTIES.rule),
    dateline: colour(CARD_PALETTE_PROPERTIES.dateline),
    status: Object.fromEntries(STATUSES.map((s) => [s, colour(`--st-${s}`)])) as Record<
      Status,
      string
    >,
  };
  if (problems.length > 0) throw new Error(`card palette: ${problems.join("; ")}`);
  return palette;
}

function expandHex(hex: string): string {
  const h = hex.toLowerCase();
  return h.length === 4 ? `#${h[1]}${h[1]}${h[2]}${h[2]}${h[3]}${h[3]}` : h;
}

/** `#rrggbb` at `alpha` (0–1) as `rgba()`. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${String((n >> 16) & 255)}, ${String((n >> 8) & 255)}, ${String(n & 255)}, ${String(alpha)})`;
}
