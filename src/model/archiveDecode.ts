/**
 * Reading the index of the index-first layout (archive.ts): the index file, checked, into the
 * views' records (indexProblems, decodeIndex).
 */
import type { Actor, DatasetIndexFile, EventDate, Place } from "./dataset.ts";
import { DISAGREEMENT_KINDS, PRECISIONS, SCHEMA_VERSION, STATUSES } from "./datasetTerms.ts";
import { formatDay, parseDay, parseEdtf } from "./dates.ts";
import type { SourceEntry } from "./archive.ts";
import type { DatasetHead } from "./archive.ts";
import type { EventEntry } from "./archive.ts";
import type { ReportEntry } from "./archive.ts";
import type { DisagreementEntry } from "./archive.ts";

// ---------------------------------------------------------------------------------------------
// Decoding: the index, checked, into the views' records.

/** A decoded index: the head the views show, and where each part's details live. */
export type DecodedIndex = {
  head: DatasetHead;
  /** Event ordinal by id. */
  eventOrdinals: ReadonlyMap<string, number>;
  /** Source ordinal by id. */
  sourceOrdinals: ReadonlyMap<string, number>;
  /** The event shard holding each event (by ordinal). */
  eventShardOf: (ordinal: number) => number;
  /** The article shard holding each source (by ordinal). */
  sourceShardOf: (ordinal: number) => number;
  /** The search index's documents after the events' own: each later report's event and day. */
  laterReports: readonly { event: number; dateline: string }[];
  shards: DatasetIndexFile["shards"];
};

/** Every day number in the years 1–9999, so formatDay writes it as YYYY-MM-DD. */
const FIRST_DAY = -719162;
const LAST_DAY = 2932896;

/**
 * The references of an index its schema cannot check: columns of equal length, ordinals in
 * range, days and dates that read (an EDTF whose days and precision agree), reports of an event
 * in dateline order whose latest status and date are the event's, disagreements between its
 * reports, shards covering every event once. One readable line each; empty when it fits.
 */
export function indexProblems(file: DatasetIndexFile): string[] {
  const problems: string[] = [];
  const same = (group: string, columns: Record<string, readonly unknown[]>) => {
    const lengths = Object.entries(columns).map(([k, v]) => `${k} ${v.length}`);
    const first = Object.values(columns)[0]?.length ?? 0;
    if (Object.values(columns).some((v) => v.length !== first)) {
      problems.push(`${group}: columns differ in length (${lengths.join(", ")})`);
    }
    return first;
  };
  const nSources = same("sources", file.sources);
  const nDates = same("dates", file.dates);
  const nEvents = same("events", file.events);
  const nReports = same("reports", file.reports);
  const nDisagreements = same("disagreements", file.disagreements);
  if (problems.length > 0) return problems;
  const inRange = (n: number | null, limit: number, what: string) => {
    if (n !== null && n >= limit) problems.push(`${what}: ${n} is out of range (${limit})`);
  };
  const isDay = (n: number | null, what: string) => {
    if (n !== null && (n < FIRST_DAY || n > LAST_DAY))
      problems.push(`${what}: day ${n} is out of range`);
  };
  const unique = (ids: readonly string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`duplicate ${what} id "${id}"`);
      seen.add(id);
    }
  };
  unique(file.events.id, "event");
  unique(file.sources.id, "source");
  unique(
    file.actors.map((a) => a.id),
    "actor",
  );
  unique(
    file.places.map((p) => p.id),
    "place",
  );
  for (let i = 0; i < nSources; i++) {
    isDay(file.sources.dateline[i] ?? null, `sources[${i}] dateline`);
    inRange(
      file.sources.attribution[i] ?? 0,
      file.attributions.length,
      `sources[${i}] attribution`,
    );
    inRange(file.sources.shard[i] ?? 0, file.shards.sources.length, `sources[${i}] shard`);
  }
  const edtfs = new Map<string, ReturnType<typeof parseEdtf>>();
  for (let i = 0; i < nDates; i++) {
    const edtf = file.dates.edtf[i] ?? "";
    inRange(file.dates.precision[i] ?? 0, PRECISIONS.length, `dates[${i}] precision`);
    isDay(file.dates.earliest[i] ?? null, `dates[${i}] earliest`);
    isDay(file.dates.latest[i] ?? null, `dates[${i}] latest`);
    isDay(file.dates.resolvedAgainst[i] ?? null, `dates[${i}] resolvedAgainst`);
    let parsed = edtfs.get(edtf);
    if (parsed === undefined && !edtfs.has(edtf)) {
      parsed = parseEdtf(edtf);
      edtfs.set(edtf, parsed);
    }
    const earliest = file.dates.earliest[i] ?? null;
    const latest = file.dates.latest[i] ?? null;
    if (!parsed) problems.push(`dates[${i}]: ${edtf} is not EDTF Dateline reads`);
    else if (
      (parsed.earliest === null ? null : parseDay(parsed.earliest)) !== earliest ||
      (parsed.latest === null ? null : parseDay(parsed.latest)) !== latest ||
      PRECISIONS[file.dates.precision[i] ?? -1] !== parsed.precision
    ) {
      problems.push(`dates[${i}]: ${edtf} does not mean its earliest, latest and precision`);
    }
  }
  const rows = new Map<number, number[]>();
  for (let r = 0; r < nReports; r++) {
    const event = file.reports.event[r] ?? 0;
    inRange(event, nEvents, `reports[${r}] event`);
    inRange(file.reports.source[r] ?? 0, nSources, `reports[${r}] source`);
    inRange(file.reports.status[r] ?? null, STATUSES.length, `reports[${r}] status`);
    inRange(file.reports.date[r] ?? null, nDates, `reports[${r}] date`);
    const list = rows.get(event);
    if (list) {
      if (list.at(-1) !== r - 1) problems.push(`reports[${r}]: an event's rows are not together`);
      list.push(r);
    } else rows.set(event, [r]);
  }
  if (problems.length > 0) return problems.slice(0, 20);
  for (let i = 0; i < nEvents; i++) {
    const where = `events[${i}] (${file.events.id[i] ?? ""})`;
    inRange(file.events.date[i] ?? 0, nDates, `${where} date`);
    inRange(file.events.status[i] ?? 0, STATUSES.length, `${where} status`);
    inRange(file.events.source[i] ?? 0, nSources, `${where} source`);
    isDay(file.events.asOf[i] ?? null, `${where} asOf`);
    for (const a of file.events.actors[i] ?? []) inRange(a, file.actors.length, `${where} actor`);
    for (const p of file.events.places[i] ?? []) inRange(p, file.places.length, `${where} place`);
    for (const e of file.events.related[i] ?? []) inRange(e, nEvents, `${where} related`);
    const own = rows.get(i);
    if (own) {
      if (own.length < 2) problems.push(`${where}: a single report needs no rows`);
      let statusRow: number | undefined;
      let dated = false;
      let previous = -Infinity;
      for (const r of own) {
        const day = file.sources.dateline[file.reports.source[r] ?? 0] ?? 0;
        if (day < previous) problems.push(`${where}: reports are not in dateline order`);
        previous = day;
        if ((file.reports.status[r] ?? null) !== null) statusRow = r;
        if ((file.reports.date[r] ?? null) !== null) dated = true;
      }
      if (file.reports.source[own[0] ?? 0] !== file.events.source[i]) {
        problems.push(`${where}: its source is not its first report's`);
      }
      if (statusRow === undefined || !dated)
        problems.push(`${where}: no report states its status and date`);
      else if (
        file.reports.status[statusRow] !== file.events.status[i] ||
        file.sources.dateline[file.reports.source[statusRow] ?? 0] !== file.events.asOf[i]
      ) {
        problems.push(`${where}: its status and asOf are not its latest stated status's`);
      }
      const date = file.dates;
      const eventDate = file.events.date[i] ?? 0;
      if (
        !own.some((r) => {
          const d = file.reports.date[r];
          return (
            d != null &&
            date.edtf[d] === date.edtf[eventDate] &&
            date.resolvedAgainst[d] === date.resolvedAgainst[eventDate]
          );
        })
      ) {
        problems.push(`${where}: its date is not one its reports give`);
      }
    } else if (file.sources.dateline[file.events.source[i] ?? 0] !== file.events.asOf[i]) {
      problems.push(`${where}: asOf is not its report's dateline`);
    }
    if (problems.length >= 20) return problems;
  }
  for (let d = 0; d < nDisagreements; d++) {
    const event = file.disagreements.event[d] ?? 0;
    inRange(event, nEvents, `disagreements[${d}] event`);
    inRange(file.disagreements.kind[d] ?? 0, DISAGREEMENT_KINDS.length, `disagreements[${d}] kind`);
    const count = rows.get(event)?.length ?? 1;
    const a = file.disagreements.first[d] ?? 0;
    const b = file.disagreements.second[d] ?? 0;
    if (a >= b || b >= count) problems.push(`disagreements[${d}]: names reports that do not exist`);
    const previous = file.disagreements.event[d - 1];
    if (previous !== undefined && previous > event)
      problems.push(`disagreements[${d}]: out of event order`);
  }
  let next = 0;
  for (const [j, shard] of file.shards.events.entries()) {
    if (shard.first !== next)
      problems.push(`shards.events[${j}]: starts at ${shard.first}, not ${next}`);
    next = shard.first + shard.count;
  }
  if (next !== nEvents) problems.push(`the event shards cover ${next} events, not ${nEvents}`);
  return problems.slice(0, 20);
}

/**
 * The views' records of a checked index (indexProblems found nothing). Days become YYYY-MM-DD
 * strings once per distinct day; one date object serves every event and report that shares it.
 */
export function decodeIndex(file: DatasetIndexFile): DecodedIndex {
  const days = new Map<number, string>();
  const day = (n: number): string => {
    let text = days.get(n);
    if (text === undefined) {
      text = formatDay(n);
      days.set(n, text);
    }
    return text;
  };
  const sources: SourceEntry[] = file.sources.id.map((id, i) => ({
    id,
    title: file.sources.title[i] ?? "",
    dateline: day(file.sources.dateline[i] ?? 0),
    attribution: file.attributions[file.sources.attribution[i] ?? 0] ?? "",
    length: file.sources.length[i] ?? 0,
  }));
  const dates: EventDate[] = file.dates.edtf.map((edtf, i) => {
    const earliest = file.dates.earliest[i] ?? null;
    const latest = file.dates.latest[i] ?? null;
    return {
      edtf,
      precision: PRECISIONS[file.dates.precision[i] ?? 0] ?? "day",
      earliest: earliest === null ? null : day(earliest),
      latest: latest === null ? null : day(latest),
      phrase: file.dates.phrase[i] ?? "",
      resolvedAgainst: day(file.dates.resolvedAgainst[i] ?? 0),
    };
  });
  const actorIds = file.actors.map((a: Actor) => a.id);
  const placeIds = file.places.map((p: Place) => p.id);
  const ids = file.events.id;
  // Each event's report rows, and its disagreement rows.
  const reportRows = new Map<number, ReportEntry[]>();
  for (let r = 0; r < file.reports.event.length; r++) {
    const event = file.reports.event[r] ?? 0;
    const source = sources[file.reports.source[r] ?? 0];
    const status = file.reports.status[r] ?? null;
    const date = file.reports.date[r] ?? null;
    const entry: ReportEntry = {
      source: source?.id ?? "",
      dateline: source?.dateline ?? "",
      status: status === null ? null : (STATUSES[status] ?? null),
      date: date === null ? null : (dates[date] ?? null),
    };
    const list = reportRows.get(event);
    if (list) list.push(entry);
    else reportRows.set(event, [entry]);
  }
  const disagreementRows = new Map<number, DisagreementEntry[]>();
  for (let d = 0; d < file.disagreements.event.length; d++) {
    const event = file.disagreements.event[d] ?? 0;
    const entry: DisagreementEntry = {
      kind: DISAGREEMENT_KINDS[file.disagreements.kind[d] ?? 0] ?? "dates-disjoint",
      reports: [file.disagreements.first[d] ?? 0, file.disagreements.second[d] ?? 0],
    };
    const list = disagreementRows.get(event);
    if (list) list.push(entry);
    else disagreementRows.set(event, [entry]);
  }
  const none: readonly DisagreementEntry[] = [];
  const laterReports: { event: number; dateline: string }[] = [];
  const events: EventEntry[] = ids.map((id, i) => {
    const date = dates[file.events.date[i] ?? 0] as EventDate;
    const status = STATUSES[file.events.status[i] ?? 0] ?? "occurred";
    const source = sources[file.events.source[i] ?? 0];
    const reports = reportRows.get(i) ?? [
      { source: source?.id ?? "", dateline: source?.dateline ?? "", status, date },
    ];
    for (let k = 1; k < reports.length; k++) {
      laterReports.push({ event: i, dateline: reports[k]?.dateline ?? "" });
    }
    return {
      id,
      title: file.events.title[i] ?? "",
      date,
      status,
      asOf: day(file.events.asOf[i] ?? 0),
      actors: (file.events.actors[i] ?? []).map((a) => actorIds[a] ?? ""),
      places: (file.events.places[i] ?? []).map((p) => placeIds[p] ?? ""),
      related: (file.events.related[i] ?? []).map((e) => ids[e] ?? ""),
      reports,
      disagreements: disagreementRows.get(i) ?? none,
    };
  });
  const firsts = file.shards.events.map((s) => s.first);
  return {
    head: {
      schemaVersion: SCHEMA_VERSION,
      title: file.title,
      description: file.description,
      corpusDigest: file.corpusDigest,
      actors: file.actors,
      places: file.places,
      sources,
      events,
    },
    eventOrdinals: new Map(ids.map((id, i) => [id, i])),
    sourceOrdinals: new Map(file.sources.id.map((id, i) => [id, i])),
    eventShardOf: (ordinal) => {
      // The last shard starting at or before the ordinal (shards are in order).
      let low = 0;
      let high = firsts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((firsts[mid] ?? 0) <= ordinal) low = mid;
        else high = mid - 1;
      }
      return low;
    },
    sourceShardOf: (ordinal) => file.sources.shard[ordinal] ?? 0,
    laterReports,
    shards: file.shards,
  };
}
