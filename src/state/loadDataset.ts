/**
 * Fetching the dataset: the network part of the boundary. The check itself (checkDataset.ts) runs
 * in a worker while the main thread parses the same text and prepares its search texts, so a large
 * dataset does not freeze the page for the seconds its validation takes, and the two halves of the
 * work share the machine's cores. What the main thread parsed is used only once the check has
 * passed. Without workers (or if the worker cannot start) the check runs here instead.
 */
import type { Dataset } from "../model/dataset.ts";
import { upgradeDataset } from "../model/datasetUpgrade.ts";
import { searchTexts } from "../model/filter.ts";
import type { DatasetCheck, DatasetFailure } from "../model/readDataset.ts";

/** Why a load failed: the reader's reasons, plus "http" (say, a 404) and "network". */
export type LoadFailure = DatasetFailure | "http" | "network";

export type LoadResult =
  | { ok: true; dataset: Dataset; searchTexts: readonly string[] }
  | { ok: false; kind: LoadFailure; url: string; summary: string; problems: string[] };

/** How far a load has got: bytes received (of `total`, when the server said), then the check. */
export type LoadProgress =
  { phase: "download"; received: number; total: number | null } | { phase: "check" };

/**
 * Checks a dataset: its bytes (UTF-8 JSON), which it may take over (the caller must not read them
 * afterwards), and the same bytes decoded; `stop` releases it unused. The default is
 * datasetChecker: a small dataset is checked here, a large one in a worker.
 */
export type DatasetChecker = {
  check: (bytes: Uint8Array, text: string) => Promise<DatasetCheck>;
  stop: () => void;
};

/** Where the dataset lives: beside the page, so the app works from any sub-path. */
export function datasetUrl(baseURI: string): URL {
  return new URL("data/timeline.json", baseURI);
}

/** The check on this thread: checkDataset.ts (and zod with it) loads only when needed. */
export async function checkHere(text: string): Promise<DatasetCheck> {
  const { checkDatasetText } = await import("./checkDataset.ts");
  return checkDatasetText(text);
}

/**
 * Up to this size the check runs on this thread: it takes a few tens of milliseconds there, less
 * than a worker takes to start, and the page has nothing to show until it is done anyway.
 */
export const CHECK_HERE_BYTES = 2 * 1024 * 1024;

/**
 * The default checker for a dataset of `size` bytes (null: not announced). A large one, or one of
 * unknown size, goes to a worker started now, ready when the bytes are; one that is, or turns out
 * to be, small is checked here (checkHere), as it is when there is no worker or it fails.
 */
export function datasetChecker(size: number | null): DatasetChecker {
  let worker: Worker | null = null;
  if (size !== null && size <= CHECK_HERE_BYTES) {
    // The check's code is fetched while the dataset downloads.
    void import("./checkDataset.ts").catch(() => undefined);
  } else {
    try {
      if (typeof Worker !== "undefined") {
        worker = new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
      }
    } catch {
      worker = null;
    }
  }
  // The worker may fail to start (its script refused, say) before there is anything to check:
  // listen from the start, and remember.
  let failed = false;
  let settle: ((answer: DatasetCheck | "fall back") => void) | null = null;
  worker?.addEventListener("message", (event: MessageEvent<DatasetCheck | { broken: string }>) => {
    settle?.("broken" in event.data ? "fall back" : event.data);
  });
  worker?.addEventListener("error", (event) => {
    event.preventDefault();
    failed = true;
    settle?.("fall back");
  });
  const stop = () => worker?.terminate();
  const check = (bytes: Uint8Array, text: string): Promise<DatasetCheck> => {
    const running = worker;
    if (!running || failed || bytes.byteLength <= CHECK_HERE_BYTES) {
      stop();
      return checkHere(text);
    }
    return new Promise<DatasetCheck | "fall back">((resolve) => {
      settle = resolve;
      // Handed over, not copied: the bytes are the worker's from now on. (A view of part of a
      // buffer is copied out first, as a whole buffer is what moves.)
      const whole =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
          ? bytes
          : bytes.slice();
      running.postMessage(whole, [whole.buffer]);
    }).then((answer) => {
      running.terminate();
      // No verdict from the worker: the bytes went with it, but the text is still here.
      return answer === "fall back" ? checkHere(text) : answer;
    });
  };
  return { check, stop };
}

/** The body's size in bytes, when the response says it. */
function announcedSize(response: Response): number | null {
  const length = Number(response.headers.get("Content-Length"));
  // A compressed response's Content-Length counts compressed bytes: no total then.
  return Number.isFinite(length) && length > 0 && !response.headers.get("Content-Encoding")
    ? length
    : null;
}

/** Reads a response's body of `total` bytes (if known), reporting the bytes as they arrive. */
async function readBytes(
  response: Response,
  total: number | null,
  onProgress: (progress: LoadProgress) => void,
): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  // With a known length the chunks go straight into one buffer: a 150 MB dataset is held once.
  let bytes = new Uint8Array(total ?? 1 << 20);
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (received + value.byteLength > bytes.byteLength) {
      const grown = new Uint8Array(Math.max(bytes.byteLength * 2, received + value.byteLength));
      grown.set(bytes.subarray(0, received));
      bytes = grown;
    }
    bytes.set(value, received);
    received += value.byteLength;
    onProgress({ phase: "download", received, total });
  }
  return bytes.subarray(0, received);
}

type LoadOptions = {
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** Makes the dataset checker, given the announced size; the default is datasetChecker. */
  checker?: (size: number | null) => DatasetChecker;
  onProgress?: (progress: LoadProgress) => void;
};

/** Fetches, parses and checks the dataset; never throws. */
export async function loadDataset(url: URL, options: LoadOptions = {}): Promise<LoadResult> {
  let checker = null as DatasetChecker | null;
  const result = await fetchAndRead(url, options, (size) => {
    checker = (options.checker ?? datasetChecker)(size);
    return checker;
  });
  if (!result.ok) checker?.stop();
  return result;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function fetchAndRead(
  url: URL,
  options: LoadOptions,
  startChecker: (size: number | null) => DatasetChecker,
): Promise<LoadResult> {
  const { fetch: fetchImpl = fetch, signal, onProgress = () => {} } = options;
  const where = url.href;
  const fail = (kind: LoadFailure, summary: string, problems: string[]): LoadResult => ({
    ok: false,
    kind,
    url: where,
    summary,
    problems,
  });
  let response: Response;
  try {
    response = await fetchImpl(url, signal ? { signal } : {});
  } catch (error) {
    return fail("network", "The dataset could not be fetched.", [messageOf(error)]);
  }
  if (!response.ok) {
    return fail(
      "http",
      response.status === 404
        ? "The dataset file was not found (HTTP 404)."
        : `The server answered HTTP ${response.status} for the dataset.`,
      [`GET ${where} → ${response.status} ${response.statusText}`.trim()],
    );
  }
  // Started as the download begins: a worker is ready by the time a large dataset has arrived.
  const size = announcedSize(response);
  const checker = startChecker(size);
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(response, size, onProgress);
  } catch (error) {
    return fail("network", "The dataset download was interrupted.", [messageOf(error)]);
  }
  onProgress({ phase: "check" });
  const text = new TextDecoder().decode(bytes);
  // The bytes go to the checker (a worker takes them over, uncopied); the page parses the text.
  const checking = checker.check(bytes, text);
  let json: unknown;
  let texts: string[] | undefined;
  try {
    // An older dataset in today's shape, as the check (readDataset) upgrades it before judging it.
    json = upgradeDataset(JSON.parse(text));
    // Unchecked yet, so this may throw on a bad dataset; the check will then say what is wrong.
    texts = searchTexts(json as Dataset);
  } catch {
    texts = undefined;
  }
  let verdict: DatasetCheck;
  try {
    verdict = await checking;
  } catch (error) {
    // The check's code could not be loaded (a deploy in progress, a dropped connection).
    return fail("network", "Part of the app could not be loaded to check the dataset.", [
      messageOf(error),
    ]);
  }
  if (!verdict.ok) return { ...verdict, url: where };
  if (json === undefined || texts === undefined) {
    // The check parsed these same bytes and found them good, so this cannot happen; if it does,
    // say so rather than show something unchecked.
    return fail("json", "The dataset file could not be read.", [
      "the page could not read the text its check accepted",
    ]);
  }
  return { ok: true, dataset: json as Dataset, searchTexts: texts };
}
