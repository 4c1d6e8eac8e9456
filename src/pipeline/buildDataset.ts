/**
 * The pure core of `npm run data`: corpus files in (bytes + their sha256, read by the CLI), a
 * validated Dataset or every problem out. No I/O, no clock, no randomness: the same files always
 * give the same bytes (see serializeDataset).
 *
 * The build is a map and a join. compileArticle handles each article with its annotation file
 * alone (decode, split, parse the YAML, place every quote); joinUnits then checks what spans files
 * (ids, duplicate ids, cross-article cites, anchors) and resolves dates. Cost is linear in the
 * corpus: each quote is searched for only in its own article, ids are checked through hash maps,
 * anchors resolve by memoised depth-first search, paragraph lookups are binary searches.
 */
import type { CorpusFile } from "./compileArticle.ts";
import { compileArticle } from "./compileArticle.ts";
import { layoutCorpus, META_FILES, readCorpusMeta } from "./corpusLayout.ts";
import type { BuildResult } from "./joinUnits.ts";
import { joinUnits } from "./joinUnits.ts";

/** Progress of a long build: `done` of `total` items of `stage` ("articles"). */
export type ProgressCallback = (stage: string, done: number, total: number) => void;

/**
 * Builds the dataset from the corpus's files. `corpusDigest` is the sha256 of corpusManifest(files),
 * computed by the caller (hashing is I/O-side). Never throws on bad input: every problem is
 * collected and returned.
 */
export function buildDataset(
  files: readonly CorpusFile[],
  corpusDigest: string,
  onProgress?: ProgressCallback,
): BuildResult {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const layout = layoutCorpus(files.map((f) => f.path));
  const meta = readCorpusMeta(
    new Map(META_FILES.flatMap((p) => (byPath.has(p) ? [[p, byPath.get(p) as CorpusFile]] : []))),
  );
  const units = layout.ids.map((id, i) => {
    const article = layout.articles.get(id);
    const annotation = layout.annotations.get(id);
    const unit = compileArticle(
      id,
      article === undefined ? undefined : byPath.get(article),
      annotation === undefined ? undefined : byPath.get(annotation),
    );
    onProgress?.("articles", i + 1, layout.ids.length);
    return unit;
  });
  return joinUnits(meta, units, corpusDigest, layout.problems);
}
