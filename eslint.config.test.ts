/**
 * The fences between folders (eslint.config.js, eslint.fences.js) fire: a deliberately bad import
 * in a folder is an error of `npm run lint`, a folder that is not listed imports nothing, and the
 * imports each folder lists pass. So does the rule that only the URL modules touch `location` and
 * `history`. Linted with the real config, as if the file stood at the given path; only type-aware
 * rules are switched off, since the probe files exist nowhere on disk for the type checker to find.
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

/** The messages of `rules` for `code` as if it were the file at `path`. */
async function errorsOf(path: string, code: string, rules: readonly string[]): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId !== null && rules.includes(m.ruleId))
    .map((m) => m.message);
}

const fenceErrors = (path: string, code: string) => errorsOf(path, code, ["fences/imports"]);
const urlErrors = (path: string, code: string) =>
  errorsOf(path, code, ["no-restricted-globals", "no-restricted-properties"]);

const crossings: [path: string, code: string, message: RegExp][] = [
  // The pure core imports no layer above it.
  [
    "src/model/probe.ts",
    'import { buildDataset } from "../pipeline/buildDataset.ts";',
    /^src\/model\/ may not import src\/pipeline\/ .*model\/ is the base/,
  ],
  ["src/model/probe.ts", 'import { html } from "../share/html.ts";', /may not import src\/share\//],
  ["src/model/probe.ts", 'import { createUrlStore } from "../state/urlStore.ts";', /src\/state\//],
  [
    "src/model/fixtures/probe.ts",
    'import { Explorer } from "../../components/Explorer.tsx";',
    /^src\/model\/fixtures\/ may not import src\/components\//,
  ],
  ["src/model/probe.ts", 'import { readFileSync } from "node:fs";', /package "node:fs"/],
  ["src/model/probe.ts", 'import { readFileSync } from "fs";', /package "fs"/],
  ["src/pipeline/probe.ts", 'import { toCsv } from "../share/csv.ts";', /pipeline\/ is the pure/],
  ["src/pipeline/probe.ts", 'import { createActions } from "../state/actions.ts";', /src\/state\//],
  ["src/pipeline/probe.ts", 'import { useState } from "react";', /package "react"/],
  ["src/share/probe.ts", 'import { resolveDate } from "../pipeline/resolveDate.ts";', /share\//],
  ["src/share/probe.ts", 'import { tag } from "../timex/tag.ts";', /may not import src\/timex\//],
  ["src/share/probe.ts", 'import { parse } from "yaml";', /^src\/share\/ .*package "yaml"/],
  ["src/state/probe.ts", 'import { Header } from "../components/Header.tsx";', /React-free/],
  ["src/state/probe.ts", 'import { useState } from "react";', /package "react".*React-free/],
  ["src/state/useProbe.ts", 'import { Header } from "../components/Header.tsx";', /hooks/],
  [
    "src/components/Probe.tsx",
    'import { buildDataset } from "../pipeline/buildDataset.ts";',
    /never build it/,
  ],
  ["src/components/Probe.tsx", 'import { tag } from "../timex/tag.ts";', /never build it/],
  ["src/components/Probe.tsx", 'import { Timeline } from "vis-timeline/esnext";', /"vis-timeline"/],
  ["src/App.tsx", 'import { DataSet } from "vis-data/esnext";', /^src\/ may not .*"vis-data"/],
  ["src/timex/probe.ts", 'import { resolveDate } from "../pipeline/resolveDate.ts";', /timex\//],
  ["src/timex/probe.ts", 'import { parse } from "yaml";', /package "yaml".*model\/ and date-fns/],
  ["src/timex/probe.ts", 'import { readFileSync } from "node:fs";', /package "node:fs"/],
  // Dynamic imports and worker entries are imports too.
  ["src/model/probe.ts", 'const m = await import("../share/html.ts");', /src\/share\//],
  [
    "src/state/probe.ts",
    'new Worker(new URL("../pipeline/worker.ts", import.meta.url));',
    /^src\/state\/ may not import src\/pipeline\//,
  ],
  ["src/state/probe.ts", "const m = await import(name);", /computed path/],
  // curate/: its pure logic imports no view, and nothing below it imports curate/.
  ["src/curate/probe.ts", 'import { useState } from "react";', /package "react"/],
  ["src/curate/probe.ts", 'import { readFile } from "node:fs/promises";', /package "node:fs"/],
  [
    "src/curate/probe.ts",
    'import { Header } from "../components/Header.tsx";',
    /^src\/curate\/ may not import src\/components\/ .*views live in curate\/ui\//,
  ],
  ["src/curate/probe.ts", 'import { Editor } from "./ui/Editor.tsx";', /src\/curate\/ui\//],
  ["src/curate/probe.ts", 'import { html } from "../share/html.ts";', /src\/share\//],
  ["src/model/probe.ts", 'import { draftOf } from "../curate/draft.ts";', /src\/curate\//],
  ["src/pipeline/probe.ts", 'import { checkDraft } from "../curate/checks.ts";', /src\/curate\//],
  ["src/state/probe.ts", 'import { checkDraft } from "../curate/checks.ts";', /src\/curate\//],
  ["src/share/probe.ts", 'import { checkDraft } from "../curate/checks.ts";', /src\/curate\//],
  [
    "src/components/Probe.tsx",
    'import { CurateApp } from "../curate/ui/CurateApp.tsx";',
    /src\/curate\/ui\//,
  ],
  [
    "src/curate/ui/Probe.tsx",
    'import { buildDataset } from "../../pipeline/buildDataset.ts";',
    /^src\/curate\/ui\/ may not import src\/pipeline\//,
  ],
  ["src/curate/ui/Probe.tsx", 'import { tagTimexes } from "../../timex/index.ts";', /curate\/ui\//],
  ["src/curate/ui/Probe.tsx", 'import { readFile } from "node:fs/promises";', /"node:fs"/],
  // propose/: pure, and only the workspace's logic and the scripts use it.
  ["src/propose/probe.ts", 'import { html } from "../share/html.ts";', /propose\/ is the pure/],
  ["src/propose/probe.ts", 'import { Header } from "../components/Header.tsx";', /propose\//],
  ["src/propose/probe.ts", 'import { readFileSync } from "node:fs";', /package "node:fs"/],
  ["src/propose/probe.ts", 'import { useState } from "react";', /package "react"/],
  ["src/propose/probe.ts", 'import { checkDraft } from "../curate/checks.ts";', /src\/curate\//],
  [
    "src/pipeline/probe.ts",
    'import { proposeAnnotation } from "../propose/index.ts";',
    /^src\/pipeline\/ may not import src\/propose\//,
  ],
  ["src/timex/probe.ts", 'import { propose } from "../propose/index.ts";', /src\/propose\//],
  [
    "src/timex/rules/probe.ts",
    'import { resolveDate } from "../../pipeline/resolveDate.ts";',
    /^src\/timex\/rules\/ may not import src\/pipeline\//,
  ],
  [
    "src/components/Probe.tsx",
    'import { proposeAnnotation } from "../propose/index.ts";',
    /^src\/components\/ may not import src\/propose\//,
  ],
  [
    "src/curate/ui/Probe.tsx",
    'import { proposeAnnotation } from "../../propose/index.ts";',
    /^src\/curate\/ui\/ may not import src\/propose\//,
  ],
  // scripts/: never imported from src/, and each script folder lists its own.
  [
    "src/model/probe.ts",
    'import { sha256 } from "../../scripts/data/buildData.ts";',
    /may not import scripts\/data\/.*src\/ never imports scripts\//,
  ],
  [
    "src/pipeline/probe.ts",
    'const gen = await import("../../scripts/genCorpus/generate.ts");',
    /src\/ never imports scripts\//,
  ],
  [
    "src/components/Probe.tsx",
    'import { serveStatic } from "../../scripts/http/staticServer.ts";',
    /src\/ never imports scripts\//,
  ],
  [
    "scripts/http/probe.ts",
    'import { parseDay } from "../../src/model/dates.ts";',
    /^scripts\/http\/ may not import src\/model\/ .*plain static server/,
  ],
  [
    "scripts/genCorpus/probe.ts",
    'import { sha256 } from "../data/buildData.ts";',
    /^scripts\/genCorpus\/ may not import scripts\/data\//,
  ],
  [
    "scripts/vite/probe.ts",
    'import { startCurateServer } from "../curate/server.ts";',
    /^scripts\/vite\/ may not import scripts\/curate\//,
  ],
  ["scripts/data/probe.ts", 'import { parse } from "yaml";', /^scripts\/data\/ .*"yaml"/],
  ["scripts/workers/probe.ts", 'import { sha256 } from "../data/buildData.ts";', /knows no/],
  // Virtual modules: the build's, wired in by one entry only.
  [
    "src/model/probe.ts",
    'import validate from "virtual:dataset-schema-validator";',
    /package "virtual:dataset-schema-validator".*Virtual modules are made by the build/,
  ],
  [
    "src/state/loadDataset.ts",
    'import validate from "virtual:dataset-schema-validator";',
    /Virtual modules are made by the build/,
  ],
  [
    "src/components/Probe.tsx",
    'import validate from "virtual:dataset-schema-validator";',
    /Virtual modules/,
  ],
  ["src/share/probe.ts", 'import anything from "virtual:anything";', /Virtual modules/],
  // A folder nobody listed imports nothing, not even the model, until it is listed.
  [
    "src/lexicon/probe.ts",
    'import { parseDay } from "../model/dates.ts";',
    /^src\/lexicon\/ is not listed in the fences/,
  ],
  ["src/lexicon/probe.ts", 'import { words } from "./words.ts";', /src\/lexicon\/ is not listed/],
  ["src/model/rules/probe.ts", 'import { parseDay } from "../dates.ts";', /src\/model\/rules\//],
  ["scripts/newtool/probe.ts", 'import { readFile } from "node:fs";', /scripts\/newtool\/ is not/],
  ["tools/probe.ts", 'import { readFile } from "node:fs";', /^tools\/ is not listed/],
];

const allowed: [path: string, code: string][] = [
  ["src/model/probe.ts", 'import { parseDay } from "./dates.ts";'],
  ["src/model/probe.ts", 'import { z } from "zod/mini";'],
  ["src/model/probe.ts", 'import { UTCDateMini } from "@date-fns/utc/date/mini";'],
  ["src/model/fixtures/probe.ts", 'import { parseDay } from "../dates.ts";'],
  ["src/pipeline/probe.ts", 'import { parseDay } from "../model/dates.ts";'],
  ["src/pipeline/probe.ts", 'import { tag } from "../timex/tag.ts";'],
  ["src/share/probe.ts", 'import { STATUS_WORDS } from "../model/statuses.ts";'],
  ["src/state/probe.ts", 'import { parseViewState } from "../model/viewState.ts";'],
  ["src/state/probe.ts", 'new Worker(new URL("./datasetWorker.ts", import.meta.url));'],
  ["src/state/useProbe.ts", 'import { useContext } from "react";'],
  ["src/state/checkDataset.ts", 'import validate from "virtual:dataset-schema-validator";'],
  ["src/components/Probe.tsx", 'import { createUrlStore } from "../state/urlStore.ts";'],
  ["src/components/Probe.tsx", 'const m = await import("../share/exportFormats.ts");'],
  ["src/components/timeline/Probe.tsx", 'import { Timeline } from "vis-timeline/esnext";'],
  ["src/timex/probe.ts", 'import { addDays } from "date-fns";'],
  ["src/timex/probe.ts", 'import { formatDay } from "../model/dates.ts";'],
  ["src/timex/probe.ts", 'import { RULES } from "./rules/index.ts";'],
  ["src/timex/rules/probe.ts", 'import { date } from "../resolve.ts";'],
  ["src/timex/rules/probe.ts", 'import { DETERMINERS } from "../../model/lexicon.ts";'],
  ["src/curate/probe.ts", 'import { buildDataset } from "../pipeline/buildDataset.ts";'],
  ["src/curate/probe.ts", 'import { tagTimexes } from "../timex/index.ts";'],
  ["src/curate/probe.ts", 'import { proposeAnnotation } from "../propose/index.ts";'],
  ["src/curate/ui/Probe.tsx", 'import { checkDraft } from "../checks.ts";'],
  ["src/curate/ui/Probe.tsx", 'import { DetailPanel } from "../../components/DetailPanel.tsx";'],
  ["src/propose/probe.ts", 'import { tagTimexes } from "../timex/index.ts";'],
  ["src/propose/probe.ts", 'import { findOccurrences } from "../pipeline/locateQuote.ts";'],
  ["src/propose/probe.ts", 'import { Document } from "yaml";'],
  ["scripts/propose/probe.ts", 'import { proposeAnnotation } from "../../src/propose/index.ts";'],
  ["scripts/data/probe.ts", 'import { joinUnits } from "../../src/pipeline/joinUnits.ts";'],
  ["scripts/data/probe.ts", 'import { readFile } from "node:fs/promises";'],
  ["scripts/vite/probe.ts", 'const cards = await import("./cards/cards.ts");'],
  ["e2e/probe.spec.ts", 'import { expect, test } from "@playwright/test";'],
  ["bench/bare/probe.ts", 'import { DataSet } from "vis-data/esnext";'],
  ["vite.config.ts", 'import { sharePages } from "./scripts/vite/sharePages.ts";'],
  // Tests stand outside the fences: they may read files and use any helper.
  ["src/model/probe.test.ts", 'import { readFileSync } from "node:fs";'],
];

describe("the lint fences between folders", () => {
  it.each(crossings)("%s: `%s` is an error", async (path, code, message) => {
    const errors = await fenceErrors(path, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each(allowed)("%s: `%s` passes", async (path, code) => {
    expect(await fenceErrors(path, code)).toEqual([]);
  });
});

describe("one URL module: only the URL store and the workspace's sibling touch the URL", () => {
  const touches: [path: string, code: string, message: RegExp][] = [
    ["src/components/Probe.tsx", "const here = window.location.href;", /'window.location'/],
    ["src/components/Probe.tsx", "const q = location.search;", /'location'/],
    ["src/components/Probe.tsx", "window.history.back();", /'window.history'/],
    ["src/state/actions.ts", 'history.pushState(null, "", "?x");', /'history'/],
    ["src/curate/ui/Probe.tsx", 'history.pushState(null, "", "./");', /'history'/],
    ["src/curate/ui/Probe.tsx", "const q = document.location.search;", /'document.location'/],
    ["src/App.tsx", "globalThis.location.reload();", /'globalThis.location'/],
  ];

  it.each(touches)("%s: `%s` is an error", async (path, code, message) => {
    const errors = await urlErrors(path, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(errors[0]).toMatch(/Only src\/state\/urlStore\.ts/);
  });

  it.each([
    ["src/state/urlStore.ts", 'const q = location.search; history.pushState(null, "", q);'],
    ["src/curate/ui/workspaceUrl.ts", 'history.pushState(null, "", "./");'],
    ["src/pipeline/probe.ts", "const location = 'file:3'; export const at = location.length;"],
  ])("%s: `%s` passes", async (path, code) => {
    expect(await urlErrors(path, code)).toEqual([]);
  });
});
