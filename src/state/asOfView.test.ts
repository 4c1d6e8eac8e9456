import { describe, expect, it } from "vitest";
import { projectAsOf } from "../model/asOf.ts";
import { searchTexts } from "../model/filter.ts";
import { storyDataset } from "../model/fixtures/storyDataset.ts";
import { datasetAsOf } from "./asOfView.ts";

describe("datasetAsOf(dataset, day, texts)", () => {
  it("is the dataset as reported up to the day, with the search texts of what was known then", () => {
    const dataset = storyDataset();
    const view = datasetAsOf(dataset, "2023-06-18", searchTexts(dataset));
    expect(view.dataset).toEqual(projectAsOf(dataset, "2023-06-18"));
    // The texts are those of the projected events: November's quote is not searchable in June.
    expect(view.searchTexts).toEqual(searchTexts(view.dataset));
    expect(view.searchTexts?.join("\n")).not.toContain("15 november");
  });

  it("makes each day once per dataset, and the same objects the next time it is asked", () => {
    const dataset = storyDataset();
    const texts = searchTexts(dataset);
    const first = datasetAsOf(dataset, "2023-10-03", texts);
    datasetAsOf(dataset, "2023-06-18", texts);
    expect(datasetAsOf(dataset, "2023-10-03", texts)).toBe(first);
    // Another dataset object has its own days.
    expect(datasetAsOf(storyDataset(), "2023-10-03", texts).dataset).not.toBe(first.dataset);
  });

  it("keeps the unchanged events' texts, reading only the events the day changed", () => {
    const dataset = storyDataset();
    const texts = dataset.events.map((e) => `text of ${e.id}`);
    const view = datasetAsOf(dataset, "2023-10-03", texts);
    const ids = view.dataset.events.map((e) => e.id);
    const kept = ids.map((id, i) => [id, view.searchTexts?.[i]]);
    // delhi and fund are told in full by 3 October; apec and harbour lost their November report.
    expect(kept.filter(([id]) => id === "delhi" || id === "fund")).toEqual([
      ["delhi", "text of delhi"],
      ["fund", "text of fund"],
    ]);
    expect(kept.find(([id]) => id === "apec")?.[1]).toMatch(/^apec leaders' meeting/);
  });

  it("passes today's view on as it is: a day after the last report changes nothing", () => {
    const dataset = storyDataset();
    const texts = searchTexts(dataset);
    const view = datasetAsOf(dataset, "2030-01-01", texts);
    expect(view.dataset).toBe(dataset);
    expect(view.searchTexts).toBe(texts);
  });

  it("lets go of the oldest days, and makes one again when it comes back", () => {
    const dataset = storyDataset();
    const first = datasetAsOf(dataset, "2023-06-18", undefined);
    for (let d = 20; d < 30; d++) datasetAsOf(dataset, `2023-07-${String(d)}`, undefined);
    const again = datasetAsOf(dataset, "2023-06-18", undefined);
    expect(again).not.toBe(first);
    expect(again.dataset).toEqual(first.dataset);
  });
});
