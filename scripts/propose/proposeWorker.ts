/**
 * A worker thread of `npm run bench:propose` (proposeMany.ts): drafts a batch of articles alone,
 * or writes a batch of matched drafts as YAML.
 */
import { serveBatches } from "../workers/runInWorkers.ts";
import type { ProposeTask } from "./proposeMany.ts";
import { draftBatch, writeBatch } from "./proposeMany.ts";

serveBatches((task: ProposeTask) =>
  task.kind === "draft"
    ? draftBatch(task.corpus, task.names)
    : writeBatch(task.drafts, task.outDir),
);
