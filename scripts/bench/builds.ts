/**
 * The benchmark's builds: the app's production build (once), the bare vis-timeline page
 * (bench/bare/), their bundle sizes, and a copy of the app per size with that size's dataset.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build as viteBuild } from "vite";
import { CACHE, log, ROOT } from "./settings.ts";

export function buildApp(): string {
  const out = join(CACHE, "app-dist");
  log("building the app (production)");
  execFileSync(join(ROOT, "node_modules", ".bin", "vite"), ["build", "--logLevel", "warn"], {
    cwd: ROOT,
    env: { ...process.env, DATELINE_DIST: out },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return out;
}

export async function buildBare(): Promise<string> {
  const out = join(CACHE, "bare");
  log("building the bare vis-timeline page");
  await viteBuild({
    root: join(ROOT, "bench", "bare"),
    base: "./",
    configFile: false,
    logLevel: "warn",
    build: { outDir: out, emptyOutDir: true, target: "es2022" },
  });
  return out;
}

export type AssetSize = { raw: number; gzip: number };
export type BundleSizes = {
  initialJs: AssetSize;
  initialCss: AssetSize;
  allJs: AssetSize;
  allCss: AssetSize;
};

/**
 * JS and CSS of the production build, raw and gzip, without the dataset and source maps. Initial:
 * what index.html loads, plus the dataset check's worker, which every load starts at once.
 */
export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? ""),
  );
  for (const name of readdirSync(join(dist, "assets"))) {
    if (/^datasetWorker-.*\.js$/.test(name)) initial.add(`assets/${name}`);
  }
  const zero = (): AssetSize => ({ raw: 0, gzip: 0 });
  const sizes: BundleSizes = {
    initialJs: zero(),
    initialCss: zero(),
    allJs: zero(),
    allCss: zero(),
  };
  const assets = join(dist, "assets");
  for (const name of readdirSync(assets)) {
    const kind = name.endsWith(".js") ? "Js" : name.endsWith(".css") ? "Css" : undefined;
    if (!kind) continue;
    const bytes = readFileSync(join(assets, name));
    const gzip = gzipSync(bytes).length;
    const add = (target: AssetSize): void => {
      target.raw += bytes.length;
      target.gzip += gzip;
    };
    add(sizes[`all${kind}`]);
    if (initial.has(`assets/${name}`)) add(sizes[`initial${kind}`]);
  }
  return sizes;
}

/** Copies the app build for one size, with that size's dataset in data/. */
export function distFor(size: number, appDist: string, dataDir: string): string {
  const dist = join(CACHE, `dist-${size}`);
  rmSync(dist, { recursive: true, force: true });
  cpSync(appDist, dist, { recursive: true });
  mkdirSync(join(dist, "data"), { recursive: true });
  cpSync(dataDir, join(dist, "data"), { recursive: true });
  return dist;
}

/** True when the built app sets one of the readiness signals the probe looks for. */
export function appExposesReadiness(appDist: string): boolean {
  const assets = join(appDist, "assets");
  return readdirSync(assets)
    .filter((name) => name.endsWith(".js"))
    .some((name) => {
      const js = readFileSync(join(assets, name), "utf8");
      return js.includes("data-timeline-ready") || js.includes("data-ready");
    });
}
