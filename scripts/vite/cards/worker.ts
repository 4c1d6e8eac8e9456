/**
 * A worker thread of the card build (see drawCards in cards.ts): receives batches of cards to draw,
 * writes each PNG into the cache and replies with their sizes, or with the first error.
 */
import { parentPort } from "node:worker_threads";
import type { CardJob, CardJobResult } from "./cards.ts";
import { drawCardJobs } from "./cards.ts";
import { readCardFonts } from "./fonts.ts";

const { fonts } = readCardFonts();

parentPort?.on("message", (jobs: CardJob[]) => {
  drawCardJobs(jobs, fonts).then(
    (results: CardJobResult[]) => parentPort?.postMessage({ ok: true, results }),
    (error: unknown) => parentPort?.postMessage({ ok: false, error: String(error) }),
  );
});
