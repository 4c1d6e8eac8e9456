/**
 * The workspace's registry and story tools, end to end in Chromium: adding the people, companies
 * and places an article names to actors.yaml and places.yaml (appended, checked, never rewriting
 * what is there), marking a card "Same as…" an event another article defines, and the newsroom's
 * whole walk from a new article to the explorer with no YAML touched by hand. Every test runs its
 * own curate server on a temporary copy of a fixture corpus.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect as baseExpect, test } from "./curate.ts";

// The pipeline's build runs in the page on every change, on two shared cores: give it time.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const NEWSROOM = "e2e/corpora/newsroom";
const STORY = "e2e/corpora/story";

/** The card whose heading names `title`. */
const card = (page: Page, title: RegExp | string) =>
  page.locator("section.ce-card").filter({ has: page.getByRole("heading", { name: title }) });

/** Rejects every card still proposed, one at a time (each leaves the list as it is decided). */
async function rejectTheRest(page: Page): Promise<void> {
  const proposed = page.locator("section.ce-card.ce-proposed");
  for (let left = await proposed.count(); left > 0; left--) {
    await proposed.first().getByRole("button", { name: "Reject", exact: true }).click();
    await expect(proposed).toHaveCount(left - 1);
  }
}

const names = (page: Page) => page.getByRole("region", { name: "Names the registry lacks" });

test.describe("adding names to the registry @phone", () => {
  test.use({ curateCorpus: NEWSROOM });

  test("a proposed name and a typed one are appended to actors.yaml and places.yaml, and a clash is refused in words", async ({
    page,
    curate,
  }) => {
    const actorsBefore = readFileSync(join(curate.corpus, "actors.yaml"), "utf8");
    const placesBefore = readFileSync(join(curate.corpus, "places.yaml"), "utf8");
    await page.goto("curate/?article=7495");
    const panel = names(page);
    await panel.getByRole("button", { name: "Add Cisco (organisation)" }).click();
    await expect(panel.getByRole("status")).toHaveText("Added Cisco to actors.yaml.");
    // Offered once: gone from the list once it is in the registry.
    await expect(panel.getByRole("button", { name: "Add Cisco (organisation)" })).toHaveCount(0);
    const actors = readFileSync(join(curate.corpus, "actors.yaml"), "utf8");
    // Every byte that was there is still there, comments included; the entry follows.
    expect(actors).toBe(`${actorsBefore}- id: cisco\n  name: Cisco\n  kind: organisation\n`);

    // A name the proposer did not offer, typed in the small form.
    await panel.getByText("Add another name").click();
    await panel.getByLabel("Name", { exact: true }).fill("San Jose");
    await panel.getByLabel("Kind").selectOption("place");
    await panel.getByRole("button", { name: "Add to the registry" }).click();
    await expect(panel.getByRole("status")).toHaveText("Added San Jose to places.yaml.");
    expect(readFileSync(join(curate.corpus, "places.yaml"), "utf8")).toBe(
      `${placesBefore}- id: san-jose\n  name: San Jose\n`,
    );

    // A name another entry already holds (as an alias) is refused before anything is written.
    await panel.getByLabel("Name", { exact: true }).fill("U.S.");
    await panel.getByLabel("Kind").selectOption("country");
    await panel.getByRole("button", { name: "Add to the registry" }).click();
    await expect(panel.getByRole("alert")).toContainText(
      'The name "U.S." is already a name or alias of actor "united-states"',
    );
    expect(readFileSync(join(curate.corpus, "actors.yaml"), "utf8")).toBe(actors);
  });

  test("a card naming an unknown actor is flagged until the actor is added from the workspace", async ({
    page,
    curate,
  }) => {
    await page.goto("curate/?article=7495");
    const lawsuit = card(page, /reason for Cisco to file a lawsuit/);
    await lawsuit.getByRole("button", { name: "Accept", exact: true }).click();
    await lawsuit.getByLabel("Actors (ids, comma-separated)").fill("mark-chandler");
    await expect(lawsuit.getByText('unknown actor "mark-chandler"')).toBeVisible();
    await names(page).getByRole("button", { name: "Add Mark Chandler (person)" }).click();
    await expect(lawsuit.getByText('unknown actor "mark-chandler"')).toHaveCount(0);
    // The cards whose quotes name a company take it when it is added.
    await names(page).getByRole("button", { name: "Add Cisco (organisation)" }).click();
    await expect(lawsuit.getByLabel("Actors (ids, comma-separated)")).toHaveValue(
      "mark-chandler, cisco",
    );
    expect(readFileSync(join(curate.corpus, "actors.yaml"), "utf8")).toContain(
      "- id: mark-chandler\n  name: Mark Chandler\n  kind: person\n",
    );
  });
});

test.describe("Same as… @phone", () => {
  test.use({ curateCorpus: STORY });

  test("a card marked the same as another article's event is saved as a report on it, shows its earlier reports, and can be undone", async ({
    page,
    curate,
  }) => {
    // The November article, not yet annotated: the workspace proposes its events.
    rmSync(join(curate.corpus, "annotations/apec-november.yaml"));
    await page.goto("curate/?article=apec-november");
    const met = card(page, /APEC leaders met/);
    await expect(met).toHaveCount(1);
    // Marked already when the matcher is sure, else chosen from its suggestions or a search.
    const sameAs = met.getByRole("group", { name: /^Same as/ });
    if ((await sameAs.count()) === 0) {
      await met.getByText("Same as…").click();
      await met.getByLabel("Find the event (its words, an actor, a place or a day)").fill("apec");
      await met
        .getByRole("button", { name: "Same as APEC leaders' meeting in San Francisco" })
        .click();
    }
    await expect(sameAs).toContainText("APEC leaders' meeting in San Francisco");
    // The earlier report beside it: dateline, outlet, status, quote.
    await expect(sameAs.getByRole("listitem")).toHaveText(
      "2023-06-18 · Fixture Wire · Planned The United States will host the APEC leaders' meeting in San Francisco in November",
    );
    // Undo gives the card back as an event; marking it again makes it a report.
    await sameAs.getByRole("button", { name: /Undo “Same as”/ }).click();
    await expect(met.getByLabel("Id", { exact: true })).toBeVisible();
    // The matcher's suggestion comes first, with why; the search finds the event too.
    await expect(
      met.getByRole("list", { name: "The matcher’s suggestions" }).getByRole("button"),
    ).toHaveText(["Same as APEC leaders' meeting in San Francisco"]);

    await met
      .getByLabel("Find the event (its words, an actor, a place or a day)")
      .fill("san francisco");
    await met
      .getByRole("list", { name: "Events found" })
      .getByRole("button", { name: "Same as APEC leaders' meeting in San Francisco" })
      .click();
    await expect(met.getByLabel("Id", { exact: true })).toHaveCount(0);

    // Decide the rest: only the meeting is kept, as a report.
    const accept = met.getByRole("button", { name: "Accept", exact: true });
    if ((await accept.count()) > 0) await accept.click();
    await rejectTheRest(page);
    await expect(page.getByRole("heading", { name: "Checks pass" })).toBeVisible();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText(/^Saved at/)).toBeVisible();
    const yaml = readFileSync(join(curate.corpus, "annotations/apec-november.yaml"), "utf8");
    expect(yaml).toMatch(/reports:\n {2}- event: apec-san-francisco\n {4}status: occurred\n/);
    expect(yaml).not.toMatch(/- id: /);

    await page.getByRole("button", { name: "Rebuild and open in the explorer" }).click();
    await expect(page).toHaveURL(/\/\?event=/);
    const dataset = JSON.parse(readFileSync(curate.out, "utf8")) as {
      events: { id: string; status: string; reports: { source: string }[] }[];
    };
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]?.reports.map((r) => r.source)).toEqual(["apec-june", "apec-november"]);
    expect(dataset.events[0]?.status).toBe("occurred");
  });
});

test.describe("the newsroom walk-through", () => {
  test.use({ curateCorpus: NEWSROOM });

  test("a new article's people and companies are added from the workspace, its events accepted and fixed, and the explorer shows them with their passages", async ({
    page,
    curate,
  }) => {
    await page.goto("curate/?article=7495");
    await expect(page.getByText(/events? proposed from the article/)).toBeVisible();
    const panel = names(page);
    for (const label of [
      "Add Apple Inc (organisation)",
      "Add Cisco (organisation)",
      "Add Mark Chandler (person)",
    ]) {
      await panel.getByRole("button", { name: label }).click();
      await expect(panel.getByRole("button", { name: label })).toHaveCount(0);
    }

    // Keep the lawsuit and the dispute; fix the lawsuit's title; reject the rest.
    const lawsuit = card(page, /reason for Cisco to file a lawsuit/);
    await lawsuit.getByRole("button", { name: "Accept", exact: true }).click();
    await lawsuit.getByLabel("Title").fill("Cisco sues Apple over the iPhone trademark");
    const sued = card(page, "Cisco sues Apple over the iPhone trademark");
    await expect(sued.getByLabel("Actors (ids, comma-separated)")).toHaveValue("apple-inc, cisco");
    const dispute = card(page, /The dispute has come up/);
    await dispute.getByRole("button", { name: "Accept", exact: true }).click();
    await rejectTheRest(page);
    await page.getByLabel("Attribution (who wrote or credited it)").fill("Wikinews contributors");
    await expect(page.getByRole("heading", { name: "Checks pass" })).toBeVisible();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText(/^Saved at/)).toBeVisible();

    await page.getByRole("button", { name: "Rebuild and open in the explorer" }).click();
    await expect(page).toHaveURL(/\/\?event=/);
    const dataset = JSON.parse(readFileSync(curate.out, "utf8")) as {
      actors: { id: string }[];
      events: { id: string; title: string; actors: string[] }[];
    };
    expect(dataset.actors.map((a) => a.id).sort()).toEqual([
      "apple-inc",
      "cisco",
      "mark-chandler",
      "united-states",
    ]);
    const event = dataset.events.find((e) => e.title.startsWith("Cisco sues Apple"));
    expect(event?.actors).toEqual(["apple-inc", "cisco"]);
    await page.goto(`./?event=${event?.id ?? ""}`);
    await expect(
      page.getByRole("heading", { name: "Cisco sues Apple over the iPhone trademark" }).first(),
    ).toBeVisible();
    await expect(
      page
        .locator("mark", { hasText: "This became the reason for Cisco to file a lawsuit" })
        .first(),
    ).toBeVisible();
  });
});
