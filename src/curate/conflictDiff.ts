/**
 * The differences a conflict shows between the version of an annotation on disk and the
 * curator's, line by line, in hunks with a little unchanged context around each change. The line
 * diff is jsdiff's (`diff`'s structuredPatch, a Myers diff): a well-kept library rather than a
 * hand-written one.
 */
import { structuredPatch } from "diff";

/** One line of a hunk: in both versions, only on disk, or only in the curator's. */
export type DiffLine = { kind: "same" | "disk" | "mine"; text: string };

/** A run of changed lines with its context; line numbers are 1-based, as an editor shows them. */
export type DiffHunk = { diskLine: number; mineLine: number; lines: DiffLine[] };

/**
 * The hunks that turn `disk` into `mine`, each with `context` unchanged lines either side
 * (hunks that close ranks are joined). Empty when the texts are equal. A missing final newline
 * is not reported as a change.
 */
export function conflictHunks(disk: string, mine: string, context = 2): DiffHunk[] {
  // A missing final newline is not a change worth showing: both end with one.
  const eol = (text: string): string => (text === "" || text.endsWith("\n") ? text : `${text}\n`);
  const patch = structuredPatch("disk", "mine", eol(disk), eol(mine), undefined, undefined, {
    context,
  });
  return patch.hunks.map((hunk) => ({
    diskLine: hunk.oldStart,
    mineLine: hunk.newStart,
    lines: hunk.lines.map((line): DiffLine => ({
      kind: line.startsWith("-") ? "disk" : line.startsWith("+") ? "mine" : "same",
      text: line.slice(1),
    })),
  }));
}
