/**
 * The benchmark's report: a markdown table of medians per size, and the bundle sizes.
 */
import type { BundleSizes } from "./builds.ts";
import type { BuildStats, Plan } from "./data.ts";
import type { NetworkProfile, NetworkRun, NetworkStep } from "./network.ts";
import type { RunResult, StepName } from "./runs.ts";
import type { Sample } from "./stats.ts";
import { formatBytes, formatMs, formatRatio, markdownTable, median } from "./stats.ts";
import { QUIET_MS } from "./settings.ts";

export type SizeReport = {
  plan: Plan;
  build: BuildStats;
  datasetBytes: number;
  app: RunResult[];
  bare: RunResult[];
};

function stepMedian(runs: RunResult[], step: StepName): Sample | undefined {
  return median(runs.flatMap((r) => (r.steps[step] ? [r.steps[step].time] : [])));
}

function taskMedian(runs: RunResult[], step: StepName): string {
  const tasks = runs.flatMap((r) => {
    const t = r.steps[step]?.longestTask;
    return t === null || t === undefined ? [] : [{ ms: t, capped: false }];
  });
  const m = median(tasks);
  // Long tasks are those of 50 ms or more; none during the step reads as "< 50 ms".
  return m?.ms === 0 ? "< 50 ms" : formatMs(m);
}

function heapMedian(runs: RunResult[]): string {
  const heaps = runs.flatMap((r) => (r.heapMb === null ? [] : [{ ms: r.heapMb, capped: false }]));
  const m = median(heaps);
  return m ? `${m.ms.toFixed(1)} MB` : "—";
}

export function report(
  reports: SizeReport[],
  bundle: BundleSizes | undefined,
  machine: string,
  runs: number,
  fallback: boolean,
): string {
  const header = ["", ...reports.map((r) => `${r.plan.events.toLocaleString("en-US")} events`)];
  const row = (label: string, cell: (r: SizeReport) => string): string[] => [
    label,
    ...reports.map(cell),
  ];
  const steps: [StepName, string][] = [
    ["load", "load → interactive"],
    ["actor", "actor filter"],
    ["range", "date-range filter"],
    ["search", "search keystroke"],
  ];
  const rows: string[][] = [
    row("articles", (r) => (r.plan.events > 0 ? String(r.plan.size / 10) : "—")),
    row("dataset JSON", (r) => formatBytes(r.datasetBytes)),
    row("pipeline build", (r) =>
      r.build === "reused"
        ? "(reused)"
        : `${r.build.seconds.toFixed(1)} s${r.build.peakRssMb === null ? "" : `, ${Math.round(r.build.peakRssMb)} MB RSS`}`,
    ),
  ];
  for (const [step, label] of steps) {
    rows.push(row(`${label}: app`, (r) => formatMs(stepMedian(r.app, step))));
    rows.push(row(`${label}: bare`, (r) => formatMs(stepMedian(r.bare, step))));
    rows.push(
      row(`${label}: app/bare`, (r) =>
        formatRatio(stepMedian(r.app, step), stepMedian(r.bare, step)),
      ),
    );
  }
  rows.push(row("select event: app", (r) => formatMs(stepMedian(r.app, "select"))));
  rows.push(row("cold deep link ?event=: app", (r) => formatMs(stepMedian(r.app, "deepLink"))));
  for (const [step, label] of [...steps, ["select", "select event"], ["deepLink", "deep link"]] as [
    StepName,
    string,
  ][]) {
    rows.push(row(`longest task, ${label}: app`, (r) => taskMedian(r.app, step)));
    if (step !== "select" && step !== "deepLink") {
      rows.push(row(`longest task, ${label}: bare`, (r) => taskMedian(r.bare, step)));
    }
  }
  rows.push(row("JS heap after load (after GC): app", (r) => heapMedian(r.app)));
  rows.push(row("JS heap after load (after GC): bare", (r) => heapMedian(r.bare)));
  const errors = reports.flatMap((r) => r.app.flatMap((a) => a.errors));

  const sizeRows = !bundle
    ? []
    : [
        ["initial JS", formatBytes(bundle.initialJs.raw), formatBytes(bundle.initialJs.gzip)],
        ["initial CSS", formatBytes(bundle.initialCss.raw), formatBytes(bundle.initialCss.gzip)],
        [
          "initial JS + CSS",
          formatBytes(bundle.initialJs.raw + bundle.initialCss.raw),
          formatBytes(bundle.initialJs.gzip + bundle.initialCss.gzip),
        ],
        [
          "all JS + CSS (incl. lazy chunks)",
          formatBytes(bundle.allJs.raw + bundle.allCss.raw),
          formatBytes(bundle.allJs.gzip + bundle.allCss.gzip),
        ],
      ];
  return [
    `### Run of ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `Machine: ${machine}. Medians of ${runs} run(s) per size; app and bare runs alternate in one browser. ` +
      `A step ends at the frame painted after the DOM's last change (then ${QUIET_MS} ms quiet); ` +
      `"> 60 s" = unfinished after 60 s, counted as 60 s. ` +
      "Viewport 1440×900, prefers-reduced-motion (no animated window changes)." +
      (fallback
        ? " Readiness: fallback (first .vis-item drawn; the app exposes no ready signal yet)."
        : ""),
    "",
    markdownTable(header, rows),
    "",
    ...(bundle
      ? [markdownTable(["production bundle (no data, no maps)", "raw", "gzip"], sizeRows)]
      : []),
    ...(errors.length > 0
      ? [
          "",
          `App console/page errors during the runs (${errors.length}), first: ${errors[0] ?? ""}`,
        ]
      : []),
    "",
  ].join("\n");
}

/** One size's network runs under one profile. */
export type NetworkSizeReport = {
  plan: Plan;
  /** The archive's single-file dataset, raw, for reference. */
  datasetBytes: number;
  app: NetworkRun[];
  bare: NetworkRun[];
};

function networkMedian(runs: NetworkRun[], step: NetworkStep): Sample | undefined {
  return median(runs.flatMap((r) => (r.steps[step] ? [r.steps[step]] : [])));
}

function bytesMedian(runs: NetworkRun[]): string {
  const m = median(runs.flatMap((r) => (r.bytes === null ? [] : [{ ms: r.bytes, capped: false }])));
  return m ? formatBytes(m.ms) : "—";
}

/** The network table of one profile: medians per size, app and bare page. */
export function networkReport(
  profile: NetworkProfile,
  reports: NetworkSizeReport[],
  machine: string,
  runs: number,
): string {
  const header = [
    profile.label,
    ...reports.map((r) => `${r.plan.events.toLocaleString("en-US")} events`),
  ];
  const row = (label: string, cell: (r: NetworkSizeReport) => string): string[] => [
    label,
    ...reports.map(cell),
  ];
  const time = (label: string, step: NetworkStep, side: "app" | "bare" = "app"): string[] =>
    row(label, (r) => formatMs(networkMedian(r[side], step)));
  const rows: string[][] = [
    row("on the wire before interactive: app", (r) => bytesMedian(r.app)),
    row("on the wire before interactive: bare", (r) => bytesMedian(r.bare)),
    time("first paint with events in it: app", "content"),
    time("load → interactive: app", "interactive"),
    time("load → interactive: bare", "interactive", "bare"),
    row("load → interactive: app/bare", (r) =>
      formatRatio(networkMedian(r.app, "interactive"), networkMedian(r.bare, "interactive")),
    ),
    time("cold deep link ?event= → panel with citations: app", "deepLink"),
    time("first search keystroke → results: app", "firstSearch"),
    time("later search keystroke → results: app", "keystroke"),
  ];
  const errors = reports.flatMap((r) => r.app.flatMap((a) => a.errors));
  return [
    `#### ${profile.label}`,
    "",
    `Medians of ${String(runs)} cold run(s) per size; ${machine}.`,
    "",
    markdownTable(header, rows),
    ...(errors.length > 0
      ? [
          "",
          `App console/page errors during the runs (${String(errors.length)}), first: ${errors[0] ?? ""}`,
        ]
      : []),
    "",
  ].join("\n");
}
