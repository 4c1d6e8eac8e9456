import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/dataset.ts";
import { datasetJsonSchema, DatasetSchema } from "../../src/model/dataset.ts";
import { readWholeArchive } from "../../src/model/readArchive.ts";
import { buildDataset } from "../../src/pipeline/buildDataset.ts";
import { serializeDatasetChunks } from "../../src/pipeline/serializeDataset.ts";
import { formatProblem } from "../../src/pipeline/problems.ts";
import { readCorpus, sha256 } from "./buildData.ts";
import { SHARDS_DIR, writeArchive } from "./writeArchive.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DATASET_FILE = `${ROOT}public/data/timeline.json`;
const SCHEMA_FILE = `${ROOT}public/data/timeline.schema.json`;

async function buildRealCorpus(): Promise<{ json: string; dataset: Dataset }> {
  const { files, digest } = await readCorpus(`${ROOT}corpus`);
  const result = buildDataset(files, digest);
  if (!result.ok)
    throw new Error(result.problems.map((p) => formatProblem(p, "corpus")).join("\n"));
  return result;
}

/** The committed dataset whole again: its index and the shards it names, checked as the app does. */
async function committedWhole(): Promise<Dataset> {
  const result = await readWholeArchive(
    JSON.parse(readFileSync(DATASET_FILE, "utf8")),
    async (file) => new Uint8Array(await readFile(path.join(path.dirname(DATASET_FILE), file))),
    (bytes) => createHash("sha256").update(bytes).digest("hex"),
  );
  if (!result.ok) throw new Error(`${result.summary}\n${result.problems.join("\n")}`);
  return result.value;
}

describe("the committed dataset (public/data/timeline.json and its shards)", () => {
  it("is a fresh build of corpus/, index and shards (run `npm run data` if this fails)", async () => {
    const { json, dataset } = await buildRealCorpus();
    expect([...serializeDatasetChunks(await committedWhole())].join("")).toBe(json);
    const out = path.join(mkdtempSync(path.join(tmpdir(), "dateline-committed-")), "timeline.json");
    await writeArchive(dataset, out);
    expect(readFileSync(DATASET_FILE, "utf8")).toBe(readFileSync(out, "utf8"));
    const shards = (dir: string) => readdirSync(path.join(dir, SHARDS_DIR)).sort();
    expect(shards(path.dirname(DATASET_FILE))).toEqual(shards(path.dirname(out)));
  });

  it("builds byte-identically twice (deterministic)", async () => {
    const a = await buildRealCorpus();
    const b = await buildRealCorpus();
    expect(a.json).toBe(b.json);
  });

  it("has a JSON Schema file equal to the contract's (run `npm run data` if this fails)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(
      `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`,
    );
  });

  it("validates, whole again, against public/data/timeline.schema.json with ajv (draft 2020-12)", async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as object);
    const data: unknown = JSON.parse(JSON.stringify(await committedWhole()));
    const indexSchema = ajv.compile(
      JSON.parse(
        readFileSync(path.join(path.dirname(DATASET_FILE), "index.schema.json"), "utf8"),
      ) as object,
    );
    const index: unknown = JSON.parse(readFileSync(DATASET_FILE, "utf8"));
    expect(indexSchema(index), ajv.errorsText(indexSchema.errors)).toBe(true);
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    // The schema is not vacuous: a broken dataset fails it.
    const broken = structuredClone(data) as { events: { date: { edtf: string } }[] };
    delete (broken.events[0]?.date as Partial<{ edtf: string }>).edtf;
    expect(validate(broken)).toBe(false);
    expect(DatasetSchema.safeParse(data).success).toBe(true);
  });

  it("records each article's sha256 of its raw bytes", async () => {
    const { dataset } = await buildRealCorpus();
    for (const source of dataset.sources) {
      expect(source.sha256).toBe(sha256(readFileSync(`${ROOT}corpus/articles/${source.id}.txt`)));
    }
  });

  it("has citations whose offsets select exactly their quotes, in the right paragraph", async () => {
    const { dataset } = await buildRealCorpus();
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    let count = 0;
    for (const event of dataset.events) {
      for (const c of event.citations) {
        const source = sources.get(c.source);
        expect(source?.text.slice(c.start, c.end)).toBe(c.exact);
        expect(source?.text.slice(c.start - c.prefix.length, c.start)).toBe(c.prefix);
        expect(source?.text.slice(c.end, c.end + c.suffix.length)).toBe(c.suffix);
        const paragraph = source?.paragraphs[c.paragraph];
        expect(paragraph && paragraph.start <= c.start && c.end <= paragraph.end).toBe(true);
        count++;
      }
    }
    expect(count).toBeGreaterThanOrEqual(15);
  });

  it("holds the article's 15 events with their dates and statuses", async () => {
    const { dataset } = await buildRealCorpus();
    expect(
      Object.fromEntries(dataset.events.map((e) => [e.id, `${e.date.edtf} ${e.status}`])),
    ).toEqual({
      "beijing-visit": "2023-06-18/2023-06-19 ongoing",
      "balloon-incident": "2023-02 occurred",
      "beijing-trip-postponed": "2023-02 postponed",
      "bali-g20": "2022-11 occurred",
      "delhi-g20": "2023-09 expected",
      "san-francisco-apec": "2023-11 planned",
      "biden-balloon-remarks": "2023-06-17 occurred",
      "biden-hopes-to-meet-xi": "2023-06-18/.. hoped-for",
      "blinken-press-conference": "../2023-06-17 occurred",
      "blinken-balakrishnan-meeting": "../2023-06-17 occurred",
      "blinken-banquet": "2023-06-18/2023-06-19 expected",
      "us-china-communication-hopes": "../2023-06-18 occurred",
      "xi-apec-invitation": "../2023-06-18 occurred",
      "blinken-qin-phone-call": "../2023-06-18 occurred",
      "katrine-yu-live-report": "../2023-06-18 occurred",
    });
    expect(dataset.events.every((e) => e.date.resolvedAgainst === "2023-06-18")).toBe(true);
    expect(dataset.events.every((e) => e.asOf === "2023-06-18")).toBe(true);
  });
});
