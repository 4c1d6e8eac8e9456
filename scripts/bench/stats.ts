/**
 * Pure helpers of `npm run bench`: medians, the app/bare ratio, the markdown table. No I/O.
 */

/** One measurement in milliseconds; `capped` when the run hit its time limit (counted as the limit). */
export type Sample = { ms: number; capped: boolean };

/** The median of the samples' ms (capped samples count as their cap), or undefined for none. */
export function median(samples: readonly Sample[]): Sample | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid];
  const a = sorted[mid - 1] as Sample;
  const b = sorted[mid] as Sample;
  return { ms: (a.ms + b.ms) / 2, capped: a.capped && b.capped };
}

/** "123 ms", "1.23 s", "> 60 s" for a capped sample, "—" for none. */
export function formatMs(sample: Sample | undefined): string {
  if (!sample) return "—";
  if (sample.capped) return `> ${Math.round(sample.ms / 1000)} s`;
  if (sample.ms < 1000) return `${Math.round(sample.ms)} ms`;
  return `${(sample.ms / 1000).toFixed(2)} s`;
}

/** app/bare, two decimals; "≤ x" when the bare run was capped (the true ratio is smaller). */
export function formatRatio(app: Sample | undefined, bare: Sample | undefined): string {
  if (!app || !bare || bare.ms === 0) return "—";
  const ratio = (app.ms / bare.ms).toFixed(2);
  return bare.capped ? `≤ ${ratio}` : ratio;
}

/** Bytes as "12.3 KB" (1 KB = 1,000 bytes, as gzip budgets are usually stated) or "4.56 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(2)} MB`;
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** A markdown table: header row, separator, rows; cells are escaped for pipes. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const cell = (text: string): string => text.replace(/\|/g, "\\|");
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
