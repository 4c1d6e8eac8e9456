/**
 * `npm run eval:timex -- DIR [--out FILE.jsonl] [--errors]`: tags every TimeML document under DIR
 * (`*.tml`, searched recursively) against its creation time and prints the TempEval-3 task A
 * scores of what the tagger found, the time tagging took, and with `--errors` every miss.
 * `--out` writes what it found as JSON Lines `{"doc","start","end","type","value"}` (offsets
 * into the plain text that `timex-score.mjs --text DOC` prints), the shared scorer's input.
 */
import { randomBytes } from "node:crypto";
import { readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { performance } from "node:perf_hooks";
import { tagTimexes } from "../../src/timex/index.ts";
import type { Scored } from "./score.ts";
import { formatScores, score } from "./score.ts";
import type { TimemlDoc } from "./timeml.ts";
import { parseTimeml } from "./timeml.ts";

/** The command line, read. */
export type EvalArgs = { dir: string; out?: string; errors: boolean };

export const USAGE = "usage: npm run eval:timex -- DIR [--out FILE.jsonl] [--errors]";

/** Reads the arguments; throws with the usage line on anything it does not know. */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  let dir: string | undefined;
  let out: string | undefined;
  let errors = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--errors") errors = true;
    else if (a === "--out") {
      out = argv[++i];
      if (out === undefined || out.startsWith("--"))
        throw new Error(`--out needs a file name\n${USAGE}`);
    } else if (a.startsWith("-")) throw new Error(`unknown option ${a}\n${USAGE}`);
    else if (dir === undefined) dir = a;
    else throw new Error(`one folder only (got ${dir} and ${a})\n${USAGE}`);
  }
  if (dir === undefined) throw new Error(`which folder of TimeML documents?\n${USAGE}`);
  return { dir, ...(out === undefined ? {} : { out }), errors };
}

async function listTml(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listTml(path)));
    else if (entry.isFile() && entry.name.endsWith(".tml") && !entry.name.startsWith("._"))
      out.push(path);
  }
  return out.sort();
}

/** Every TimeML document under `dir`, keyed by file name without `.tml`; throws naming the file at fault. */
export async function readTimemlDir(dir: string): Promise<TimemlDoc[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory())
    throw new Error(`${dir} is not a folder: give the folder of TimeML (.tml) documents`);
  const files = await listTml(dir);
  if (files.length === 0)
    throw new Error(`${dir} holds no .tml files: give the folder of TimeML documents`);
  const seen = new Map<string, string>();
  const docs: TimemlDoc[] = [];
  for (const file of files) {
    const doc = basename(file, ".tml");
    const other = seen.get(doc);
    if (other !== undefined)
      throw new Error(`${file}: document id ${doc} is also ${other}; ids must be unique`);
    seen.set(doc, file);
    try {
      docs.push(parseTimeml(await readFile(file, "utf8"), doc));
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
  }
  return docs;
}

/** One found expression as the scorer reads it. */
export type FoundRecord = { doc: string; start: number; end: number; type: string; value: string };

/**
 * Tags every document; returns the records and how long tagging took: wall-clock and CPU
 * milliseconds (on a shared machine the CPU time is the steadier figure).
 */
export function tagDocuments(docs: readonly TimemlDoc[]): {
  records: FoundRecord[];
  ms: number;
  cpuMs: number;
} {
  const records: FoundRecord[] = [];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const found = docs.map((d) => tagTimexes(d.text, d.dct));
  const cpu = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  const cpuMs = (cpu.user + cpu.system) / 1000;
  docs.forEach((d, i) => {
    for (const t of found[i] ?? []) {
      records.push({ doc: d.doc, start: t.start, end: t.end, type: t.type, value: t.value });
    }
  });
  return { records, ms, cpuMs };
}

/** Writes `content` to `file` through a temporary file and a rename: a reader never sees half. */
export async function writeAtomically(file: string, content: string): Promise<void> {
  const tmp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(tmp, content);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Runs the evaluation; returns what to print. */
export async function evalTimex(args: EvalArgs): Promise<string> {
  const docs = await readTimemlDir(args.dir);
  const { records, ms, cpuMs } = tagDocuments(docs);
  if (args.out !== undefined) {
    await writeAtomically(
      args.out,
      records.map((r) => JSON.stringify(r)).join("\n") + (records.length ? "\n" : ""),
    );
  }
  const gold = new Map<string, Scored[]>(docs.map((d) => [d.doc, d.timexes]));
  const system = new Map<string, Scored[]>();
  const texts = new Map(docs.map((d) => [d.doc, d.text]));
  for (const r of records) {
    const list = system.get(r.doc) ?? [];
    list.push({ ...r, text: (texts.get(r.doc) ?? "").slice(r.start, r.end) });
    system.set(r.doc, list);
  }
  const scores = score(gold, system);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const warnings = docs.flatMap((d) => d.warnings).map((w) => `warning: ${w}`);
  const head = [
    ...warnings,
    `TempEval-3 task A (TIMEX3): ${args.dir}: ${docs.length} documents, ${scores.counts.gold} gold expressions; the tagger found ${scores.counts.system}`,
    `tagging took ${(ms / 1000).toFixed(2)} s (${(cpuMs / 1000).toFixed(2)} s CPU) for ${docs.length} documents, ${chars.toLocaleString("en-US")} characters; reading and scoring not counted`,
    ...(args.out === undefined ? [] : [`wrote ${records.length} expressions to ${args.out}`]),
    "",
  ];
  return `${head.join("\n")}${formatScores(scores, args.errors)}\n`;
}
