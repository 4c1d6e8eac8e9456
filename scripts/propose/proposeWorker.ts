/** A worker thread of `npm run bench:propose`: proposes a batch of articles (proposeMany.ts). */
import { parentPort } from "node:worker_threads";
import { proposeBatch } from "./proposeMany.ts";

parentPort?.on("message", (message: { corpus: string; names: string[]; outDir?: string }) => {
  proposeBatch(message.corpus, message.names, message.outDir).then(
    (result) => parentPort?.postMessage({ ok: true, ...result }),
    (error: unknown) => parentPort?.postMessage({ ok: false, error: String(error) }),
  );
});
