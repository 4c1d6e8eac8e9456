/**
 * The app's dataset check: the model's reader (src/model/readDataset.ts) with the contract's JSON
 * Schema, compiled at build time into a plain function (scripts/vite/datasetValidator.ts), as its
 * quick shape check: a quarter of zod's time on a large dataset, and no `eval`, so it runs under
 * the app's CSP. This is the one module of the app that imports the build's virtual module, so
 * the model stays free of build tools. Loaded lazily on the page and by the worker, as the check
 * always was (loadDataset.ts).
 */
import validateSchema from "virtual:dataset-schema-validator";
import type { DatasetCheck } from "../model/readDataset.ts";
import { checkDatasetText as checkWith } from "../model/readDataset.ts";

/** checkDatasetText of the model, with the compiled check as its quick shape check. */
export function checkDatasetText(text: string): Promise<DatasetCheck> {
  return checkWith(text, validateSchema);
}
