/**
 * Serves a built site like any static host (see scripts/http/staticServer.ts), under a URL prefix:
 *
 *   tsx scripts/cli/serve.ts --dir dist --base /dateline/ --port 4173
 */
import { parseArgs } from "node:util";
import { serveStatic } from "../http/staticServer.ts";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: "dist" },
    base: { type: "string", default: "/" },
    port: { type: "string", default: "4173" },
  },
});
const { url } = await serveStatic(values.dir, { base: values.base, port: Number(values.port) });
console.log(`Serving ${values.dir} at ${url}`);
