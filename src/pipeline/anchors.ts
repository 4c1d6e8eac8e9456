/**
 * Resolving date phrases in anchor order: a phrase anchored to another event ("the same month",
 * "before …") is resolved after its anchor, by a memoised depth-first search. Iterative, so a long
 * chain of anchors cannot overflow the call stack; a cycle is reported once, on the date that
 * closes it, and every date that depends on a broken anchor is left out without a second report.
 *
 * Each date to resolve is a node: an event's own date (in the article that defines it) or the
 * date a report gives (in the reporting article). Which node an anchor names is the caller's
 * rule (joinUnits: the anchor event's date as the same article gives it, else as its defining
 * article does).
 */
import type { EventDate } from "../model/dataset.ts";
import type { CompiledEvent } from "./compileArticle.ts";
import type { DateEntry } from "./corpusFiles.ts";
import { resolveDate } from "./resolveDate.ts";

/** An event as the join registers it: compiled, with its article's dateline. */
export type RegisteredEvent = CompiledEvent & { article: string; dateline: string | undefined };

/** One date to resolve: an event's own, or a report's. */
export type DateNode = {
  /** The event the date belongs to (a cycle is named by these), and the article giving it. */
  event: string;
  article: string;
  /** The annotation file it is written in, and how its problems name it (`event "x"`). */
  file: string;
  where: string;
  /** The dateline it is resolved against; undefined when the article's could not be read. */
  dateline: string | undefined;
  spec: DateEntry | undefined;
};

/** Reports a problem of a date's node (and so leaves its event out of the dataset). */
export type NodeProblem = (
  node: DateNode,
  line: number | undefined,
  message: string,
  hint: string,
) => void;

/**
 * A function giving each node's resolved date (by key), or null when it cannot be resolved: its
 * problem is then reported through `problem`, once, and a node whose anchor failed is only passed
 * to `markBroken` (left out, with nothing more to report). `anchorKey` gives the key of the node an
 * anchor names, or undefined for an unknown event; `suggest` words a "did you mean" for it.
 */
export function anchoredDates(
  nodes: ReadonlyMap<string, DateNode>,
  anchorKey: (from: DateNode, anchor: string) => string | undefined,
  problem: NodeProblem,
  suggest: (id: string) => string,
  markBroken: (node: DateNode) => void,
): (key: string) => EventDate | null {
  const dates = new Map<string, EventDate | null>();
  return (start: string): EventDate | null => {
    const path = [start];
    const onPath = new Set(path);
    const settle = (key: string, date: EventDate | null): void => {
      dates.set(key, date);
      path.pop();
      onPath.delete(key);
    };
    while (path.length > 0) {
      const key = path[path.length - 1] as string;
      const node = nodes.get(key);
      const spec = node?.spec;
      if (dates.has(key) || !node || !spec || node.dateline === undefined) {
        settle(key, dates.get(key) ?? null);
        continue;
      }
      let anchor: EventDate | undefined;
      if (spec.anchor) {
        const anchorId = spec.anchor.value;
        const anchorLine = spec.anchor.line ?? spec.line;
        const target = anchorKey(node, anchorId);
        if (target === undefined) {
          problem(
            node,
            anchorLine,
            `unknown anchor "${anchorId}"${suggest(anchorId)}`,
            "set `anchor:` to the id of the event whose date this phrase refers to",
          );
          settle(key, null);
          continue;
        }
        if (onPath.has(target)) {
          const from = path.indexOf(target);
          const cycle = [...path.slice(from), target]
            .map((k) => nodes.get(k)?.event ?? k)
            .join(" → ");
          problem(
            node,
            anchorLine,
            `anchor cycle: ${cycle}`,
            "anchor at least one of these events to the dateline instead (drop its `anchor:`)",
          );
          settle(key, null);
          continue;
        }
        const resolved = dates.get(target);
        if (resolved === undefined) {
          path.push(target); // resolve the anchor first, then come back
          onPath.add(target);
          continue;
        }
        if (resolved === null) {
          markBroken(node); // the anchor's own problem is reported
          settle(key, null);
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
        node.dateline,
        anchor,
      );
      if ("problem" in result) {
        problem(node, spec.line, result.problem.message, result.problem.hint);
        settle(key, null);
      } else {
        settle(key, result.date);
      }
    }
    return dates.get(start) ?? null;
  };
}
