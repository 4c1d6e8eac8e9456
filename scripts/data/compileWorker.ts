/**
 * A worker thread of `npm run data` on a large corpus: receives batches of articles to read, hash
 * and compile (see compileAll in buildData.ts) and replies with the compiled units.
 */
import { serveBatches } from "../workers/runInWorkers.ts";
import type { CompileBatch } from "./buildData.ts";
import { compileJobs } from "./buildData.ts";

serveBatches((batch: CompileBatch) => compileJobs(batch.corpus, batch.jobs, batch.cache));
