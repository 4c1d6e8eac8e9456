/**
 * `npm start [-- --corpus DIR] [vite options]` and `npm run build [-- --corpus DIR] [vite options]`:
 * builds the corpus's dataset if it is missing or stale (as `npm run data` does), then runs Vite
 * to serve (`serve`) or build (`build`) the explorer on it. The corpus is `--corpus DIR`, else
 * DATELINE_CORPUS, else corpus/; any other options go to Vite as they are. See
 * scripts/data/corpusSite.ts for where another corpus's dataset goes.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { ensureData } from "../data/buildData.ts";
import { CORPUS_ENV, corpusSite, parseSiteArgs, preparePublicDir } from "../data/corpusSite.ts";

try {
  const { mode, corpus, vite } = parseSiteArgs(process.argv.slice(2));
  const site = corpusSite(corpus ?? process.env[CORPUS_ENV]);
  await preparePublicDir(site);
  const code = await ensureData(site.corpus, site.dataset);
  if (code !== 0) {
    process.exitCode = code;
  } else {
    if (!site.isDefault) console.log(`explorer on ${site.corpus}`);
    // Vite reads the same variable in vite.config.ts, so it serves this corpus's dataset.
    const env = { ...process.env, [CORPUS_ENV]: site.corpus };
    // Vite's own command line, found through its package.json (its exports hide bin/).
    const pkg = createRequire(import.meta.url).resolve("vite/package.json");
    const bin = path.join(path.dirname(pkg), "bin", "vite.js");
    const args = mode === "serve" ? ["--host", "127.0.0.1", ...vite] : ["build", ...vite];
    const child = spawn(process.execPath, [bin, ...args], { stdio: "inherit", env });
    process.exitCode = await new Promise<number>((resolve) => {
      child.on("exit", (status, signal) => {
        resolve(status ?? (signal ? 1 : 0));
      });
    });
  }
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
