/**
 * Property-style test: for ~100 seeded random corpora (random paragraphs of mixed scripts and
 * emoji, CRLF or LF, optional BOM, trailing whitespace, with or without a final newline), quotes
 * picked from the articles are placed exactly: offsets select the quote, prefix and suffix are the
 * text around it, and the paragraph index is right.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DatasetSchema } from "../model/dataset.ts";
import { addDays } from "../model/dates.ts";
import { buildDataset } from "./buildDataset.ts";
import type { CorpusFile } from "./compileArticle.ts";
import { corpusManifest } from "./corpusLayout.ts";
import { CONTEXT_LENGTH } from "./locateQuote.ts";
import { formatProblem } from "./problems.ts";
import { mulberry32 as prng } from "../../scripts/genCorpus/random.ts";

// A small vocabulary, so the same words recur and quotes are often ambiguous.
const WORDS = [
  "the",
  "minister",
  "said",
  "Beijing",
  "café",
  "naïve",
  "北京",
  "会谈",
  "🎉",
  "👍🏽",
  "talks",
  "«quoted»",
  '"hi"',
  "it's",
  "a:b",
  "#tag",
  "—",
  "x",
];

type Planned = {
  article: string;
  quote: string;
  start: number;
  occurrence?: number;
  paragraph: number;
};

function generate(seed: number): {
  files: CorpusFile[];
  planned: Planned[];
  texts: Map<string, string>;
} {
  const random = prng(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const encoder = new TextEncoder();
  const files: CorpusFile[] = [];
  const add = (path: string, text: string | Uint8Array): void => {
    const bytes = typeof text === "string" ? encoder.encode(text) : text;
    files.push({ path, bytes, sha256: createHash("sha256").update(bytes).digest("hex") });
  };
  add("corpus.yaml", `title: Generated corpus ${seed}\n`);
  add("actors.yaml", "[]\n");
  add("places.yaml", "[]\n");
  const planned: Planned[] = [];
  const texts = new Map<string, string>();
  const articleCount = 1 + int(3);
  for (let a = 0; a < articleCount; a++) {
    const id = `art-${a}`;
    const dateline = addDays("1990-01-01", int(15_000));
    // Paragraphs of 1–3 lines; lines may carry trailing whitespace.
    const paragraphs = Array.from({ length: 1 + int(6) }, () =>
      Array.from(
        { length: 1 + int(3) },
        () =>
          Array.from({ length: 2 + int(12) }, () => pick(WORDS)).join(
            pick([" ", " ", " ", "  ", "\t"]),
          ) + pick(["", "", " ", "\t "]),
      ).join("\n"),
    );
    const separator = pick(["\n\n", "\n\n", "\n \n", "\n\n\n"]);
    const text = paragraphs.join(separator) + pick(["", "\n", "\n\n", "  \n"]);
    const starts = paragraphs.map((_, i) =>
      i === 0 ? 0 : paragraphs.slice(0, i).join(separator).length + separator.length,
    );
    texts.set(id, text);
    const newline = random() < 0.4 ? "\r\n" : "\n";
    const head = `${random() < 0.5 ? " " : ""}date ${dateline} `;
    const raw = (head + text).replace(/\n/g, newline);
    const bom = random() < 0.3 ? [0xef, 0xbb, 0xbf] : [];
    add(`articles/${id}.txt`, new Uint8Array([...bom, ...encoder.encode(raw)]));

    // Events, each citing 1–3 quotes picked from a paragraph, at code-point boundaries, trimmed.
    const events: string[] = [];
    for (let e = 0; e < 1 + int(4); e++) {
      const citations: string[] = [];
      let phrase = "";
      for (let c = 0; c < 1 + int(3); c++) {
        const p = int(paragraphs.length);
        const paragraph = paragraphs[p] ?? "";
        const paragraphStart = starts[p] ?? 0;
        // Code points, not graphemes: a quote may split 👍🏽 between its two code points, which is fine.
        const points = Array.from(paragraph);
        const offsets = points.reduce<number[]>(
          (acc, ch) => [...acc, (acc.at(-1) ?? 0) + ch.length],
          [0],
        );
        let from = int(points.length);
        let to = from + 1 + int(Math.min(20, points.length - from));
        while (from < to && /\s/.test(points[from] ?? "")) from++;
        while (to > from && /\s/.test(points[to - 1] ?? "")) to--;
        if (from >= to) continue;
        const quote = points.slice(from, to).join("");
        const start = paragraphStart + (offsets[from] ?? 0);
        // The expected occurrence, counted naively (overlaps included) on the LF text.
        let before = 0;
        let total = 0;
        for (let i = 0; i + quote.length <= text.length; i++) {
          if (text.startsWith(quote, i)) {
            total++;
            if (i < start) before++;
          }
        }
        const occurrence = total > 1 ? before + 1 : undefined;
        planned.push({
          article: id,
          quote,
          start,
          paragraph: p,
          ...(occurrence === undefined ? {} : { occurrence }),
        });
        citations.push(
          `      - quote: ${JSON.stringify(quote)}${occurrence === undefined ? "" : `\n        occurrence: ${occurrence}`}`,
        );
        if (phrase === "") phrase = quote;
      }
      if (citations.length === 0) continue;
      events.push(
        [
          `  - id: event-${a}-${e}`,
          `    title: Event ${e}`,
          `    summary: Generated event ${e}.`,
          `    date:`,
          `      phrase: ${JSON.stringify(phrase)}`,
          `      undated: true`,
          `    status: occurred`,
          `    actors: []`,
          `    places: []`,
          `    related: []`,
          `    citations:`,
          ...citations,
        ].join("\n"),
      );
    }
    add(
      `annotations/${id}.yaml`,
      `title: Article ${a}\nattribution: Generator\nevents:${events.length === 0 ? " []" : `\n${events.join("\n")}`}\n`,
    );
  }
  return { files, planned, texts };
}

describe("buildDataset(files, digest) on generated corpora", () => {
  it("places every quote exactly: offsets, prefix, suffix and paragraph (100 seeded corpora)", () => {
    let citations = 0;
    let ambiguous = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const { files, planned, texts } = generate(seed);
      const result = buildDataset(
        files,
        createHash("sha256").update(corpusManifest(files)).digest("hex"),
      );
      if (!result.ok)
        throw new Error(
          `seed ${seed}:\n${result.problems.map((p) => formatProblem(p)).join("\n")}`,
        );
      expect(DatasetSchema.safeParse(result.dataset).success).toBe(true);
      const sources = new Map(result.dataset.sources.map((s) => [s.id, s]));
      const all = result.dataset.events.flatMap((e) => e.citations);
      expect(all).toHaveLength(planned.length);
      for (const plan of planned) {
        const c = all.find(
          (x) => x.source === plan.article && x.start === plan.start && x.exact === plan.quote,
        );
        expect(c, `seed ${seed}: ${JSON.stringify(plan)}`).toBeDefined();
        if (!c) continue;
        const text = sources.get(c.source)?.text ?? "";
        expect(text).toBe(texts.get(plan.article)); // CRLF, BOM and the head removed, nothing else
        expect(text.slice(c.start, c.end)).toBe(c.exact);
        expect(c.paragraph).toBe(plan.paragraph);
        const span = sources.get(c.source)?.paragraphs[c.paragraph];
        expect(span && span.start <= c.start && c.end <= span.end).toBe(true);
        expect(text.slice(c.start - c.prefix.length, c.start)).toBe(c.prefix);
        expect(text.slice(c.end, c.end + c.suffix.length)).toBe(c.suffix);
        // Full context unless the text ends first, minus at most half a surrogate pair.
        expect(c.prefix.length).toBeGreaterThanOrEqual(Math.min(c.start, CONTEXT_LENGTH - 1));
        expect(c.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(c.suffix.length).toBeGreaterThanOrEqual(
          Math.min(text.length - c.end, CONTEXT_LENGTH - 1),
        );
        expect(c.suffix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(/^[\uDC00-\uDFFF]/.test(c.prefix) || /[\uD800-\uDBFF]$/.test(c.suffix)).toBe(false);
        citations++;
        if (plan.occurrence !== undefined) ambiguous++;
      }
    }
    // The generator really exercised the interesting cases.
    expect(citations).toBeGreaterThan(300);
    expect(ambiguous).toBeGreaterThan(30);
  });
});
