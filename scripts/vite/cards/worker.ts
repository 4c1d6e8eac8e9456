/**
 * A worker thread of the card build (see drawOnWorkers in cards.ts): receives batches of cards to
 * draw, writes each PNG into the cache and replies with their sizes, or with the first error.
 */
import { serveBatches } from "../../workers/runInWorkers.ts";
import type { CardJob } from "./cards.ts";
import { drawCardJobs } from "./cards.ts";
import { readCardFonts } from "./fonts.ts";

const { fonts } = readCardFonts();

serveBatches((jobs: CardJob[]) => drawCardJobs(jobs, fonts));
