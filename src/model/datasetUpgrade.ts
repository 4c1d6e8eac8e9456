/**
 * Reading a dataset of an older contract: the one place an old shape becomes today's. A version-1
 * dataset (before reports) gets, for each event, the reports its citations imply: one per source
 * it cites, in dateline order. Version 1 took an event's status and date from the article that
 * defined it, whose citations came first, so that report states them and the others state
 * nothing; `asOf` is then that report's dateline, as today's rule has it (version 1 moved it to
 * the latest article that merely quoted the event, which claimed more than those articles said).
 * Anything else is passed on untouched, for the contract check to judge.
 */
import type { Report } from "./dataset.ts";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A version-1 event with the reports its citations imply; anything unexpected is left as it is. */
function upgradeEvent(event: unknown, datelines: ReadonlyMap<string, string>): unknown {
  if (!isObject(event) || !Array.isArray(event["citations"])) return event;
  const citations = event["citations"] as unknown[];
  const bySource = new Map<string, number[]>();
  citations.forEach((citation, i) => {
    const source = isObject(citation) ? citation["source"] : undefined;
    if (typeof source !== "string") return;
    const indexes = bySource.get(source);
    if (indexes) indexes.push(i);
    else bySource.set(source, [i]);
  });
  const defining = [...bySource.keys()][0];
  if (defining === undefined) return event;
  const date = event["date"];
  const dateline = (source: string): string =>
    datelines.get(source) ??
    (isObject(date) && typeof date["resolvedAgainst"] === "string" ? date["resolvedAgainst"] : "");
  const reports = [...bySource].map(([source, indexes]): Report => ({
    source,
    dateline: dateline(source),
    status: source === defining ? (event["status"] as Report["status"]) : null,
    date: source === defining ? (date as Report["date"]) : null,
    citations: indexes,
  }));
  // Dateline order; among reports of one day the defining article's first (a stable sort keeps
  // the rest in the order they were cited).
  reports.sort(
    (a, b) =>
      (a.dateline < b.dateline ? -1 : a.dateline > b.dateline ? 1 : 0) ||
      Number(b.source === defining) - Number(a.source === defining),
  );
  return { ...event, asOf: dateline(defining), reports, disagreements: [] };
}

/**
 * Parsed dataset JSON in today's shape: a version-1 dataset is upgraded (see this module's
 * comment); any other value, today's version included, is returned as it is. Never throws.
 */
export function upgradeDataset(json: unknown): unknown {
  if (!isObject(json) || json["schemaVersion"] !== 1 || !Array.isArray(json["events"])) return json;
  const datelines = new Map<string, string>();
  if (Array.isArray(json["sources"])) {
    for (const source of json["sources"] as unknown[]) {
      if (
        isObject(source) &&
        typeof source["id"] === "string" &&
        typeof source["dateline"] === "string"
      ) {
        datelines.set(source["id"], source["dateline"]);
      }
    }
  }
  return {
    ...json,
    // The version this upgrade writes; a later contract upgrades from it in turn.
    schemaVersion: 2,
    events: (json["events"] as unknown[]).map((e) => upgradeEvent(e, datelines)),
  };
}
