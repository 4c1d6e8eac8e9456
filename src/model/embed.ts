/**
 * What the embedded view (`?embed`) needs beyond the explorer's model: stepping through the shown
 * events, the one line that says what is shown in place of the filter bar, and the message it
 * posts to its host page.
 */
import type { Status, TimelineEvent } from "./dataset.ts";
import { formatEdtf } from "./dateLabels.ts";
import type { Filters } from "./filter.ts";
import { STATUS_WORDS } from "./statuses.ts";

/**
 * The event one step before (`-1`) or after (`1`) `current` among `events` (in their order), or
 * null past either end. With no current event, or one the filters hide, stepping forward starts
 * at the first event and stepping back at the last.
 */
export function stepEvent(
  events: readonly TimelineEvent[],
  current: string | null,
  step: -1 | 1,
): string | null {
  if (events.length === 0) return null;
  const at = current === null ? -1 : events.findIndex((e) => e.id === current);
  if (at < 0) return (step === 1 ? events[0] : events[events.length - 1])?.id ?? null;
  return events[at + step]?.id ?? null;
}

/** The date filter in words: `from January 2023 to 31 December 2023`, `up to 2023`. */
function datesInWords(from: string | null, to: string | null): string | null {
  if (from !== null && to !== null) return `from ${formatEdtf(from)} to ${formatEdtf(to)}`;
  if (from !== null) return `from ${formatEdtf(from)}`;
  if (to !== null) return `up to ${formatEdtf(to)}`;
  return null;
}

/**
 * What the embed shows, in the place of the filter bar it hides: `5 of 15 events: Xi Jinping`,
 * then each active filter (actors by name, statuses by label, the dates, the search text in
 * quotes), separated by `; `. Without a filter: `15 events`.
 */
export function shownSummary(
  shown: number,
  total: number,
  filters: Filters,
  actorNames: ReadonlyMap<string, string>,
): string {
  const noun = total === 1 ? "event" : "events";
  const parts: string[] = [];
  if (filters.actors.length > 0) {
    parts.push(filters.actors.map((id) => actorNames.get(id) ?? id).join(", "));
  }
  if (filters.status.length > 0) {
    parts.push(filters.status.map((s: Status) => STATUS_WORDS[s].sentence).join(", "));
  }
  const dates = datesInWords(filters.from, filters.to);
  if (dates !== null) parts.push(dates);
  if (filters.q.trim() !== "") parts.push(`“${filters.q.trim()}”`);
  if (parts.length === 0 && shown === total) return `${String(total)} ${noun}`;
  const count = `${String(shown)} of ${String(total)} ${noun}`;
  return parts.length === 0 ? count : `${count}: ${parts.join("; ")}`;
}

/** The `type` of the one message an embed posts to its host page. */
export const EMBED_HEIGHT_MESSAGE_TYPE = "dateline:height";

/**
 * The message an embed posts to its host page whenever the height its content needs changes
 * (docs/sharing.md, "Embedding"). It goes to any origin (`"*"`), since a static embed cannot know
 * its host's, so it carries nothing but this: the height in CSS pixels (a whole number, rounded
 * up) and the id of the event shown (null when none).
 */
export type EmbedHeightMessage = {
  type: typeof EMBED_HEIGHT_MESSAGE_TYPE;
  height: number;
  event: string | null;
};

/** The height message for `height` CSS pixels (rounded up; at least 0) and the shown event. */
export function heightMessage(height: number, event: string | null): EmbedHeightMessage {
  const whole = Number.isFinite(height) ? Math.max(0, Math.ceil(height)) : 0;
  return { type: EMBED_HEIGHT_MESSAGE_TYPE, height: whole, event };
}
