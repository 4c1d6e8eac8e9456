/**
 * The dataset as written to disk: deterministic (stable order, no timestamps), one record a line.
 */
import type { Dataset } from "../model/dataset.ts";

/**
 * The dataset as written to disk, in pieces: the top level laid out with 2-space indents, and each
 * source, actor, place and event as compact JSON on a line of its own. A diff then shows one line
 * per changed record, and a 100,000-event dataset carries no indentation: pretty-printed, a
 * quarter of its bytes were spaces, which every reader downloaded and parsed. Writing the pieces
 * keeps such a dataset from ever being one string in memory.
 */
export function* serializeDatasetChunks(dataset: Dataset): Generator<string> {
  const entries = Object.entries(dataset);
  yield "{";
  for (const [i, [key, value]] of entries.entries()) {
    const comma = i < entries.length - 1 ? "," : "";
    if (Array.isArray(value) && value.length > 0) {
      yield `\n  ${JSON.stringify(key)}: [`;
      for (const [j, item] of value.entries()) {
        yield `\n    ${JSON.stringify(item)}${j < value.length - 1 ? "," : ""}`;
      }
      yield `\n  ]${comma}`;
    } else {
      yield `\n  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`;
    }
  }
  yield "\n}\n";
}

/** The dataset as written to disk (see serializeDatasetChunks), with a trailing newline. */
export function serializeDataset(dataset: Dataset): string {
  return [...serializeDatasetChunks(dataset)].join("");
}

/** Event order: by (earliest ?? latest, latest ?? earliest, id); the model defines it. */
export { compareEvents } from "../model/datasetOrder.ts";
