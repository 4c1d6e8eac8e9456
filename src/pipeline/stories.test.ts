import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { buildData, readCorpus } from "../../scripts/data/buildData.ts";
import { projectAsOf } from "../model/asOf.ts";
import type { Dataset, TimelineEvent } from "../model/dataset.ts";
import { formatDateLabel } from "../model/dateLabels.ts";
import { readDataset } from "../model/readDataset.ts";
import { buildDataset } from "./buildDataset.ts";
import { formatProblem } from "./problems.ts";

/** The small story corpora the e2e suite serves too (e2e/corpora/). */
const CORPORA = fileURLToPath(new URL("../../e2e/corpora/", import.meta.url));
const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const APPLE = fileURLToPath(new URL("../../examples/apple/", import.meta.url));

async function build(dir: string): Promise<Dataset> {
  const { files, digest } = await readCorpus(dir);
  const result = buildDataset(files, digest);
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join("\n"));
  // What the pipeline writes, the app reads back as it is.
  const read = await readDataset(JSON.parse(result.json));
  if (!read.ok) throw new Error(read.problems.join("\n"));
  return result.dataset;
}

function only(dataset: Dataset): TimelineEvent {
  expect(dataset.events).toHaveLength(1);
  return dataset.events[0] as TimelineEvent;
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("a two-article story: APEC planned in June, held on 15 November (e2e/corpora/story)", () => {
  it("builds to one event: occurred, as of 16 November, on 15 November, with both reports", async () => {
    const dataset = await build(`${CORPORA}story`);
    const event = only(dataset);
    expect(event.id).toBe("apec-san-francisco");
    expect(event.status).toBe("occurred");
    expect(event.asOf).toBe("2023-11-16");
    expect(event.date).toMatchObject({
      edtf: "2023-11-15",
      precision: "day",
      phrase: "on 15 November",
      resolvedAgainst: "2023-11-16",
    });
    expect(
      event.reports.map((r) => [r.source, r.dateline, r.status, r.date?.edtf, r.citations]),
    ).toEqual([
      ["apec-june", "2023-06-18", "planned", "2023-11", [0]],
      ["apec-november", "2023-11-16", "occurred", "2023-11-15", [1]],
    ]);
    expect(event.citations.map((c) => c.source)).toEqual(["apec-june", "apec-november"]);
    // A planned date and the day it took place overlap: no disagreement.
    expect(event.disagreements).toEqual([]);
  });

  it("as known on 18 June 2023, is planned for November 2023, from the June report alone", async () => {
    const dataset = await build(`${CORPORA}story`);
    const then = projectAsOf(dataset, "2023-06-18");
    const event = only(then);
    expect(event.status).toBe("planned");
    expect(event.asOf).toBe("2023-06-18");
    expect(event.date.edtf).toBe("2023-11");
    expect(formatDateLabel(event.date, event.status)).toBe("November 2023 (planned)");
    expect(event.reports.map((r) => r.source)).toEqual(["apec-june"]);
    expect(event.citations.map((c) => c.source)).toEqual(["apec-june"]);
    expect(then.sources.map((s) => s.id)).toEqual(["apec-june"]);
    // The projection is itself a dataset the app reads.
    expect((await readDataset(then)).ok).toBe(true);
    // A day before the first report, nothing was known.
    expect(projectAsOf(dataset, "2023-06-17").events).toEqual([]);
    // From the November report on, it is today's view.
    expect(projectAsOf(dataset, "2023-11-16")).toBe(dataset);
  });
});

describe("disagreements between reports build, and are named (e2e/corpora/disagree-*)", () => {
  it.each([
    [
      "disagree-dates",
      "dates-disjoint",
      "“Delhi summit planned for September” (18 June 2023) dates it September 2023; “Delhi summit held in October” (3 October 2023) dates it 2 October 2023. The two dates do not overlap.",
      { status: "occurred", asOf: "2023-10-03", edtf: "2023-10-02" },
    ],
    [
      "disagree-status",
      "status-reversed",
      "“Harbour festival held” (1 March 2023) reports it as occurred; the later “Harbour festival still planned” (10 March 2023) calls it planned.",
      // The latest statement stands; the date is still the only one given, by the first report.
      { status: "planned", asOf: "2023-03-10", edtf: "2023-02-25" },
    ],
    [
      "disagree-same-day",
      "same-dateline",
      "Two reports of 2 May 2023 differ: “Ferry strike expected next week” calls it expected, “Ferry strike postponed” postponed.",
      { status: "postponed", asOf: "2023-05-02", edtf: "2023-05-08/2023-05-14" },
    ],
  ] as const)("%s: one %s disagreement", async (corpus, kind, sentence, expected) => {
    const event = only(await build(`${CORPORA}${corpus}`));
    expect(event.disagreements).toEqual([{ kind, reports: [0, 1], sentence }]);
    expect({ status: event.status, asOf: event.asOf, edtf: event.date.edtf }).toEqual(expected);
  });
});

describe("the Apple example (examples/apple): real reports, many of one event", () => {
  it("builds, with several events told by several articles, and stories that changed", async () => {
    const dataset = await build(APPLE);
    expect(dataset.sources.length).toBeGreaterThanOrEqual(12);
    const told = dataset.events.filter((e) => new Set(e.reports.map((r) => r.source)).size > 1);
    expect(told.length).toBeGreaterThanOrEqual(10);
    const statuses = (e: TimelineEvent) => e.reports.flatMap((r) => (r.status ? [r.status] : []));
    const dates = (e: TimelineEvent) => e.reports.flatMap((r) => (r.date ? [r.date.edtf] : []));
    expect(told.filter((e) => new Set(statuses(e)).size > 1).length).toBeGreaterThanOrEqual(3);
    expect(told.filter((e) => new Set(dates(e)).size > 1).length).toBeGreaterThanOrEqual(3);
    const byId = new Map(dataset.events.map((e) => [e.id, e]));
    // Planned for "next year" (2006) in June 2005; under way in January 2006.
    expect(statuses(byId.get("intel-switch") as TimelineEvent)).toEqual(["planned", "ongoing"]);
    expect(byId.get("intel-switch")?.date.edtf).toBe("2006");
    // "In 2003", then "on April 28, 2003", then "in 2003": the day stands.
    expect(dates(byId.get("itunes-store-launch") as TimelineEvent)).toEqual([
      "2003",
      "2003-04-28",
      "2003",
    ]);
    expect(byId.get("itunes-store-launch")?.date.edtf).toBe("2003-04-28");
    // A season, then a month within it.
    expect(dates(byId.get("lion-release") as TimelineEvent)).toEqual(["2011-22", "2011-07"]);
    // As known on 1 January 2010, iPhone 4 was not yet reported, and the iPod nano event was.
    const then = projectAsOf(dataset, "2010-01-01");
    expect(then.events.some((e) => e.id === "iphone-4-unveiled")).toBe(false);
    expect(then.events.some((e) => e.id === "ipod-nano-event")).toBe(true);
  });
});

describe("a failed build writes nothing", () => {
  it("leaves the previous dataset as it was when a report names an unknown event", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dateline-stories-"));
    temps.push(dir);
    const out = path.join(dir, "timeline.json");
    writeFileSync(out, "the previous dataset\n");
    const err: string[] = [];
    const code = await buildData(`${FIXTURES}report-unknown-event`, out, {
      out: () => undefined,
      err: (line) => err.push(line),
    });
    expect(code).toBe(1);
    expect(err[0]).toMatch(/annotations\/b\.yaml:4: report "harbour-openning": unknown event/);
    expect(readFileSync(out, "utf8")).toBe("the previous dataset\n");
    expect(readdirSync(dir)).toEqual(["timeline.json"]);
  });
});
