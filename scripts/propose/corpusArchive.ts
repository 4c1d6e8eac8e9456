/**
 * The archive a draft is matched against, read from a corpus: the corpus's annotated articles
 * (all but those being drafted) built with the pipeline itself, so each event's quotes, date and
 * status are what `npm run data` gives them.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { ANNOTATIONS_DIR, ARTICLES_DIR } from "../../src/pipeline/compileArticle.ts";
import type { CorpusFile } from "../../src/pipeline/compileArticle.ts";
import { buildDataset } from "../../src/pipeline/buildDataset.ts";
import { META_FILES } from "../../src/pipeline/corpusLayout.ts";
import { formatProblem, sortProblems } from "../../src/pipeline/problems.ts";
import { Archive, archiveFromDataset } from "../../src/propose/story.ts";
import { sha256 } from "../data/buildData.ts";

async function names(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

async function fileOf(corpus: string, rel: string): Promise<CorpusFile | undefined> {
  try {
    const bytes = new Uint8Array(await readFile(path.join(corpus, rel)));
    return { path: rel, bytes, sha256: sha256(bytes) };
  } catch {
    return undefined;
  }
}

/**
 * The archive of `corpus`'s annotated articles, leaving out the ids in `except` (the articles
 * about to be drafted). When those annotations do not build, an empty archive and the first
 * problem, in one line.
 */
export async function corpusArchive(
  corpus: string,
  except: ReadonlySet<string>,
): Promise<{ archive: Archive; problem?: string }> {
  const annotated = (await names(path.join(corpus, ANNOTATIONS_DIR)))
    .filter((n) => n.endsWith(".yaml"))
    .map((n) => n.replace(/\.yaml$/, ""))
    .filter((id) => !except.has(id));
  const articles = new Set(await names(path.join(corpus, ARTICLES_DIR)));
  const ids = annotated.filter((id) => articles.has(`${id}.txt`)).sort();
  if (ids.length === 0) return { archive: new Archive() };
  const rels = [
    ...META_FILES,
    ...ids.flatMap((id) => [`${ARTICLES_DIR}/${id}.txt`, `${ANNOTATIONS_DIR}/${id}.yaml`]),
  ];
  const files = (await Promise.all(rels.map((rel) => fileOf(corpus, rel)))).filter(
    (f): f is CorpusFile => f !== undefined,
  );
  const result = buildDataset(files, "0".repeat(64));
  if (!result.ok) {
    const first = sortProblems(result.problems)[0];
    return {
      archive: new Archive(),
      problem: first ? formatProblem(first, corpus) : "unknown problem",
    };
  }
  return { archive: archiveFromDataset(result.dataset) };
}
