/**
 * The dataset as it was known on a day, for the explorer's "as reported up to" view: projectAsOf
 * (src/model/asOf.ts), made once per dataset and day and kept for the next time that day is asked
 * (Back and Forward return to days already seen). A projection of 100,000 events is a pass over
 * all of them and a new filter index; making it again on every render would be the waste. Events
 * that no later report touched are passed on unchanged, so their search texts, prepared once with
 * the dataset, are reused; only the events the day changed are read again.
 */
import { projectAsOf } from "../model/asOf.ts";
import type { Dataset, TimelineEvent } from "../model/dataset.ts";
import { searchText } from "../model/filter.ts";

/** A dataset and its events' search texts (one per event, in order; undefined: not built yet). */
export type DatasetView = { dataset: Dataset; searchTexts: readonly string[] | undefined };

/** How many days each dataset's projections are kept for: a few steps back and forth. */
const KEPT_DAYS = 6;

const cache = new WeakMap<Dataset, Map<string, DatasetView>>();

/**
 * `dataset` as reported up to `day` (YYYY-MM-DD, inclusive), with its search texts when `texts`
 * (the full dataset's) are given. Memoised per dataset and day: the same day gives the same
 * objects, so everything computed from them downstream is kept too.
 */
export function datasetAsOf(
  dataset: Dataset,
  day: string,
  texts: readonly string[] | undefined,
): DatasetView {
  let days = cache.get(dataset);
  if (!days) {
    days = new Map();
    cache.set(dataset, days);
  }
  const kept = days.get(day);
  if (kept && (kept.searchTexts !== undefined || texts === undefined)) {
    // Most recently used last, so the oldest day is the one let go.
    days.delete(day);
    days.set(day, kept);
    return kept;
  }
  const projected = kept?.dataset ?? projectAsOf(dataset, day);
  const view: DatasetView = {
    dataset: projected,
    searchTexts: texts === undefined ? undefined : textsFor(dataset, texts, projected),
  };
  days.delete(day);
  days.set(day, view);
  while (days.size > KEPT_DAYS) {
    const oldest = days.keys().next().value;
    if (oldest === undefined) break;
    days.delete(oldest);
  }
  return view;
}

/** The search texts of `projected`'s events: the full dataset's where an event is unchanged. */
function textsFor(full: Dataset, texts: readonly string[], projected: Dataset): readonly string[] {
  if (projected === full) return texts;
  const byEvent = new Map<TimelineEvent, string>();
  full.events.forEach((event, i) => {
    const text = texts[i];
    if (text !== undefined) byEvent.set(event, text);
  });
  return projected.events.map((event) => byEvent.get(event) ?? searchText(event, projected));
}
