/**
 * Reading an article file: bytes → text → dateline, body text and paragraph spans.
 *
 * The article format (docs/annotating.md, "Articles"):
 * - UTF-8; a leading byte order mark is dropped; CRLF and lone CR line endings become LF in the text
 *   (the recorded sha256 is still of the raw bytes, so anyone can check the copy they hold).
 * - The first line starts with `date YYYY-MM-DD` (a leading space, as in the seed, is allowed).
 *   The whitespace after the date (spaces, or a line break if the date stands on its own line) is
 *   part of that head; `Source.text` is everything after it, to the end of the file, verbatim.
 * - Paragraphs are separated by blank lines (lines holding only whitespace). A paragraph's span
 *   excludes the whitespace around it. Offsets are UTF-16 code units into `Source.text`.
 */
import type { Span } from "../model/dataset.ts";
import { isValidDay } from "../model/dates.ts";

/** A problem found in a single file, before the caller adds the file name. */
export type FileProblem = { line?: number; where?: string; message: string; hint: string };

/** An article's parts; `text` and `paragraphs` as stored in the dataset's Source. */
export type ParsedArticle = { dateline: string; text: string; paragraphs: Span[] };

const FATAL_DECODER = new TextDecoder("utf-8", { fatal: true });
const LENIENT_DECODER = new TextDecoder("utf-8");

/**
 * Decodes a text file strictly: NUL bytes mean a binary file, invalid UTF-8 is refused with the line
 * where it starts, and a byte order mark is dropped (TextDecoder's default). Never throws.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: FileProblem } {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      problem: {
        message: `binary file (a NUL byte at byte ${nul}), not text`,
        hint: "remove the file, or save it as plain UTF-8 text",
      },
    };
  }
  try {
    return { text: FATAL_DECODER.decode(bytes) };
  } catch {
    // Only now pay for a second decode, to say where the bad bytes are.
    const lenient = LENIENT_DECODER.decode(bytes);
    const bad = lenient.indexOf("\uFFFD");
    const line = bad === -1 ? undefined : countLines(lenient, bad);
    return {
      problem: {
        ...(line === undefined ? {} : { line }),
        message: "not valid UTF-8 text",
        hint: "re-save the file as UTF-8 (for example: iconv -f latin1 -t utf-8)",
      },
    };
  }
}

/** 1-based line of UTF-16 offset `offset` in `text`. */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** CRLF and lone CR become LF. */
function normaliseNewlines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

const HEAD = /^[^\S\n]*date[^\S\n]+(\S*)/;

/**
 * Splits a decoded article (BOM already dropped) into dateline, text and paragraphs, or says what is
 * wrong with it. Never throws.
 */
export function parseArticle(decoded: string): ParsedArticle | { problems: FileProblem[] } {
  const content = normaliseNewlines(decoded);
  if (content.trim() === "") {
    return {
      problems: [
        {
          line: 1,
          message: "empty article",
          hint: "put the text in the file, starting with the line head `date YYYY-MM-DD`",
        },
      ],
    };
  }
  const head = HEAD.exec(content);
  const token = head?.[1];
  if (head === null || token === undefined || token === "") {
    const firstLine = content.slice(
      0,
      content.indexOf("\n") === -1 ? undefined : content.indexOf("\n"),
    );
    return {
      problems: [
        {
          line: 1,
          where: "dateline",
          message: `missing dateline: the first line starts with "${truncate(firstLine.trim(), 40)}"`,
          hint: "start the first line with `date YYYY-MM-DD ` (the article's date), then the text",
        },
      ],
    };
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(token)) {
    return {
      problems: [
        {
          line: 1,
          where: "dateline",
          message: `malformed dateline: the first line starts "${truncate(content.slice(0, 50).split("\n")[0]?.trim() ?? "", 40)}", not "date YYYY-MM-DD"`,
          hint: "write the date as YYYY-MM-DD, e.g. `date 2023-06-18 `, followed by a space and the text",
        },
      ],
    };
  }
  if (!isValidDay(token)) {
    return {
      problems: [
        {
          line: 1,
          where: "dateline",
          message: `impossible dateline ${token}: no such day in the calendar`,
          hint: "correct the date to a real calendar day",
        },
      ],
    };
  }
  let start = head[0].length;
  while (start < content.length && /\s/.test(content[start] ?? "")) start++;
  const text = content.slice(start);
  if (text.trim() === "") {
    return {
      problems: [
        {
          line: 1,
          message: "the article has a dateline but no text",
          hint: "add the article's text after the dateline",
        },
      ],
    };
  }
  return { dateline: token, text, paragraphs: paragraphSpans(text) };
}

/**
 * The spans of the non-empty paragraphs of `text`: runs of lines separated by one or more blank
 * (whitespace-only) lines, each span trimmed of surrounding whitespace. [start, end), UTF-16.
 */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n(?:[^\S\n]*\n)+/g;
  let from = 0;
  const push = (a: number, b: number): void => {
    let s = a;
    let e = b;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

/**
 * The 0-based index of the paragraph containing UTF-16 offset `offset`, or -1 when it lies in the
 * whitespace between paragraphs. Binary search: O(log paragraphs).
 */
export function paragraphAt(paragraphs: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = paragraphs[mid];
    if (span === undefined) break;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** `s` cut to `n` characters with an ellipsis. */
export function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
