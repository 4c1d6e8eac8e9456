import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/buildDataset.ts";
import { buildDataOutcome, ensureData, parseArgs, readCorpus, unitCacheRef } from "./buildData.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURES = path.join(ROOT, "src/pipeline/fixtures");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dateline-cli-"));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [path.join(ROOT, "scripts", "cli", script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function silent(): {
  out: string[];
  err: string[];
  log: { out: (l: string) => void; err: (l: string) => void };
} {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, log: { out: (l) => out.push(l), err: (l) => err.push(l) } };
}

describe("npm run data (scripts/cli/build-data.ts)", () => {
  it("fails on a bad annotation with exit code 1 and the problem on stderr, leaving the old dataset untouched", () => {
    const dir = tempDir();
    const out = path.join(dir, "timeline.json");
    writeFileSync(out, "the previous dataset\n");
    const corpus = path.join(FIXTURES, "quote-not-found");
    const result = run("build-data.ts", ["--corpus", corpus, "--out", out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${corpus}/annotations/a.yaml:15: event "harbour-opening": quote not found in article a`,
    );
    expect(result.stderr).toContain("→ fix: copy the words exactly from the article");
    expect(result.stderr).toMatch(/1 problem in .*: nothing written/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(out, "utf8")).toBe("the previous dataset\n");
    expect(readdirSync(dir)).toEqual(["timeline.json"]); // no schema, no temp file
  });

  it("writes the dataset and its schema beside it on success, with a one-line summary", () => {
    const dir = tempDir();
    const out = path.join(dir, "data", "timeline.json");
    const result = run("build-data.ts", ["--corpus", path.join(FIXTURES, "golden"), "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`10 events, 2 articles, 3 actors → ${out}\n`);
    expect(readFileSync(out, "utf8")).toBe(
      readFileSync(path.join(FIXTURES, "golden.expected.json"), "utf8"),
    );
    expect(readdirSync(path.dirname(out)).sort()).toEqual([
      "timeline.json",
      "timeline.schema.json",
    ]);
  });

  it("reports a missing corpus folder in one line", () => {
    const result = run("build-data.ts", [
      "--corpus",
      "/nonexistent/corpus",
      "--out",
      path.join(tempDir(), "t.json"),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^cannot read the corpus folder \/nonexistent\/corpus/);
  });

  it("rejects unknown arguments with a usage line", () => {
    expect(() => parseArgs(["--corpse", "x"])).toThrow(/usage: npm run data/);
    expect(parseArgs([])).toEqual({ corpus: "corpus", out: "public/data/timeline.json" });
    expect(parseArgs(["--out", "a.json", "--corpus", "c"])).toEqual({ corpus: "c", out: "a.json" });
  });
});

/**
 * Writes a corpus of `n` small articles with cross-article cites and anchors into `dir`; with
 * `first`, adds articles `first` to `n - 1` to the corpus already there.
 */
function writeGeneratedCorpus(dir: string, n: number, first = 0): void {
  mkdirSync(path.join(dir, "articles"), { recursive: true });
  mkdirSync(path.join(dir, "annotations"), { recursive: true });
  writeFileSync(path.join(dir, "corpus.yaml"), "title: Generated\n");
  writeFileSync(path.join(dir, "actors.yaml"), "- id: someone\n  name: Someone\n  kind: person\n");
  for (let i = first; i < n; i++) {
    const id = `a${String(i).padStart(4, "0")}`;
    const day = `20${String(10 + (i % 14))}-0${1 + (i % 9)}-1${i % 10}`;
    writeFileSync(
      path.join(dir, "articles", `${id}.txt`),
      `date ${day} Article ${i} reports a meeting on Monday.\n\nThe same month, talks ${i} began.`,
    );
    const cite =
      i > 0
        ? `cites:\n  - event: meeting-${i - 1}\n    quote: Article ${i} reports a meeting\n`
        : "";
    writeFileSync(
      path.join(dir, "annotations", `${id}.yaml`),
      `title: Article ${i}\nattribution: Generator\nevents:\n` +
        `  - id: meeting-${i}\n    title: Meeting\n    summary: A meeting.\n` +
        `    date: { phrase: on Monday, direction: past }\n    status: occurred\n` +
        `    actors: [someone]\n    places: []\n    related: []\n` +
        `    citations:\n      - quote: Article ${i} reports a meeting on Monday.\n` +
        `  - id: talks-${i}\n    title: Talks\n    summary: Talks began.\n` +
        `    date: { phrase: The same month, anchor: meeting-${i} }\n    status: occurred\n` +
        `    actors: []\n    places: []\n    related: [meeting-${i}]\n` +
        `    citations:\n      - quote: The same month, talks ${i} began.\n` +
        cite,
    );
  }
}

describe("npm run data on a larger corpus (worker threads)", () => {
  it("compiles on worker threads with progress on stderr, giving the same bytes as the in-process build", async () => {
    const dir = tempDir();
    const corpus = path.join(dir, "corpus");
    writeGeneratedCorpus(corpus, 600);
    const out = path.join(dir, "timeline.json");
    const env = { DATELINE_WORKERS_FROM: "100", DATELINE_BUILD_CACHE: path.join(dir, "cache") };
    const result = run("build-data.ts", ["--corpus", corpus, "--out", out], env);
    expect(result.stderr).toMatch(
      /^compiling 600 articles on \d+ worker threads\narticles 500\/600\narticles 600\/600\narticles: 600 compiled, 0 from the build cache\n$/,
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^1200 events, 600 articles, 1 actor → ${out}`));
    const inProcess = async (): Promise<string> => {
      const { files, digest } = await readCorpus(corpus);
      const built = buildDataset(files, digest);
      if (!built.ok) throw new Error(built.problems[0]?.message);
      return built.json;
    };
    expect(readFileSync(out, "utf8")).toBe(await inProcess());

    // One article added (it reports on the last one's meeting): it alone is compiled, the 600
    // others come from the cache, and the dataset is the one a build from scratch makes.
    writeGeneratedCorpus(corpus, 601, 600);
    const again = run("build-data.ts", ["--corpus", corpus, "--out", out], env);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain("articles: 1 compiled, 600 from the build cache\n");
    expect(again.stdout).toMatch(new RegExp(`^1202 events, 601 articles, 1 actor → ${out}`));
    expect(readFileSync(out, "utf8")).toBe(await inProcess());
  }, 180_000);
});

describe("buildDataOutcome(corpus, out, log, { cache }): the compiled units' cache", () => {
  it("takes every unit from the cache the second time, with the same dataset or the same problems", async () => {
    const dir = tempDir();
    const cache = unitCacheRef(path.join(dir, "cache"));
    const corpora = [
      ...readdirSync(FIXTURES, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(FIXTURES, entry.name)),
      path.join(ROOT, "examples", "apple"),
      path.join(ROOT, "corpus"),
    ];
    expect(corpora.length).toBeGreaterThan(40);
    for (const corpus of corpora) {
      const name = path.basename(corpus);
      const build = async (): Promise<{ outcome: unknown; output: string; lines: string[] }> => {
        const out = path.join(dir, name, "timeline.json");
        rmSync(path.dirname(out), { recursive: true, force: true });
        const { log, out: lines, err } = silent();
        const outcome = await buildDataOutcome(corpus, out, log, { cache });
        let output = "";
        try {
          output = readFileSync(out, "utf8");
        } catch {
          output = "(nothing written)";
        }
        // The time a build took is said when over 2 s: not part of what is compared.
        const untimed = [...lines, ...err].map((l) => l.replace(/ \(\d+\.\d s\)$/, ""));
        return { outcome, output, lines: untimed };
      };
      const cold = await build();
      const warm = await build();
      const articles = readdirSync(path.join(corpus, "articles")).length;
      expect(warm.output, name).toBe(cold.output);
      expect(warm.lines, name).toEqual(cold.lines);
      expect(warm.outcome, name).toMatchObject({ compiled: 0 });
      expect((warm.outcome as { reused: number }).reused, name).toBeGreaterThanOrEqual(articles);
    }
  }, 120_000);

  it("compiles everything again when the compiler's code changes (another fingerprint)", async () => {
    const dir = tempDir();
    const corpus = path.join(FIXTURES, "golden");
    const out = path.join(dir, "timeline.json");
    const cache = unitCacheRef(path.join(dir, "cache"));
    if (!cache) throw new Error("a cache");
    const { log } = silent();
    expect(await buildDataOutcome(corpus, out, log, { cache })).toMatchObject({ reused: 0 });
    const reused = await buildDataOutcome(corpus, out, log, { cache });
    expect(reused.compiled).toBe(0);
    const changed = { ...cache, generator: `${cache.generator}-edited` };
    expect(await buildDataOutcome(corpus, out, log, { cache: changed })).toEqual({
      code: 0,
      compiled: reused.reused,
      reused: 0,
    });
  });
});

describe("ensureData(corpus, out) (npm start, npm run build)", () => {
  it("builds a missing dataset, then says it is up to date, then rebuilds when the corpus changes", async () => {
    const dir = tempDir();
    const corpus = path.join(dir, "corpus");
    cpSync(path.join(FIXTURES, "valid-minimal"), corpus, { recursive: true });
    const out = path.join(dir, "public", "timeline.json");

    const first = silent();
    expect(await ensureData(corpus, out, first.log)).toBe(0);
    expect(first.err).toEqual([`rebuilding ${out}: it is missing or unreadable`]);
    expect(first.out).toEqual([`2 events, 1 article, 2 actors → ${out}`]);
    const built = readFileSync(out, "utf8");

    const second = silent();
    expect(await ensureData(corpus, out, second.log)).toBe(0);
    expect(second.out).toEqual([`dataset up to date (${out})`]);
    expect(readFileSync(out, "utf8")).toBe(built);

    writeFileSync(path.join(corpus, "corpus.yaml"), "title: Renamed\n");
    const third = silent();
    expect(await ensureData(corpus, out, third.log)).toBe(0);
    expect(third.err).toEqual([`rebuilding ${out}: the corpus has changed`]);
    expect((JSON.parse(readFileSync(out, "utf8")) as { title: string }).title).toBe("Renamed");
  });

  it("runs from the command line as scripts/cli/ensure-data.ts", () => {
    const dir = tempDir();
    const out = path.join(dir, "timeline.json");
    const args = ["--corpus", path.join(FIXTURES, "valid-minimal"), "--out", out];
    expect(run("ensure-data.ts", args).status).toBe(0);
    const again = run("ensure-data.ts", args);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(`dataset up to date (${out})\n`);
  });
});
