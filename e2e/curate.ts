/**
 * The curate specs' fixture: each test gets its own curate server on a temporary copy of the
 * corpus (never the repository's corpus), on a port of its own, serving the workspace built once
 * by the suite's web server command (`npm run curate -- --build-only`).
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import type { CurateServer } from "../scripts/curate/server.ts";
import { startCurateServer } from "../scripts/curate/server.ts";
import { expect, test as base } from "./fixtures.ts";

/** Where the suite's web server builds the workspace (see playwright.config.ts). */
export const CURATE_APP =
  process.env["DATELINE_CURATE_APP"] ?? `${process.env["DATELINE_DIST"] ?? "dist"}-workspace`;

/** The first of the ports the curate specs use; each parallel worker takes the next. */
const FIRST_PORT = Number(process.env["DATELINE_CURATE_PORT"] ?? 4974);

export type Curate = {
  /** The temporary corpus folder the server writes into. */
  corpus: string;
  /** The dataset file a rebuild writes. */
  out: string;
  /** The workspace's URL. */
  url: string;
  /** Stops the server (the page stays). */
  stop: () => Promise<void>;
  /** Starts it again on the same port (with a new token, as a restart has). */
  start: () => Promise<void>;
};

export const test = base.extend<{ curate: Curate; curateCorpus: string }>({
  /** The corpus folder each test's server works on a copy of (`test.use` picks a fixture corpus). */
  curateCorpus: ["corpus", { option: true }],
  // Playwright reads a fixture's dependencies from its first parameter: these have none.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use, testInfo) => {
    await use(`http://127.0.0.1:${FIRST_PORT + testInfo.parallelIndex}/`);
  },
  // Every test of the curate specs gets its server, used or not (the axe checks only browse).
  curate: [
    async ({ curateCorpus }, use, testInfo) => {
      const dir = mkdtempSync(join(tmpdir(), "dateline-curate-e2e-"));
      const corpus = join(dir, "corpus");
      cpSync(curateCorpus, corpus, { recursive: true });
      const out = join(dir, "out", "timeline.json");
      const port = FIRST_PORT + testInfo.parallelIndex;
      // A holder, so TypeScript does not narrow away the stopped state.
      const running: { server: CurateServer | undefined } = {
        server: await startCurateServer({ corpus, out, app: CURATE_APP, port }),
      };
      const curate: Curate = {
        corpus,
        out,
        url: running.server?.url ?? "",
        stop: async () => {
          await running.server?.close();
          running.server = undefined;
        },
        start: async () => {
          running.server = await startCurateServer({ corpus, out, app: CURATE_APP, port });
        },
      };
      await use(curate);
      await running.server?.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { auto: true },
  ],
});

export { expect };

/** Presses Tab (at most `limit` times) until `target` has focus: the keyboard's way to a control. */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${String(target)}`);
}
