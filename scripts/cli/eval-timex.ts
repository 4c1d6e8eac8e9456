/**
 * `npm run eval:timex -- DIR [--out FILE.jsonl] [--errors]`: the temporal tagger measured on a
 * folder of TimeML documents (TempEval-3 task A). See docs/timex.md.
 */
import { evalTimex, parseEvalArgs } from "../timeml/evalTimex.ts";

try {
  process.stdout.write(await evalTimex(parseEvalArgs(process.argv.slice(2))));
} catch (error) {
  process.stderr.write(`eval:timex: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
