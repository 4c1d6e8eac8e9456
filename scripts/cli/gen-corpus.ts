/**
 * Writes a deterministic synthetic corpus for scale tests:
 *
 *   npm run gen:corpus -- --articles 1000 --seed 1 [--out DIR]
 *
 * DIR defaults to .cache/corpora/<articles>-<seed>/ (git-ignored). The same arguments always give
 * byte-identical files (scripts/genCorpus/); this CLI does only arguments, progress on stderr and
 * exit codes.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultCorpusDir, writeCorpus } from "../genCorpus/writeCorpus.ts";

function main(): void {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "100" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1) {
    console.error(`gen-corpus: --articles ${values.articles} must be a positive integer`);
    process.exit(2);
  }
  if (!Number.isInteger(seed)) {
    console.error(`gen-corpus: --seed ${values.seed} must be an integer`);
    process.exit(2);
  }
  const out = resolve(values.out ?? defaultCorpusDir(articles, seed));
  const started = performance.now();
  try {
    const files = writeCorpus(articles, seed, out, (done) => {
      process.stderr.write(`gen-corpus: ${done}/${articles} articles\n`);
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(
      `gen-corpus: wrote ${files} files for ${articles} articles to ${out} in ${seconds} s`,
    );
  } catch (error) {
    console.error(`gen-corpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

main();
