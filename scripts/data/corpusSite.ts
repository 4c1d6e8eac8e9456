/**
 * Which corpus the explorer is built and served from, and where its dataset goes. The default
 * corpus (corpus/) keeps its committed dataset in public/data/, Vite's public folder. Any other
 * corpus folder (`npm start -- --corpus examples/apple`, or DATELINE_CORPUS=examples/apple) gets
 * a public folder of its own under .cache/sites/: a copy of public/'s other files (the icon)
 * plus that corpus's dataset, so building it never touches the committed dataset. Vite's config
 * and the CLIs both ask this module, so they always agree.
 */
import { createHash } from "node:crypto";
import { cp, mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The environment variable naming the corpus folder (relative to the project, or absolute). */
export const CORPUS_ENV = "DATELINE_CORPUS";
/** The default corpus, relative to the project folder. */
export const DEFAULT_CORPUS = "corpus";
/** Vite's public folder for the default corpus, and where a dataset sits inside a public folder. */
const PUBLIC_DIR = "public";
const DATASET_IN_PUBLIC = "data/timeline.json";

/** The project folder (this file is scripts/data/corpusSite.ts). */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Where a corpus's site takes its dataset from: Vite's public folder and the dataset in it. */
export type CorpusSite = { corpus: string; publicDir: string; dataset: string; isDefault: boolean };

/**
 * The site of `corpus` (a folder, relative to the project or absolute; undefined: the default).
 * The default corpus uses public/; another gets .cache/sites/<folder name>-<hash of its
 * absolute path>/public, so two folders of one name never share a dataset.
 */
export function corpusSite(corpus: string | undefined): CorpusSite {
  const given = corpus === undefined || corpus === "" ? DEFAULT_CORPUS : corpus;
  const absolute = path.resolve(ROOT, given);
  if (absolute === path.resolve(ROOT, DEFAULT_CORPUS)) {
    const publicDir = path.join(ROOT, PUBLIC_DIR);
    return {
      corpus: absolute,
      publicDir,
      dataset: path.join(publicDir, DATASET_IN_PUBLIC),
      isDefault: true,
    };
  }
  const hash = createHash("sha256").update(absolute).digest("hex").slice(0, 8);
  const name = path.basename(absolute).replace(/[^A-Za-z0-9_.-]/g, "_");
  const publicDir = path.join(ROOT, ".cache", "sites", `${name}-${hash}`, PUBLIC_DIR);
  return {
    corpus: absolute,
    publicDir,
    dataset: path.join(publicDir, DATASET_IN_PUBLIC),
    isDefault: false,
  };
}

/**
 * Fills a non-default site's public folder with public/'s files other than the dataset (the
 * icon), so the site looks like the default one. Nothing to do for the default corpus.
 */
export async function preparePublicDir(site: CorpusSite): Promise<void> {
  if (site.isDefault) return;
  await mkdir(path.dirname(site.dataset), { recursive: true });
  const source = path.join(ROOT, PUBLIC_DIR);
  for (const entry of await readdir(source, { withFileTypes: true })) {
    if (entry.name === "data") continue;
    await cp(path.join(source, entry.name), path.join(site.publicDir, entry.name), {
      recursive: true,
    });
  }
}

const SITE_USAGE = "usage: npm start|run build [-- --corpus DIR] [vite options]";

/** `serve|build`, the corpus option, and the rest for Vite. Throws the usage line when wrong. */
export function parseSiteArgs(argv: readonly string[]): {
  mode: "serve" | "build";
  corpus: string | undefined;
  vite: string[];
} {
  const [mode, ...rest] = argv;
  if (mode !== "serve" && mode !== "build") throw new Error(SITE_USAGE);
  let corpus: string | undefined;
  const vite: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === "--corpus" || arg.startsWith("--corpus=")) {
      const value = arg === "--corpus" ? rest[++i] : arg.slice("--corpus=".length);
      if (value === undefined || value === "" || value.startsWith("--")) {
        throw new Error(`${SITE_USAGE}  (--corpus needs a folder)`);
      }
      corpus = value;
    } else {
      vite.push(arg);
    }
  }
  return { mode, corpus, vite };
}
