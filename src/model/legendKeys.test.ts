import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "./dataset.ts";
import { dateOf, sampleDataset } from "./fixtures/sampleDataset.ts";
import { storyDataset, storyEventOf } from "./fixtures/storyDataset.ts";
import { legendKeys } from "./legendKeys.ts";

const sample = sampleDataset();
const story = storyDataset();

function withDate(event: TimelineEvent, edtf: string): TimelineEvent {
  return { ...event, date: dateOf(edtf) };
}

describe("legendKeys(events)", () => {
  it("names each precision drawn hatched, never a year as a month", () => {
    const [first] = sample.events;
    if (!first) throw new Error("fixture");
    const keys = legendKeys([
      withDate({ ...first, status: "occurred" }, "2005"),
      withDate({ ...first, status: "occurred" }, "2005-22"),
      withDate({ ...first, status: "occurred" }, "[2005-01-01..2005-06-13]"),
    ]);
    expect(keys.approximate).toEqual(["season", "year", "span"]);
    expect(keys.anticipatedApproximate).toEqual([]);
  });

  it("names the precisions of anticipated events apart", () => {
    const keys = legendKeys(sample.events);
    expect(keys.approximate).toContain("month");
    expect(keys.anticipatedApproximate).toEqual(["month"]);
  });

  it("names the story marks only when some event carries them", () => {
    expect(legendKeys(sample.events)).toMatchObject({
      story: false,
      changed: false,
      disagree: false,
    });
    expect(legendKeys(story.events)).toMatchObject({ story: true, changed: true, disagree: true });
    expect(legendKeys([storyEventOf(story, "harbour")])).toMatchObject({
      story: true,
      changed: false,
      disagree: false,
    });
  });

  it("names nothing beyond the statuses for no events", () => {
    expect(legendKeys([])).toEqual({
      approximate: [],
      anticipatedApproximate: [],
      story: false,
      changed: false,
      disagree: false,
    });
  });
});
