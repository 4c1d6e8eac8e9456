/**
 * `npm run data [-- --corpus DIR --out FILE]`: builds the dataset (default corpus/ →
 * public/data/timeline.json, plus timeline.schema.json beside it). Exit code 1 with every problem
 * on stderr, and nothing written, when the corpus has problems.
 */
import { buildData, parseArgs } from "../data/buildData.ts";

try {
  const { corpus, out } = parseArgs(process.argv.slice(2));
  process.exitCode = await buildData(corpus, out);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
