/**
 * Resolving events' date phrases in anchor order: a phrase anchored to another event ("the same
 * month", "before …") is resolved after its anchor, by a memoised depth-first search. Iterative,
 * so a long chain of anchors cannot overflow the call stack; a cycle is reported once, on the event
 * that closes it, and every event that depends on a broken anchor is left out without a second
 * report.
 */
import type { EventDate } from "../model/dataset.ts";
import type { CompiledEvent } from "./compileArticle.ts";
import { resolveDate } from "./resolveDate.ts";

/** An event as the join registers it: compiled, with its article's dateline. */
export type RegisteredEvent = CompiledEvent & { article: string; dateline: string | undefined };

/** Reports a problem of event `id` (and so leaves it out of the dataset). */
export type EventProblem = (
  file: string,
  line: number | undefined,
  id: string,
  message: string,
  hint: string,
) => void;

/**
 * A function giving each event's resolved date, or null when it cannot be resolved: its problem is
 * then reported through `eventProblem`, once, and an event whose anchor failed is only passed to
 * `markBroken` (left out, with nothing more to report). `suggest` words a "did you mean" for an
 * unknown anchor id.
 */
export function anchoredDates(
  events: ReadonlyMap<string, RegisteredEvent>,
  eventProblem: EventProblem,
  suggest: (id: string) => string,
  markBroken: (id: string) => void,
): (id: string) => EventDate | null {
  const dates = new Map<string, EventDate | null>();
  return (start: string): EventDate | null => {
    const path = [start];
    const onPath = new Set(path);
    const settle = (id: string, date: EventDate | null): void => {
      dates.set(id, date);
      path.pop();
      onPath.delete(id);
    };
    while (path.length > 0) {
      const id = path[path.length - 1] as string;
      const record = events.get(id);
      const spec = record?.entry.date;
      if (dates.has(id) || !record || !spec || record.dateline === undefined) {
        settle(id, dates.get(id) ?? null);
        continue;
      }
      let anchor: EventDate | undefined;
      if (spec.anchor) {
        const anchorId = spec.anchor.value;
        const anchorLine = spec.anchor.line ?? spec.line;
        if (!events.has(anchorId)) {
          eventProblem(
            record.file,
            anchorLine,
            id,
            `unknown anchor "${anchorId}"${suggest(anchorId)}`,
            "set `anchor:` to the id of the event whose date this phrase refers to",
          );
          settle(id, null);
          continue;
        }
        if (onPath.has(anchorId)) {
          const cycle = [...path.slice(path.indexOf(anchorId)), anchorId].join(" → ");
          eventProblem(
            record.file,
            anchorLine,
            id,
            `anchor cycle: ${cycle}`,
            "anchor at least one of these events to the dateline instead (drop its `anchor:`)",
          );
          settle(id, null);
          continue;
        }
        const resolved = dates.get(anchorId);
        if (resolved === undefined) {
          path.push(anchorId); // resolve the anchor first, then come back
          onPath.add(anchorId);
          continue;
        }
        if (resolved === null) {
          markBroken(id); // the anchor's own problem is reported
          settle(id, null);
          continue;
        }
        anchor = resolved;
      }
      const result = resolveDate(
        {
          phrase: spec.phrase,
          ...(spec.direction === undefined ? {} : { direction: spec.direction }),
          ...(spec.undated === undefined ? {} : { undated: spec.undated }),
        },
        record.dateline,
        anchor,
      );
      if ("problem" in result) {
        eventProblem(record.file, spec.line, id, result.problem.message, result.problem.hint);
        settle(id, null);
      } else {
        settle(id, result.date);
      }
    }
    return dates.get(start) ?? null;
  };
}
