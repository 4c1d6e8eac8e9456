/**
 * Property tests of the proposer on seeded synthetic corpora (scripts/genCorpus), whose
 * annotations are the truth: the generator wrote every event's sentence, date phrase and status.
 *
 * 1. Accuracy: each article's draft is scored against the generator's own events, built by the
 *    real pipeline (so a true date is what `npm run data` makes of the generator's phrase). A
 *    drafted event finds a true event when one of its citations overlaps the true event's first
 *    citation, the sentence that holds the date phrase (one to one, largest overlap first). The
 *    scores must stay above floors stated below with their reasons.
 * 2. Round trip: every draft builds with the real pipeline, each drafted event at the date and
 *    status it was proposed with.
 *
 * `DATELINE_PROPOSE_SCORES=1` prints the measured scores.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../scripts/genCorpus/generate.ts";
import type { Dataset } from "../model/dataset.ts";
import { decodeUtf8, parseArticle } from "../pipeline/article.ts";
import { buildDataset } from "../pipeline/buildDataset.ts";
import type { CorpusFile } from "../pipeline/compileArticle.ts";
import { corpusManifest, META_FILES, readCorpusMeta } from "../pipeline/corpusLayout.ts";
import { formatProblem } from "../pipeline/problems.ts";
import type { ProposedEvent } from "./index.ts";
import { proposeAnnotation, registryFromMeta } from "./index.ts";

const SEEDS = [1, 2, 3, 7, 42];
const ARTICLES = 25;

const encoder = new TextEncoder();
function file(path: string, content: string): CorpusFile {
  const bytes = encoder.encode(content);
  return { path, bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
}

function build(files: readonly CorpusFile[]): Dataset {
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
  return result.dataset;
}

/** A drafted article: its id and the events the proposer drafted for it. */
type DraftedArticle = { id: string; events: ProposedEvent[] };

/**
 * A generated corpus as the generator wrote it (`truth`), and the same articles with every
 * annotation replaced by the proposer's draft (ids kept unique across the corpus, as the CLI does).
 */
function generated(seed: number): {
  truthFiles: CorpusFile[];
  draftFiles: CorpusFile[];
  drafts: DraftedArticle[];
} {
  const truthFiles = [...generateCorpus({ articles: ARTICLES, seed })].map((f) =>
    file(f.path, f.content),
  );
  const meta = readCorpusMeta(
    new Map(truthFiles.filter((f) => META_FILES.includes(f.path)).map((f) => [f.path, f])),
  );
  expect(meta.problems).toEqual([]);
  const registry = registryFromMeta(meta);
  const taken = new Set<string>();
  const draftFiles: CorpusFile[] = [];
  const drafts: DraftedArticle[] = [];
  for (const f of truthFiles) {
    if (f.path.startsWith("annotations/")) continue;
    draftFiles.push(f);
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
    drafts.push({ id: m[1], events: draft.events });
    draftFiles.push(file(`annotations/${m[1]}.yaml`, yaml));
  }
  return { truthFiles, draftFiles, drafts };
}

/** Counts over a set of articles; the scores are ratios of them. */
type Tally = {
  /** Events the generator wrote. */
  truth: number;
  /** Events the proposer drafted. */
  drafted: number;
  /** True events a drafted event found. */
  found: number;
  /** …at exactly the true EDTF date. */
  rightDate: number;
  /** …with the true status. */
  rightStatus: number;
};

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Scores every article's draft against the generator's events, built by the real pipeline. */
function score(truth: Dataset, drafts: readonly DraftedArticle[]): Tally {
  const tally: Tally = { truth: 0, drafted: 0, found: 0, rightDate: 0, rightStatus: 0 };
  for (const article of drafts) {
    // The events this article defines, as this article states them (its own report, the first).
    const defined = truth.events.flatMap((e) => {
      const own = e.reports[0];
      const first = own?.citations[0];
      const sentence = first === undefined ? undefined : e.citations[first];
      if (own?.source !== article.id || !sentence || !own.date || !own.status) return [];
      return [{ sentence, edtf: own.date.edtf, status: own.status }];
    });
    tally.truth += defined.length;
    tally.drafted += article.events.length;
    const pairs = defined
      .flatMap((t, ti) =>
        article.events.map((d, di) => ({
          ti,
          di,
          shared: Math.max(0, ...d.citations.map((q) => overlap(q, t.sentence))),
        })),
      )
      .filter((p) => p.shared > 0)
      .sort((a, b) => b.shared - a.shared || a.ti - b.ti || a.di - b.di);
    const usedTruth = new Set<number>();
    const usedDraft = new Set<number>();
    for (const { ti, di } of pairs) {
      if (usedTruth.has(ti) || usedDraft.has(di)) continue;
      usedTruth.add(ti);
      usedDraft.add(di);
      const t = defined[ti];
      const d = article.events[di];
      if (!t || !d) continue;
      tally.found++;
      if (d.resolved.edtf === t.edtf) tally.rightDate++;
      if (d.status === t.status) tally.rightStatus++;
    }
  }
  return tally;
}

const percent = (part: number, whole: number): number => (whole === 0 ? 0 : (100 * part) / whole);

/**
 * Floors, in percent of the five corpora together (1,253 true events). They are lower bounds for
 * a proposer that is being reworked, not targets: each sits about ten points under the lowest
 * score measured on the branches that change the proposer (docs/testing.md has the figures), and
 * far over what a broken proposer scores. Raise them as the proposer improves.
 * - recall: each kind of date phrase carries 3 to 14 % of the events, so a proposer
 *   that misses one kind of clause, or a tense, loses that much;
 * - dates: 14 % of the generator's events are undated, so a proposer that dates nothing scores
 *   about that; one that reads "in March" the wrong way round loses a quarter;
 * - statuses: "occurred" for everything would score 67 %;
 * - precision (drafted events that found a true one; a second draft of one event counts against
 *   it): the articles hold about 17 sentences for 10 events (a lead, quotes, background,
 *   "declined to comment"), so a proposer that makes an event of every sentence scores 60 % at best.
 */
const FLOORS = { recall: 80, dates: 75, statuses: 90, precision: 70 };

describe("proposeAnnotation(article, registry) on generated corpora", () => {
  const corpora = SEEDS.map((seed) => ({ seed, ...generated(seed) }));

  it(`finds the generator's events at their true dates and statuses (seeds ${SEEDS.join(", ")}, ${ARTICLES} articles each)`, () => {
    const total: Tally = {
      truth: 0,
      drafted: 0,
      found: 0,
      rightDate: 0,
      rightStatus: 0,
    };
    for (const { seed, truthFiles, drafts } of corpora) {
      const tally = score(build(truthFiles), drafts);
      expect(tally.truth, `seed ${seed}: the generator's events`).toBeGreaterThan(ARTICLES * 5);
      for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += tally[key];
    }
    const scores = {
      recall: percent(total.found, total.truth),
      dates: percent(total.rightDate, total.truth),
      statuses: percent(total.rightStatus, total.found),
      precision: percent(total.found, total.drafted),
    };
    if (process.env["DATELINE_PROPOSE_SCORES"])
      console.info(
        JSON.stringify({ ...total, ...scores }, (_, v: unknown) =>
          typeof v === "number" ? Math.round(v * 10) / 10 : v,
        ),
      );
    expect(scores.recall, "true events found").toBeGreaterThanOrEqual(FLOORS.recall);
    expect(scores.dates, "true events found at their true date").toBeGreaterThanOrEqual(
      FLOORS.dates,
    );
    expect(scores.statuses, "found events with their true status").toBeGreaterThanOrEqual(
      FLOORS.statuses,
    );
    expect(scores.precision, "drafted events that are true events").toBeGreaterThanOrEqual(
      FLOORS.precision,
    );
  });

  it.each(corpora)("every draft builds (seed $seed)", ({ draftFiles, drafts }) => {
    const built = new Map(build(draftFiles).events.map((e) => [e.id, e]));
    const drafted = drafts.flatMap((a) => a.events);
    expect(built.size).toBe(drafted.length);
    expect(drafted.length).toBeGreaterThan(ARTICLES * 5);
    for (const e of drafted) {
      expect(built.get(e.id)?.date.edtf, e.id).toBe(e.resolved.edtf);
      expect(built.get(e.id)?.status, e.id).toBe(e.status);
    }
  });
});
