/**
 * A worker thread of `npm run bench:propose` (proposeMany.ts): drafts a batch of articles alone,
 * or writes a batch of matched drafts as YAML.
 */
import { parentPort } from "node:worker_threads";
import type { Draft } from "../../src/propose/index.ts";
import { draftBatch, writeBatch } from "./proposeMany.ts";

type Task =
  | { kind: "draft"; corpus: string; names: string[]; batch: number }
  | { kind: "write"; drafts: Draft[]; outDir?: string };

parentPort?.on("message", (task: Task) => {
  const work =
    task.kind === "draft"
      ? draftBatch(task.corpus, task.names).then((drafted) => ({
          ok: true,
          kind: "drafted",
          batch: task.batch,
          drafted,
        }))
      : writeBatch(task.drafts, task.outDir).then((counts) => ({
          ok: true,
          kind: "written",
          ...counts,
        }));
  work.then(
    (reply) => parentPort?.postMessage(reply),
    (error: unknown) => parentPort?.postMessage({ ok: false, error: String(error) }),
  );
});
