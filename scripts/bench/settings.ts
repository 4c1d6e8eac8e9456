/** What every part of the benchmark shares: where it works, its time limits, its log. */
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const CACHE = join(ROOT, ".cache", "bench");
/** A bare step (or an app step) unfinished after this long counts as this long. */
export const CAP_MS = 60_000;
/** A step has finished when the DOM has been quiet this long after its last change. */
export const QUIET_MS = 400;
export const SEARCH_TERM = "fisheries";

export const log = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};
