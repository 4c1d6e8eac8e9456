/**
 * The app's boundary: the dataset arrives as untrusted text, is checked once here against the
 * contract (DatasetSchema) and for the references between its parts, and only then travels inward
 * as a typed Dataset. Nothing here throws; every failure comes back as readable problems.
 */
import type { Dataset, EventDate, Report, Source, TimelineEvent } from "./dataset.ts";
import { SCHEMA_VERSION } from "./datasetTerms.ts";
import { upgradeDataset } from "./datasetUpgrade.ts";
import { parseDay, parseEdtf } from "./dates.ts";

/**
 * A quick yes-or-no check of the contract's shape, trusted when it says yes. The app's is the
 * contract's JSON Schema compiled at build time (src/state/checkDataset.ts wires it in; the share
 * pages compile the same one, scripts/vite/datasetValidator.ts). Without one, zod checks every
 * dataset: the same verdicts, about four times slower on a large dataset.
 */
export type ShapeCheck = (json: unknown) => boolean;

/** What went wrong, coarsely: the error screen words its advice by it. */
export type DatasetFailure = "json" | "version" | "schema" | "references";

/** A read dataset, or why it could not be used (`problems`: one readable line each, capped). */
export type ReadDatasetResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; kind: DatasetFailure; summary: string; problems: string[] };

/** At most this many problems are listed; the rest are counted in a last line. */
export const MAX_PROBLEMS = 20;

function fail(kind: DatasetFailure, summary: string, problems: string[]): ReadDatasetResult {
  const shown =
    problems.length > MAX_PROBLEMS
      ? [...problems.slice(0, MAX_PROBLEMS), `…and ${problems.length - MAX_PROBLEMS} more`]
      : problems;
  return { ok: false, kind, summary, problems: shown };
}

/** Reads the dataset from the text of timeline.json: JSON first, then as readDataset. */
export async function readDatasetText(
  text: string,
  shapeCheck?: ShapeCheck,
): Promise<ReadDatasetResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(
      "json",
      text.trim() === ""
        ? "The dataset file is empty."
        : "The dataset file is not valid JSON; it may be truncated.",
      [detail],
    );
  }
  return readDataset(json, shapeCheck);
}

/** A schema issue's path as `events.1.status`, the notation JSON Schema tools print. */
function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/**
 * Validates parsed JSON as a Dataset: an older version is upgraded first (datasetUpgrade.ts), then
 * its schemaVersion is checked (a dataset from another version of Dateline gets its own message),
 * then the schema, then the references the schema cannot express: unique ids; actors, places,
 * related events and sources that exist; citations whose offsets select exactly their quote inside
 * the article and whose paragraph exists; dates whose earliest/latest agree with their EDTF; real
 * calendar days; reports that fit their event (see reportProblems). `shapeCheck`, when given, is
 * asked first (see ShapeCheck); zod has the last word whenever it says no, and whenever there is
 * none.
 */
export async function readDataset(
  parsed: unknown,
  shapeCheck?: ShapeCheck,
): Promise<ReadDatasetResult> {
  const json = upgradeDataset(parsed);
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return fail("schema", "The dataset is not a JSON object.", [
      `expected an object with schemaVersion ${SCHEMA_VERSION}, got ${Array.isArray(json) ? "an array" : json === null ? "null" : typeof json}`,
    ]);
  }
  const version = (json as Record<string, unknown>)["schemaVersion"];
  if (version !== SCHEMA_VERSION) {
    return fail(
      "version",
      version === undefined
        ? "The dataset has no schemaVersion."
        : `The dataset has schemaVersion ${JSON.stringify(version)}, but this app reads version ${SCHEMA_VERSION}.`,
      [
        `schemaVersion: expected ${SCHEMA_VERSION}, got ${version === undefined ? "nothing" : JSON.stringify(version)}`,
      ],
    );
  }
  // The contract's JSON Schema, compiled at build time, is four times faster than zod on a large
  // dataset; zod, the contract itself, has the last word (and the readable messages) when it
  // fails, and is loaded only then.
  let dataset: Dataset;
  if (shapeCheck?.(json) === true) {
    dataset = json as Dataset;
  } else {
    const { DatasetSchema } = await import("./dataset.ts");
    const checked = DatasetSchema.safeParse(json);
    if (!checked.success) {
      return fail(
        "schema",
        "The dataset does not match the Dateline data contract.",
        checked.error.issues.map((issue) => `${pathOf(issue.path) || "(root)"}: ${issue.message}`),
      );
    }
    dataset = checked.data;
  }
  const problems = referenceProblems(dataset);
  if (problems.length > 0) {
    return fail("references", "The dataset's parts do not fit together.", problems);
  }
  return { ok: true, dataset };
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

function referenceProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  for (const [what, list] of [
    ["event", dataset.events],
    ["actor", dataset.actors],
    ["place", dataset.places],
    ["source", dataset.sources],
  ] as const) {
    for (const id of duplicates(list.map((item) => item.id)))
      problems.push(`duplicate ${what} id "${id}"`);
  }
  const actors = new Set(dataset.actors.map((a) => a.id));
  const places = new Set(dataset.places.map((p) => p.id));
  const events = new Set(dataset.events.map((e) => e.id));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));

  dataset.sources.forEach((source, i) => {
    const where = `sources[${i}] (${source.id})`;
    if (parseDay(source.dateline) === undefined)
      problems.push(`${where}: dateline ${source.dateline} is not a real day`);
    source.paragraphs.forEach((p, j) => {
      if (p.start > p.end || p.end > source.text.length) {
        problems.push(`${where}: paragraph ${j} [${p.start}, ${p.end}) lies outside the text`);
      }
    });
  });

  // Many events share a date: each distinct EDTF string is read once.
  const edtfs = new Map<string, ReturnType<typeof parseEdtf>>();
  const checkDate = (given: EventDate, where: () => string): void => {
    let date = edtfs.get(given.edtf);
    if (date === undefined && !edtfs.has(given.edtf)) {
      date = parseEdtf(given.edtf);
      edtfs.set(given.edtf, date);
    }
    if (!date) {
      problems.push(`${where()}: date ${given.edtf} is not EDTF Dateline reads`);
    } else if (
      date.earliest !== given.earliest ||
      date.latest !== given.latest ||
      date.precision !== given.precision
    ) {
      problems.push(
        `${where()}: date ${given.edtf} means ${date.earliest ?? ".."}–${date.latest ?? ".."} (${date.precision}), not ${given.earliest ?? ".."}–${given.latest ?? ".."} (${given.precision})`,
      );
    }
  };
  dataset.events.forEach((event, i) => {
    // Built only for a problem: this loop runs for every event of a large dataset.
    const where = () => `events[${i}] (${event.id})`;
    for (const id of event.actors)
      if (!actors.has(id)) problems.push(`${where()}: unknown actor "${id}"`);
    for (const id of event.places)
      if (!places.has(id)) problems.push(`${where()}: unknown place "${id}"`);
    for (const id of event.related) {
      if (!events.has(id)) problems.push(`${where()}: unknown related event "${id}"`);
    }
    checkDate(event.date, where);
    if (parseDay(event.asOf) === undefined)
      problems.push(`${where()}: asOf ${event.asOf} is not a real day`);
    event.citations.forEach((citation, j) => {
      const at = () => `${where()} citation ${j}`;
      const source = sources.get(citation.source);
      if (!source) {
        problems.push(`${at()}: unknown source "${citation.source}"`);
        return;
      }
      if (citation.start >= citation.end || citation.end > source.text.length) {
        problems.push(
          `${at()}: offsets [${citation.start}, ${citation.end}) lie outside ${source.id}`,
        );
      } else if (
        !source.text.startsWith(citation.exact, citation.start) ||
        citation.exact.length !== citation.end - citation.start
      ) {
        problems.push(
          `${at()}: offsets [${citation.start}, ${citation.end}) do not select its quote`,
        );
      }
      if (citation.paragraph >= source.paragraphs.length) {
        problems.push(`${at()}: paragraph ${citation.paragraph} does not exist in ${source.id}`);
      }
    });
    reportProblems(event, sources, where, checkDate, problems);
  });
  return problems;
}

/**
 * The references of an event's reports and disagreements: each report's source exists and has its
 * dateline; reports are in dateline order; every citation belongs to exactly one report, of its
 * own source; some report states the status and the date, and the event's status and asOf are the
 * latest stated status and its dateline, and its date one of the reports' (the rest of the
 * derivation, reports.ts, is the pipeline's to apply); disagreements name reports that exist.
 */
function reportProblems(
  event: TimelineEvent,
  sources: ReadonlyMap<string, Source>,
  where: () => string,
  checkDate: (date: EventDate, where: () => string) => void,
  problems: string[],
): void {
  const owner = new Array<number>(event.citations.length).fill(-1);
  let statusReport: Report | undefined;
  let dated = false;
  for (const [j, report] of event.reports.entries()) {
    const at = () => `${where()} report ${j}`;
    const source = sources.get(report.source);
    if (!source) problems.push(`${at()}: unknown source "${report.source}"`);
    else if (source.dateline !== report.dateline) {
      problems.push(`${at()}: dateline ${report.dateline} is not its source's, ${source.dateline}`);
    }
    const previous = event.reports[j - 1];
    if (previous && previous.dateline > report.dateline) {
      problems.push(`${at()}: reports are not in dateline order`);
    }
    for (const index of report.citations) {
      const citation = event.citations[index];
      if (citation === undefined) problems.push(`${at()}: no citation ${index}`);
      else if (owner[index] !== -1) {
        problems.push(`${at()}: citation ${index} belongs to report ${owner[index] ?? -1} too`);
      } else {
        owner[index] = j;
        if (citation.source !== report.source) {
          problems.push(`${at()}: citation ${index} comes from another source`);
        }
      }
    }
    if (report.status !== null) statusReport = report;
    if (report.date !== null) {
      dated = true;
      checkDate(report.date, at);
    }
  }
  owner.forEach((report, index) => {
    if (report === -1) problems.push(`${where()}: citation ${index} belongs to no report`);
  });
  if (!statusReport || !dated) {
    problems.push(`${where()}: no report states its ${statusReport ? "date" : "status"}`);
  } else if (statusReport.status !== event.status || statusReport.dateline !== event.asOf) {
    problems.push(
      `${where()}: status ${event.status} as of ${event.asOf} is not its latest report's, ${String(statusReport.status)} as of ${statusReport.dateline}`,
    );
  }
  if (
    dated &&
    !event.reports.some(
      (r) =>
        r.date?.edtf === event.date.edtf && r.date.resolvedAgainst === event.date.resolvedAgainst,
    )
  ) {
    problems.push(`${where()}: date ${event.date.edtf} is not one its reports give`);
  }
  event.disagreements.forEach((d, j) => {
    if (
      d.reports.some((r) => r >= event.reports.length) ||
      new Set(d.reports).size !== d.reports.length
    ) {
      problems.push(`${where()} disagreement ${j}: names reports that do not exist`);
    }
  });
}

/** The dataset check's verdict on a text, without the dataset itself (see checkDatasetText). */
export type DatasetCheck =
  { ok: true } | { ok: false; kind: DatasetFailure; summary: string; problems: string[] };

/**
 * Reads a dataset's text as readDatasetText does and reports only the verdict. This is what the
 * app's worker runs: a verdict crosses to the main thread cheaply, a parsed dataset would not.
 */
export async function checkDatasetText(
  text: string,
  shapeCheck?: ShapeCheck,
): Promise<DatasetCheck> {
  const result = await readDatasetText(text, shapeCheck);
  return result.ok ? { ok: true } : result;
}
