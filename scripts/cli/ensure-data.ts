/**
 * Run by `npm start` and `npm run build`: rebuilds the dataset only when it is missing or stale
 * (its corpusDigest no longer matches corpus/), the same way as `npm run data`.
 */
import { ensureData, parseArgs } from "../data/buildData.ts";

try {
  const { corpus, out } = parseArgs(process.argv.slice(2));
  process.exitCode = await ensureData(corpus, out);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
