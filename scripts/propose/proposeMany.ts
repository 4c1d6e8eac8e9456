/**
 * Proposing for a whole corpus at once, to measure the proposer at scale (`npm run bench:propose`):
 * every article of `<corpus>/articles/` is read with the pipeline's reader and proposed against
 * the corpus's registry, on worker threads as `npm run data` compiles (one per core, at most four).
 * With `outDir`, each draft is written there as `<id>.yaml` (an annotations folder to build from).
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { decodeUtf8, parseArticle } from "../../src/pipeline/article.ts";
import { ARTICLES_DIR } from "../../src/pipeline/compileArticle.ts";
import { META_FILES, readCorpusMeta } from "../../src/pipeline/corpusLayout.ts";
import type { Registry } from "../../src/propose/index.ts";
import { proposeAnnotation, registryFromMeta } from "../../src/propose/index.ts";
import { batchesOf, poolThreads, runInWorkers } from "../workers/runInWorkers.ts";

/** What proposing a batch gave: articles, events, failures (file and message). */
export type ManyResult = {
  articles: number;
  events: number;
  failed: { file: string; error: string }[];
};

async function registryOf(corpus: string): Promise<Registry> {
  const files = new Map(
    await Promise.all(
      META_FILES.map(
        async (name) =>
          [
            name,
            {
              path: name,
              bytes: new Uint8Array(await readFile(path.join(corpus, name))),
              sha256: "",
            },
          ] as const,
      ),
    ),
  );
  const meta = readCorpusMeta(files);
  if (meta.problems.length > 0)
    throw new Error(`${corpus}: the registry has problems: run npm run data`);
  return registryFromMeta(meta);
}

/** A batch for a worker thread (proposeWorker.ts). */
export type ProposeBatch = { corpus: string; names: string[]; outDir?: string };

/** Proposes for `names` (files of `<corpus>/articles/`) in this thread; ids unique per batch. */
export async function proposeBatch(
  corpus: string,
  names: readonly string[],
  outDir: string | undefined,
): Promise<ManyResult> {
  const registry = await registryOf(corpus);
  const result: ManyResult = { articles: 0, events: 0, failed: [] };
  // Ids are kept unique within a batch, as the CLI keeps them unique within a corpus; batches on
  // other threads may reuse one (this measures the proposer, it does not curate a corpus).
  const taken = new Set<string>();
  for (const name of names) {
    const file = path.join(corpus, ARTICLES_DIR, name);
    try {
      const decoded = decodeUtf8(new Uint8Array(await readFile(file)));
      if ("problem" in decoded) throw new Error(decoded.problem.message);
      const parsed = parseArticle(decoded.text);
      if ("problems" in parsed) throw new Error(parsed.problems[0]?.message ?? "unreadable");
      const id = name.replace(/\.txt$/, "");
      const { draft, yaml } = proposeAnnotation({ id, ...parsed }, registry, { takenIds: taken });
      for (const e of draft.events) taken.add(e.id);
      if (outDir !== undefined) await writeFile(path.join(outDir, `${id}.yaml`), yaml);
      result.articles++;
      result.events += draft.events.length;
    } catch (error) {
      result.failed.push({ file, error: (error as Error).message });
    }
  }
  return result;
}

/** Proposes for every article of the corpus on `threads` worker threads. */
export async function proposeMany(
  corpus: string,
  options: { outDir?: string; threads?: number; limit?: number } = {},
): Promise<ManyResult & { threads: number }> {
  let names = (await readdir(path.join(corpus, ARTICLES_DIR)))
    .filter((n) => n.endsWith(".txt"))
    .sort();
  if (options.limit !== undefined) names = names.slice(0, options.limit);
  if (options.outDir !== undefined) await mkdir(options.outDir, { recursive: true });
  const threads = options.threads ?? poolThreads();
  const total: ManyResult = { articles: 0, events: 0, failed: [] };
  if (threads <= 1) return { ...(await proposeBatch(corpus, names, options.outDir)), threads: 1 };
  const out = options.outDir === undefined ? {} : { outDir: options.outDir };
  const entry = new URL("./proposeWorker.ts", import.meta.url);
  const batches = batchesOf(names, 100).map((batch): ProposeBatch => ({
    corpus,
    names: batch,
    ...out,
  }));
  for (const result of await runInWorkers<ManyResult>(entry, batches, { threads })) {
    total.articles += result.articles;
    total.events += result.events;
    total.failed.push(...result.failed);
  }
  return { ...total, threads };
}
