/**
 * Reading the shards of the index-first layout (archive.ts): each checked against the index as it
 * arrives, then turned into an event's details or an article's text.
 */
import type { EventShard, SourceShard, Span } from "./dataset.ts";
import type { SourceText } from "./archive.ts";
import type { DecodedIndex } from "./archiveDecode.ts";
import type { EventDetails } from "./archive.ts";

/**
 * The problems of an event shard that its schema cannot check, against the index it belongs to:
 * it starts where the index says and holds its events (by id, in order), each with one set of
 * passages per report and one sentence per disagreement; citations from known sources, within
 * their text's length, of the source of the report that holds them, each citation in one report.
 */
export function eventShardProblems(
  shard: EventShard,
  index: DecodedIndex,
  number: number,
): string[] {
  const problems: string[] = [];
  const ref = index.shards.events[number];
  if (!ref) return [`no event shard ${number}`];
  if (shard.first !== ref.first || shard.events.length !== ref.count) {
    problems.push(
      `holds events ${shard.first}–${shard.first + shard.events.length - 1}, not ${ref.first}–${ref.first + ref.count - 1}`,
    );
  }
  const lengths = new Map(index.head.sources.map((s) => [s.id, s.length]));
  shard.events.forEach((details, k) => {
    const entry = index.head.events[ref.first + k];
    const where = `event ${ref.first + k} (${details.id})`;
    if (!entry || entry.id !== details.id) {
      problems.push(`${where}: the index has ${entry?.id ?? "no event"} there`);
      return;
    }
    if (details.context.length !== details.citations.length)
      problems.push(`${where}: one sentence per citation is needed`);
    if (details.reports.length !== entry.reports.length)
      problems.push(
        `${where}: passages for ${details.reports.length} reports, not ${entry.reports.length}`,
      );
    if (details.disagreements.length !== entry.disagreements.length)
      problems.push(
        `${where}: sentences for ${details.disagreements.length} disagreements, not ${entry.disagreements.length}`,
      );
    const owner = new Array<number>(details.citations.length).fill(-1);
    details.reports.forEach((indexes, r) => {
      for (const c of indexes) {
        const citation = details.citations[c];
        if (!citation || owner[c] !== -1) {
          problems.push(`${where}: report ${r} names citation ${c} twice or not at all`);
          continue;
        }
        owner[c] = r;
        if (citation.source !== entry.reports[r]?.source)
          problems.push(`${where}: citation ${c} is not from report ${r}'s source`);
      }
    });
    if (owner.includes(-1)) problems.push(`${where}: a citation belongs to no report`);
    details.citations.forEach((c, j) => {
      const length = lengths.get(c.source);
      if (length === undefined) problems.push(`${where} citation ${j}: unknown source ${c.source}`);
      else if (c.start >= c.end || c.end > length || c.exact.length !== c.end - c.start) {
        problems.push(`${where} citation ${j}: offsets [${c.start}, ${c.end}) do not fit`);
      }
    });
  });
  return problems.slice(0, 20);
}

/** An event's details from its checked shard. */
export function detailsFromShard(shard: EventShard, ordinal: number): EventDetails | undefined {
  return shard.events[ordinal - shard.first];
}

/**
 * The problems of an article shard that its schema cannot check, against its index: the sources
 * the index puts there (by id, in order), each text of the length the index gives, paragraphs and
 * cited stretches inside it, events that exist.
 */
export function sourceShardProblems(
  shard: SourceShard,
  index: DecodedIndex,
  number: number,
): string[] {
  const problems: string[] = [];
  const expected = index.head.sources.filter((_, i) => index.sourceShardOf(i) === number);
  if (expected.length !== shard.sources.length) {
    problems.push(`holds ${shard.sources.length} articles, not ${expected.length}`);
  }
  const events = index.head.events.length;
  const inside = (span: Span, length: number) => span.start <= span.end && span.end <= length;
  shard.sources.forEach((s, k) => {
    const entry = expected[k];
    if (!entry || entry.id !== s.id) {
      problems.push(`article ${k}: ${s.id} is not the index's ${entry?.id ?? "(none)"}`);
      return;
    }
    if (s.text.length !== entry.length)
      problems.push(`${s.id}: text of ${s.text.length} characters, not ${entry.length}`);
    if (s.paragraphs.some((p) => !inside(p, s.text.length)))
      problems.push(`${s.id}: a paragraph lies outside the text`);
    for (const c of s.cited) {
      if (c.start >= c.end || !inside(c, s.text.length))
        problems.push(`${s.id}: a cited stretch lies outside the text`);
      if (c.events.some((e) => e >= events))
        problems.push(`${s.id}: a cited stretch names an unknown event`);
    }
  });
  return problems.slice(0, 20);
}

/** An article and its cited stretches from its checked shard. */
export function sourceFromShard(
  shard: SourceShard,
  index: DecodedIndex,
  id: string,
): SourceText | undefined {
  const record = shard.sources.find((s) => s.id === id);
  const ordinal = index.sourceOrdinals.get(id);
  const entry = ordinal === undefined ? undefined : index.head.sources[ordinal];
  if (!record || !entry) return undefined;
  return {
    source: {
      id: entry.id,
      title: entry.title,
      dateline: entry.dateline,
      attribution: entry.attribution,
      sha256: record.sha256,
      text: record.text,
      paragraphs: record.paragraphs,
    },
    cited: record.cited.map((c) => ({
      start: c.start,
      end: c.end,
      eventIds: c.events.map((e) => index.head.events[e]?.id ?? ""),
    })),
  };
}
