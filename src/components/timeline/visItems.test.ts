import { describe, expect, it } from "vitest";
import { localDateToDay } from "../../model/dates.ts";
import { sampleDataset } from "../../model/fixtures/sampleDataset.ts";
import { storyDataset } from "../../model/fixtures/storyDataset.ts";
import type { PlanBucketItem, PlanDatelineItem, PlanEventItem } from "../../model/timelinePlan.ts";
import { eventShape, planTimeline } from "../../model/timelinePlan.ts";
import { fitWindow } from "../../model/timeWindow.ts";
import { eventClasses, sameDrawing, toVisGroup, toVisItem } from "./visItems.ts";

const dataset = sampleDataset();
const window = fitWindow(dataset.events.map((e) => eventShape(e).extent)) ?? { start: 0, end: 1 };
const plan = planTimeline({
  window,
  events: dataset.events,
  groupBy: "status",
  selected: dataset.events.find((e) => e.id === "beijing-visit") ?? null,
  actorNames: new Map(dataset.actors.map((a) => [a.id, a.name])),
  sources: dataset.sources,
});
const eventItem = (eventId: string, selected = false): PlanEventItem => {
  const item = plan.items.find(
    (i): i is PlanEventItem =>
      i.kind === "event" && i.eventId === eventId && i.selected === selected,
  );
  if (!item) throw new Error(`no planned item for ${eventId}`);
  return item;
};
const day = (date: unknown): string => localDateToDay(date as Date);

describe("toVisItem(item)", () => {
  it("draws a single day as a point at noon of that local day, in its lane", () => {
    const vis = toVisItem(eventItem("biden-remarks"));
    expect(vis).toMatchObject({ type: "point", group: "status:occurred", content: "" });
    expect(day(vis.start)).toBe("2023-06-17");
    expect((vis.start as Date).getHours()).toBe(12);
    expect(vis.end).toBeUndefined();
    expect(vis.label).toBe("Biden plays down the balloon");
    expect(vis.detail).toBe("Biden plays down the balloon: 17 June 2023");
  });

  it("draws a span from its first local midnight to the midnight after its last day", () => {
    const vis = toVisItem(eventItem("beijing-visit", true));
    expect(vis.type).toBe("range");
    expect(day(vis.start)).toBe("2023-06-18");
    expect(day(vis.end)).toBe("2023-06-20");
    expect((vis.end as Date).getHours()).toBe(0);
    expect(vis.className).toBe("tl-event tl-status-ongoing tl-selected");
  });

  it("marks a month-precision event approximate, and names its status in the tooltip", () => {
    const vis = toVisItem(eventItem("delhi-g20"));
    expect(vis.label).toBe("≈ G20 summit in Delhi");
    expect(vis.detail).toBe("G20 summit in Delhi: September 2023 (expected)");
    expect(vis.className).toBe("tl-event tl-status-expected tl-approx");
    // Drawn in its status's look: a tinted bar in a dashed outline, an italic title.
    expect(vis).toMatchObject({
      "status-fill": "tint",
      "status-line": "dashed",
      "status-weight": "2",
      "status-italic": "true",
      "status-struck": "false",
    });
    expect(day(vis.start)).toBe("2023-09-01");
    expect(day(vis.end)).toBe("2023-10-01");
  });

  it("draws a count as its number, with the period in words in the tooltip", () => {
    const bucket: PlanBucketItem = {
      kind: "bucket",
      id: "bucket::month:19509",
      lane: null,
      start: 19509,
      end: 19539,
      unit: "month",
      count: 1234,
    };
    const vis = toVisItem(bucket);
    expect(vis).toMatchObject({ type: "range", className: "tl-bucket", label: "1,234" });
    expect(vis["status-fill"]).toBeUndefined();
    expect(vis.detail).toBe("1,234 events in June 2023: click to zoom in");
    expect(vis.group).toBeUndefined();
    expect(toVisItem({ ...bucket, count: 1, lane: "status:planned" })).toMatchObject({
      detail: "1 event in June 2023: click to zoom in",
      group: "status:planned",
    });
  });

  it("draws a dateline as a background day, its label dropped when it would collide", () => {
    const dateline = plan.items.find((i): i is PlanDatelineItem => i.kind === "dateline");
    if (!dateline) throw new Error("no dateline planned");
    const vis = toVisItem(dateline);
    expect(vis).toMatchObject({ type: "background", className: "tl-dateline" });
    expect(vis.label).toBe("reported 18 June 2023");
    expect(day(vis.start)).toBe("2023-06-18");
    expect(day(vis.end)).toBe("2023-06-19");
    expect(toVisItem({ ...dateline, labelled: false }).className).toBe("tl-dateline tl-unlabelled");
  });
});

describe("toVisItem(item) of a story", () => {
  const story = storyDataset();
  const storyPlan = planTimeline({
    window,
    events: story.events,
    groupBy: "none",
    selected: null,
    actorNames: new Map(),
    sources: story.sources,
    asOf: "2023-10-03",
  });
  const item = (eventId: string): PlanEventItem => {
    const found = storyPlan.items.find(
      (i): i is PlanEventItem => i.kind === "event" && i.eventId === eventId,
    );
    if (!found) throw new Error(eventId);
    return found;
  };

  it("carries an event's marks, and says them in its tooltip", () => {
    const delhi = toVisItem(item("delhi"));
    expect(delhi.story).toEqual({
      reports: 2,
      changed: true,
      disagree: true,
      words: "2 reports, status changed, date moved, reports disagree",
    });
    expect(delhi.className).toBe("tl-event tl-status-occurred tl-story tl-disagree");
    expect(delhi.detail).toBe(
      "G20 summit in Delhi: 2 October 2023 · 2 reports, status changed, date moved, reports disagree",
    );
    const fund = toVisItem(item("fund"));
    expect(fund.story).toBeNull();
    expect(fund.className).toBe("tl-event tl-status-occurred");
  });

  it("draws the view's day as its own rule, in words", () => {
    const rule = storyPlan.items.find(
      (i): i is PlanDatelineItem => i.kind === "dateline" && i.asOf,
    );
    if (!rule) throw new Error("no rule for the view's day");
    const vis = toVisItem(rule);
    expect(vis.className).toBe("tl-dateline tl-asof");
    expect(vis.label).toBe("as reported up to 3 October 2023");
    expect(vis.detail).toMatch(/^The view is as reported up to 3 October 2023/);
  });
});

describe("eventClasses(item)", () => {
  it("says how an open-ended event is drawn", () => {
    expect(eventClasses(eventItem("talks-continue"))).toBe(
      "tl-event tl-status-hoped-for tl-open-end",
    );
    expect(eventClasses(eventItem("balakrishnan-meeting"))).toBe(
      "tl-event tl-status-occurred tl-open-start",
    );
  });
});

describe("toVisGroup(lane, order)", () => {
  it("carries the lane's label and count as text, with no HTML content", () => {
    expect(toVisGroup({ id: "status:planned", label: "Planned", count: 3 }, 2)).toEqual({
      id: "status:planned",
      content: "",
      order: 2,
      label: "Planned",
      count: 3,
    });
  });
});

describe("sameDrawing(previous, next)", () => {
  const point = eventItem("biden-remarks");
  it("updates an event in place only while its lane and shape stay", () => {
    expect(sameDrawing(point, { ...point, title: "Renamed" })).toBe(true);
    expect(sameDrawing(point, { ...point, lane: "status:planned" })).toBe(false);
    expect(sameDrawing(point, { ...point, shape: "range" })).toBe(false);
  });

  it("never turns one kind of item into another, nor a new item into an update", () => {
    const dateline = plan.items.find((i) => i.kind === "dateline");
    if (!dateline) throw new Error("no dateline planned");
    expect(sameDrawing(undefined, point)).toBe(false);
    expect(sameDrawing(dateline, point)).toBe(false);
    expect(sameDrawing(dateline, dateline)).toBe(true);
  });
});
