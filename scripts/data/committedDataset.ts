/**
 * The committed dataset (public/data/timeline.json and the shards it names) read whole, checked as
 * the app checks it: for the tests and tools that work on the real corpus's dataset.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Dataset } from "../../src/model/dataset.ts";
import { isIndex, readWholeArchiveSync } from "../../src/model/readArchive.ts";

/** Where `npm run data` writes the real corpus's dataset. */
export const COMMITTED_DATASET = fileURLToPath(
  new URL("../../public/data/timeline.json", import.meta.url),
);

/**
 * The dataset at `file` whole: an index joined with its shards (each checked), or a whole file as
 * it is. Throws one readable message when a part does not check.
 */
export function readDatasetFiles(file: string = COMMITTED_DATASET): Dataset {
  const json: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!isIndex(json)) return json as Dataset;
  const result = readWholeArchiveSync(
    json,
    (shard) => new Uint8Array(readFileSync(path.join(path.dirname(file), shard))),
    (bytes) => createHash("sha256").update(bytes).digest("hex"),
  );
  if (!result.ok) throw new Error(`${file}: ${result.summary}\n${result.problems.join("\n")}`);
  return result.value;
}
