/**
 * `npm run curate [-- --corpus DIR] [--out FILE] [--port N] [--app DIR]`: builds the explorer and
 * the curator's workspace, then serves them on 127.0.0.1 with the endpoints that write into the
 * corpus (scripts/curate/server.ts). `--app DIR` serves a build made before (the e2e suite).
 */
import { parseArgs } from "node:util";
import { build } from "vite";
import { ensureData } from "../data/buildData.ts";
import { startCurateServer } from "../curate/server.ts";
import { CURATE_APP_DIR } from "../../vite.curate.config.ts";

const usage =
  "usage: npm run curate [-- --corpus DIR] [--out FILE] [--port N] [--app DIR] [--build-only]";

try {
  const { values } = parseArgs({
    options: {
      corpus: { type: "string", default: "corpus" },
      out: { type: "string", default: "public/data/timeline.json" },
      port: { type: "string", default: "5174" },
      app: { type: "string" },
      "build-only": { type: "boolean", default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${usage}  (bad --port)`);
  let app = values.app;
  if (app === undefined) {
    console.log("building the explorer and the workspace…");
    await build({ configFile: "vite.curate.config.ts", logLevel: "warn" });
    app = CURATE_APP_DIR;
  }
  if (values["build-only"]) {
    console.log(`built into ${app}`);
  } else {
    // The explorer beside the workspace shows this corpus's dataset.
    // One whole file, as the curate server serves it (and rebuilds it).
    if ((await ensureData(values.corpus, values.out, undefined, { singleFile: true })) !== 0) {
      console.error(
        "the dataset did not build: the explorer shows the last one until you fix and rebuild",
      );
    }
    const server = await startCurateServer({ corpus: values.corpus, out: values.out, app, port });
    console.log(`Curate ${values.corpus} at ${server.url} (loopback only; Ctrl-C stops it)`);
    const stop = (): void => {
      void server.close().then(() => process.exit(0));
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  }
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
