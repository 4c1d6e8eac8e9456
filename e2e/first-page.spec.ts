/**
 * The whole chain, end to end: corpus → pipeline → dataset → app → browser. The app's first page
 * is checked against what the corpus says, not against the dataset the pipeline made of it: the
 * events the annotation file defines, and each one's date label as a reader of the article
 * (dateline Sunday 18 June 2023) would write it, in date order.
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "./fixtures.ts";

/**
 * The first page, written by hand from the article: [event id, date label, title] in the list's
 * order (earliest day first; an open start counts as its last day, and events on the same days
 * keep their ids' order). Why each label holds, against the dateline:
 */
const FIRST_PAGE = [
  // "a long meeting in November" (past): the November before June 2023.
  ["bali-g20", "November 2022", "Biden and Xi meet at the G20 summit in Bali"],
  // "a suspected spy balloon above the US in February" (past).
  ["balloon-incident", "February 2023", "Suspected spy balloon discovered above the US"],
  // "planned for the same month": the balloon's month, a trip that did not happen then.
  [
    "beijing-trip-postponed",
    "February 2023 (postponed)",
    "Blinken delays his February trip to China",
  ],
  // "told reporters on Saturday": the day before Sunday 18 June.
  ["biden-balloon-remarks", "17 June 2023", "Biden plays down the balloon episode"],
  // "Before departure" and "Before leaving for Beijing": before the trip began on the 18th.
  [
    "blinken-balakrishnan-meeting",
    "before 18 June 2023",
    "Blinken meets Singapore's foreign minister in Washington",
  ],
  ["blinken-press-conference", "before 18 June 2023", "Blinken sets out three aims for the trip"],
  // "over the next several months": from the dateline on, only hoped for.
  [
    "biden-hopes-to-meet-xi",
    "from 18 June 2023 on (hoped for)",
    "Biden hopes to meet Xi again in the coming months",
  ],
  // Undated reports of things already done: no later than the dateline.
  ["blinken-qin-phone-call", "on or before 18 June 2023", "Blinken and Qin Gang's phone call"],
  [
    "katrine-yu-live-report",
    "on or before 18 June 2023",
    "Al Jazeera's Katrine Yu: Beijing wants assurances",
  ],
  [
    "us-china-communication-hopes",
    "on or before 18 June 2023",
    "China and the US voice hope for better communication",
  ],
  ["xi-apec-invitation", "on or before 18 June 2023", "Xi invited to San Francisco for APEC"],
  // "two-day trip", under way on the dateline: the 18th and the 19th.
  ["beijing-visit", "18–19 June 2023", "Blinken visits Beijing and meets Qin Gang"],
  [
    "blinken-banquet",
    "18–19 June 2023 (expected)",
    "Blinken expected at a banquet in the Diaoyutai Gardens",
  ],
  // "in September" and "in November" (future): later in 2023, not yet happened.
  ["delhi-g20", "September 2023 (expected)", "Biden and Xi likely at the G20 summit in Delhi"],
  ["san-francisco-apec", "November 2023 (planned)", "APEC leaders' meeting in San Francisco"],
];

/**
 * What the corpus's own files say, read with plain patterns (the suite does not load the
 * pipeline): the title in corpus.yaml, and the id of every event the annotations define (`- id:`
 * opens an event; reports and citations of other articles' events say `- event:`).
 */
function corpusSays(): { title: string; ids: string[] } {
  const title = /^title: (.+)$/m.exec(readFileSync("corpus/corpus.yaml", "utf8"))?.[1] ?? "";
  const ids = readdirSync("corpus/annotations")
    .filter((name) => name.endsWith(".yaml"))
    .flatMap((name) =>
      [...readFileSync(`corpus/annotations/${name}`, "utf8").matchAll(/^ {2}- id: (\S+)$/gm)].map(
        (m) => m[1] ?? "",
      ),
    );
  return { title, ids };
}

test("the app loads the dataset and lists the corpus's events in date order with their labels", async ({
  page,
}) => {
  const corpus = corpusSays();
  // Keeps the expectation above honest: an event added to or dropped from the corpus fails here.
  expect(FIRST_PAGE.map(([id]) => id).sort()).toEqual([...corpus.ids].sort());

  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/data/timeline.json", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./");
  await expect(page.getByText("Loading the timeline…")).toBeVisible();
  release();

  await expect(page.getByRole("heading", { level: 1, name: corpus.title })).toBeVisible();
  const rows = page.getByRole("region", { name: "Events" }).getByRole("button");
  await expect(rows).toHaveCount(FIRST_PAGE.length);
  const shown = await rows.evaluateAll((buttons) =>
    buttons.map((b) => [
      b.getAttribute("data-event-id"),
      b.querySelector(".row-date")?.textContent,
      b.querySelector(".row-title")?.textContent,
    ]),
  );
  expect(shown).toEqual(FIRST_PAGE);
});
