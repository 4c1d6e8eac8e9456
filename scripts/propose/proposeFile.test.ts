/**
 * `npm run propose`'s I/O: bad input gets one line naming the file and the fix, exit code 1 and
 * nothing written; an existing annotation is kept without --force; the seed's draft builds with
 * `npm run data` once written; and the real command line behaves so (one spawn, the rest in process).
 */
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
import { buildData } from "../data/buildData.ts";
import { parseProposeArgs, runPropose } from "./proposeFile.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SEED_ID = "000_eb413498417fa6d3";

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the committed corpus without the seed's annotation (the yardstick's set-up). */
function corpusWithoutAnnotation(): { corpus: string; article: string; annotation: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "dateline-propose-"));
  temps.push(dir);
  const corpus = path.join(dir, "corpus");
  cpSync(path.join(ROOT, "corpus"), corpus, { recursive: true });
  const annotation = path.join(corpus, "annotations", `${SEED_ID}.yaml`);
  rmSync(annotation);
  return { corpus, article: path.join(corpus, "articles", `${SEED_ID}.txt`), annotation };
}

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPropose(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err };
}

/** Every file under `dir`, with its bytes, to show nothing was written or left behind. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const p = path.join(entry.parentPath, entry.name);
    files.set(p, readFileSync(p, "latin1"));
  }
  return files;
}

describe("npm run propose: arguments", () => {
  it("takes articles (or folders), --corpus, --out and --force", () => {
    expect(parseProposeArgs(["a.txt", "--corpus", "c", "--out", "o.yaml", "--force"])).toEqual({
      articles: ["a.txt"],
      corpus: "c",
      out: "o.yaml",
      force: true,
    });
    expect(parseProposeArgs(["a.txt", "drafts/", "b.txt"])).toEqual({
      articles: ["a.txt", "drafts/", "b.txt"],
      corpus: "corpus",
      force: false,
    });
  });

  it.each([[[]], [["a.txt", "--corpus"]], [["a.txt", "--frce"]]])(
    "refuses %j with the usage line",
    async (argv) => {
      const { code, err } = await run(argv);
      expect(code).toBe(1);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/usage: npm run propose -- ARTICLE\.txt\.\.\. \| FOLDER/);
    },
  );
});

describe("npm run propose: bad input", () => {
  const cases: [string, (corpus: string, article: string) => string[], RegExp][] = [
    [
      "an article without a dateline",
      (corpus) => {
        const file = path.join(corpus, "articles", "nodate.txt");
        writeFileSync(file, "Blinken met Qin Gang in Beijing on Sunday.\n");
        return [file, "--corpus", corpus];
      },
      /nodate\.txt:1: dateline: missing dateline.*→ fix: start the first line with `date YYYY-MM-DD/,
    ],
    [
      "an empty file",
      (corpus) => {
        const file = path.join(corpus, "articles", "empty.txt");
        writeFileSync(file, "");
        return [file, "--corpus", corpus];
      },
      /empty\.txt: empty file → fix: put the article in it/,
    ],
    [
      "a binary file",
      (corpus) => {
        const file = path.join(corpus, "articles", "image.txt");
        writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
        return [file, "--corpus", corpus];
      },
      /image\.txt: binary file \(a NUL byte at byte 4\).*→ fix:/,
    ],
    [
      "an article that does not exist",
      (corpus) => [path.join(corpus, "articles", "missing.txt"), "--corpus", corpus],
      /missing\.txt: no such file → fix: give the path/,
    ],
    [
      "an unknown --corpus",
      (corpus, article) => [article, "--corpus", path.join(corpus, "nope")],
      /nope: not a corpus folder \(no such folder\) → fix: pass --corpus DIR/,
    ],
    [
      "a --corpus without corpus.yaml",
      (corpus, article) => [article, "--corpus", path.join(corpus, "articles")],
      /articles: not a corpus folder \(no corpus\.yaml in it\)/,
    ],
    [
      "a registry with a problem",
      (corpus, article) => {
        const actors = path.join(corpus, "actors.yaml");
        writeFileSync(
          actors,
          readFileSync(actors, "utf8").replace("  aliases: [Qin,", "  aliases: [Biden,"),
        );
        return [article, "--corpus", corpus];
      },
      /actors\.yaml:\d+: actor "joe-biden": alias "Biden" is also an alias of actor "qin-gang"/,
    ],
    [
      "an --out folder that does not exist",
      (corpus, article) => [
        article,
        "--corpus",
        corpus,
        "--out",
        path.join(corpus, "no", "x.yaml"),
      ],
      /no: no such folder → fix: create it, or pass --out FILE/,
    ],
  ];

  it.each(cases)("%s: one line, exit 1, nothing written", async (_, setUp, message) => {
    const { corpus, article } = corpusWithoutAnnotation();
    const argv = setUp(corpus, article);
    const before = snapshot(path.dirname(corpus));
    const { code, out, err } = await run(argv);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^propose: /);
    expect(err[0]).toMatch(message);
    expect(snapshot(path.dirname(corpus))).toEqual(before);
  });

  it("never overwrites an annotation without --force, and replaces it with --force", async () => {
    const { corpus, article, annotation } = corpusWithoutAnnotation();
    writeFileSync(annotation, "# the editor's work\n");
    const refused = await run([article, "--corpus", corpus]);
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toMatch(
      /already exists → fix: pass --force to replace it, or --out FILE/,
    );
    expect(readFileSync(annotation, "utf8")).toBe("# the editor's work\n");
    const forced = await run([article, "--corpus", corpus, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(annotation, "utf8")).toMatch(/^# Draft annotation for articles\//);
    // The write went through a temporary file that is gone.
    expect(readdirSync(path.dirname(annotation)).filter((f) => f.startsWith("."))).toEqual([]);
  });
});

describe("npm run propose: the seed", () => {
  it("writes a draft that npm run data builds as it stands", async () => {
    const { corpus, article, annotation } = corpusWithoutAnnotation();
    const { code, out } = await run([article, "--corpus", corpus]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^wrote .*000_eb413498417fa6d3\.yaml: a draft of \d+ events/);
    expect(readFileSync(annotation, "utf8")).toMatch(/check \(date\)/);
    const dataset = path.join(path.dirname(corpus), "timeline.json");
    const err: string[] = [];
    const built = await buildData(
      corpus,
      dataset,
      { out: () => undefined, err: (l) => err.push(l) },
      { singleFile: true },
    );
    expect(err).toEqual([]);
    expect(built).toBe(0);
    const events = (JSON.parse(readFileSync(dataset, "utf8")) as { events: unknown[] }).events;
    expect(events.length).toBeGreaterThanOrEqual(15);
  });

  it("runs as the npm script: exit code and message from the real command line", () => {
    const { corpus, article } = corpusWithoutAnnotation();
    mkdirSync(path.join(corpus, "drafts"));
    const ok = spawnSync(
      path.join(ROOT, "node_modules/.bin/tsx"),
      [path.join(ROOT, "scripts/cli/propose.ts"), article, "--corpus", corpus],
      { cwd: ROOT, encoding: "utf8", timeout: 120_000 },
    );
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    const again = spawnSync(
      path.join(ROOT, "node_modules/.bin/tsx"),
      [path.join(ROOT, "scripts/cli/propose.ts"), article, "--corpus", corpus],
      { cwd: ROOT, encoding: "utf8", timeout: 120_000 },
    );
    expect(again.status).toBe(1);
    expect(again.stdout).toBe("");
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(again.stderr).toMatch(/already exists/);
  });
});
