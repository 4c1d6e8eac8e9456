/**
 * A card's text, as pure functions: how it is cleaned of what the font cannot draw, wrapped and
 * cut (with an ellipsis, and never inside a word unless that word alone is wider than a line). The
 * build measures with the card's real font (TextMetrics); the tests, with a fake one.
 */

/** A size (CSS pixels) and weight the card sets text in. */
export type TextStyle = { readonly size: number; readonly weight: 400 | 700 };

/** What the layout needs to know of the card's font. */
export type TextMetrics = {
  /** The advance width in pixels of `text` set on one line in `style`. */
  readonly width: (text: string, style: TextStyle) => number;
  /** Whether the font has a glyph for the code point. */
  readonly covers: (codePoint: number) => boolean;
};

/** Closes text that was cut short. */
export const ELLIPSIS = "…";
/** Stands for a character the card's font cannot draw (a renderer would drop it silently). */
export const MISSING_GLYPH = "□";

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** The grapheme clusters of `text` (what a reader counts as characters). */
function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** Characters drawn as nothing by design (joiners, variation selectors, bidi marks…). */
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;

/**
 * `text` as a card can draw it: every run of white space (line breaks included) becomes one space,
 * the ends are trimmed, control characters go, and each grapheme holding a character the font
 * cannot draw becomes MISSING_GLYPH, so nothing vanishes without a trace.
 */
export function drawableText(text: string, covers: TextMetrics["covers"]): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const flat = text.replace(/\s+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
  return splitGraphemes(flat.trim())
    .map((g) => {
      for (const ch of g) {
        const cp = ch.codePointAt(0) ?? 0;
        if (!covers(cp) && !INVISIBLE.test(ch)) return MISSING_GLYPH;
      }
      return g;
    })
    .join("");
}

/**
 * Text broken into lines. `truncated` when the text did not fit and the last line ends in ELLIPSIS;
 * `broken` when a word too long for a line had to be split across lines.
 */
export type WrappedText = { lines: string[]; truncated: boolean; broken: boolean };

/** The longest run of whole graphemes from the start of `word` that `fits` (at least one). */
function fittingPrefix(word: string, fits: (text: string) => boolean): string {
  const parts = splitGraphemes(word);
  let low = 1;
  let high = parts.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(parts.slice(0, mid).join(""))) low = mid;
    else high = mid - 1;
  }
  return parts.slice(0, low).join("");
}

/** Punctuation and spaces that should not stand before an ellipsis. */
const TRAILING = /[\s,;:.!?\-–—(/]+$/u;

/**
 * `line` shortened, if needed, to fit `maxWidth` with ELLIPSIS after it: whole words are dropped
 * from the end; only a line that is a single word is cut inside it (that word was already too long
 * for a line with its ellipsis).
 */
function closeWithEllipsis(line: string, fits: (text: string) => boolean): string {
  let words = line.split(" ");
  for (;;) {
    const text = words.join(" ").replace(TRAILING, "");
    if (text !== "" && fits(text + ELLIPSIS)) return text + ELLIPSIS;
    if (words.length <= 1) break;
    words = words.slice(0, -1);
  }
  const word = (words[0] ?? "").replace(TRAILING, "");
  const parts = splitGraphemes(word);
  for (let n = parts.length - 1; n > 0; n--) {
    const text = parts.slice(0, n).join("");
    if (fits(text + ELLIPSIS)) return text + ELLIPSIS;
  }
  return ELLIPSIS;
}

/**
 * Wraps `text` (already drawable: see drawableText) into at most `maxLines` lines no wider than
 * `maxWidth` pixels in `style`, filling each line greedily with whole words. A word wider than a
 * line on its own is broken between graphemes, over as many lines as it needs. When the text needs
 * more lines, the last kept line ends in ELLIPSIS (words dropped to make room for it).
 */
export function wrapText(
  text: string,
  style: TextStyle,
  maxWidth: number,
  maxLines: number,
  metrics: TextMetrics,
): WrappedText {
  const fits = (candidate: string): boolean => metrics.width(candidate, style) <= maxWidth;
  const words = text.split(" ").filter((w) => w !== "");
  const lines: string[] = [];
  let line = "";
  let broken = false;
  // One line beyond the limit is enough to know the text is cut.
  for (const word of words) {
    if (lines.length > maxLines) break;
    const candidate = line === "" ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    line = word;
    while (!fits(line) && lines.length <= maxLines) {
      broken = true;
      const head = fittingPrefix(line, fits);
      lines.push(head);
      line = line.slice(head.length);
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false, broken };
  const kept = lines.slice(0, Math.max(maxLines, 1));
  kept[kept.length - 1] = closeWithEllipsis(kept[kept.length - 1] ?? "", fits);
  return { lines: kept, truncated: true, broken };
}

/** One way to set a block of text: a style, its line height (pixels) and how many lines it may take. */
export type TextStep = { style: TextStyle; lineHeight: number; maxLines: number };

/** A block of text as set: the step chosen and its lines. */
export type FittedText = WrappedText & { step: TextStep };

/**
 * Sets `text` with the first of `steps` (largest type first) at which it fits whole without
 * splitting a word; failing that, the first at which it fits whole; failing that, with the last
 * step, cut with an ellipsis. So a short title is set large, a longer one smaller and on more
 * lines, a long word gets a size at which it fits a line if there is one, and only then is
 * anything cut.
 * @throws Error when `steps` is empty.
 */
export function fitText(
  text: string,
  maxWidth: number,
  steps: readonly TextStep[],
  metrics: TextMetrics,
): FittedText {
  if (steps.length === 0) throw new Error("fitText needs at least one step");
  const tries = steps.map((step) => ({
    ...wrapText(text, step.style, maxWidth, step.maxLines, metrics),
    step,
  }));
  return (
    tries.find((t) => !t.truncated && !t.broken) ??
    tries.find((t) => !t.truncated) ??
    (tries[tries.length - 1] as FittedText)
  );
}
