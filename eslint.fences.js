// @ts-check
/**
 * The fences between folders as allow-lists: an ESLint rule, `fences/imports`, that refuses every
 * import a file's folder does not list, and the flat-config objects that give each folder its
 * list (`fenceConfigs`). The lists themselves are in eslint.config.js.
 *
 * Why a rule of our own: `no-restricted-imports` matches the import's text, not the folder it
 * names, so an allow-list would be one regular expression per depth of `../`, and it never sees a
 * dynamic `import()` (the app loads its exports, its dataset check and its worker that way).
 * eslint-plugin-boundaries does the job, but needs an import resolver, its own selector language
 * and six more packages for what fits in this file.
 *
 * What counts as an import: `import … from`, `export … from`, `import()` with a literal path, and
 * `new URL("./file.ts", import.meta.url)` (how a worker's entry is named). A relative path is
 * resolved to the folder it lands in; anything else is a package, named by its first segment
 * (`@scope/name` by two; `node:fs/promises` and `virtual:x` up to the first `/`).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/** Source files: the extensions the fences govern, and that `new URL(…)` may name as an entry. */
export const CODE = "{js,mjs,ts,tsx}";
const CODE_FILE = /\.(js|mjs|ts|tsx)$/;

/**
 * @typedef {object} Fence
 * @property {string} folder the folder, from the repository root (`.` for the root itself)
 * @property {string} [files] a glob inside the folder, for files that differ from the rest of it
 *   (`use*.ts`); it replaces the folder's list for those files, so repeat what they share
 * @property {string[]} folders the folders it may import (its own is always allowed)
 * @property {string[]} [packages] the packages it may import; `node:*` allows every Node built-in
 * @property {string} why one sentence: what the folder is, so the message says why
 */

/** The package an import names: `react-dom/client` → `react-dom`, `node:fs/promises` → `node:fs`. */
function packageOf(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** True when `name` is on the list: exactly, or by a pattern ending in `*`. */
function listed(name, patterns) {
  return patterns.some((p) => (p.endsWith("*") ? name.startsWith(p.slice(0, -1)) : name === p));
}

/** `src/model` → `src/model/`; the root stays `.`. */
function shown(folder) {
  return folder === "." ? "the repository root" : `${folder}/`;
}

/** Why an import is refused, beyond the folder's own reason: the two crossings named in the docs. */
function hint(from, target, specifier) {
  if (specifier.startsWith("virtual:")) {
    return " Virtual modules are made by the build (scripts/vite/): only the entry that wires one in may import it.";
  }
  if (from.startsWith("src") && target !== undefined && /^scripts(\/|$)/.test(target)) {
    return " src/ never imports scripts/: scripts/ is the I/O side that calls into src/.";
  }
  return "";
}

/** @type {import("eslint").Rule.RuleModule} */
const importsRule = {
  meta: {
    type: "problem",
    docs: { description: "Each folder imports only the folders and packages it lists." },
    schema: [
      {
        type: "object",
        properties: {
          folder: { type: ["string", "null"] },
          folders: { type: "array", items: { type: "string" } },
          packages: { type: "array", items: { type: "string" } },
          why: { type: "string" },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      unlisted:
        "{{folder}} is not listed in the fences (eslint.config.js): a folder imports nothing until it is listed there with what it may import.",
      folder:
        '{{folder}} may not import {{target}} ("{{specifier}}"). {{why}} It may import: {{allowed}}.{{hint}}',
      package:
        '{{folder}} may not import the package "{{name}}". {{why}} It may import: {{allowed}}.{{hint}}',
      computed:
        "A dynamic import of a computed path: the fences cannot check it. Import a literal path.",
    },
  },
  create(context) {
    /** @type {{ folder?: string | null, folders?: string[], packages?: string[], why?: string }} */
    const fence = context.options[0] ?? {};
    const cwd = context.cwd;
    const file = context.filename;
    const here = path.relative(cwd, path.dirname(file)).split(path.sep).join("/") || ".";
    const folders = [...new Set([fence.folder ?? here, ...(fence.folders ?? [])])];
    const packages = fence.packages ?? [];
    const allowed = [
      folders.map(shown).join(", "),
      packages.length > 0 ? `packages ${packages.join(", ")}` : "no package",
    ].join("; ");

    /** @param {import("estree").Node} node @param {string} specifier */
    function check(node, specifier) {
      if (fence.folder === null || fence.folder === undefined) {
        context.report({ node, messageId: "unlisted", data: { folder: shown(here) } });
        return;
      }
      const why = fence.why ?? "";
      if (specifier.startsWith(".") || specifier.startsWith("/")) {
        const resolved = path.resolve(path.dirname(file), specifier);
        const target = path.relative(cwd, path.dirname(resolved)).split(path.sep).join("/") || ".";
        if (folders.includes(target)) return;
        context.report({
          node,
          messageId: "folder",
          data: {
            folder: shown(here),
            target: shown(target),
            specifier,
            why,
            allowed,
            hint: hint(here, target, specifier),
          },
        });
        return;
      }
      const name = packageOf(specifier);
      if (listed(name, packages)) return;
      context.report({
        node,
        messageId: "package",
        data: {
          folder: shown(here),
          name,
          why,
          allowed,
          hint: hint(here, undefined, specifier),
        },
      });
    }

    /** @param {import("estree").Node | null | undefined} source */
    function literal(source) {
      if (source?.type === "Literal" && typeof source.value === "string") return source.value;
      if (source?.type === "TemplateLiteral" && source.expressions.length === 0) {
        return source.quasis[0]?.value.cooked ?? undefined;
      }
      return undefined;
    }

    return {
      ImportDeclaration(node) {
        check(node, String(node.source.value));
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, String(node.source.value));
      },
      ExportAllDeclaration(node) {
        check(node, String(node.source.value));
      },
      ImportExpression(node) {
        const specifier = literal(node.source);
        if (specifier === undefined) context.report({ node, messageId: "computed" });
        else check(node, specifier);
      },
      NewExpression(node) {
        // new URL("./worker.ts", import.meta.url): a module named to be run (a worker's entry).
        const [first, second] = node.arguments;
        if (
          node.callee.type === "Identifier" &&
          node.callee.name === "URL" &&
          second?.type === "MemberExpression" &&
          second.object.type === "MetaProperty" &&
          second.property.type === "Identifier" &&
          second.property.name === "url"
        ) {
          const specifier = literal(/** @type {import("estree").Node} */ (first));
          if (specifier !== undefined && CODE_FILE.test(specifier)) check(node, specifier);
        }
      },
    };
  },
};

/**
 * ESLint's cache (`npm run lint --cache`) knows a plugin by its name and version only: the version
 * is this file's hash, so editing the rule lints every file again instead of trusting old results.
 */
const VERSION = createHash("sha256")
  .update(readFileSync(new URL(import.meta.url)))
  .digest("hex")
  .slice(0, 12);

export const fencesPlugin = {
  meta: { name: "dateline-fences", version: VERSION },
  rules: { imports: importsRule },
};

/**
 * The flat-config objects of the fences, in the order that makes them work: the plugin; a
 * catch-all that refuses every import of a file in a folder not listed; one object per folder,
 * for the files directly in it (a subfolder is a folder of its own, so it needs its own entry);
 * then the per-file entries, which override their folder's. Tests (`*.test.ts`) stand outside.
 * @param {Fence[]} fences
 * @returns {import("eslint").Linter.Config[]}
 */
export function fenceConfigs(fences) {
  const rule = "fences/imports";
  const inFolder = (folder, glob) => (folder === "." ? glob : `${folder}/${glob}`);
  return [
    { name: "fences: plugin", plugins: { fences: fencesPlugin } },
    {
      name: "fences: any folder not listed",
      files: [`**/*.${CODE}`],
      rules: { [rule]: ["error", { folder: null }] },
    },
    ...[...fences]
      // Folder-wide entries first, so that a file's own entry, later, wins.
      .sort((a, b) => Number(a.files !== undefined) - Number(b.files !== undefined))
      .map((fence) => ({
        name: `fences: ${fence.folder}${fence.files ? `/${fence.files}` : ""}`,
        files: [inFolder(fence.folder, fence.files ?? `*.${CODE}`)],
        rules: {
          [rule]: [
            "error",
            {
              folder: fence.folder,
              folders: fence.folders,
              packages: fence.packages ?? [],
              why: fence.why,
            },
          ],
        },
      })),
    {
      name: "fences: tests stand outside",
      files: ["**/*.test.ts", "**/*.test.tsx"],
      rules: { [rule]: "off" },
    },
  ];
}
