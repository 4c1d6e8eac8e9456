/**
 * The index-first layout on the wire: the app loads data/timeline.json (an index) and the shards
 * it names, checks each on arrival, and says which part failed (with a way to try again) rather
 * than show a blank page or unchecked data.
 */
import { expect, test } from "./fixtures.ts";
import { eventOf, loadDataset } from "./datasets.ts";
import { count, detail } from "./explorer.ts";

const ERROR_HEADING = { name: "The timeline could not be loaded" };

test.describe("the dataset's shards @phone", () => {
  test("a shard request that fails says so, and Try again loads the timeline", async ({
    page,
    guard,
  }) => {
    guard.allowConsoleErrors(/net::ERR_FAILED|Failed to load resource/);
    let aborted = 0;
    await page.route("**/data/shards/events-*.json", async (route) => {
      if (aborted === 0) {
        aborted++;
        await route.abort("failed");
      } else {
        await route.continue();
      }
    });
    await page.goto("./");
    await expect(page.getByRole("heading", ERROR_HEADING)).toBeVisible();
    await expect(page.getByText("The event details could not be fetched.")).toBeVisible();
    await expect(page.getByText(/data\/shards\/events-[0-9a-f]{16}\.json/)).toBeVisible();
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", ERROR_HEADING)).toBeHidden();
    await expect(count(page)).toBeVisible();
    expect(aborted).toBe(1);
  });

  test("a shard that is not the file its index names is refused by name", async ({ page }) => {
    await page.route("**/data/shards/events-*.json", async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      // Same length, one character changed: only the sha256 can tell.
      const damaged = text.replace(
        /"summary":"(.)/,
        (_, c: string) => `"summary":"${c === "X" ? "Y" : "X"}`,
      );
      await route.fulfill({ response, body: damaged });
    });
    await page.goto("./");
    await expect(page.getByRole("heading", ERROR_HEADING)).toBeVisible();
    await expect(page.getByText(/not the file the index names/)).toBeVisible();
    await expect(page.getByText(/sha256 [0-9a-f]{64}, the index names [0-9a-f]{64}/)).toBeVisible();
  });

  test("a deep link to an event opens its panel with its citations from the shards", async ({
    page,
    request,
  }) => {
    const dataset = await loadDataset(request);
    const last = dataset.events.at(-1);
    if (!last) throw new Error("the real dataset has no events");
    const event = eventOf(dataset, last.id);
    const shards: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/data/shards/")) shards.push(r.url());
    });
    await page.goto(`./?event=${event.id}`);
    const panel = detail(page);
    await expect(panel.getByRole("heading", { name: event.title })).toBeVisible();
    const first = event.citations[0];
    if (!first) throw new Error("an event without citations");
    await expect(panel.getByText(first.exact, { exact: false }).first()).toBeVisible();
    expect(shards.some((url) => /\/events-[0-9a-f]{16}\.json$/.test(url))).toBe(true);
  });
});
