/**
 * Fetching the dataset: the network part of the boundary. readDatasetText does the checking; this
 * adds what can fail before there is text (no file, a server error, no connection).
 */
import type { Dataset } from "../model/dataset.ts";
import type { DatasetFailure } from "../model/readDataset.ts";
import { readDatasetText } from "../model/readDataset.ts";

/** Why a load failed: the reader's reasons, plus "http" (say, a 404) and "network". */
export type LoadFailure = DatasetFailure | "http" | "network";

export type LoadResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; kind: LoadFailure; url: string; summary: string; problems: string[] };

/** Where the dataset lives: beside the page, so the app works from any sub-path. */
export function datasetUrl(baseURI: string): URL {
  return new URL("data/timeline.json", baseURI);
}

/** Fetches and reads the dataset; never throws. */
export async function loadDataset(
  url: URL,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<LoadResult> {
  const where = url.href;
  let response: Response;
  try {
    response = await fetchImpl(url, signal ? { signal } : {});
  } catch (error) {
    return {
      ok: false,
      kind: "network",
      url: where,
      summary: "The dataset could not be fetched.",
      problems: [error instanceof Error ? error.message : String(error)],
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      kind: "http",
      url: where,
      summary:
        response.status === 404
          ? "The dataset file was not found (HTTP 404)."
          : `The server answered HTTP ${response.status} for the dataset.`,
      problems: [`GET ${where} → ${response.status} ${response.statusText}`.trim()],
    };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return {
      ok: false,
      kind: "network",
      url: where,
      summary: "The dataset download was interrupted.",
      problems: [error instanceof Error ? error.message : String(error)],
    };
  }
  const result = readDatasetText(text);
  return result.ok ? result : { ...result, url: where };
}
