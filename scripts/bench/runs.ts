/**
 * One run of the app or of the bare page in headless Chromium: load, then each step (actor
 * filter, date range, a search keystroke, a selection, a cold deep link), each timed from its
 * start to the frame painted after the page's last change (see probe.ts), every wait bounded.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "@playwright/test";
import type { BareFilter } from "../../bench/bare/main.ts";
import type { Plan } from "./data.ts";
import type { ProbeOptions, ProbeState } from "./probe.ts";
import { installProbe } from "./probe.ts";
import type { Sample } from "./stats.ts";
import { formatMs } from "./stats.ts";
import { CAP_MS, log, QUIET_MS, SEARCH_TERM } from "./settings.ts";

export class Timeout extends Error {}

export async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Timeout(`timed out after ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function probeState(page: Page, ms = 5000): Promise<ProbeState> {
  return within(
    page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench),
    ms,
  );
}

/**
 * The probe's state once the page has run its pending timer and observer tasks: right after a long
 * task, a CDP evaluate runs before the heartbeat and the longtask observer have recorded it.
 */
export async function settledTasks(page: Page): Promise<ProbeState> {
  try {
    await within(
      page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 500))),
      CAP_MS,
    );
    return await probeState(page, CAP_MS);
  } catch (error) {
    if (!(error instanceof Timeout)) throw error;
    // A page still frozen after a minute: its tasks are unknown, not zero.
    return { ...FROZEN, longtasks: [{ start: 0, duration: CAP_MS }] };
  }
}

/**
 * The probe's state for a page that never answered: installProbe's starting state. It cannot share
 * that object: installProbe is sent to the page as source text, so it must stand alone.
 */
const FROZEN: ProbeState = {
  longtasks: [],
  stalls: [],
  readySeenAt: null,
  readyAt: null,
  mutations: 0,
  lastMutationAt: 0,
  lastMutation: "",
  lastPaintAt: 0,
  lastKeyAt: 0,
  detailAt: null,
  contentAt: null,
  busy: false,
};

/** A step's duration and its longest main-thread task, or a capped sample when it never settled. */
export type StepResult = { time: Sample; longestTask: number | null };

/** The longest main-thread task overlapping [from, to] (ms), from long tasks and heartbeat stalls. */
export function longestTask(state: ProbeState, from: number, to: number): number {
  return [...state.longtasks, ...state.stalls]
    .filter((t) => t.start + t.duration > from && t.start < to)
    .reduce((max, t) => Math.max(max, t.duration), 0);
}

/**
 * Waits until the DOM changed after `baseline` mutations and has then been quiet for QUIET_MS;
 * the step took from `start()` (read from the page afterwards) to the frame after its last change.
 */
export async function settle(
  page: Page,
  baseline: number,
  start: (state: ProbeState) => number,
  capMs: number,
): Promise<StepResult> {
  const began = Date.now();
  for (;;) {
    const left = capMs - (Date.now() - began);
    if (left <= 0) return { time: { ms: capMs, capped: true }, longestTask: null };
    let state: ProbeState;
    try {
      state = await probeState(page, left);
    } catch (error) {
      if (error instanceof Timeout) return { time: { ms: capMs, capped: true }, longestTask: null };
      throw error;
    }
    const now = await page.evaluate(() => performance.now());
    if (
      state.mutations > baseline &&
      // A page that says it is still busy (loading a part it needs) has not finished the step.
      !state.busy &&
      state.lastPaintAt >= state.lastMutationAt &&
      now - state.lastMutationAt >= QUIET_MS
    ) {
      const t0 = start(state);
      if (process.env["DATELINE_BENCH_DEBUG"]) {
        log(
          `  (last change at +${Math.round(state.lastMutationAt - t0)} ms: ${state.lastMutation})`,
        );
      }
      const tasks = await settledTasks(page);
      return {
        time: { ms: state.lastPaintAt - t0, capped: false },
        longestTask: longestTask(tasks, t0, state.lastPaintAt),
      };
    }
    await sleep(50);
  }
}

/** Waits for the DOM to be quiet (no timed step in flight). */
export async function quiesce(page: Page, capMs = 30_000): Promise<void> {
  const began = Date.now();
  while (Date.now() - began < capMs) {
    const state = await probeState(page, capMs);
    const now = await page.evaluate(() => performance.now());
    if (now - state.lastMutationAt >= QUIET_MS) return;
    await sleep(50);
  }
}

/** The desktop the loopback table is measured on. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };

export async function newPage(
  browser: Browser,
  probe: ProbeOptions,
  device: BrowserContextOptions = DESKTOP,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    ...device,
    timezoneId: "UTC",
    // The app animates window changes (vis-timeline's 500 ms glide) unless the reader asks for
    // less motion: measure the work, not the animation.
    reducedMotion: "reduce",
  });
  // As a string: tsx (esbuild keepNames) wraps named functions in __name(), which the page lacks.
  await context.addInitScript({
    content: `globalThis.__name ??= (f) => f; (${installProbe.toString()})(${JSON.stringify(probe)});`,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return { context, page, errors };
}

export async function closeQuietly(context: BrowserContext): Promise<boolean> {
  try {
    await within(context.close(), 15_000);
    return true;
  } catch {
    return false;
  }
}

async function heapMb(page: Page): Promise<number | null> {
  try {
    const cdp = await page.context().newCDPSession(page);
    await within(cdp.send("HeapProfiler.collectGarbage"), 20_000);
    await cdp.send("Performance.enable");
    const { metrics } = await within(cdp.send("Performance.getMetrics"), 10_000);
    await cdp.detach();
    const used = metrics.find((m) => m.name === "JSHeapUsedSize")?.value;
    return used === undefined ? null : used / 1_048_576;
  } catch {
    return null;
  }
}

/** Waits for the probe's readiness (ms since navigation start), capped. */
export async function waitReady(page: Page, capMs: number): Promise<Sample> {
  const began = Date.now();
  while (Date.now() - began < capMs) {
    try {
      const state = await probeState(page, capMs - (Date.now() - began));
      if (state.readyAt !== null) return { ms: state.readyAt, capped: false };
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
    }
    await sleep(50);
  }
  return { ms: capMs, capped: true };
}

export type StepName = "load" | "actor" | "range" | "search" | "select" | "deepLink";
export type RunResult = {
  steps: Partial<Record<StepName, StepResult>>;
  heapMb: number | null;
  errors: string[];
};

/** Applies a query in place, as Back/Forward would: pushState, then popstate. */
async function applyQuery(page: Page, query: string): Promise<number> {
  const { mutations } = await probeState(page);
  await page.evaluate((q) => {
    setTimeout(() => {
      const probe = (window as unknown as { __bench: ProbeState & { stepAt: number } }).__bench;
      probe.stepAt = performance.now();
      history.pushState(null, "", q === "" ? location.pathname : `?${q}`);
      dispatchEvent(new PopStateEvent("popstate", { state: null }));
    }, 0);
  }, query);
  return mutations;
}

const stepStart = (state: ProbeState): number => (state as ProbeState & { stepAt: number }).stepAt;

async function countLabel(page: Page): Promise<string> {
  const text = await page.evaluate(() => document.body.innerText);
  return /[\d,]+\s+of\s+[\d,]+\s+events?/i.exec(text)?.[0] ?? "(no 'N of M events' label)";
}

export async function runApp(
  browser: Browser,
  url: string,
  plan: Plan,
  fallback: boolean,
): Promise<RunResult> {
  const result: RunResult = { steps: {}, heapMb: null, errors: [] };
  const { context, page, errors } = await newPage(browser, {
    fallback,
    detailId: null,
    detailTitle: null,
  });
  try {
    await page.goto(url, { waitUntil: "commit" });
    const load = await waitReady(page, CAP_MS);
    const loadState = await settledTasks(page);
    result.steps.load = { time: load, longestTask: longestTask(loadState, 0, load.ms) };
    if (load.capped) return result;
    await quiesce(page);
    result.heapMb = await heapMb(page);

    const filterStep = async (name: StepName, query: string): Promise<void> => {
      const baseline = await applyQuery(page, query);
      result.steps[name] = await settle(page, baseline, stepStart, 30_000);
      log(`  app ${name}: ${formatMs(result.steps[name].time)} (${await countLabel(page)})`);
      await applyQuery(page, "");
      await quiesce(page);
    };
    await filterStep("actor", `actors=${encodeURIComponent(plan.actor)}`);
    await filterStep("range", `from=${plan.range.from}&to=${plan.range.to}`);

    // Search: the last keystroke of the term in the search box, or ?q= when there is no box.
    const box = page
      .getByRole("searchbox", { name: "Search", exact: true })
      .or(page.getByRole("searchbox"))
      .first();
    if ((await box.count()) > 0) {
      await box.fill(SEARCH_TERM.slice(0, -1));
      await quiesce(page);
      const { mutations } = await probeState(page);
      await box.press(SEARCH_TERM.slice(-1));
      result.steps.search = await settle(page, mutations, (s) => s.lastKeyAt, 30_000);
      log(
        `  app search (keystroke): ${formatMs(result.steps.search.time)} (${await countLabel(page)})`,
      );
      await box.fill("");
      await quiesce(page);
    } else {
      await filterStep("search", `q=${SEARCH_TERM}`);
    }

    const baseline = await applyQuery(page, `event=${encodeURIComponent(plan.select.id)}`);
    result.steps.select = await settle(page, baseline, stepStart, 30_000);
    const shown = await page
      .locator("h1, h2, h3, h4", { hasText: plan.select.title })
      .count()
      .catch(() => 0);
    log(
      `  app select: ${formatMs(result.steps.select.time)}${shown ? "" : " (title heading not found!)"}`,
    );
  } finally {
    result.errors.push(...errors);
    await closeQuietly(context);
  }

  // A cold deep link to one event, until its detail panel is painted.
  const cold = await newPage(browser, {
    fallback,
    detailId: plan.select.id,
    detailTitle: plan.select.title,
  });
  try {
    await cold.page.goto(`${url}?event=${encodeURIComponent(plan.select.id)}`, {
      waitUntil: "commit",
    });
    const began = Date.now();
    let time: Sample = { ms: CAP_MS, capped: true };
    while (Date.now() - began < CAP_MS) {
      const state = await probeState(cold.page, CAP_MS);
      if (state.detailAt !== null) {
        time = { ms: state.detailAt, capped: false };
        break;
      }
      await sleep(50);
    }
    const state = await settledTasks(cold.page);
    result.steps.deepLink = { time, longestTask: longestTask(state, 0, time.ms) };
  } finally {
    result.errors.push(...cold.errors);
    await closeQuietly(cold.context);
  }
  return result;
}

/** The bare page: same window, same filters, applied by clearing and re-adding items. */
export async function runBare(
  browser: Browser,
  url: string,
  plan: Plan,
): Promise<RunResult & { broken: boolean }> {
  const result: RunResult & { broken: boolean } = {
    steps: {},
    heapMb: null,
    errors: [],
    broken: false,
  };
  const { context, page, errors } = await newPage(browser, {
    fallback: false,
    detailId: null,
    detailTitle: null,
  });
  const filters: [StepName, BareFilter][] = [
    ["actor", { actor: plan.actor }],
    ["range", { from: plan.range.from, to: plan.range.to }],
    ["search", { q: SEARCH_TERM }],
  ];
  const capAll = (): void => {
    for (const [name] of filters)
      result.steps[name] ??= { time: { ms: CAP_MS, capped: true }, longestTask: null };
  };
  try {
    const query = `?items=items-${plan.size}.json&start=${plan.window.start}&end=${plan.window.end}`;
    await page.goto(`${url}${query}`, { waitUntil: "commit" });
    const load = await waitReady(page, CAP_MS);
    if (load.capped) {
      // It never drew: its filters cannot run either, and count as unfinished.
      result.steps.load = { time: load, longestTask: null };
      capAll();
      return result;
    }
    const loadState = await settledTasks(page);
    result.steps.load = { time: load, longestTask: longestTask(loadState, 0, load.ms) };
    await quiesce(page, CAP_MS);
    result.heapMb = await heapMb(page);
    const apply = async (filter: BareFilter): Promise<number> => {
      const { mutations } = await probeState(page);
      await page.evaluate((f) => {
        setTimeout(() => {
          const probe = (window as unknown as { __bench: ProbeState & { stepAt: number } }).__bench;
          probe.stepAt = performance.now();
          window.__bare?.apply(f);
        }, 0);
      }, filter);
      return mutations;
    };
    for (const [name, filter] of filters) {
      result.steps[name] = await settle(page, await apply(filter), stepStart, CAP_MS);
      log(`  bare ${name}: ${formatMs(result.steps[name].time)}`);
      if (result.steps[name].time.capped) break;
      const reset = await settle(page, await apply({}), stepStart, CAP_MS);
      if (reset.time.capped) break;
      await quiesce(page, CAP_MS);
    }
    capAll();
  } catch (error) {
    if (!(error instanceof Timeout)) throw error;
    capAll();
  } finally {
    result.errors.push(...errors);
    result.broken = !(await closeQuietly(context));
  }
  return result;
}
