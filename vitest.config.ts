import { defineConfig } from "vitest/config";
import { datasetValidator } from "./scripts/vite/datasetValidator.ts";

export default defineConfig({
  plugins: [datasetValidator()],
  test: {
    // Explicit, so Vitest never picks up the Playwright specs in e2e/.
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "*.test.ts"],
    environment: "node",
    // A few tests spawn the CLIs through tsx, whose start-up alone can take seconds on a busy machine.
    testTimeout: 30_000,
  },
});
