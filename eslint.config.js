// @ts-check
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The fences between layers: each folder of src/ imports only what lies below it.
//
//   model/       the contract, dates, filters, view state       imports no other layer
//   timex/       pure tagger of temporal expressions            model/ and date-fns only
//   pipeline/    pure build steps                               model/ and timex/
//   propose/     pure proposer of draft annotations             model/, timex/, pipeline/, yaml, stemmer, compromise/two
//   share/       pure share pages and exports                   model/
//   state/       the URL store, actions, loading (no React)     model/; its use*.ts hooks React too
//   components/  React views; vis-timeline only in timeline/    model/, state/, share/ (lazily)
//   curate/      pure logic of the curator's workspace          model/, pipeline/, timex/, propose/
//   curate/ui/   the workspace's React views                    curate/, model/, state/, components/
//
// Imports are matched as written (relative paths), by the folder they name. Tests may read files
// and use their own helpers, so *.test.ts files are outside the fences.

/** Imports that name another layer's folder, whatever the number of `../` before it. */
const layer = (names, why) => ({
  regex: `(^|/)(${names.join("|")})/`,
  message: why,
});
const nodeOnly = {
  regex: "^(node:|fs$|path$|os$|child_process$)",
  message: "Pure code takes its inputs as parameters: do I/O in scripts/ instead.",
};
const react = {
  regex: "^react(-dom)?(/|$)",
  message: "Pure code imports no React.",
};
const visTimeline = {
  regex: "^vis-(timeline|data)(/|$)",
  message: "vis-timeline lives only in src/components/timeline/.",
};

/** Each layer's forbidden imports, by the files they govern. */
const fences = [
  {
    name: "fence: model",
    files: ["src/model/**/*.ts"],
    patterns: [
      layer(
        ["pipeline", "share", "state", "components", "timex", "propose"],
        "model/ is the base every layer builds on: it imports no other layer.",
      ),
      nodeOnly,
      react,
      visTimeline,
    ],
  },
  {
    name: "fence: timex",
    files: ["src/timex/**/*.ts"],
    patterns: [
      layer(
        ["pipeline", "share", "state", "components", "propose"],
        "timex/ imports only model/ (and date-fns).",
      ),
      {
        regex: "^(?!\\.|date-fns(/|$)|@date-fns/)",
        message: "timex/ imports only model/ and date-fns: no other package.",
      },
    ],
  },
  {
    name: "fence: pipeline",
    files: ["src/pipeline/**/*.ts"],
    patterns: [
      layer(
        ["share", "state", "components", "propose"],
        "pipeline/ imports only model/ and timex/.",
      ),
      nodeOnly,
      react,
      visTimeline,
    ],
  },
  {
    name: "fence: propose",
    files: ["src/propose/**/*.ts"],
    patterns: [
      layer(
        ["share", "state", "components"],
        "propose/ imports only model/, timex/ and pipeline/ (it runs in the browser too).",
      ),
      {
        regex: "^(?!\\.|yaml$|stemmer$|compromise/two$)",
        message:
          "propose/ imports only model/, timex/, pipeline/, yaml, stemmer and compromise/two: no other package.",
      },
    ],
  },
  {
    name: "fence: share",
    files: ["src/share/**/*.ts"],
    patterns: [
      layer(["pipeline", "state", "components", "timex"], "share/ imports only model/."),
      nodeOnly,
      react,
      visTimeline,
    ],
  },
  {
    name: "fence: state",
    files: ["src/state/**/*.ts"],
    ignores: ["src/state/use*.ts"],
    patterns: [
      layer(
        ["pipeline", "components", "timex"],
        "state/ is React-free and imports no components (nor the build's pipeline).",
      ),
      nodeOnly,
      react,
      visTimeline,
    ],
  },
  {
    name: "fence: state hooks",
    files: ["src/state/use*.ts"],
    patterns: [
      layer(
        ["pipeline", "components", "timex"],
        "state/ hooks bind the store to React, not to components.",
      ),
      nodeOnly,
      visTimeline,
    ],
  },
  {
    name: "fence: components",
    files: ["src/components/**/*.{ts,tsx}", "src/App.tsx", "src/main.tsx"],
    ignores: ["src/components/timeline/**"],
    patterns: [
      layer(["pipeline", "timex"], "components/ show the dataset; they never build it."),
      nodeOnly,
      visTimeline,
    ],
  },
  {
    name: "fence: the timeline folder",
    files: ["src/components/timeline/**/*.{ts,tsx}"],
    patterns: [
      layer(["pipeline", "timex"], "components/ show the dataset; they never build it."),
      nodeOnly,
    ],
  },
  {
    name: "fence: curate",
    files: ["src/curate/**/*.ts"],
    ignores: ["src/curate/ui/**"],
    patterns: [
      layer(
        ["share", "state", "components", "ui"],
        "curate/ is the workspace's pure logic: model/, pipeline/, timex/ and propose/ only.",
      ),
      nodeOnly,
      react,
      visTimeline,
    ],
  },
  {
    name: "fence: curate ui",
    files: ["src/curate/ui/**/*.{ts,tsx}"],
    patterns: [
      layer(
        ["pipeline", "timex", "propose"],
        "curate/ui/ shows the workspace: the pure work goes through curate/.",
      ),
      nodeOnly,
      visTimeline,
    ],
  },
].map(({ name, files, ignores = [], patterns }) => ({
  name,
  files,
  ignores: [...ignores, "**/*.test.ts", "**/*.test.tsx"],
  rules: { "no-restricted-imports": ["error", { patterns }] },
}));

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
  ...fences,
);
