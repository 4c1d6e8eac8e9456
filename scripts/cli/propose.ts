/**
 * `npm run propose -- ARTICLE.txt [--corpus DIR] [--out FILE] [--force]`: drafts the article's
 * annotation (default `<corpus>/annotations/<id>.yaml`) for an editor to check and finish
 * (docs/proposing.md). Exit code 1 with one line on stderr, and nothing written, on bad input.
 */
import { runPropose } from "../propose/proposeFile.ts";

try {
  process.exitCode = await runPropose(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
} catch (error) {
  process.stderr.write(`propose: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
