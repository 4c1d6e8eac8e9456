/**
 * Keyboard alone: the tab order and its focus rings (light and dark), the menus and the source
 * reader closing on Escape back to their opener, and the timeline moved by its buttons. What
 * explorer.spec.ts already proves (arrow keys, Home/End, Enter opens, Escape closes the panel and
 * returns focus to its row) is not repeated here.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { DATASET, detail, eventById, openApp, queryOf, row } from "./explorer.ts";

const VISIT = eventById("beijing-visit");

/** Where a focused element sits in the page, for checking the tab order region by region. */
type Zone = "skip" | "header" | "filters" | "timeline" | "list" | "panel" | "body" | "other";

type Focused = {
  zone: Zone;
  name: string;
  outline: string;
  outlineWidth: number;
  boxShadow: string;
};

/** Describes the focused element: its zone, its text, and how its focus is drawn. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) {
      return { zone: "body", name: "", outline: "none", outlineWidth: 0, boxShadow: "none" };
    }
    const zone = el.matches(".skip-link")
      ? "skip"
      : el.closest("header.masthead")
        ? "header"
        : el.closest("form[role='search']")
          ? "filters"
          : el.closest(".timeline-section")
            ? "timeline"
            : el.closest("#event-list")
              ? "list"
              : el.closest("aside.detail")
                ? "panel"
                : "other";
    const style = getComputedStyle(el);
    return {
      zone,
      name: (el.getAttribute("aria-label") ?? el.textContent).trim().slice(0, 60),
      outline: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
    } satisfies {
      zone: string;
      name: string;
      outline: string;
      outlineWidth: number;
      boxShadow: string;
    };
  }) as Promise<Focused>;
}

/** Presses Tab until `done` says stop (or `limit` presses), returning each focused element. */
async function tabUntil(page: Page, done: (f: Focused) => boolean, limit = 80): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    seen.push(now);
    if (done(now)) break;
  }
  return seen;
}

/** The window parameter of the URL as inclusive days, or null when it has none. */
function windowOf(page: Page): { first: number; last: number } | null {
  const value = new URL(page.url()).searchParams.get("window");
  if (!value) return null;
  const [first = "", last = ""] = value.split("/");
  return { first: Date.parse(`${first}T00:00:00Z`), last: Date.parse(`${last}T00:00:00Z`) };
}

function days(w: { first: number; last: number }): number {
  return (w.last - w.first) / 86_400_000 + 1;
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`keyboard alone (${scheme} theme)`, () => {
    test.use({ colorScheme: scheme });

    test("the tab order runs skip link, header, filters, timeline, list, panel, every stop with a visible focus ring", async ({
      page,
    }) => {
      await openApp(page, "?event=beijing-visit");
      // Start from the top of the document, as a reader arriving on the page does.
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
      });
      const stops = await tabUntil(page, (f) => f.zone === "body" || f.zone === "other");
      const zones = stops.map((s) => s.zone).filter((z, i, all) => z !== all[i - 1]);
      expect(zones.slice(0, 6)).toEqual(["skip", "header", "filters", "timeline", "list", "panel"]);
      expect(zones.slice(6).filter((z) => z !== "body")).toEqual([]);
      // The list is one tab stop (the open event's row); arrows move inside it.
      expect(stops.filter((s) => s.zone === "list")).toHaveLength(1);
      expect(stops.find((s) => s.zone === "list")?.name).toContain(VISIT.title);
      // The panel's controls are reached: actors, related events, each citation's actions.
      const panel = stops.filter((s) => s.zone === "panel").map((s) => s.name);
      expect(panel.filter((n) => n === "Read in source")).toHaveLength(VISIT.citations.length);
      for (const stop of stops.filter((s) => s.zone !== "body")) {
        const ring = stop.outline !== "none" && stop.outlineWidth >= 2;
        expect(
          ring || stop.boxShadow !== "none",
          `focus indicator on "${stop.name}" (${stop.zone})`,
        ).toBe(true);
      }
    });

    test("the first Tab shows the skip link, which moves focus into the list", async ({ page }) => {
      await openApp(page);
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Skip to the event list" });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport({ ratio: 1 });
      const box = await skip.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(40);
      expect(box?.height ?? 0).toBeGreaterThan(20);
      const first = DATASET.events[0];
      if (!first) throw new Error("the dataset is empty");
      await page.keyboard.press("Enter");
      await expect(row(page, first.title)).toBeFocused();
      await expect(skip).not.toBeInViewport();
    });
  });
}

test.describe("keyboard alone", () => {
  test("the source reader, opened from a citation by keyboard, closes on Escape and returns focus there", async ({
    page,
  }) => {
    await openApp(page);
    await row(page, VISIT.title).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: VISIT.title })).toBeFocused();
    // Tab from the panel's heading to the second citation's "Read in source".
    const stops = await tabUntil(page, (f) => f.name === "Read in source", 40);
    expect(stops.at(-1)?.name).toBe("Read in source");
    // The next stop is the second citation's (the passage's link is in the Share menu now).
    await tabUntil(page, (f) => f.name === "Read in source", 10);
    const read = detail(page).getByRole("button", { name: "Read in source" }).nth(1);
    await expect(read).toBeFocused();
    await page.keyboard.press("Enter");
    const reader = page.getByRole("dialog");
    await expect(reader).toBeVisible();
    expect(queryOf(page)).toContain("source=");
    await page.keyboard.press("Escape");
    await expect(reader).toBeHidden();
    await expect(read).toBeFocused();
    // Only the reader closed: the detail panel is still open.
    await expect(detail(page)).toBeVisible();
    expect(queryOf(page)).toBe(`event=${VISIT.id}`);
  });

  for (const menu of ["Actors", "Status"] as const) {
    test(`the ${menu} menu opens by keyboard and closes on Escape, returning focus to its button`, async ({
      page,
    }) => {
      await openApp(page, `?event=${VISIT.id}`);
      const button = page.getByRole("search").getByRole("button", { name: new RegExp(`^${menu}`) });
      await button.focus();
      await page.keyboard.press("Enter");
      await expect(button).toHaveAttribute("aria-expanded", "true");
      const checkboxes = page.getByRole("search").getByRole("checkbox");
      await expect(checkboxes.first()).toBeVisible();
      // Into the menu: Tab reaches its first field (a find box or a checkbox), Space toggles.
      await page.keyboard.press("Tab");
      const onFind = await page.evaluate(
        () => document.activeElement?.getAttribute("type") === "search",
      );
      if (onFind) await page.keyboard.press("Tab");
      await expect(checkboxes.first()).toBeFocused();
      await page.keyboard.press("Space");
      await expect(checkboxes.first()).toBeChecked();
      await page.keyboard.press("Escape");
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(checkboxes.first()).toBeHidden();
      await expect(button).toBeFocused();
      // Escape stopped at the menu: the detail panel stays open.
      await expect(detail(page)).toBeVisible();
      expect(queryOf(page)).toContain(`event=${VISIT.id}`);
      // A second Escape reaches the panel.
      await page.keyboard.press("Escape");
      await expect(detail(page)).toHaveCount(0);
    });
  }

  test("zoom, pan and fit buttons move the timeline's window by keyboard", async ({ page }) => {
    await openApp(page);
    expect(windowOf(page)).toBeNull();
    const tool = (name: string) =>
      page.getByRole("group", { name: "Zoom and pan" }).getByRole("button", { name });
    const press = async (name: string) => {
      await tool(name).focus();
      await page.keyboard.press("Enter");
    };

    await press("Zoom in");
    await expect.poll(() => windowOf(page)).not.toBeNull();
    const zoomedIn = windowOf(page);
    if (!zoomedIn) throw new Error("no window after zooming in");

    await press("Zoom out");
    await expect.poll(() => days(windowOf(page) ?? zoomedIn)).toBeGreaterThan(days(zoomedIn));
    const zoomedOut = windowOf(page) ?? zoomedIn;
    // About twice as wide (the ends are rounded to whole days).
    expect(days(zoomedOut) / days(zoomedIn)).toBeGreaterThan(1.7);
    expect(days(zoomedOut) / days(zoomedIn)).toBeLessThan(2.3);

    await press("Earlier");
    await expect.poll(() => windowOf(page)?.first).toBeLessThan(zoomedOut.first);
    const earlier = windowOf(page) ?? zoomedOut;
    expect(Math.abs(days(earlier) - days(zoomedOut))).toBeLessThanOrEqual(1);

    // Space works as well as Enter.
    await tool("Later").focus();
    await page.keyboard.press("Space");
    await expect.poll(() => windowOf(page)?.first).toBeGreaterThan(earlier.first);

    await press("Fit all");
    await expect.poll(() => windowOf(page)).toBeNull();
    await expect(tool("Fit all")).toBeFocused();
  });

  test("a second zoom, pressed mid-way through the first, builds on where the first is going", async ({
    page,
  }) => {
    // vis-timeline reports the window it was built with from a 200 ms timer, which an animated
    // move does not cancel. Press "Zoom in" 40 ms after the timeline is built and "Zoom out"
    // 300 ms after: the stale report arrives between the two, while the zoom in is under way.
    await page.addInitScript(() => {
      const windows: (string | null)[] = [];
      (window as unknown as { zoomWindows: (string | null)[] }).zoomWindows = windows;
      const press = (name: string) => {
        [...document.querySelectorAll<HTMLButtonElement>("button.tool")]
          .find((b) => b.textContent.includes(name))
          ?.click();
        windows.push(new URL(location.href).searchParams.get("window"));
      };
      const watch = new MutationObserver(() => {
        if (!document.querySelector(".vis-timeline")) return;
        watch.disconnect();
        setTimeout(() => {
          press("Zoom in");
        }, 40);
        setTimeout(() => {
          press("Zoom out");
        }, 300);
      });
      watch.observe(document, { childList: true, subtree: true });
    });
    await openApp(page);
    const zooms = () =>
      page.evaluate(() => (window as unknown as { zoomWindows: (string | null)[] }).zoomWindows);
    await expect.poll(async () => (await zooms()).length).toBe(2);
    const asDays = (value: string | null | undefined) => {
      const [first = "", last = ""] = (value ?? "").split("/");
      return days({
        first: Date.parse(`${first}T00:00:00Z`),
        last: Date.parse(`${last}T00:00:00Z`),
      });
    };
    const [zoomedIn, zoomedOut] = (await zooms()).map(asDays);
    if (zoomedIn === undefined || zoomedOut === undefined) throw new Error("two zooms expected");
    expect(zoomedIn).toBeGreaterThan(0);
    // Twice the zoomed-in window, not twice the window the stale report named (four times).
    expect(zoomedOut / zoomedIn).toBeGreaterThan(1.7);
    expect(zoomedOut / zoomedIn).toBeLessThan(2.3);
  });
});
