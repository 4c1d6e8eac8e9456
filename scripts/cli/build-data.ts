/**
 * `npm run data [-- --corpus DIR --out FILE --index|--single-file]`: builds the dataset (default
 * corpus/ → public/data/timeline.json, and the JSON Schemas beside it): the index of the
 * index-first layout, its shards in data/shards/, or with --single-file the whole dataset in that
 * one file. An existing dataset is rebuilt in its own layout by `npm start`/`npm run build`. Exit code 1 with every problem on stderr, and nothing written, when the corpus
 * has problems.
 */
import { buildData, parseArgs, unitCacheRef } from "../data/buildData.ts";

try {
  const { corpus, out, singleFile } = parseArgs(process.argv.slice(2));
  process.exitCode = await buildData(corpus, out, undefined, { singleFile, cache: unitCacheRef() });
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
