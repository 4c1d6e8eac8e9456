/**
 * Wording shared by every export and page: names for ids, and how a citation or a status is
 * written for readers. Records are looked up in the one dataset index (src/model/datasetIndex.ts),
 * statuses worded by src/model/statuses.ts and dates only by src/model/dateLabels.ts, never here.
 */
import type { Citation, Dataset, TimelineEvent } from "../model/dataset.ts";
import { indexDataset } from "../model/datasetIndex.ts";
import { formatDayLong } from "../model/dateLabels.ts";
import { STATUS_WORDS } from "../model/statuses.ts";
import { historyLines } from "../model/story.ts";

/** The display name of each actor id (an unknown id stands for itself, so nothing is lost). */
export function actorNames(event: TimelineEvent, dataset: Dataset): string[] {
  const { actorNames: names } = indexDataset(dataset);
  return event.actors.map((id) => names.get(id) ?? id);
}

/** The display name of each place id (an unknown id stands for itself). */
export function placeNames(event: TimelineEvent, dataset: Dataset): string[] {
  const { places } = indexDataset(dataset);
  return event.places.map((id) => places.get(id)?.name ?? id);
}

/** `Status as of 18 June 2023: planned` — the status holds at the event's asOf dateline. */
export function statusSentence(event: TimelineEvent): string {
  return `Status as of ${formatDayLong(event.asOf)}: ${STATUS_WORDS[event.status].sentence}`;
}

/**
 * An event's history, one line per report and per disagreement (story.ts, historyLines), its
 * sources looked up in the dataset: the description fields of the exports carry it.
 */
export function historyOf(event: TimelineEvent, dataset: Dataset): string[] {
  const { sources } = indexDataset(dataset);
  return historyLines(event, (id) => sources.get(id));
}

/** The 1-based paragraph number readers see for a citation (the contract's index is 0-based). */
export function paragraphNumber(citation: Citation): number {
  return citation.paragraph + 1;
}

/**
 * One line naming where a citation comes from:
 * `Wire story, 18 June 2023, Test Wire, paragraph 2` (the source id when the source is unknown).
 */
export function citationSourceLine(citation: Citation, dataset: Dataset): string {
  const source = indexDataset(dataset).sources.get(citation.source);
  const where = `paragraph ${paragraphNumber(citation)}`;
  if (!source) return `${citation.source}, ${where}`;
  return `${source.title}, ${formatDayLong(source.dateline)}, ${source.attribution}, ${where}`;
}

/** The ids in `ids`, each once, in first-seen order. */
export function unique<T>(ids: Iterable<T>): T[] {
  return [...new Set(ids)];
}
