import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./e2e/browser.ts";

const executablePath = findChromium();
/** Override both (DATELINE_E2E_PORT, DATELINE_DIST) to run two suites side by side. */
const PORT = Number(process.env["DATELINE_E2E_PORT"] ?? 4173);
const DIST = process.env["DATELINE_DIST"] ?? "dist";
/** The suite serves the built app from a sub-path, proving the relative base works. */
const BASE_PATH = "/dateline/";

const launchOptions = { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) };
const desktop = { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } };

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  forbidOnly: !!process.env["CI"],
  retries: 0,
  workers: 2,
  // Room for a busy machine (two cores shared with other runs slow every step several times
  // over); a passing test never waits for these limits, so they cost nothing.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env["CI"] ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    launchOptions,
    trace: "retain-on-failure",
  },
  // Every spec runs once, on desktop-utc; only what depends on the clock or the screen runs again.
  // So the slow suites that are neither (scale, fuzz: links and counts, not days or touch) run
  // once: tag a spec @tz or @phone only when it asserts something a zone or a phone changes.
  projects: [
    { name: "desktop-utc", use: { ...desktop, timezoneId: "UTC" } },
    // Date assertions (tagged @tz) again at both ends of the world's clocks.
    { name: "honolulu", grep: /@tz/, use: { ...desktop, timezoneId: "Pacific/Honolulu" } },
    { name: "kiritimati", grep: /@tz/, use: { ...desktop, timezoneId: "Pacific/Kiritimati" } },
    {
      name: "phone",
      grep: /@phone/,
      use: {
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        timezoneId: "America/New_York",
      },
    },
  ],
  webServer: {
    // The curator's workspace is built beside the app (never into it) for e2e/curate.spec.ts.
    command: `npm run -s build && DATELINE_CURATE_APP=${DIST}-workspace npm run -s curate -- --build-only && tsx scripts/cli/serve.ts --dir ${DIST} --base ${BASE_PATH} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: !process.env["CI"],
    timeout: 180_000,
  },
});
