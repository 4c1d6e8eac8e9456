// @ts-check
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { fenceConfigs } from "./eslint.fences.js";

// The fences between folders, as allow-lists (eslint.fences.js has the rule). Each folder names
// the folders and packages it MAY import; anything else is an error of `npm run lint`, and a folder
// not listed here imports nothing at all until it is. An entry covers the files directly in its
// folder: a subfolder is listed on its own. Tests (*.test.ts) stand outside the fences.
//
// To add a folder: copy the entry of its nearest neighbour, change `folder`, and list only what it
// needs. To let a folder import one more thing: add it to its `folders` or `packages`.

/** Pure code's packages: the calendar maths. */
const DATES = ["date-fns", "@date-fns/utc"];
/** The app's React. */
const REACT = ["react", "react-dom"];
/** The folders every script may build on: the pure core. */
const CORE = ["src/model", "src/pipeline"];

/** @type {import("./eslint.fences.js").Fence[]} */
const FENCES = [
  // The pure core: no React, no DOM, no I/O.
  {
    folder: "src/model",
    folders: [],
    packages: ["zod", ...DATES],
    why: "model/ is the base every layer builds on: it imports no other layer and no build tool.",
  },
  {
    folder: "src/model/fixtures",
    folders: ["src/model"],
    why: "model/fixtures/ holds test datasets made from the model alone.",
  },
  {
    folder: "src/timex",
    folders: ["src/model", "src/timex/rules"],
    packages: DATES,
    why: "timex/ is the pure temporal tagger: model/ and date-fns only.",
  },
  {
    folder: "src/timex/rules",
    folders: ["src/timex", "src/model"],
    why: "timex/rules/ is the tagger's grammar: the tagger's own modules and the model only.",
  },
  {
    folder: "src/pipeline",
    folders: ["src/model", "src/timex"],
    packages: ["yaml"],
    why: "pipeline/ is the pure build: model/ and timex/ only.",
  },
  {
    folder: "src/propose",
    folders: ["src/model", "src/timex", "src/pipeline"],
    // stemmer: word stems for matching; compromise (its "compromise/two" build, the tagger
    // without the sentence API): parts of speech for proposed names. Both pure and browser-safe.
    packages: ["yaml", "stemmer", "compromise"],
    why: "propose/ is the pure proposer, run in the browser too: model/, timex/, pipeline/ only.",
  },
  {
    folder: "src/share",
    folders: ["src/model"],
    why: "share/ renders pure share pages and exports from the model alone.",
  },
  {
    folder: "src/curate",
    folders: ["src/model", "src/pipeline", "src/timex", "src/propose"],
    // zod: the schema of the API contract the curate server shares (apiContract.ts).
    packages: ["yaml", "zod"],
    why: "curate/ is the workspace's pure logic: its views live in curate/ui/.",
  },
  // The app: the state layer, the views, the entry points.
  {
    folder: "src/state",
    folders: ["src/model"],
    why: "state/ is the URL store, actions and loading: React-free (its use*.ts hooks bind React).",
  },
  {
    folder: "src/state",
    files: "use*.ts",
    folders: ["src/model"],
    packages: ["react"],
    why: "state/ hooks bind the store to React, not to components.",
  },
  {
    folder: "src/state",
    files: "checkDataset.ts",
    folders: ["src/model"],
    packages: ["virtual:dataset-schema-validator"],
    why: "checkDataset.ts wires the build's compiled dataset check into the model's reader.",
  },
  {
    folder: "src",
    folders: ["src/components", "src/state", "src/styles"],
    packages: REACT,
    why: "The app's entry points mount the views over the URL store.",
  },
  {
    folder: "src/components",
    folders: ["src/components/timeline", "src/model", "src/state", "src/share", "src/styles"],
    packages: REACT,
    why: "components/ show the dataset; they never build it, and vis-timeline lives in timeline/.",
  },
  {
    folder: "src/components/timeline",
    folders: ["src/components", "src/model", "src/state"],
    packages: [...REACT, "vis-timeline", "vis-data"],
    why: "timeline/ is the one room vis-timeline lives in.",
  },
  {
    folder: "src/curate/ui",
    folders: [
      "src/curate",
      "src/model",
      "src/state",
      "src/components",
      "src/components/timeline",
      "src/styles",
    ],
    packages: [...REACT, "idb-keyval", "zod"],
    why: "curate/ui/ shows the workspace: its pure work goes through curate/.",
  },
  // scripts/: the I/O side, thin adapters over the pure core.
  {
    folder: "scripts/cli",
    folders: [
      ".",
      "e2e",
      "scripts/bench",
      "scripts/curate",
      "scripts/data",
      "scripts/genCorpus",
      "scripts/http",
      "scripts/propose",
      "scripts/timeml",
    ],
    packages: ["node:*", "vite", "@playwright/test"],
    why: "scripts/cli/ holds the npm scripts' entry points: arguments, exit codes, and a call into a script folder.",
  },
  {
    folder: "scripts/data",
    folders: [...CORE, "scripts/workers", "scripts/cache"],
    packages: ["node:*"],
    why: "scripts/data/ does the dataset build's I/O over the pure pipeline.",
  },
  {
    folder: "scripts/propose",
    folders: [...CORE, "src/propose", "scripts/data", "scripts/workers"],
    packages: ["node:*"],
    why: "scripts/propose/ does the proposer's I/O over the pure proposer.",
  },
  {
    folder: "scripts/curate",
    folders: [...CORE, "src/curate", "src/share", ".", "e2e", "scripts/data", "scripts/http"],
    packages: ["node:*", "@playwright/test"],
    why: "scripts/curate/ is the curate server (and its screenshots): it writes the corpus for the workspace.",
  },
  {
    folder: "scripts/vite",
    folders: ["src/model", "src/share", "scripts/vite/cards", "scripts/http", "scripts/cache"],
    packages: ["node:*", "vite", "ajv"],
    why: "scripts/vite/ holds the build's plugins: share pages, the CSP, the compiled dataset check.",
  },
  {
    folder: "scripts/vite/cards",
    folders: ["src/model", "src/share", "scripts/workers", "scripts/cache"],
    // react: its element type only, the shape satori takes.
    packages: ["node:*", "satori", "@resvg/resvg-js", "harfbuzzjs", "react"],
    why: "scripts/vite/cards/ draws the share pages' link-preview cards.",
  },
  {
    folder: "scripts/workers",
    folders: [],
    packages: ["node:*", "tsx"],
    why: "scripts/workers/ runs batches on worker threads for any script; it knows no script.",
  },
  {
    folder: "scripts/cache",
    folders: [],
    packages: ["node:*"],
    why: "scripts/cache/ is the build cache (outputs reused by content hash) any build step may use; it knows no step.",
  },
  {
    folder: "scripts/http",
    folders: [],
    packages: ["node:*"],
    why: "scripts/http/ is a plain static server, like any static host.",
  },
  {
    folder: "scripts/genCorpus",
    folders: ["src/model"],
    packages: ["node:*", "yaml"],
    why: "scripts/genCorpus/ generates synthetic corpora.",
  },
  {
    folder: "scripts/timeml",
    folders: ["src/timex"],
    packages: ["node:*"],
    why: "scripts/timeml/ scores the tagger against TimeML corpora.",
  },
  {
    folder: "scripts/bench",
    folders: ["src/model", "scripts/genCorpus", "bench/bare"],
    packages: ["node:*", "vite", "prettier", "@playwright/test"],
    why: "scripts/bench/ is the benchmark kit.",
  },
  // Pages and specs outside the app.
  {
    folder: "bench/bare",
    folders: ["src/model"],
    packages: ["vis-timeline", "vis-data"],
    why: "bench/bare/ is the bare vis-timeline page the benchmark compares against.",
  },
  {
    folder: "e2e",
    folders: ["src/model", "src/share", "scripts/curate", "scripts/genCorpus"],
    packages: [
      "node:*",
      "@playwright/test",
      "@axe-core/playwright",
      "ical.js",
      "papaparse",
      "pngjs",
    ],
    why: "e2e/ drives the built app; it reads the model and share renderers only to know what to expect.",
  },
  {
    folder: ".",
    folders: ["e2e", "scripts/data", "scripts/vite"],
    packages: [
      "node:*",
      "vite",
      "@vitejs/plugin-react",
      "vitest",
      "@playwright/test",
      "eslint",
      "@eslint/js",
      "eslint-plugin-jsx-a11y",
      "eslint-plugin-react-hooks",
      "globals",
      "typescript-eslint",
    ],
    why: "The root holds the tools' configurations.",
  },
];

/**
 * Where `location` and `history` may be touched: the URL store, and the curator's workspace's one
 * sibling of it. Everything else asks them (docs/architecture.md, "Five questions").
 */
const URL_MODULES = ["src/state/urlStore.ts", "src/curate/ui/workspaceUrl.ts"];
const URL_MESSAGE =
  "Only src/state/urlStore.ts (and, for the workspace, src/curate/ui/workspaceUrl.ts) reads location or writes history: ask the store.";

export default tseslint.config(
  {
    ignores: [
      "dist*/",
      ".cache",
      "node_modules",
      "test-results",
      "playwright-report",
      "public",
      "corpus",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Never insert data as HTML.",
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: "Never insert data as HTML.",
        },
      ],
    },
  },
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
  {
    files: ["src/**/*.tsx", "src/**/use*.ts"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.configs.strict.rules },
  },
  ...fenceConfigs(FENCES),
  {
    name: "one URL module",
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: [...URL_MODULES, "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "location", message: URL_MESSAGE },
        { name: "history", message: URL_MESSAGE },
      ],
      "no-restricted-properties": [
        "error",
        ...["window", "globalThis", "self", "document"].flatMap((object) => [
          { object, property: "location", message: URL_MESSAGE },
          { object, property: "history", message: URL_MESSAGE },
        ]),
      ],
    },
  },
);
