import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { CORPUS_ENV, corpusSite } from "./scripts/data/corpusSite.ts";
import { contentSecurityPolicy } from "./scripts/vite/contentSecurityPolicy.ts";
import { datasetValidator } from "./scripts/vite/datasetValidator.ts";
import { precompress } from "./scripts/vite/precompress.ts";
import { sharePages } from "./scripts/vite/sharePages.ts";

// A relative base lets the built app be served from any sub-path of any static host.
export default defineConfig({
  base: "./",
  // The corpus's public folder: public/ for corpus/, another for DATELINE_CORPUS (npm start and
  // npm run build set it from --corpus; see scripts/data/corpusSite.ts).
  publicDir: corpusSite(process.env[CORPUS_ENV]).publicDir,
  // precompress() writes .br and .gz beside the large files, once sharePages() has written its own.
  plugins: [react(), contentSecurityPolicy(), sharePages(), datasetValidator(), precompress()],
  // DATELINE_DIST lets two builds (say, two e2e runs) live side by side.
  build: { target: "es2022", sourcemap: true, outDir: process.env["DATELINE_DIST"] ?? "dist" },
  server: { host: "127.0.0.1" },
  // The dataset check's worker (src/state/datasetWorker.ts) is an ES module, like the app.
  worker: { format: "es", plugins: () => [datasetValidator()] },
});
