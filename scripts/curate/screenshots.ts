/**
 * Remakes the screenshots of docs/curating.md: the workspace on a temporary copy of the corpus
 * with the e2e fixture article added and one event drafted, at 1366×768 and 390×844 (touch), light
 * and dark. Needs a workspace build (`npm run curate -- --build-only`).
 *
 *   tsx scripts/curate/screenshots.ts [--app DIR] [--port N]
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../../e2e/browser.ts";
import { CURATE_APP_DIR } from "../../vite.curate.config.ts";
import { startCurateServer } from "./server.ts";

const { values } = parseArgs({
  options: {
    app: { type: "string", default: CURATE_APP_DIR },
    port: { type: "string", default: "4978" },
  },
});
const dir = mkdtempSync(join(tmpdir(), "dateline-curate-shots-"));
const corpus = join(dir, "corpus");
cpSync("corpus", corpus, { recursive: true });
cpSync("e2e/corpora/curate/harbour-reopens.txt", join(corpus, "articles/harbour-reopens.txt"));
const server = await startCurateServer({
  corpus,
  out: join(dir, "timeline.json"),
  app: values.app,
  port: Number(values.port),
});
const executablePath = findChromium();
const browser = await chromium.launch({
  args: CHROMIUM_ARGS,
  ...(executablePath ? { executablePath } : {}),
});
try {
  for (const scheme of ["light", "dark"] as const) {
    for (const size of [
      { name: "desktop", width: 1366, height: 768, touch: false },
      { name: "phone", width: 390, height: 844, touch: true },
    ]) {
      const page = await browser.newPage({
        viewport: { width: size.width, height: size.height },
        colorScheme: scheme,
        hasTouch: size.touch,
        isMobile: size.touch,
      });
      await page.goto(`${server.url}?article=harbour-reopens`);
      await page
        .getByLabel("Article title (the editors' label)")
        .fill("Kestrel Bay harbour reopens");
      await page.getByLabel("Attribution (who wrote or credited it)").fill("Test Wire");
      await page
        .getByLabel("New event from a quote (the article's exact words)")
        .fill("The council will vote on the repair budget on 14 March");
      await page.getByRole("button", { name: "New event", exact: true }).click();
      await page.getByRole("heading", { name: /problems? to fix/ }).waitFor();
      await page.locator(".ca-timex", { hasText: "14 March" }).focus();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `docs/curating/workspace-${size.name}-${scheme}.png` });
      await page.locator("section.ce-card").first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `docs/curating/card-${size.name}-${scheme}.png` });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
