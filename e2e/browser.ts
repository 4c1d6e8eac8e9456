import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** Where Chromium is looked for, in order, after the DATELINE_CHROMIUM environment variable. */
const SYSTEM_CHROMIUMS = [
  "/usr/bin/chromium",
  "/usr/lib/chromium/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

/**
 * The Chromium the end-to-end suite drives: $DATELINE_CHROMIUM, else a system Chromium, else the
 * browser Playwright manages (`npx playwright install chromium`). Returns undefined for the last, so
 * Playwright uses its own. Throws one clear line when there is none, so no test can skip silently.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env["DATELINE_CHROMIUM"];
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(
        `DATELINE_CHROMIUM=${fromEnv} does not exist: point it at a Chromium binary.`,
      );
    }
    return fromEnv;
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    "No Chromium found: install one (Debian: `apt-get install -y chromium`; elsewhere `npx playwright install chromium`) or set DATELINE_CHROMIUM=/path/to/chromium.",
  );
}

/** Flags that keep Chromium quiet and working on a closed network, as root, in a container. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
