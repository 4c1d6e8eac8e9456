/**
 * The fences between layers (eslint.config.js) fire: a deliberately bad import in each folder is
 * an error of `npm run lint`, and the imports each layer is allowed pass. Linted with the real
 * config, as if the file stood at the given path; only type-aware rules are switched off, since
 * the probe files exist nowhere on disk for the type checker to find.
 */
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({
  cwd: import.meta.dirname,
  overrideConfig: [
    {
      files: ["**/*.ts", "**/*.tsx"],
      ...tseslint.configs.disableTypeChecked,
    },
  ],
});

/** The no-restricted-imports messages for `code` as if it were the file at `path`. */
async function fenceErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports")
    .map((m) => m.message);
}

const crossings: [path: string, code: string, message: RegExp][] = [
  [
    "src/model/probe.ts",
    'import { buildDataset } from "../pipeline/buildDataset.ts";',
    /model\/ is the base/,
  ],
  ["src/model/probe.ts", 'import { html } from "../share/html.ts";', /model\/ is the base/],
  ["src/model/probe.ts", 'import { createUrlStore } from "../state/urlStore.ts";', /model\//],
  [
    "src/model/fixtures/probe.ts",
    'import { Explorer } from "../../components/Explorer.tsx";',
    /model\//,
  ],
  ["src/model/probe.ts", 'import { readFileSync } from "node:fs";', /inputs as parameters/],
  ["src/pipeline/probe.ts", 'import { toCsv } from "../share/csv.ts";', /pipeline\/ imports only/],
  ["src/pipeline/probe.ts", 'import { createActions } from "../state/actions.ts";', /pipeline\//],
  ["src/pipeline/probe.ts", 'import { useState } from "react";', /no React/],
  ["src/share/probe.ts", 'import { resolveDate } from "../pipeline/resolveDate.ts";', /share\//],
  ["src/share/probe.ts", 'import { tag } from "../timex/tag.ts";', /share\/ imports only/],
  ["src/state/probe.ts", 'import { Header } from "../components/Header.tsx";', /React-free/],
  ["src/state/probe.ts", 'import { useState } from "react";', /no React/],
  ["src/state/useProbe.ts", 'import { Header } from "../components/Header.tsx";', /hooks/],
  [
    "src/components/Probe.tsx",
    'import { buildDataset } from "../pipeline/buildDataset.ts";',
    /never build it/,
  ],
  ["src/components/Probe.tsx", 'import { tag } from "../timex/tag.ts";', /never build it/],
  ["src/components/Probe.tsx", 'import { Timeline } from "vis-timeline/esnext";', /timeline\//],
  [
    "src/App.tsx",
    'import { DataSet } from "vis-data/esnext";',
    /only in src\/components\/timeline/,
  ],
  ["src/timex/probe.ts", 'import { resolveDate } from "../pipeline/resolveDate.ts";', /timex\//],
  ["src/timex/probe.ts", 'import { parse } from "yaml";', /only model\/ and date-fns/],
  ["src/timex/probe.ts", 'import { readFileSync } from "node:fs";', /only model\/ and date-fns/],
  ["src/propose/probe.ts", 'import { html } from "../share/html.ts";', /propose\/ imports only/],
  ["src/propose/probe.ts", 'import { Header } from "../components/Header.tsx";', /propose\//],
  ["src/propose/probe.ts", 'import { readFileSync } from "node:fs";', /no other package/],
  ["src/propose/probe.ts", 'import { useState } from "react";', /no other package/],
  [
    "src/pipeline/probe.ts",
    'import { proposeAnnotation } from "../propose/index.ts";',
    /pipeline\//,
  ],
];

const allowed: [path: string, code: string][] = [
  ["src/model/probe.ts", 'import { parseDay } from "./dates.ts";'],
  ["src/pipeline/probe.ts", 'import { parseDay } from "../model/dates.ts";'],
  ["src/pipeline/probe.ts", 'import { tag } from "../timex/tag.ts";'],
  ["src/share/probe.ts", 'import { STATUS_WORDS } from "../model/statuses.ts";'],
  ["src/state/probe.ts", 'import { parseViewState } from "../model/viewState.ts";'],
  ["src/state/useProbe.ts", 'import { useContext } from "react";'],
  ["src/components/Probe.tsx", 'import { createUrlStore } from "../state/urlStore.ts";'],
  ["src/components/timeline/Probe.tsx", 'import { Timeline } from "vis-timeline/esnext";'],
  ["src/timex/probe.ts", 'import { addDays } from "date-fns";'],
  ["src/timex/probe.ts", 'import { formatDay } from "../model/dates.ts";'],
  ["src/propose/probe.ts", 'import { tagTimexes } from "../timex/index.ts";'],
  ["src/propose/probe.ts", 'import { findOccurrences } from "../pipeline/locateQuote.ts";'],
  ["src/propose/probe.ts", 'import { Document } from "yaml";'],
];

describe("the lint fences between layers", () => {
  it.each(crossings)("%s: `%s` is an error", async (path, code, message) => {
    const errors = await fenceErrors(path, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each(allowed)("%s: `%s` passes", async (path, code) => {
    expect(await fenceErrors(path, code)).toEqual([]);
  });
});
