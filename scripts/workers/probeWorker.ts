/**
 * A worker for runInWorkers.test.ts: squares each number of a batch, after waiting as many
 * milliseconds as the batch's first number (so batches finish out of order); fails a batch that
 * holds a negative number, and stops the thread on one that holds 13.
 */
import { serveBatches } from "./runInWorkers.ts";

serveBatches(async (batch: number[]) => {
  await new Promise((done) => setTimeout(done, batch[0] ?? 0));
  if (batch.some((n) => n < 0)) throw new Error(`negative: ${batch.join(",")}`);
  if (batch.includes(13)) process.exit(3);
  return batch.map((n) => n * n);
});
