/**
 * The benchmark on real networks: the same builds, served as a static host serves them (the static
 * server's `compress` mode: brotli or gzip, Content-Length, ETags, cache lifetimes), loaded cold
 * in a fresh browser context under an emulated connection and CPU (Chrome DevTools Protocol:
 * Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate). Per run it records, on the
 * page's own clock (ms since navigation start):
 * - the bytes on the wire (each response's encodedDataLength, headers included) of the responses
 *   completed before the page was interactive;
 * - the first frame showing real content (an event row, not a loading screen);
 * - interactive, as in the loopback table (the timeline canvas is `data-ready="true"`);
 * - a search: the first keystroke in a page that has not searched yet, then a later one;
 * - a cold deep link `?event=`, until the panel lists the event's citations;
 * - the bare vis-timeline page's load under the same conditions.
 */
import type { Browser, BrowserContextOptions, CDPSession, Page } from "@playwright/test";
import type { Plan } from "./data.ts";
import type { ProbeState } from "./probe.ts";
import {
  closeQuietly,
  DESKTOP,
  newPage,
  probeState,
  quiesce,
  settle,
  sleep,
  waitReady,
} from "./runs.ts";
import { CAP_MS, log, SEARCH_TERM } from "./settings.ts";
import type { Sample } from "./stats.ts";
import { formatBytes, formatMs } from "./stats.ts";

export type ProfileName = "phone-4g" | "desktop-cable";

/** An emulated reader: connection, CPU and screen. */
export type NetworkProfile = {
  name: ProfileName;
  /** How the report names it. */
  label: string;
  downloadMbit: number;
  uploadMbit: number;
  /** Added to every request (Chromium's emulation: a round trip's worth per request). */
  latencyMs: number;
  /** 4 makes the main thread four times slower (a mid-range phone against this machine). */
  cpuSlowdown: number;
  device: BrowserContextOptions;
};

export const PROFILES: Record<ProfileName, NetworkProfile> = {
  "phone-4g": {
    name: "phone-4g",
    label: "phone on 4G (10 Mbit/s, 40 ms RTT, CPU ÷4)",
    downloadMbit: 10,
    uploadMbit: 5,
    latencyMs: 40,
    cpuSlowdown: 4,
    device: {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    },
  },
  "desktop-cable": {
    name: "desktop-cable",
    label: "desktop on cable (50 Mbit/s, 20 ms RTT)",
    downloadMbit: 50,
    uploadMbit: 10,
    latencyMs: 20,
    cpuSlowdown: 1,
    device: DESKTOP,
  },
};

/** Bytes received, by when each response completed. */
type Traffic = {
  /** Bytes of the responses completed by `pageMs` (page clock). */
  bytesBy: (pageMs: number) => number;
};

/**
 * Emulates the profile's network and CPU on `page` (before it navigates) and records its traffic.
 * CDP timestamps are seconds on a monotonic clock; the document's request marks the page's zero.
 */
async function throttle(page: Page, profile: NetworkProfile): Promise<Traffic> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: (profile.downloadMbit * 1_000_000) / 8,
    uploadThroughput: (profile.uploadMbit * 1_000_000) / 8,
  });
  if (profile.cpuSlowdown > 1) {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuSlowdown });
  }
  let origin: number | null = null;
  const finished: { at: number; bytes: number }[] = [];
  cdp.on("Network.requestWillBeSent", (event) => {
    if (origin === null && event.type === "Document") origin = event.timestamp;
  });
  cdp.on("Network.loadingFinished", (event) => {
    finished.push({ at: event.timestamp, bytes: event.encodedDataLength });
  });
  return {
    bytesBy: (pageMs) =>
      finished
        .filter((f) => origin !== null && (f.at - origin) * 1000 <= pageMs)
        .reduce((sum, f) => sum + f.bytes, 0),
  };
}

export type NetworkStep = "content" | "interactive" | "firstSearch" | "keystroke" | "deepLink";

export type NetworkRun = {
  steps: Partial<Record<NetworkStep, Sample>>;
  /** Bytes on the wire before interactive. */
  bytes: number | null;
  errors: string[];
};

const NO_DETAIL = { fallback: false, detailId: null, detailTitle: null };

/** One cold load of the app under `profile`: content, interactive, bytes, then a search. */
export async function runNetworkApp(
  browser: Browser,
  url: string,
  plan: Plan,
  profile: NetworkProfile,
): Promise<NetworkRun> {
  const result: NetworkRun = { steps: {}, bytes: null, errors: [] };
  const { context, page, errors } = await newPage(browser, NO_DETAIL, profile.device);
  try {
    const traffic = await throttle(page, profile);
    await page.goto(url, { waitUntil: "commit" });
    const ready = await waitReady(page, CAP_MS);
    result.steps.interactive = ready;
    if (ready.capped) return result;
    result.bytes = traffic.bytesBy(ready.ms);
    const state = await probeState(page);
    if (state.contentAt !== null) result.steps.content = { ms: state.contentAt, capped: false };
    await quiesce(page);

    const box = page.getByRole("searchbox").first();
    if ((await box.count()) > 0) {
      // The first keystroke of a page that has not searched yet: whatever search needs loads now.
      await box.focus();
      const first = await probeState(page);
      await box.press(SEARCH_TERM.slice(0, 1));
      result.steps.firstSearch = (
        await settle(page, first.mutations, (s) => s.lastKeyAt, CAP_MS)
      ).time;
      await box.fill(SEARCH_TERM.slice(0, -1));
      await quiesce(page);
      const before = await probeState(page);
      await box.press(SEARCH_TERM.slice(-1));
      result.steps.keystroke = (
        await settle(page, before.mutations, (s) => s.lastKeyAt, CAP_MS)
      ).time;
    }
  } finally {
    result.errors.push(...errors);
    await closeQuietly(context);
  }

  // A cold deep link to one event, until its panel lists the event's citations.
  const cold = await newPage(
    browser,
    {
      fallback: false,
      detailId: plan.select.id,
      detailTitle: plan.select.title,
      detailNeedsCitations: true,
    },
    profile.device,
  );
  try {
    await throttle(cold.page, profile);
    await cold.page.goto(`${url}?event=${encodeURIComponent(plan.select.id)}`, {
      waitUntil: "commit",
    });
    const began = Date.now();
    let time: Sample = { ms: CAP_MS, capped: true };
    while (Date.now() - began < CAP_MS) {
      const state: ProbeState = await probeState(cold.page, CAP_MS);
      if (state.detailAt !== null) {
        time = { ms: state.detailAt, capped: false };
        break;
      }
      await sleep(50);
    }
    result.steps.deepLink = time;
  } finally {
    result.errors.push(...cold.errors);
    await closeQuietly(cold.context);
  }
  return result;
}

/** One cold load of the bare vis-timeline page under `profile`. */
export async function runNetworkBare(
  browser: Browser,
  url: string,
  plan: Plan,
  profile: NetworkProfile,
): Promise<NetworkRun & { broken: boolean }> {
  const result: NetworkRun & { broken: boolean } = {
    steps: {},
    bytes: null,
    errors: [],
    broken: false,
  };
  const { context, page, errors } = await newPage(browser, NO_DETAIL, profile.device);
  try {
    const traffic = await throttle(page, profile);
    const query = `?items=items-${plan.size}.json&start=${plan.window.start}&end=${plan.window.end}`;
    await page.goto(`${url}${query}`, { waitUntil: "commit" });
    const ready = await waitReady(page, CAP_MS);
    result.steps.interactive = ready;
    if (!ready.capped) result.bytes = traffic.bytesBy(ready.ms);
  } finally {
    result.errors.push(...errors);
    result.broken = !(await closeQuietly(context));
  }
  return result;
}

/** The log line of one network run. */
export function describeRun(which: "app" | "bare", run: NetworkRun): string {
  const parts = Object.entries(run.steps).map(([step, sample]) => `${step} ${formatMs(sample)}`);
  if (run.bytes !== null) parts.push(`${formatBytes(run.bytes)} before interactive`);
  return `  ${which}: ${parts.join(", ")}`;
}

export { log };
