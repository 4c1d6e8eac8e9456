/**
 * `npm run eval:stories -- GOLD_DIR [--out DIR] [--misses]`: drafts a story set's articles into a
 * fresh corpus in dateline order, builds it, and prints the stories scorer's table and last line.
 * See docs/proposing.md.
 */
import { evalStories, parseEvalStoriesArgs } from "../propose/evalStories.ts";

try {
  process.stdout.write(
    await evalStories(parseEvalStoriesArgs(process.argv.slice(2)), {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
    }),
  );
} catch (error) {
  process.stderr.write(`eval:stories: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
