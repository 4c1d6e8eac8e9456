/**
 * A Vite plugin that compiles the dataset contract's JSON Schema (datasetJsonSchema, itself made
 * from the zod schema in src/model/dataset.ts) into a plain validation function with Ajv's
 * standalone code generator, served as the module `virtual:dataset-schema-validator`.
 *
 * Why: zod checks 100,000 events in about a second; the compiled function takes a quarter of that,
 * and being generated ahead of time it needs no eval, so it runs under the app's strict CSP. It is
 * derived from the one contract on every build, so it cannot drift from it. The app's check
 * (src/state/checkDataset.ts) hands it to the model's reader (src/model/readDataset.ts) as its
 * quick shape check, which still asks zod whenever it says no, for zod's readable messages. The
 * share pages (sharePages.ts) run the same reader on Node with the same schema compiled in place
 * (compiledDatasetCheck).
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import standalone from "ajv/dist/standalone/index.js";
import type { Plugin } from "vite";
import { datasetJsonSchema } from "../../src/model/dataset.ts";

const VALIDATOR_MODULE = "virtual:dataset-schema-validator";
const RESOLVED = `\0${VALIDATOR_MODULE}`;

/** Ajv as the app's check uses it, with the contract's schema compiled. */
function compileContract() {
  // unicode: false counts string lengths in UTF-16 code units, as zod does (and so needs no
  // runtime helper); the contract's only length rule is minLength 1, where the two agree anyway.
  const ajv = new Ajv2020({
    code: { source: true, esm: true, optimize: true },
    strict: true,
    unicode: false,
    // Only the verdict is used (zod words the problems), so the code carries no messages.
    messages: false,
    // Ajv 8 warns that `unicode` is deprecated, on every build; it still works, and without it
    // the standalone code would `require` a helper, which an ES module worker cannot.
    logger: false,
  });
  return { ajv, validate: ajv.compile(datasetJsonSchema()) };
}

/** The ES module source of the compiled validator: `export default function (data): boolean`. */
function datasetValidatorSource(): string {
  const { ajv, validate } = compileContract();
  // The standalone module is CommonJS with an ESM-interop default.
  const standaloneCode =
    (standalone as unknown as { default?: typeof standalone }).default ?? standalone;
  return standaloneCode(ajv, validate);
}

/**
 * The same check as the app's, compiled in this process (Node, where `new Function` is allowed):
 * for the build's own reading of the dataset, which is no module graph a virtual module reaches.
 */
export function compiledDatasetCheck(): (data: unknown) => boolean {
  const { validate } = compileContract();
  return (data) => validate(data);
}

export function datasetValidator(): Plugin {
  return {
    name: "dateline-dataset-validator",
    resolveId(id) {
      return id === VALIDATOR_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      return id === RESOLVED ? datasetValidatorSource() : undefined;
    },
  };
}
