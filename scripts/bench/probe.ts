/**
 * The in-page probe of `npm run bench`, injected with page.addInitScript before any page script runs.
 * It records, on the page's own clock (performance.now(), ms since navigation start):
 * - long tasks (PerformanceObserver "longtask") and stalls of a 20 ms timer heartbeat, to find the
 *   longest main-thread task of each step;
 * - readiness: the first frame after the page says it is ready, then one macrotask (input accepted);
 * - DOM mutations: the frame painted after the last mutation, so a step ends when the list and the
 *   timeline have both been redrawn and the DOM has then been quiet;
 * - the detail panel: the first frame after an element for the selected event appears;
 * - keydown time stamps, so a keystroke step starts when the key event was created;
 * - real content: the first frame in which the event list shows a row (`[data-event-id]`), which
 *   a loading screen does not count as (the paint the network table calls "content").
 *
 * Readiness, in order: `document.documentElement.dataset.ready === "true"`, or an element with
 * `[data-timeline-ready]` or `[data-ready="true"]` (the app's timeline canvas sets the latter once
 * vis-timeline has drawn its first items); only when `fallback` is true (the app exposes neither yet), a drawn
 * `.vis-item`.
 *
 * This function is serialised into the page: it must not refer to anything outside its body.
 */
export type ProbeOptions = {
  fallback: boolean;
  detailId: string | null;
  detailTitle: string | null;
  /** The panel counts as shown only once it lists its citations (`.citation`), not just a title. */
  detailNeedsCitations?: boolean;
};

/** What the probe exposes as `window.__bench`. */
export type ProbeState = {
  longtasks: { start: number; duration: number }[];
  /** Main-thread stalls seen by a 20 ms timer heartbeat (a task the longtask API missed shows here). */
  stalls: { start: number; duration: number }[];
  readySeenAt: number | null;
  readyAt: number | null;
  mutations: number;
  lastMutationAt: number;
  /** What the last relevant mutation touched (for --debug): its type, element class and attribute. */
  lastMutation: string;
  lastPaintAt: number;
  lastKeyAt: number;
  detailAt: number | null;
  /** The first frame with an event row in it (ms since navigation start). */
  contentAt: number | null;
  /** Whether the page says it is busy (an `[aria-busy="true"]` element) at the last mutation. */
  busy: boolean;
};

export function installProbe(options: ProbeOptions): void {
  const state: ProbeState = {
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
  (window as unknown as { __bench: ProbeState }).__bench = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.longtasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No long-task support: the column stays empty rather than wrong.
  }
  // Chromium sometimes reports no longtask entry for a task of many seconds (seen at 100k events),
  // so a heartbeat measures stalls too: a timer due in 20 ms that fires late was blocked.
  let beat = performance.now();
  const heartbeat = (): void => {
    const now = performance.now();
    const stalled = now - beat - 20;
    if (stalled >= 50) state.stalls.push({ start: beat + 20, duration: stalled });
    beat = now;
    setTimeout(heartbeat, 20);
  };
  setTimeout(heartbeat, 20);
  addEventListener(
    "keydown",
    (event) => {
      state.lastKeyAt = event.timeStamp;
    },
    { capture: true },
  );

  const isReady = (): boolean => {
    if (document.documentElement.dataset["ready"] === "true") return true;
    if (document.querySelector('[data-timeline-ready], [data-ready="true"]')) return true;
    return options.fallback && document.querySelector(".vis-item") !== null;
  };
  const detailShown = (): boolean => {
    if (options.detailId === null) return false;
    const id = CSS.escape(options.detailId);
    if (options.detailNeedsCitations === true) {
      return document.querySelector(`[data-detail-event="${id}"] .citation`) !== null;
    }
    if (document.querySelector(`[data-detail-event="${id}"], [data-selected-event="${id}"]`)) {
      return true;
    }
    const title = options.detailTitle;
    if (title === null) return false;
    for (const heading of document.querySelectorAll("h1, h2, h3, h4")) {
      if (heading.textContent.trim() === title) return true;
    }
    return false;
  };
  let contentSeen = false;
  const tick = (): void => {
    if (!contentSeen && document.querySelector("[data-event-id]")) {
      contentSeen = true;
      requestAnimationFrame(() => {
        state.contentAt ??= performance.now();
      });
    }
    if (state.readySeenAt === null && isReady()) {
      state.readySeenAt = performance.now();
      requestAnimationFrame(() => {
        setTimeout(() => {
          state.readyAt = performance.now();
        }, 0);
      });
    }
    if (state.detailAt === null && detailShown()) {
      requestAnimationFrame(() => {
        state.detailAt ??= performance.now();
      });
    }
    if (
      state.readyAt === null ||
      !contentSeen ||
      (options.detailId !== null && state.detailAt === null)
    ) {
      requestAnimationFrame(tick);
    }
  };
  requestAnimationFrame(tick);

  let paintPending = false;
  new MutationObserver((records) => {
    // vis-timeline's current-time bar moves on its own every second or so: not an update.
    const relevant = records.some((record) => {
      const node = record.target;
      const element = node instanceof Element ? node : node.parentElement;
      return !element?.closest(".vis-current-time");
    });
    if (!relevant) return;
    state.mutations++;
    state.lastMutationAt = performance.now();
    state.busy = document.querySelector('[aria-busy="true"]') !== null;
    const last = records.at(-1);
    const target = last?.target instanceof Element ? last.target : last?.target.parentElement;
    state.lastMutation = `${last?.type ?? ""} .${target?.className ?? ""} ${last?.attributeName ?? ""}`;
    if (!paintPending) {
      paintPending = true;
      requestAnimationFrame(() => {
        paintPending = false;
        state.lastPaintAt = performance.now();
      });
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}
