/**
 * One pool of worker threads for the scripts that split their work into batches: the dataset
 * build (scripts/data/), the link-preview cards (scripts/vite/cards/) and the proposer at scale
 * (scripts/propose/). The caller names a worker module and hands over the batches; each worker
 * answers every batch it is sent (serveBatches), a batch at a time, and the results come back in
 * batch order whatever the threads' timing, so the callers' output stays deterministic.
 *
 * Workers run TypeScript through tsx's loader, registered by a one-line ES module shim, so a
 * worker module is as much TypeScript as its caller, under `npm run` and under Vite alike.
 */
import { availableParallelism } from "node:os";
import { parentPort, Worker } from "node:worker_threads";

/** What a worker sends back for a batch. */
type Reply<R> = { ok: true; result: R } | { ok: false; error: string };

/** Options of runInWorkers. */
export type PoolOptions<R> = {
  /** How many worker threads to start (never more than there are batches). */
  threads: number;
  /** Called with each batch's result as it arrives (in arrival order), say for progress. */
  onResult?: (result: R, index: number) => void;
};

/**
 * The threads a pool gets on this machine: one per core, at least `min` (two makes the threaded
 * path behave the same on every machine), at most four (beyond that, reading files and joining
 * results on the main thread cost more than the extra threads save).
 */
export function poolThreads(min = 1): number {
  return Math.min(Math.max(availableParallelism(), min), 4);
}

/**
 * `items` in batches for `threads` threads: about four batches per thread, so a slow batch does
 * not leave the others idle, each of at most `maxSize` items (at least one).
 */
export function batchesFor<T>(items: readonly T[], threads: number, maxSize: number): T[][] {
  return batchesOf(items, Math.max(1, Math.min(maxSize, Math.ceil(items.length / (threads * 4)))));
}

/** `items` cut into batches of `size` (the last may be shorter). */
export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/**
 * Runs every one of `batches` on worker threads running `entry` (a module that calls
 * serveBatches). Resolves with the results in batch order; rejects with the first error a batch
 * reports, or when a worker fails or stops before its work is done, and then stops every worker.
 */
export async function runInWorkers<R>(
  entry: URL,
  batches: readonly unknown[],
  options: PoolOptions<R>,
): Promise<R[]> {
  const results = new Array<R>(batches.length);
  const shim = `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};\nregister();\nawait import(${JSON.stringify(entry.href)});\n`;
  const workers = new Set<Worker>();
  let next = 0;
  let failed = false;
  const stopAll = (): void => {
    failed = true;
    for (const worker of workers) void worker.terminate();
  };
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(shim)}`));
      workers.add(worker);
      let current = -1;
      let finished = false;
      const fail = (error: Error): void => {
        if (finished) return;
        finished = true;
        stopAll();
        reject(error);
      };
      const send = (): void => {
        current = next++;
        if (failed || current >= batches.length) {
          finished = true;
          void worker.terminate().then(() => {
            resolve();
          });
          return;
        }
        worker.postMessage(batches[current]);
      };
      worker.on("message", (reply: Reply<R>) => {
        if (!reply.ok) {
          fail(new Error(reply.error));
          return;
        }
        results[current] = reply.result;
        options.onResult?.(reply.result, current);
        send();
      });
      worker.on("error", fail);
      worker.on("exit", (code) => {
        fail(new Error(`a worker thread of ${entry.href} stopped (exit code ${String(code)})`));
      });
      send();
    });
  await Promise.all(
    Array.from({ length: Math.min(Math.max(options.threads, 1), batches.length) }, runWorker),
  );
  return results;
}

/**
 * The worker's side of runInWorkers: answers each batch with `work(batch)`, or with the error it
 * threw. Call it once, at the top of the worker module. (`work` may take any batch type: it gets
 * what the runInWorkers call that names this module sends.)
 */
export function serveBatches(work: (batch: never) => Promise<unknown>): void {
  const port = parentPort;
  if (!port) throw new Error("serveBatches runs in a worker thread started by runInWorkers");
  port.on("message", (batch: unknown) => {
    work(batch as never).then(
      (result) => {
        port.postMessage({ ok: true, result } satisfies Reply<unknown>);
      },
      (error: unknown) => {
        port.postMessage({ ok: false, error: String(error) } satisfies Reply<unknown>);
      },
    );
  });
}
