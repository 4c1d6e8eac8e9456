/**
 * What the timeline's legend must explain: the styles the events in view are drawn in, beyond the
 * statuses and the date of the report, which it always names. A legend that explains only what
 * is drawn stays short, and never explains a hatched year as "known to the month".
 */
import type { Precision, TimelineEvent } from "./dataset.ts";
import { PRECISIONS } from "./datasetTerms.ts";
import { STATUS_LOOK } from "./statuses.ts";
import { storyChanged, storyMarks } from "./story.ts";

/** The drawn styles of a set of events that the legend names. */
export type LegendKeys = {
  /** The precisions other than `day` their dates are known to, in PRECISIONS order: hatched. */
  approximate: Precision[];
  /**
   * The same, for the anticipated events among them (drawn hatched in an anticipated outline):
   * the legend names one precision when they share it.
   */
  anticipatedApproximate: Precision[];
  /** Some event is told by more than one report (the report-count mark). */
  story: boolean;
  /** Some event's status or date changed between its reports (the filled mark). */
  changed: boolean;
  /** Some event's reports disagree (the "!" mark). */
  disagree: boolean;
};

/**
 * The legend keys of `events`: one pass over them, cheap at 100,000 events (an event's story is
 * looked into only when it has several reports).
 */
export function legendKeys(events: readonly TimelineEvent[]): LegendKeys {
  const approximate = new Set<Precision>();
  const anticipated = new Set<Precision>();
  let story = false;
  let changed = false;
  let disagree = false;
  for (const event of events) {
    const { precision } = event.date;
    if (precision !== "day") {
      approximate.add(precision);
      if (STATUS_LOOK[event.status].fill === "tint") anticipated.add(precision);
    }
    if (event.disagreements.length > 0) disagree = true;
    if (event.reports.length > 1) {
      story = true;
      if (!changed && storyChanged(storyMarks(event))) changed = true;
    }
  }
  return {
    approximate: PRECISIONS.filter((p) => approximate.has(p)),
    anticipatedApproximate: PRECISIONS.filter((p) => anticipated.has(p)),
    story,
    changed,
    disagree,
  };
}
