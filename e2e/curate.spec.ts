/**
 * The curator's workspace, end to end in Chromium: a new article becomes checked events in the
 * explorer; nothing is lost on a reload, a stopped server or a second tab; it all works by
 * keyboard; axe finds nothing; the write endpoints refuse what they must. Every test runs its own
 * curate server on a temporary copy of the corpus.
 */
import { copyFileSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { expect as baseExpect, tabTo, test } from "./curate.ts";

// Each test drives a whole workspace (the pipeline's build runs in the page on every change), on
// a machine whose two cores are shared: give it time.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const FIXTURE = "e2e/corpora/curate/harbour-reopens.txt";
const SEED = "000_eb413498417fa6d3";

/** Selects `words` in the article pane, as a mouse would. */
async function selectInArticle(page: Page, words: string): Promise<void> {
  await page.locator(".ca-body").evaluate((body, target) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let text = "";
    const nodes: { node: Text; start: number }[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n.parentElement as HTMLElement).closest(".ca-timex-tip")) continue;
      nodes.push({ node: n as Text, start: text.length });
      text += n.textContent ?? "";
    }
    const at = text.indexOf(target);
    if (at === -1) throw new Error(`not in the article: ${target}`);
    const point = (offset: number): [Text, number] => {
      const hit = [...nodes].reverse().find((n) => n.start <= offset) ?? nodes[0];
      if (!hit) throw new Error("empty article");
      return [hit.node, offset - hit.start];
    };
    const range = document.createRange();
    range.setStart(...point(at));
    range.setEnd(...point(at + target.length));
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, words);
}

/** The card whose heading names `title` (or an untitled one). */
const card = (page: Page, title: RegExp | string) =>
  page.locator("section.ce-card").filter({ has: page.getByRole("heading", { name: title }) });

async function addFixtureArticle(page: Page): Promise<void> {
  await page.goto("curate/");
  await page.getByLabel("Text file").setInputFiles(FIXTURE);
  await expect(page.getByLabel("Dateline (YYYY-MM-DD)")).toHaveValue("2024-03-06");
  await expect(page.getByLabel("Article id")).toHaveValue("harbour-reopens");
  await page.getByRole("button", { name: "Add the article" }).click();
  await expect(page).toHaveURL(/\?article=harbour-reopens$/);
}

/**
 * Opens the seed article in two tabs; the first saves its attribution, then the second saves its
 * own over the same version, and gets the conflict (returned with the second tab).
 */
const ATTRIBUTION = "Attribution (who wrote or credited it)";

async function conflictBetweenTabs(page: Page, context: BrowserContext) {
  const other = await context.newPage();
  await page.goto(`curate/?article=${SEED}`);
  await other.goto(`curate/?article=${SEED}`);
  const attribution = ATTRIBUTION;
  await page.getByLabel(attribution).fill("Al Jazeera, first tab");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  await other.getByLabel(attribution).fill("Al Jazeera, second tab");
  await other.getByRole("button", { name: "Save" }).click();
  return { other, conflict: other.getByRole("alert") };
}

test.describe("the curator's workspace", () => {
  test("a new article becomes checked events that the explorer shows with their passages", async ({
    page,
    curate,
  }) => {
    await addFixtureArticle(page);
    // Saved byte for byte.
    expect(readFileSync(join(curate.corpus, "articles/harbour-reopens.txt"))).toEqual(
      readFileSync(FIXTURE),
    );
    // Every date the tagger found is marked, with its resolved date.
    const monday = page.locator(".ca-timex", { hasText: "Monday" });
    await monday.focus();
    await expect(page.getByRole("tooltip", { name: /date → 2024-03-04/ })).toBeVisible();

    // The proposer's events arrive as cards to decide: accept them all.
    await expect(page.getByText(/events? proposed from the article/)).toBeVisible();
    const accept = page.getByRole("button", { name: "Accept", exact: true });
    const proposed = await accept.count();
    expect(proposed).toBeGreaterThan(0);
    for (let i = 0; i < proposed; i++) await accept.first().click();
    await expect(accept).toHaveCount(0);
    await page.getByLabel("Article title (the editors' label)").fill("Kestrel Bay harbour reopens");
    await page.getByLabel("Attribution (who wrote or credited it)").fill("Test Wire");

    // An event from a selection, dated from an expression found in its paragraph.
    await selectInArticle(page, "The port of Kestrel Bay reopened on Monday");
    await page.getByRole("button", { name: "New event from the selection" }).click();
    const reopened = card(page, /untitled/);
    await expect(reopened).toHaveCount(1);
    // The live check flags the empty title beside its field, with the pipeline's hint.
    await expect(reopened.getByText('field "title" is empty')).toBeVisible();
    await expect(reopened.getByText('missing field "date" in an event')).toBeVisible();
    await expect(
      page.getByRole("heading", { name: /problems? to fix before saving/ }),
    ).toBeVisible();
    await reopened.getByLabel("Title").fill("Kestrel Bay port reopens");
    const opened = card(page, "Kestrel Bay port reopens");
    await opened.getByLabel("Summary").fill("The port reopened after a nine-day storm closure.");
    await opened
      .getByLabel("Date", { exact: true })
      .selectOption({ label: "“Monday” → 2024-03-04" });
    // A quote the article does not contain is flagged, then fixed by removing it.
    await opened
      .getByLabel("Add a quote (the article's exact words)")
      .fill("the harbour authority says");
    await opened.getByRole("button", { name: "Add citation" }).click();
    await expect(opened.locator(".cf-problems")).toContainText("quote not found");
    await opened.getByRole("button", { name: "Remove citation 2" }).click();

    // A second event, typed as a quote, dated "14 March" and planned.
    await page
      .getByLabel("New event from a quote (the article's exact words)")
      .fill("The council will vote on the repair budget on 14 March");
    await page.getByRole("button", { name: "New event", exact: true }).click();
    const vote = card(page, /untitled/);
    await vote.getByLabel("Title").fill("Council votes on the repair budget");
    const voting = card(page, "Council votes on the repair budget");
    await voting.getByLabel("Summary").fill("The council is to vote on the breakwater repairs.");
    await voting
      .getByLabel("Date", { exact: true })
      .selectOption({ label: "“14 March” → 2024-03-14" });
    await voting.getByLabel("Status").selectOption("planned");

    await expect(page.getByRole("heading", { name: "Checks pass" })).toBeVisible();
    // The preview draws with the explorer's own components.
    await expect(
      page
        .getByRole("region", { name: "Preview: what readers will see" })
        .locator(".vis-item")
        .first(),
    ).toBeVisible();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText(/^Saved at/)).toBeVisible();
    const yaml = readFileSync(join(curate.corpus, "annotations/harbour-reopens.yaml"), "utf8");
    expect(yaml).toContain("title: Kestrel Bay harbour reopens\n");
    expect(yaml).toContain("      phrase: 14 March\n");

    await page.getByRole("button", { name: "Rebuild and open in the explorer" }).click();
    await expect(page).toHaveURL(/\/\?event=/);
    await page.goto("./?event=the-port-of-kestrel-bay");
    await expect(
      page.getByRole("heading", { name: "Kestrel Bay port reopens" }).first(),
    ).toBeVisible();
    await expect(
      page.locator("mark", { hasText: "The port of Kestrel Bay reopened on Monday" }).first(),
    ).toBeVisible();
    const dataset = JSON.parse(readFileSync(curate.out, "utf8")) as { events: { id: string }[] };
    expect(dataset.events.map((e) => e.id)).toContain("the-council-will-vote-on");
  });

  test("a reload restores the draft; a save to a stopped server keeps it, and saves once it is back", async ({
    page,
    curate,
    guard,
  }) => {
    // Chromium logs the refused connection, and the stale token's one refusal after the restart
    // (the workspace then fetches the new token and retries).
    guard.allowConsoleErrors(/Failed to load resource: net::ERR_CONNECTION_REFUSED/);
    guard.allowConsoleErrors(/Failed to load resource: the server responded with a status of 403/);
    await page.goto(`curate/?article=${SEED}`);
    const title = page.getByLabel("Article title (the editors' label)");
    await expect(title).toHaveValue("Blinken meets Qin Gang in Beijing");
    await title.fill("Blinken in Beijing (edited)");
    await expect(page.getByText(/draft kept in this browser/)).toBeVisible();
    // Unsaved work: leaving asks first (its own test below); say yes.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.reload();
    await expect(page.getByText(/Restored your unsaved draft from/)).toBeVisible();
    await expect(title).toHaveValue("Blinken in Beijing (edited)");

    await curate.stop();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("alert")).toContainText("The curate server did not answer");
    await expect(title).toHaveValue("Blinken in Beijing (edited)");
    const file = join(curate.corpus, `annotations/${SEED}.yaml`);
    expect(readFileSync(file, "utf8")).toContain("title: Blinken meets Qin Gang in Beijing\n");

    await curate.start();
    await page.getByRole("button", { name: "Retry save" }).click();
    await expect(page.getByText(/^Saved at/)).toBeVisible();
    const saved = readFileSync(file, "utf8");
    expect(saved).toContain("title: Blinken in Beijing (edited)\n");
    // The hand-written file keeps its comments.
    expect(saved).toContain("# Annotations for corpus/articles/000_eb413498417fa6d3.txt");
  });

  test("an edit made just before a reload is kept, and leaving unsaved work asks first", async ({
    page,
  }) => {
    const asked: string[] = [];
    page.on("dialog", (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    await page.goto(`curate/?article=${SEED}`);
    const title = page.getByLabel("Article title (the editors' label)");
    await expect(title).toHaveValue("Blinken meets Qin Gang in Beijing");
    await title.click();
    await page.keyboard.press("End");
    await page.keyboard.type(", last word");
    // No wait for the autosave's pause in the typing: the page is left at once.
    await page.reload();
    await expect(title).toHaveValue("Blinken meets Qin Gang in Beijing, last word");
    await expect(page.getByText(/Restored your unsaved draft from/)).toBeVisible();
    expect(asked).toEqual(["beforeunload"]);

    // Once saved, the page is left without a question.
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText(/^Saved at/)).toBeVisible();
    await title.click();
    await page.reload();
    await expect(title).toHaveValue("Blinken meets Qin Gang in Beijing, last word");
    expect(asked).toEqual(["beforeunload"]);
  });

  test("two tabs edit one annotation: the second save gets a conflict, and nothing is lost", async ({
    page,
    context,
    curate,
  }) => {
    const { other, conflict } = await conflictBetweenTabs(page, context);
    await expect(conflict).toContainText(
      "changed on disk since you opened it: nothing was overwritten",
    );
    await expect(conflict.getByLabel("Your version")).toHaveValue(
      /attribution: Al Jazeera, second tab/,
    );
    await expect(conflict.getByLabel("The version on disk")).toHaveValue(
      /attribution: Al Jazeera, first tab/,
    );
    const file = join(curate.corpus, `annotations/${SEED}.yaml`);
    expect(readFileSync(file, "utf8")).toContain("attribution: Al Jazeera, first tab\n");

    await conflict.getByRole("button", { name: /Keep mine/ }).click();
    await expect(other.getByText(/^Saved at/)).toBeVisible();
    expect(readFileSync(file, "utf8")).toContain("attribution: Al Jazeera, second tab\n");
  });

  test("a conflict marks what differs; taking the version on disk keeps mine on screen to copy from", async ({
    page,
    context,
  }) => {
    const { other, conflict } = await conflictBetweenTabs(page, context);
    // The changed line, marked as removed (on disk) and added (mine) in words, not colour alone.
    const differs = conflict.getByRole("region", { name: "What differs" });
    await expect(differs.getByRole("deletion")).toHaveText(
      "−Only on disk: attribution: Al Jazeera, first tab",
    );
    await expect(differs.getByRole("insertion")).toHaveText(
      "+Only in yours: attribution: Al Jazeera, second tab",
    );

    await conflict.getByRole("button", { name: /Take the version on disk/ }).click();
    await expect(other.getByLabel(ATTRIBUTION)).toHaveValue("Al Jazeera, first tab");
    const copy = other.getByLabel("Your version (not saved)");
    await expect(copy).toHaveValue(/attribution: Al Jazeera, second tab/);
    // It stays while the version taken is edited, and goes when closed.
    await other.getByLabel(ATTRIBUTION).fill("Al Jazeera, merged by hand");
    await expect(copy).toBeVisible();
    await other.getByRole("button", { name: "Close my version" }).click();
    await expect(copy).toHaveCount(0);
  });

  test("a save the checks refuse counts the problems and leads to their list", async ({ page }) => {
    await page.goto(`curate/?article=${SEED}`);
    await expect(page.getByRole("heading", { name: "Checks pass" })).toBeVisible();
    await page.getByLabel("New event from a quote (the article's exact words)").fill("Blinken");
    await page.getByRole("button", { name: "New event", exact: true }).click();
    const list = page.getByRole("heading", { name: /problems? to fix before saving/ });
    await expect(list).toBeVisible();
    // Save says it is disabled (aria-disabled) but stays focusable, so pressing it says why.
    await page.getByRole("button", { name: "Save" }).focus();
    await page.keyboard.press("Enter");
    const alert = page.getByRole("alert");
    // The list is beside the message (or below it), never above: the message does not say so.
    await expect(alert).toContainText(/^Not saved: \d+ problems? to fix first\./);
    await expect(alert).not.toContainText("above");
    await alert.getByRole("link", { name: "Go to the list of problems" }).click();
    await expect(list).toBeFocused();
  });

  test("selecting words moves nothing above the article text", async ({ page }) => {
    await page.goto(`curate/?article=${SEED}`);
    await expect(page.getByRole("heading", { name: "Checks pass" })).toBeVisible();
    // A card being edited: the bar then offers "Cite in …" as well as "New event …".
    await page.locator("section.ce-card").first().getByLabel("Title").focus();
    const body = page.locator(".ca-body");
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 800 });
      const showArticle = page.getByRole("tab", { name: "Article" });
      if (await showArticle.isVisible()) await showArticle.click();
      // Scrolled to the top, where the browser's scroll anchoring cannot hide a move.
      await page.evaluate(() => {
        window.scrollTo(0, 0);
        document.querySelector(".ca-pane")?.scrollTo(0, 0);
      });
      const before = await body.evaluate((el) => el.getBoundingClientRect().top);
      await selectInArticle(
        page,
        "China and US have expressed their hopes of improving communication",
      );
      await expect(
        page.getByRole("button", { name: "New event from the selection" }),
      ).toBeVisible();
      if (width > 900) await expect(page.getByRole("button", { name: /^Cite in/ })).toBeVisible();
      // The text under the pointer stays where it was, whatever the bar shows.
      expect(await body.evaluate((el) => el.getBoundingClientRect().top)).toBe(before);
      await page.evaluate(() => document.getSelection()?.removeAllRanges());
      await expect(page.getByRole("button", { name: "New event from the selection" })).toHaveCount(
        0,
      );
      expect(await body.evaluate((el) => el.getBoundingClientRect().top)).toBe(before);
    }
  });

  test("merging a card moves its citations into the other, drops it and its stale checks, and saves", async ({
    page,
    curate,
  }) => {
    await page.goto(`curate/?article=${SEED}`);
    await expect(page.getByRole("heading", { name: "Checks pass" })).toBeVisible();
    const quote = "Biden told reporters on Saturday";
    await page.getByLabel("New event from a quote (the article's exact words)").fill(quote);
    await page.getByRole("button", { name: "New event", exact: true }).click();
    const extra = card(page, /untitled/);
    await expect(extra.getByRole("list", { name: "To check" })).toContainText(
      "Written from a selection",
    );
    const cards = page.locator("section.ce-card");
    const before = await cards.count();

    await extra
      .getByLabel("Merge into")
      .selectOption({ label: "Biden plays down the balloon episode" });
    await extra.getByRole("button", { name: "Merge", exact: true }).click();
    await expect(cards).toHaveCount(before - 1);
    await expect(card(page, /untitled/)).toHaveCount(0);
    const biden = card(page, "Biden plays down the balloon episode");
    const citations = biden.getByRole("group", { name: "Citations" }).getByRole("listitem");
    await expect(citations).toHaveCount(3);
    await expect(citations.last()).toContainText(quote);
    // What was to check about the dropped card's title and date does not follow it.
    await expect(biden.getByText("Written from a selection")).toHaveCount(0);

    await expect(page.getByRole("heading", { name: "Checks pass" })).toBeVisible();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText(/^Saved at/)).toBeVisible();
    const saved = readFileSync(join(curate.corpus, `annotations/${SEED}.yaml`), "utf8");
    expect(saved).toContain(`      - quote: ${quote}\n`);
    // One event fewer than cards before the merge, the merged card included.
    expect(saved.split("\n  - id: ")).toHaveLength(before);
  });

  test("the whole path works by keyboard alone", async ({ page, curate }) => {
    await page.goto("curate/");
    const text = readFileSync(FIXTURE, "utf8").replace(/^date \S+\n/, "");
    await tabTo(page, page.getByLabel("Dateline (YYYY-MM-DD)"));
    await page.keyboard.type("2024-03-06");
    await page.keyboard.press("Tab");
    await page.keyboard.insertText(text);
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Article id")).toBeFocused();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("harbour-keys");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?article=harbour-keys$/);

    await tabTo(page, page.getByLabel("Article title (the editors' label)"));
    await page.keyboard.type("Harbour, by keyboard");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Test Wire");
    await tabTo(page, page.getByLabel("New event from a quote (the article's exact words)"));
    await page.keyboard.type("The storm struck on 24 February");
    await page.keyboard.press("Enter");
    const storm = card(page, /untitled/);
    // Past every proposed card's controls (each has its "Same as…" too) to the new one.
    await tabTo(page, storm.getByLabel("Title", { exact: true }), 200);
    await page.keyboard.type("The storm strikes");
    await page.keyboard.press("Tab");
    await page.keyboard.type("A storm tore moorings loose and sank two boats.");
    const date = card(page, "The storm strikes").getByLabel("Date", { exact: true });
    await tabTo(page, date);
    await page.keyboard.press("ArrowDown");
    await expect(date).toHaveValue(/24 February/);
    await expect(page.getByRole("heading", { name: "Checks pass" })).toBeVisible();
    await tabTo(page, page.getByRole("button", { name: "Save" }), 200);
    await page.keyboard.press("Enter");
    await expect(page.getByText(/^Saved at/)).toBeVisible();
    expect(readFileSync(join(curate.corpus, "annotations/harbour-keys.yaml"), "utf8")).toContain(
      "      phrase: 24 February\n",
    );
  });

  test("on a phone the cards come first, the article is a tab away, and Save stays in reach @phone", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`curate/?article=${SEED}`);
    await expect(page.getByRole("heading", { name: "Checks pass" })).toBeVisible();
    const events = page.getByRole("tab", { name: "Events" });
    const article = page.getByRole("tab", { name: "Article" });
    await expect(events).toHaveAttribute("aria-selected", "true");
    // The first card starts on the first screen; the article waits behind its tab.
    await expect(card(page, "Blinken visits Beijing and meets Qin Gang")).toBeInViewport();
    await expect(page.locator(".ca-body")).toBeHidden();

    // A card far down the page is edited: Save is still on the screen, and works.
    const last = page.locator("section.ce-card").last().getByLabel("Summary");
    await last.scrollIntoViewIfNeeded();
    await last.fill("Edited at the foot of the page.");
    const save = page.getByRole("button", { name: "Save" });
    await expect(save).toBeInViewport();
    await expect(last).toBeInViewport();
    await save.click();
    await expect(page.getByText(/^Saved at/)).toBeAttached();
    await expect(page.getByRole("status").filter({ hasText: "Saved on disk" })).toBeInViewport();

    // The tabs by keyboard: one tab stop, the arrows move between them.
    await events.focus();
    await page.keyboard.press("ArrowRight");
    await expect(article).toBeFocused();
    await expect(article).toHaveAttribute("aria-selected", "true");
    await expect(page.locator(".ca-body")).toBeVisible();
    await expect(last).toBeHidden();
    // A passage's link to its card goes back to the cards, on that card.
    await page.locator(".ca-cited-link").first().click();
    await expect(events).toHaveAttribute("aria-selected", "true");
    await expect(page.locator("section.ce-card").first()).toBeInViewport();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`axe finds nothing in the workspace (${scheme})`, async ({ page }) => {
      // axe walks a page of a dozen cards and a timeline: slow when the cores are shared.
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("curate/");
      await expect(page.getByRole("heading", { name: "Add an article" })).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await page.goto(`curate/?article=${SEED}`);
      await expect(page.getByRole("heading", { name: "Checks pass" })).toBeVisible();
      // A problem on show, and a conflict panel's worth of colours: a card with an empty title.
      await page.getByLabel("New event from a quote (the article's exact words)").fill("Blinken");
      await page.getByRole("button", { name: "New event", exact: true }).click();
      await expect(page.getByRole("heading", { name: /problems? to fix/ })).toBeVisible();
      await page.locator(".ca-timex").first().focus();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  }

  test("a hostile article shows literally and runs nothing", async ({ page, curate }) => {
    copyFileSync(
      "e2e/corpora/hostile/articles/evil_01.txt",
      join(curate.corpus, "articles/evil_01.txt"),
    );
    await page.goto("curate/?article=evil_01");
    await expect(
      page
        .locator(".ca-body")
        .getByText(/The council met <img src=x onerror="window.__xss=1"> in the hall on/)
        .first(),
    ).toBeVisible();
    await expect(
      // In the text, and again in the link from a proposal's cited passage to its card.
      page
        .locator(".ca-body")
        .getByText(/<script>window.__xss=2<\/script>/)
        .first(),
    ).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    await expect(page.locator("img[src='x']")).toHaveCount(0);
  });
});

test.describe("the write endpoints refuse", () => {
  /** A write as the workspace makes it (same origin, the page's token), with `init` on top. */
  async function put(
    page: Page,
    path: string,
    body: string | number[],
    headers: Record<string, string> = {},
  ) {
    const token = await page.locator('meta[name="dateline-token"]').getAttribute("content");
    const response = await page.request.put(`/api/files/${path}`, {
      headers: {
        origin: new URL(page.url()).origin,
        "x-dateline-token": token ?? "",
        "if-none-match": "*",
        ...headers,
      },
      data: typeof body === "string" ? body : Buffer.from(body),
    });
    return {
      status: response.status(),
      error: ((await response.json()) as { error: string }).error,
    };
  }

  test("traversal, cross-origin, oversized and binary writes, each with its error", async ({
    page,
    curate,
  }) => {
    await page.goto("curate/");
    const before = readdirSync(curate.corpus, { recursive: true }).sort();
    expect(await put(page, "annotations/..%2F..%2Fescape.yaml", "title: x\n")).toEqual({
      status: 400,
      error: expect.stringMatching(
        /^Path traversal "annotations\/..\/..\/escape.yaml" refused/,
      ) as unknown,
    });
    expect(await put(page, "%2Fetc%2Fescape.txt", "date 2024-01-01\nx\n")).toMatchObject({
      status: 400,
      error: expect.stringMatching(/^Absolute path/),
    });
    expect(
      await put(page, "articles/x.txt", "date 2024-01-01\nx\n", { origin: "http://evil.example" }),
    ).toMatchObject({
      status: 403,
      error: expect.stringMatching(
        /^Cross-origin request refused \(Origin "http:\/\/evil.example"\)/,
      ),
    });
    expect(
      await put(page, "articles/x.txt", "date 2024-01-01\nx\n", { "x-dateline-token": "guess" }),
    ).toMatchObject({
      status: 403,
      error: expect.stringMatching(/session token/),
    });
    expect(
      await put(page, "articles/big.txt", `date 2024-01-01\n${"a".repeat(5 * 1024 * 1024)}`),
    ).toMatchObject({
      status: 413,
      error: expect.stringMatching(/^Body over 5 MB refused/),
    });
    expect(await put(page, "articles/bin.txt", [0x64, 0x61, 0x74, 0x65, 0x00, 0x01])).toMatchObject(
      {
        status: 415,
        error: expect.stringMatching(/^Binary content refused/),
      },
    );
    expect(await put(page, "articles/latin1.txt", [0x64, 0x61, 0xe9, 0x0a])).toMatchObject({
      status: 415,
      error: expect.stringMatching(/^Not valid UTF-8/),
    });
    // Nothing was written anywhere.
    expect(readdirSync(curate.corpus, { recursive: true }).sort()).toEqual(before);
  });

  test("and a refused article is said in words in the workspace", async ({ page }) => {
    await page.goto("curate/");
    await page.getByLabel("Text file").setInputFiles({
      name: "latin1.txt",
      mimeType: "text/plain",
      buffer: Buffer.from([0x64, 0x61, 0x74, 0x65, 0x20, 0xe9]),
    });
    await expect(page.getByRole("status")).toHaveText(
      "latin1.txt is not UTF-8 text: save it as UTF-8 and try again.",
    );
  });
});

test("npm run build holds neither the workspace nor its endpoints", () => {
  const dist = process.env["DATELINE_DIST"] ?? "dist";
  const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) =>
    statSync(join(dist, f)).isFile(),
  );
  expect(files.some((f) => f.startsWith("curate"))).toBe(false);
  for (const file of files.filter((f) => /\.(js|html)$/.test(f))) {
    const text = readFileSync(join(dist, file), "utf8");
    expect(text, file).not.toContain("dateline-token");
    expect(text, file).not.toContain("/api/files/");
  }
});
