/**
 * `npm run bench [-- --sizes 100,1000,10000,100000 --runs 3 --seed 1 --profiles loopback]`:
 * Dateline against bare vis-timeline, in headless Chromium, on synthetic corpora of about `size`
 * events (size/10 articles). A script, not a test: it prints a markdown table of medians, writes
 * it to .cache/bench/latest.md, and puts it in the marked section of docs/performance.md (`--doc
 * FILE` names another page with the same markers). `--profiles phone-4g,desktop-cable` (with or
 * without `loopback`) adds cold loads on an emulated network and CPU, served as a CDN serves
 * (scripts/bench/network.ts), written to .cache/bench/latest-network.md and the page's second
 * marked section.
 *
 * For each size it (re)uses .cache/corpora/<articles>-<seed>/ (scripts/genCorpus/), builds the
 * dataset into .cache/bench/data-<size>/ with the real pipeline, copies the production build of the
 * app (built once, .cache/bench/app-dist/) into .cache/bench/dist-<size>/ with that dataset in its
 * data/ folder, and writes the same events for the bare page (bench/bare/, built into
 * .cache/bench/bare/). One in-process static server serves .cache/bench/. App and bare runs
 * alternate in one browser. Every wait is bounded: a bare step unfinished after 60 s counts as 60 s
 * and prints "> 60 s".
 *
 * App steps go through the public contract: the deep-link query (?actors=, ?from=&to=, ?q=,
 * ?event=) applied in place with history.pushState + popstate (what Back does), and the search box
 * when there is one. See scripts/bench/probe.ts for what "ready" and "updated" mean.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "@playwright/test";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../../e2e/browser.ts";
import { appExposesReadiness, buildApp, buildBare, bundleSizes, distFor } from "../bench/builds.ts";
import type { BuildStats, Plan } from "../bench/data.ts";
import {
  bareItems,
  corpusFor,
  datasetBytes,
  datasetFor,
  planFor,
  readDataset,
} from "../bench/data.ts";
import type { ProfileName } from "../bench/network.ts";
import { describeRun, PROFILES, runNetworkApp, runNetworkBare } from "../bench/network.ts";
import type { NetworkSizeReport, SizeReport } from "../bench/report.ts";
import { networkReport, report } from "../bench/report.ts";
import { runApp, runBare } from "../bench/runs.ts";
import {
  NETWORK_MARKERS,
  PERFORMANCE_DOC,
  replaceSection,
  writeSection,
} from "../bench/docSection.ts";
import { CACHE, log } from "../bench/settings.ts";
import { formatMs } from "../bench/stats.ts";
import { serveStatic } from "../http/staticServer.ts";

type Profile = "loopback" | ProfileName;

type Args = {
  sizes: number[];
  runs: number;
  seed: number;
  only: "app" | "bare" | undefined;
  doc: string;
  profiles: Profile[];
};

function parseCli(): Args {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "100,1000,10000,100000" },
      runs: { type: "string", default: "3" },
      seed: { type: "string", default: "1" },
      /** Measure only one side (for debugging); the ratios then print "—". */
      only: { type: "string" },
      /** The page whose marked section gets the table. */
      doc: { type: "string", default: PERFORMANCE_DOC },
      /** loopback (the desktop table), phone-4g, desktop-cable: the network tables. */
      profiles: { type: "string", default: "loopback" },
    },
  });
  const profiles = values.profiles.split(",").map((p) => p.trim());
  const known = ["loopback", ...Object.keys(PROFILES)];
  if (profiles.length === 0 || profiles.some((p) => !known.includes(p))) {
    console.error(`bench: --profiles takes a comma-separated list of ${known.join(", ")}`);
    process.exit(2);
  }
  const only = values.only;
  if (only !== undefined && only !== "app" && only !== "bare") {
    console.error("bench: --only takes app or bare");
    process.exit(2);
  }
  const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  if (sizes.some((s) => !Number.isInteger(s) || s < 10) || !Number.isInteger(runs) || runs < 1) {
    console.error("bench: --sizes takes event counts ≥ 10 (comma-separated), --runs a count ≥ 1");
    process.exit(2);
  }
  return { sizes, runs, seed, only, doc: values.doc, profiles: profiles as Profile[] };
}

async function main(): Promise<void> {
  const args = parseCli();
  // A page the table cannot go into is said now, not after twenty minutes of runs.
  const loopback = args.profiles.includes("loopback");
  const networks = args.profiles.filter((p): p is ProfileName => p !== "loopback");
  if (loopback) replaceSection(readFileSync(args.doc, "utf8"), "", args.doc);
  if (networks.length > 0) {
    replaceSection(readFileSync(args.doc, "utf8"), "", args.doc, NETWORK_MARKERS);
  }
  const loadStart = loadavg()[0]?.toFixed(1) ?? "?";
  mkdirSync(CACHE, { recursive: true });
  const appDist = args.only === "bare" ? undefined : buildApp();
  const bundle = appDist === undefined ? undefined : bundleSizes(appDist);
  const fallback = appDist !== undefined && !appExposesReadiness(appDist);
  if (fallback) log("the app exposes no ready signal: falling back to the first .vis-item drawn");
  const bareDir = await buildBare();

  const prepared: { plan: Plan; build: BuildStats; datasetBytes: number; appPath: string }[] = [];
  for (const size of args.sizes) {
    const corpus = corpusFor(Math.max(1, Math.round(size / 10)), args.seed);
    const { dir, stats } = datasetFor(size, corpus);
    const dataset = await readDataset(dir);
    const bytes = datasetBytes(dir);
    log(`${size} events: index ${bytes.index} bytes, shards ${bytes.shards} bytes (uncompressed)`);
    writeFileSync(join(bareDir, `items-${size}.json`), JSON.stringify(bareItems(dataset)));
    if (appDist !== undefined) distFor(size, appDist, dir);
    prepared.push({
      plan: planFor(size, dataset),
      build: stats,
      datasetBytes: bytes.index + bytes.shards,
      appPath: `dist-${size}/`,
    });
  }

  const server = await serveStatic(CACHE);
  // The network runs are served as a CDN serves: compressed, with ETags and cache lifetimes.
  const hosted = await serveStatic(CACHE, { compress: true });
  const executablePath = findChromium();
  const launch = (): Promise<Browser> =>
    chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  let browser = await launch();
  const machine = `${availableParallelism()} CPUs (nproc), ${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Chromium ${browser.version()}, Node ${process.version}`;
  const reports: SizeReport[] = [];
  const networkReports = new Map<ProfileName, NetworkSizeReport[]>();
  try {
    for (const p of loopback ? prepared : []) {
      const r: SizeReport = {
        plan: p.plan,
        build: p.build,
        datasetBytes: p.datasetBytes,
        app: [],
        bare: [],
      };
      reports.push(r);
      for (let run = 0; run < args.runs; run++) {
        log(`${p.plan.events} events, run ${run + 1}/${args.runs}`);
        // Alternate which goes first, so neither always gets the warmer browser.
        const order = run % 2 === 0 ? ["app", "bare"] : ["bare", "app"];
        for (const which of order.filter((side) => args.only === undefined || side === args.only)) {
          if (which === "app") {
            r.app.push(await runApp(browser, `${server.url}${p.appPath}`, p.plan, fallback));
            log(`  app load: ${formatMs(r.app.at(-1)?.steps.load?.time)}`);
          } else {
            const bare = await runBare(browser, `${server.url}bare/index.html`, p.plan);
            r.bare.push(bare);
            log(`  bare load: ${formatMs(bare.steps.load?.time)}`);
            if (bare.broken) {
              log("  a frozen bare page would not close: restarting the browser");
              await browser.close().catch(() => undefined);
              browser = await launch();
            }
          }
        }
      }
    }
    for (const name of networks) {
      const profile = PROFILES[name];
      const sized: NetworkSizeReport[] = [];
      networkReports.set(name, sized);
      for (const p of prepared) {
        const r: NetworkSizeReport = {
          plan: p.plan,
          datasetBytes: p.datasetBytes,
          app: [],
          bare: [],
        };
        sized.push(r);
        for (let run = 0; run < args.runs; run++) {
          log(`${profile.name}: ${p.plan.events} events, run ${run + 1}/${args.runs}`);
          const order = run % 2 === 0 ? ["app", "bare"] : ["bare", "app"];
          for (const which of order.filter(
            (side) => args.only === undefined || side === args.only,
          )) {
            if (which === "app") {
              const app = await runNetworkApp(
                browser,
                `${hosted.url}${p.appPath}`,
                p.plan,
                profile,
              );
              r.app.push(app);
              log(describeRun("app", app));
            } else {
              const bare = await runNetworkBare(
                browser,
                `${hosted.url}bare/index.html`,
                p.plan,
                profile,
              );
              r.bare.push(bare);
              log(describeRun("bare", bare));
              if (bare.broken) {
                await browser.close().catch(() => undefined);
                browser = await launch();
              }
            }
          }
        }
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
    await hosted.close();
  }
  // Other work on the machine skews every figure: say how busy it was.
  const load = `load average ${loadStart} at start, ${loadavg()[0]?.toFixed(1) ?? "?"} at end`;
  if (loopback) {
    const markdown = report(reports, bundle, `${machine}, ${load}`, args.runs, fallback);
    writeFileSync(join(CACHE, "latest.md"), markdown);
    await writeSection(args.doc, markdown);
    log(`the table is in ${args.doc}, between its bench markers`);
    process.stdout.write(markdown);
  }
  if (networks.length > 0) {
    const markdown = [
      `### Network run of ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
      "",
      ...networks.map((name) =>
        networkReport(
          PROFILES[name],
          networkReports.get(name) ?? [],
          `${machine}, ${load}`,
          args.runs,
        ),
      ),
    ].join("\n");
    writeFileSync(join(CACHE, "latest-network.md"), markdown);
    await writeSection(args.doc, markdown, NETWORK_MARKERS);
    log(`the network tables are in ${args.doc}, between its bench-network markers`);
    process.stdout.write(markdown);
  }
}

main().catch((error: unknown) => {
  console.error(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
