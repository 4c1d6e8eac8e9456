import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { contentSecurityPolicy } from "./scripts/vite/contentSecurityPolicy.ts";
import { datasetValidator } from "./scripts/vite/datasetValidator.ts";

/** Where `npm run curate` builds the explorer and the workspace (never `npm run build`'s dist). */
export const CURATE_APP_DIR =
  process.env["DATELINE_CURATE_APP"] ?? "node_modules/.cache/dateline-curate-app";

// The curator's build: the explorer and the workspace (curate/index.html) side by side, under the
// same Content-Security-Policy. Only `npm run curate` builds it; `npm run build` never sees curate/.
export default defineConfig({
  base: "./",
  plugins: [react(), contentSecurityPolicy(), datasetValidator()],
  build: {
    target: "es2022",
    sourcemap: true,
    outDir: CURATE_APP_DIR,
    emptyOutDir: true,
    rolldownOptions: { input: { explorer: "index.html", curate: "curate/index.html" } },
  },
  worker: { format: "es", plugins: () => [datasetValidator()] },
});
