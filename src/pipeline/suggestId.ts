/**
 * "Did you mean" for an unknown id: the closest known id within two edits.
 */

/** ` (did you mean "x"?)` for the closest id within two edits, scanning at most 20,000 ids. */
export function suggestId(id: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = 3;
  let scanned = 0;
  for (const candidate of known) {
    if (++scanned > 20_000) break;
    if (Math.abs(candidate.length - id.length) >= bestDistance) continue;
    const d = boundedDistance(id, candidate, bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? "" : ` (did you mean "${best}"?)`;
}

/** Levenshtein distance, or `limit` when it is at least that. */
function boundedDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      current[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit, limit);
}
