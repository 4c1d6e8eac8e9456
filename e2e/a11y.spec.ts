import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { realDataset, serveDataset } from "./datasets.ts";

const dataset = JSON.parse(realDataset()) as {
  title: string;
  events: { id: string; citations: { source: string; start: number; end: number }[] }[];
};
const visit = dataset.events.find((e) => e.id === "beijing-visit");
const passage = visit?.citations[0];
if (!passage) throw new Error("the real dataset lost beijing-visit's citation");

/**
 * The main states of the app, each reached by its deep link (the public URL contract), some then
 * by a step no link holds (a menu open, text typed). On the phone project the filters start folded.
 */
const STATES: {
  name: string;
  query: string;
  act?: (page: Page) => Promise<void>;
  ready: (page: Page) => Promise<void>;
}[] = [
  {
    name: "initial",
    query: "",
    ready: (page) =>
      expect(page.getByRole("heading", { level: 1, name: dataset.title })).toBeVisible(),
  },
  {
    name: "filtered",
    query: "?q=balloon&status=occurred",
    ready: (page) => expect(page.getByText(/\d+ of \d+ events/).first()).toBeVisible(),
  },
  {
    name: "event open",
    query: "?event=beijing-visit",
    ready: (page) =>
      expect(
        page.getByRole("heading", { name: "Blinken visits Beijing and meets Qin Gang" }).first(),
      ).toBeVisible(),
  },
  {
    name: "source reader open",
    query: `?source=${passage.source}&passage=${passage.start}-${passage.end}`,
    ready: (page) => expect(page.locator("mark").first()).toBeVisible(),
  },
  {
    name: "Share menu open",
    query: "?event=beijing-visit",
    act: (page) => page.getByRole("banner").getByRole("button", { name: "Share" }).click(),
    ready: (page) => expect(page.getByRole("button", { name: /^This passage/ })).toBeVisible(),
  },
  {
    name: "date box not applied, filters unfolded",
    query: "",
    act: async (page) => {
      const toggle = page.getByRole("button", { name: /^Filters/ });
      if (await toggle.isVisible()) await toggle.click();
      await page.getByRole("textbox", { name: "To", exact: true }).fill("2023-13");
    },
    ready: (page) => expect(page.getByText(/To: not applied/)).toBeVisible(),
  },
  {
    name: "empty result",
    query: "?q=zzzzzzzzz",
    ready: (page) => expect(page.getByText(/0 of \d+ events/).first()).toBeVisible(),
  },
];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe finds nothing (${scheme} theme) @phone`, () => {
    test.use({ colorScheme: scheme });
    for (const state of STATES) {
      test(`in the ${state.name} state`, async ({ page }) => {
        await page.goto(`./${state.query}`);
        await expect(page.locator(".timeline-canvas")).toHaveAttribute("data-ready", "true");
        await state.act?.(page);
        await state.ready(page);
        await expectNoViolations(page);
      });
    }
    test("on the error screen", async ({ page, guard }) => {
      guard.allowConsoleErrors(/404/);
      await serveDataset(page, "Not found", 404);
      await page.goto("./");
      await expect(
        page.getByRole("heading", { name: "The timeline could not be loaded" }),
      ).toBeVisible();
      await expectNoViolations(page);
    });
  });
}
