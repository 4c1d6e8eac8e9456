import { describe, expect, it } from "vitest";
import { batchesFor, batchesOf, runInWorkers } from "./runInWorkers.ts";

const probe = new URL("./probeWorker.ts", import.meta.url);

describe("batchesOf(items, size) and batchesFor(items, threads, maxSize)", () => {
  it("cuts items in order, the last batch shorter", () => {
    expect(batchesOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batchesOf([], 3)).toEqual([]);
  });

  it("makes about four batches a thread, none over maxSize, none empty", () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    expect(batchesFor(items, 2, 50).map((b) => b.length)).toEqual([13, 13, 13, 13, 13, 13, 13, 9]);
    expect(batchesFor(items, 2, 5).every((b) => b.length === 5)).toBe(true);
    expect(batchesFor([1], 4, 10)).toEqual([[1]]);
  });
});

describe("runInWorkers(entry, batches, options)", () => {
  it("gives each batch's result in batch order, whatever order they finish in", async () => {
    // The first batches wait longest, so the later ones finish first on the other thread.
    const batches = [[60, 2], [40, 3], [0, 4], [0, 5], [1]];
    const arrived: number[] = [];
    const results = await runInWorkers<number[]>(probe, batches, {
      threads: 2,
      onResult: (_result, index) => arrived.push(index),
    });
    expect(results).toEqual([[3600, 4], [1600, 9], [0, 16], [0, 25], [1]]);
    expect([...arrived].sort()).toEqual([0, 1, 2, 3, 4]);
  }, 30_000);

  it("rejects with the error a batch reports", async () => {
    await expect(
      runInWorkers<number[]>(probe, [[1], [2, -1], [3]], { threads: 2 }),
    ).rejects.toThrow("negative: 2,-1");
  }, 30_000);

  it("rejects when a worker stops before its work is done", async () => {
    await expect(runInWorkers<number[]>(probe, [[13]], { threads: 1 })).rejects.toThrow(
      /stopped \(exit code 3\)/,
    );
  }, 30_000);
});
