/**
 * A worker thread of `npm run data` on a large corpus: receives batches of articles to read, hash
 * and compile (see compileAll in buildData.ts) and replies with the compiled units.
 */
import { parentPort } from "node:worker_threads";
import type { CompileJob } from "./buildData.ts";
import { compileJobs } from "./buildData.ts";

parentPort?.on("message", (message: { corpus: string; jobs: CompileJob[] }) => {
  compileJobs(message.corpus, message.jobs).then(
    (result) => parentPort?.postMessage({ ok: true, ...result }),
    (error: unknown) => parentPort?.postMessage({ ok: false, error: String(error) }),
  );
});
