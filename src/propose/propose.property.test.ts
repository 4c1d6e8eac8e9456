/**
 * Property test: every draft the proposer writes for a generated article builds with the real
 * pipeline. For several seeded synthetic corpora (scripts/genCorpus), each article's annotation is
 * replaced by its draft (ids kept unique across the corpus, as the CLI does), and the whole corpus
 * must build with no problem, with every drafted event in the dataset at the date it was proposed.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../scripts/genCorpus/generate.ts";
import { decodeUtf8, parseArticle } from "../pipeline/article.ts";
import { buildDataset } from "../pipeline/buildDataset.ts";
import type { CorpusFile } from "../pipeline/compileArticle.ts";
import { corpusManifest, META_FILES, readCorpusMeta } from "../pipeline/corpusLayout.ts";
import { formatProblem } from "../pipeline/problems.ts";
import type { ProposedEvent } from "./index.ts";
import { proposeAnnotation, registryFromMeta } from "./index.ts";

const encoder = new TextEncoder();
function file(path: string, content: string): CorpusFile {
  const bytes = encoder.encode(content);
  return { path, bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** A generated corpus with every annotation replaced by the proposer's draft. */
function draftedCorpus(
  articles: number,
  seed: number,
): { files: CorpusFile[]; drafted: ProposedEvent[] } {
  const generated = [...generateCorpus({ articles, seed })].map((f) => file(f.path, f.content));
  const meta = readCorpusMeta(
    new Map(generated.filter((f) => META_FILES.includes(f.path)).map((f) => [f.path, f])),
  );
  expect(meta.problems).toEqual([]);
  const registry = registryFromMeta(meta);
  const taken = new Set<string>();
  const files: CorpusFile[] = [];
  const drafted: ProposedEvent[] = [];
  for (const f of generated) {
    if (f.path.startsWith("annotations/")) continue;
    files.push(f);
    const m = /^articles\/(.+)\.txt$/.exec(f.path);
    if (!m?.[1]) continue;
    const decoded = decodeUtf8(f.bytes);
    if ("problem" in decoded) throw new Error(decoded.problem.message);
    const parsed = parseArticle(decoded.text);
    if ("problems" in parsed) throw new Error(JSON.stringify(parsed.problems));
    const { draft, yaml } = proposeAnnotation({ id: m[1], ...parsed }, registry, {
      takenIds: taken,
    });
    for (const e of draft.events) taken.add(e.id);
    drafted.push(...draft.events);
    files.push(file(`annotations/${m[1]}.yaml`, yaml));
  }
  return { files, drafted };
}

describe("every draft of a generated article builds", () => {
  it.each([1, 2, 3, 7, 42])("seed %i: 25 articles", (seed) => {
    const { files, drafted } = draftedCorpus(25, seed);
    const result = buildDataset(
      files,
      createHash("sha256").update(corpusManifest(files)).digest("hex"),
    );
    if (!result.ok)
      throw new Error(
        result.problems
          .slice(0, 5)
          .map((p) => formatProblem(p))
          .join("\n"),
      );
    const built = new Map(result.dataset.events.map((e) => [e.id, e]));
    expect(built.size).toBe(drafted.length);
    expect(drafted.length).toBeGreaterThan(25 * 5);
    for (const e of drafted) {
      expect(built.get(e.id)?.date.edtf, e.id).toBe(e.resolved.edtf);
      expect(built.get(e.id)?.status, e.id).toBe(e.status);
    }
  });
});
