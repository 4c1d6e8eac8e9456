/**
 * Writes the benchmark's latest table into docs/performance.md, between two markers, so the
 * published figures are always those of the last run and never pasted by hand. Everything outside
 * the markers (what the figures mean, the targets) is left exactly as it was.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";

/** The page `npm run bench` writes its table into. */
export const PERFORMANCE_DOC = "docs/performance.md";
export const SECTION_START = "<!-- bench:start: written by `npm run bench`; edit outside -->";
export const SECTION_END = "<!-- bench:end -->";

/** The two lines around a section the benchmark writes. */
export type Markers = { start: string; end: string };
/** The loopback table's markers. */
export const LOOPBACK_MARKERS: Markers = { start: SECTION_START, end: SECTION_END };
/** The network table's markers (`npm run bench -- --profiles phone-4g,desktop-cable`). */
export const NETWORK_MARKERS: Markers = {
  start: "<!-- bench-network:start: written by `npm run bench -- --profiles …`; edit outside -->",
  end: "<!-- bench-network:end -->",
};

/**
 * `doc` with the text between its markers replaced by `section`. Throws, naming the fix, when the
 * markers are missing, repeated or out of order: nothing is written then.
 */
export function replaceSection(
  doc: string,
  section: string,
  name = PERFORMANCE_DOC,
  markers: Markers = LOOPBACK_MARKERS,
): string {
  const start = doc.indexOf(markers.start);
  const end = doc.indexOf(markers.end);
  const once = (marker: string): boolean => doc.indexOf(marker) === doc.lastIndexOf(marker);
  if (start < 0 || end < 0 || end < start || !once(markers.start) || !once(markers.end)) {
    throw new Error(
      `${name} needs one "${markers.start}" line and, after it, one "${markers.end}" line around the table the benchmark writes.`,
    );
  }
  return `${doc.slice(0, start + markers.start.length)}\n\n${section.trim()}\n\n${doc.slice(end)}`;
}

/**
 * Replaces the marked section of the file `path` (through a temporary file and a rename), laid
 * out by Prettier as `npm run format` would, so the page stays as `npm test` checks it.
 */
export async function writeSection(
  path: string,
  section: string,
  markers: Markers = LOOPBACK_MARKERS,
): Promise<void> {
  const replaced = replaceSection(readFileSync(path, "utf8"), section, path, markers);
  const options = (await resolveConfig(path)) ?? {};
  const next = await format(replaced, { ...options, filepath: path });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, next);
  renameSync(temp, path);
}
