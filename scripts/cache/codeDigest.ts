/**
 * The fingerprint of the code that makes a build output, for the build cache's keys
 * (buildCache.ts): a module, every module it imports, transitively, and the version of every
 * package among them, hashed. Edit any of them, or update a package, and the fingerprint changes,
 * so every output that code made is made again.
 *
 * Imports are found by reading the source, not by running it: `import … from`, `export … from`,
 * `import "…"`, `import("…")` with a literal path, and `new URL("…", import.meta.url)` (how a worker
 * is named). A path that resolves to no file (say, inside a comment) is skipped; a package is
 * named by its first segment (two for `@scope/name`) and `node:` built-ins by Node's version.
 * It errs on the side of too much: a type-only import counts, so does a comment's example that
 * happens to name a real file; either only costs a rebuild.
 *
 * Data files a generator reads at run time (fonts, stylesheets) are not imports: pass them as
 * `files`.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bnew\s+URL\(\s*)(["'])([^"'\n]{1,300})\1/g;
const CODE_EXTENSIONS = ["", ".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.js"];

/** The project folder (this file is scripts/cache/codeDigest.ts): paths are hashed relative to it. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The file a relative specifier names from `from`, if there is one. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.split("?")[0] ?? specifier);
  return CODE_EXTENSIONS.map((ext) => `${base}${ext}`).find(isFile);
}

/** `name@version` of the package a bare specifier names, looked up from `from`'s folder. */
function packageVersion(from: string, specifier: string): string | undefined {
  if (specifier.startsWith("node:")) return `node@${process.versions.node}`;
  if (specifier.startsWith("virtual:") || /^[./]/.test(specifier)) return undefined;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  if (name === undefined || !/^(@[\w.-]+\/)?[\w.-]+$/.test(name)) return undefined;
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const manifest = join(dir, "node_modules", name, "package.json");
    if (existsSync(manifest)) {
      const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version?: string };
      return `${name}@${version ?? "?"}`;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Every module `entries` import, transitively (themselves included), and the packages among
 * their imports (`name@version`), both sorted.
 */
export function moduleGraph(entries: readonly (string | URL)[]): {
  files: string[];
  packages: string[];
} {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((e) => (e instanceof URL ? fileURLToPath(e) : resolve(e)));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(SPECIFIER)) {
      const specifier = match[2] ?? "";
      if (specifier.startsWith(".")) {
        const target = resolveRelative(file, specifier);
        if (target !== undefined && !files.has(target)) queue.push(target);
      } else {
        const version = packageVersion(file, specifier);
        if (version !== undefined) packages.add(version);
      }
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/**
 * The fingerprint of a generator: sha256 (hex) of `entries`' module graph (each file's path,
 * relative to the project, and bytes; each package's version), of the data `files` it reads and of
 * `values` (a version string, an option that changes its output).
 */
export function codeFingerprint(
  entries: readonly (string | URL)[],
  extra: { files?: readonly string[]; values?: readonly string[] } = {},
): string {
  const graph = moduleGraph(entries);
  const hash = createHash("sha256");
  for (const file of [...graph.files, ...(extra.files ?? []).map((f) => resolve(f))]) {
    hash.update(`file ${relative(ROOT, file)}\n`).update(readFileSync(file));
    hash.update("\n");
  }
  for (const name of graph.packages) hash.update(`package ${name}\n`);
  for (const value of extra.values ?? []) hash.update(`value ${value}\n`);
  return hash.digest("hex");
}
