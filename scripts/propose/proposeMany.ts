/**
 * Proposing for a whole corpus at once, to measure the proposer at scale (`npm run bench:propose`):
 * every article of `<corpus>/articles/` is read with the pipeline's reader and drafted in dateline
 * order against the growing archive, as `npm run propose FOLDER` drafts a story.
 *
 * The work splits where the story's order allows it. Reading an article into a draft needs no
 * other article, so worker threads do it (one per core, at most four), in batches taken in
 * dateline order; they send each draft back with the terms of its quotes, which the matcher would
 * otherwise read again. Matching needs every earlier draft, so this thread matches the drafts in
 * order, turning the same happening into reports and adding each draft to the archive; the
 * workers then write each linked draft as YAML (and, with `outDir`, to `<id>.yaml`).
 */
import { mkdir, open, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { decodeUtf8, parseArticle } from "../../src/pipeline/article.ts";
import { ARTICLES_DIR } from "../../src/pipeline/compileArticle.ts";
import { META_FILES, readCorpusMeta } from "../../src/pipeline/corpusLayout.ts";
import type { Draft, Registry } from "../../src/propose/index.ts";
import {
  addDraftToArchive,
  Archive,
  draftToYaml,
  linkDraft,
  proposeDraft,
  registryFromMeta,
} from "../../src/propose/index.ts";
import type { Terms } from "../../src/propose/terms.ts";
import { rememberTerms, termsOf } from "../../src/propose/terms.ts";
import { batchesOf, poolThreads, runInWorkers } from "../workers/runInWorkers.ts";

/** What proposing a batch gave: articles, events, reports, failures (file and message). */
export type ManyResult = {
  articles: number;
  events: number;
  reports: number;
  failed: { file: string; error: string }[];
};

/** A draft as a worker sends it: with the terms of its quotes, read once. */
export type DraftedArticle = {
  file: string;
  draft?: Draft;
  terms?: [string, Terms][];
  error?: string;
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

let registryCache: { corpus: string; registry: Promise<Registry> } | undefined;

/** The registry of `corpus`, read once per thread. */
function registryFor(corpus: string): Promise<Registry> {
  if (registryCache?.corpus !== corpus) {
    registryCache = { corpus, registry: registryOf(corpus) };
  }
  return registryCache.registry;
}

/** Drafts `names` (files of `<corpus>/articles/`) alone, each with its quotes' terms. */
export async function draftBatch(
  corpus: string,
  names: readonly string[],
): Promise<DraftedArticle[]> {
  const registry = await registryFor(corpus);
  const out: DraftedArticle[] = [];
  for (const name of names) {
    const file = path.join(corpus, ARTICLES_DIR, name);
    try {
      const decoded = decodeUtf8(new Uint8Array(await readFile(file)));
      if ("problem" in decoded) throw new Error(decoded.problem.message);
      const parsed = parseArticle(decoded.text);
      if ("problems" in parsed) throw new Error(parsed.problems[0]?.message ?? "unreadable");
      const draft = proposeDraft({ id: name.replace(/\.txt$/, ""), ...parsed }, registry);
      const terms: [string, Terms][] = draft.events.flatMap((e) =>
        e.citations.map((c): [string, Terms] => [c.quote, termsOf(c.quote)]),
      );
      out.push({ file, draft, terms });
    } catch (error) {
      out.push({ file, error: (error as Error).message });
    }
  }
  return out;
}

/** A task for a worker thread (proposeWorker.ts): draft a batch alone, or write linked drafts. */
export type ProposeTask =
  | { kind: "draft"; corpus: string; names: string[] }
  | { kind: "write"; drafts: Draft[]; outDir?: string };

/** How many events and reports a written batch held. */
export type WriteCounts = { events: number; reports: number };

/** Writes linked drafts as YAML (to `outDir` when given); how many events and reports they hold. */
export async function writeBatch(
  drafts: readonly Draft[],
  outDir: string | undefined,
): Promise<WriteCounts> {
  let events = 0;
  let reports = 0;
  for (const d of drafts) {
    const yaml = draftToYaml(d);
    if (outDir !== undefined) await writeFile(path.join(outDir, `${d.articleId}.yaml`), yaml);
    events += d.events.length;
    reports += d.reports.length;
  }
  return { events, reports };
}

/** The dateline of an article file (its first line), or "" when it has none. */
async function datelineOf(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const buffer = Buffer.alloc(64);
    const { bytesRead } = await handle.read(buffer, 0, 64, 0);
    return (
      /date (\d{4}-\d{2}-\d{2})/.exec(buffer.subarray(0, bytesRead).toString("utf8"))?.[1] ?? ""
    );
  } finally {
    await handle.close();
  }
}

/** The corpus's articles in dateline order (then by file name), as `npm run propose` drafts them. */
async function inDatelineOrder(corpus: string, limit: number | undefined): Promise<string[]> {
  let names = (await readdir(path.join(corpus, ARTICLES_DIR)))
    .filter((n) => n.endsWith(".txt"))
    .sort();
  if (limit !== undefined) names = names.slice(0, limit);
  const dated = await Promise.all(
    names.map(async (n) => [await datelineOf(path.join(corpus, ARTICLES_DIR, n)), n] as const),
  );
  return dated
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([, n]) => n);
}

/** Matches drafts in order against the archive: reports for the same happenings. */
function linkAll(archive: Archive, drafted: readonly DraftedArticle[], total: ManyResult): Draft[] {
  const linked: Draft[] = [];
  for (const d of drafted) {
    if (!d.draft) {
      total.failed.push({ file: d.file, error: d.error ?? "unreadable" });
      continue;
    }
    for (const [quote, terms] of d.terms ?? []) rememberTerms(quote, terms);
    const draft = linkDraft(d.draft, archive);
    addDraftToArchive(archive, draft);
    linked.push(draft);
    total.articles++;
  }
  return linked;
}

/**
 * Proposes for every article of the corpus in dateline order, each matched against the drafts
 * before it, reading articles on `threads` worker threads.
 */
export async function proposeMany(
  corpus: string,
  options: { outDir?: string; threads?: number; limit?: number } = {},
): Promise<ManyResult & { threads: number }> {
  const names = await inDatelineOrder(corpus, options.limit);
  if (options.outDir !== undefined) await mkdir(options.outDir, { recursive: true });
  const threads = options.threads ?? poolThreads();
  const total: ManyResult = { articles: 0, events: 0, reports: 0, failed: [] };
  const archive = new Archive();
  if (threads <= 1) {
    const linked = linkAll(archive, await draftBatch(corpus, names), total);
    const written = await writeBatch(linked, options.outDir);
    return { ...total, ...written, threads: 1 };
  }
  const entry = new URL("./proposeWorker.ts", import.meta.url);
  // Workers draft batches in dateline order; this thread links each batch as soon as every batch
  // before it is linked (results arrive in any order), so matching overlaps the drafting.
  const drafts = batchesOf(names, 50).map((batch): ProposeTask => ({
    kind: "draft",
    corpus,
    names: batch,
  }));
  const arrived = new Map<number, DraftedArticle[]>();
  const linked: Draft[][] = [];
  const linkReady = (): void => {
    for (let ready = arrived.get(linked.length); ready; ready = arrived.get(linked.length)) {
      arrived.delete(linked.length);
      linked.push(linkAll(archive, ready, total));
    }
  };
  await runInWorkers<DraftedArticle[]>(entry, drafts, {
    threads,
    onResult: (drafted, index) => {
      arrived.set(index, drafted);
      linkReady();
    },
  });
  // Then the workers write the linked drafts as YAML.
  const out = options.outDir === undefined ? {} : { outDir: options.outDir };
  const writes = linked.map((batch): ProposeTask => ({ kind: "write", drafts: batch, ...out }));
  for (const counts of await runInWorkers<WriteCounts>(entry, writes, { threads })) {
    total.events += counts.events;
    total.reports += counts.reports;
  }
  return { ...total, threads };
}
