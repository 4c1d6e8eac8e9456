/** A worker thread of `npm run bench:propose`: proposes a batch of articles (proposeMany.ts). */
import { serveBatches } from "../workers/runInWorkers.ts";
import type { ProposeBatch } from "./proposeMany.ts";
import { proposeBatch } from "./proposeMany.ts";

serveBatches((batch: ProposeBatch) => proposeBatch(batch.corpus, batch.names, batch.outDir));
