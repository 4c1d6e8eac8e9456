/**
 * `npm run bench:propose -- [--corpus DIR] [--threads N] [--limit N] [--out DIR]`: proposes a draft
 * for every article of a corpus (default: the 10,000-article generated corpus of
 * `npm run gen:corpus -- --articles 10000`) in dateline order, each matched against the drafts
 * before it, and prints the time taken and the CPU time, with the load average, since figures on
 * a shared machine mean little without it. Writes drafts only with --out.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { defaultCorpusDir } from "../genCorpus/writeCorpus.ts";
import { proposeMany } from "../propose/proposeMany.ts";

const { values } = parseArgs({
  options: {
    corpus: { type: "string" },
    threads: { type: "string" },
    limit: { type: "string" },
    out: { type: "string" },
  },
});
const corpus = values.corpus ?? defaultCorpusDir(10000, 1);
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
const before = load();
const started = performance.now();
const cpuBefore = process.cpuUsage();
try {
  const result = await proposeMany(corpus, {
    ...(values.threads === undefined ? {} : { threads: Number(values.threads) }),
    ...(values.limit === undefined ? {} : { limit: Number(values.limit) }),
    ...(values.out === undefined ? {} : { outDir: values.out }),
  });
  const seconds = (performance.now() - started) / 1000;
  // CPU time of every thread of the process: what the work costs, whatever the machine's load.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `proposed ${result.articles} articles (${result.events} events, ${result.reports} reports on earlier articles' events) from ${corpus} in ${seconds.toFixed(1)} s ` +
      `on ${result.threads} thread${result.threads === 1 ? "" : "s"} (${((seconds * 1000) / Math.max(result.articles, 1)).toFixed(1)} ms an article); ` +
      `${cpuSeconds.toFixed(1)} s of CPU time; load average ${before} before, ${load()} after`,
  );
  for (const f of result.failed.slice(0, 10)) console.error(`${f.file}: ${f.error}`);
  process.exitCode = result.failed.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`bench:propose: ${(error as Error).message}`);
  process.exitCode = 1;
}
