// @ts-check
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const nodeOnly = ["node:*", "fs", "path", "os", "child_process"].map((name) => ({
  group: [name],
  message: "Pure code takes its inputs as parameters: do I/O in scripts/ instead.",
}));
const uiOnly = [
  { group: ["react", "react-dom", "react-dom/*"], message: "Pure code imports no React." },
  {
    group: ["vis-timeline", "vis-timeline/*", "vis-data", "vis-data/*"],
    message: "vis-timeline lives only in src/components/Timeline.tsx.",
  },
];

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
  // The layering rules: pure model and pipeline code, a React-free URL store, vis-timeline in one room.
  {
    files: ["src/model/**/*.ts", "src/pipeline/**/*.ts", "src/share/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [...nodeOnly, ...uiOnly] }] },
  },
  // The temporal tagger runs in Node and in the browser: it may import only the model and date-fns.
  {
    files: ["src/timex/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...nodeOnly,
            ...uiOnly,
            {
              group: ["../pipeline/*", "../state/*", "../share/*", "../components/*", "../*.tsx"],
              message: "The tagger imports only src/model and date-fns.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/state/**/*.ts"],
    ignores: ["src/state/use*.ts", "**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [...nodeOnly, ...uiOnly] }] },
  },
  {
    files: ["src/components/**/*.tsx", "src/App.tsx", "src/main.tsx", "src/state/use*.ts"],
    ignores: ["src/components/Timeline.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...nodeOnly,
            uiOnly[1],
            {
              group: ["**/timex", "**/timex/*"],
              message:
                "The tagger is not in the explorer's first bundle: load it with a dynamic import().",
            },
          ],
        },
      ],
    },
  },
);
