/**
 * Remakes the screenshots of docs/curating.md's "Adding names" and "Same as…": the names panel
 * after one proposed name was added (the newsroom fixture corpus), and a card marked "Same as…"
 * an event of the story fixture corpus with its earlier report beside it; at 1366×768 and 390×844
 * (touch), light and dark. Each runs on a temporary copy of its corpus. Needs a workspace build
 * (`npm run curate -- --build-only`).
 *
 *   tsx scripts/curate/namesScreenshots.ts [--app DIR] [--port N]
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "@playwright/test";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../../e2e/browser.ts";
import { CURATE_APP_DIR } from "../../vite.curate.config.ts";
import { startCurateServer } from "./server.ts";

const { values } = parseArgs({
  options: {
    app: { type: "string", default: CURATE_APP_DIR },
    port: { type: "string", default: "4979" },
  },
});

/** Runs `shoot` on a page of a curate server over a fresh copy of `fixture`. */
async function withCorpus(
  fixture: string,
  prepare: (corpus: string) => void,
  shoot: (url: string, newPage: () => Promise<Page>, name: string) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "dateline-names-shots-"));
  const corpus = join(dir, "corpus");
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
        // A fresh corpus for each shot: adding a name writes it.
        rmSync(corpus, { recursive: true, force: true });
        cpSync(fixture, corpus, { recursive: true });
        prepare(corpus);
        const server = await startCurateServer({
          corpus,
          out: join(dir, "timeline.json"),
          app: values.app,
          port: Number(values.port),
        });
        try {
          await shoot(
            server.url,
            () =>
              browser.newPage({
                viewport: { width: size.width, height: size.height },
                colorScheme: scheme,
                hasTouch: size.touch,
                isMobile: size.touch,
              }),
            `${size.name}-${scheme}`,
          );
        } finally {
          await server.close();
        }
      }
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await withCorpus(
  "e2e/corpora/newsroom",
  () => undefined,
  async (url, newPage, name) => {
    const page = await newPage();
    await page.goto(`${url}?article=7495`);
    const panel = page.getByRole("region", { name: "Names the registry lacks" });
    await panel.getByRole("button", { name: "Add Cisco (organisation)" }).click();
    await panel.getByText("Added Cisco to actors.yaml.").waitFor();
    await panel.getByText("Add another name").click();
    await panel.getByLabel("Name", { exact: true }).fill("U.S.");
    await panel.getByLabel("Kind").selectOption("country");
    await panel.getByRole("button", { name: "Add to the registry" }).click();
    await panel.getByRole("alert").waitFor();
    await panel.evaluate((el) => {
      el.scrollIntoView({ block: "start" });
    });
    await page.screenshot({ path: `docs/curating/names-${name}.png` });
    await page.close();
  },
);

await withCorpus(
  "e2e/corpora/story",
  (corpus) => {
    rmSync(join(corpus, "annotations/apec-november.yaml"));
  },
  async (url, newPage, name) => {
    const page = await newPage();
    await page.goto(`${url}?article=apec-november`);
    const group = page.getByRole("group", { name: /^Same as/ }).first();
    await group.waitFor();
    await group.evaluate((el) => {
      el.scrollIntoView({ block: "center" });
    });
    await page.screenshot({ path: `docs/curating/same-as-${name}.png` });
    await page.close();
  },
);
