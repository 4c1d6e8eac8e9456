import { spawnSync } from "node:child_process";
import {
  existsSync,
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
import { evalTimex, parseEvalArgs, readTimemlDir } from "./evalTimex.ts";
import { SAMPLE_TML } from "./sample.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const SHARED = path.join(ROOT, "../shared");

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "eval-timex-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A folder with the sample document, and a copy of it under a sub-folder with another id. */
function sampleDir(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, "harbour_1.tml"), SAMPLE_TML);
  mkdirSync(path.join(dir, "more"));
  writeFileSync(path.join(dir, "more", "harbour_2.tml"), SAMPLE_TML);
  writeFileSync(path.join(dir, "notes.txt"), "not TimeML");
  return dir;
}

describe("parseEvalArgs(argv)", () => {
  it("reads DIR, --out FILE and --errors", () => {
    expect(parseEvalArgs(["d"])).toEqual({ dir: "d", errors: false });
    expect(parseEvalArgs(["--errors", "d", "--out", "o.jsonl"])).toEqual({
      dir: "d",
      out: "o.jsonl",
      errors: true,
    });
  });

  it("refuses what it does not know, with the usage line", () => {
    expect(() => parseEvalArgs([])).toThrow(/which folder[\s\S]*usage: npm run eval:timex/);
    expect(() => parseEvalArgs(["d", "--out"])).toThrow(/--out needs a file name/);
    expect(() => parseEvalArgs(["d", "--json"])).toThrow(/unknown option --json/);
    expect(() => parseEvalArgs(["a", "b"])).toThrow(/one folder only/);
  });
});

describe("evalTimex(args)", () => {
  it("tags every .tml under DIR and prints the TempEval-3 figures and the time taken", async () => {
    const out = await evalTimex({ dir: sampleDir(), errors: true });
    expect(out).toMatch(/: 2 documents, 12 gold expressions; the tagger found \d+/);
    expect(out).toMatch(/tagging took \d+\.\d\d s \(\d+\.\d\d s CPU\) for 2 documents/);
    expect(out).toMatch(/^strict +\d+\.\d\d +\d+\.\d\d +\d+\.\d\d/m);
    expect(out).toMatch(/^value +\d+\.\d\d/m);
    expect(out).toMatch(/errors \(\d+\):/);
    expect(out).toMatch(/\nvalue F1 \d+\.\d\d, relaxed F1 \d+\.\d\d, strict F1 \d+\.\d\d\n$/);
  });

  it("writes what it found as JSON Lines in the plain text's offsets, atomically", async () => {
    const dir = sampleDir();
    const file = path.join(tempDir(), "found.jsonl");
    await evalTimex({ dir, out: file, errors: false });
    const records = readFileSync(file, "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const [doc] = await readTimemlDir(dir);
    expect(records.length).toBeGreaterThan(4);
    for (const r of records) {
      expect(Object.keys(r)).toEqual(["doc", "start", "end", "type", "value"]);
      expect(["harbour_1", "harbour_2"]).toContain(r.doc);
    }
    const friday = records.find(
      (r) => doc?.text.slice(r.start as number, r.end as number) === "Friday",
    );
    expect(friday).toMatchObject({ type: "DATE", value: "2023-06-16" });
    expect(readdirSync(path.dirname(file))).toEqual(["found.jsonl"]); // no temporary file left
  });

  it("names the folder or file at fault and how to fix it", async () => {
    const empty = tempDir();
    await expect(evalTimex({ dir: path.join(empty, "nope"), errors: false })).rejects.toThrow(
      /nope is not a folder: give the folder of TimeML/,
    );
    await expect(evalTimex({ dir: empty, errors: false })).rejects.toThrow(/holds no \.tml files/);
    writeFileSync(path.join(empty, "bad.tml"), SAMPLE_TML.replace(/<DCT>.*<\/DCT>/, ""));
    await expect(evalTimex({ dir: empty, errors: false })).rejects.toThrow(
      /bad\.tml: bad: no TIMEX3 with functionInDocument="CREATION_TIME"/,
    );
    const twice = sampleDir();
    writeFileSync(path.join(twice, "more", "harbour_1.tml"), SAMPLE_TML);
    await expect(evalTimex({ dir: twice, errors: false })).rejects.toThrow(/id harbour_1 is also/);
  });

  it("exits 1 with a one-line error from the command line, and writes nothing", () => {
    const dir = tempDir();
    const out = path.join(dir, "found.jsonl");
    const r = spawnSync(
      TSX,
      [path.join(ROOT, "scripts/cli/eval-timex.ts"), path.join(dir, "x"), "--out", out],
      {
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^eval:timex: .*x is not a folder/);
    expect(existsSync(out)).toBe(false);
  });
});

// The shared development set and scorer live beside the repository on the team's machine only.
describe.runIf(existsSync(path.join(SHARED, "tools/timex-score.mjs")))(
  "agreement with ../shared/tools/timex-score.mjs",
  () => {
    const scorer = path.join(SHARED, "tools/timex-score.mjs");
    const lastLine = (s: string): string => s.trimEnd().split("\n").pop() ?? "";

    it.each([
      ["the sample", () => sampleDir()],
      ["the development set", () => path.join(SHARED, "timeml")],
    ])("gives the shared scorer's figures on %s", async (_name, dirOf) => {
      const dir = dirOf();
      const file = path.join(tempDir(), "found.jsonl");
      const ours = await evalTimex({ dir, out: file, errors: false });
      const theirs = spawnSync("node", [scorer, dir, file], { encoding: "utf8" });
      expect(theirs.status, theirs.stderr).toBe(0);
      expect(lastLine(ours)).toMatch(/^value F1 /);
      expect(lastLine(ours)).toBe(lastLine(theirs.stdout));
    });
  },
);
