import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "./dataset.ts";
import { dayNumberOf, formatDay } from "./dates.ts";
import { dateOf, makeEvent, sampleDataset } from "./fixtures/sampleDataset.ts";
import { storyDataset } from "./fixtures/storyDataset.ts";
import type { PlanBucketItem, PlanEventItem, PlanInput } from "./timelinePlan.ts";
import {
  bucketOf,
  describeBucket,
  diffPlan,
  eventShape,
  itemFingerprint,
  MAX_PLAN_ITEMS,
  MIN_BUCKET_PIXELS,
  NO_ACTOR_LANE,
  OPEN_INTERVAL_DAYS,
  planTimeline,
} from "./timelinePlan.ts";
import { fitWindow } from "./timeWindow.ts";

const dataset = sampleDataset();
const byId = (id: string): TimelineEvent => {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(id);
  return event;
};
const d = dayNumberOf;
const actorNames = new Map(dataset.actors.map((a) => [a.id, a.name]));
const fitAll = fitWindow(dataset.events.map((e) => eventShape(e).extent)) ?? { start: 0, end: 1 };
const input = (over: Partial<PlanInput> = {}): PlanInput => ({
  window: fitAll,
  events: dataset.events,
  groupBy: "none",
  selected: null,
  actorNames,
  sources: dataset.sources,
  ...over,
});
const eventItems = (items: readonly { kind: string }[]) =>
  items.filter((i): i is PlanEventItem => i.kind === "event");

/** `n` synthetic events, one every `stepDays` from 2000-01-01, with day precision. */
function manyEvents(
  n: number,
  stepDays: number,
  actors: string[] = ["joe-biden"],
): TimelineEvent[] {
  const template = makeEvent({
    id: "e",
    title: "Event",
    edtf: "2000-01-01",
    quotes: ["The two leaders"],
  });
  return Array.from({ length: n }, (_, i) => ({
    ...template,
    id: `e${i}`,
    title: `Event ${i}`,
    date: dateOf(formatDay(d(2000, 1, 1) + Math.floor(i * stepDays))),
    actors: [actors[i % actors.length] ?? "x"],
  }));
}

describe("eventShape(event)", () => {
  it("draws a day as a point at noon of that day", () => {
    const s = eventShape(byId("biden-remarks"));
    expect(s.shape).toBe("point");
    expect(s.start).toBe(d(2023, 6, 17) + 0.5);
    expect(s.extent).toEqual({ start: d(2023, 6, 17), end: d(2023, 6, 18) });
    expect(s.approximate).toBe(false);
  });

  it("draws a month-precision event over its whole month, approximate", () => {
    const s = eventShape(byId("balloon-incident"));
    expect(s).toMatchObject({
      shape: "range",
      approximate: true,
      start: d(2023, 2, 1),
      end: d(2023, 3, 1),
    });
  });

  it("draws a multi-day span as a range ending after its last day", () => {
    const s = eventShape(byId("beijing-visit"));
    expect(s).toMatchObject({
      shape: "range",
      approximate: false,
      start: d(2023, 6, 18),
      end: d(2023, 6, 20),
    });
  });

  it("draws an open start as a fading range ending after the known day", () => {
    const s = eventShape(byId("balakrishnan-meeting"));
    expect(s).toMatchObject({
      shape: "range",
      openStart: true,
      openEnd: false,
      end: d(2023, 6, 18),
    });
    expect(s.end - s.start).toBe(OPEN_INTERVAL_DAYS);
  });

  it("draws an open end as a fading range from the known day", () => {
    const s = eventShape(byId("talks-continue"));
    expect(s).toMatchObject({ shape: "range", openEnd: true, start: d(2023, 6, 18) });
    expect(s.end - s.start).toBe(OPEN_INTERVAL_DAYS);
  });
});

describe("planTimeline(input)", () => {
  it("draws every event of a small dataset individually, plus the article's dateline", () => {
    const plan = planTimeline(input());
    expect(plan.detail).toBe("events");
    expect(plan.lanes).toBeNull();
    expect(eventItems(plan.items).map((i) => i.eventId)).toEqual(dataset.events.map((e) => e.id));
    expect(plan.items.filter((i) => i.kind === "dateline")).toEqual([
      {
        kind: "dateline",
        id: "dateline:2023-06-18",
        day: "2023-06-18",
        start: d(2023, 6, 18),
        end: d(2023, 6, 19),
        sources: 1,
        label: "reported 18 June 2023",
        labelled: true,
        asOf: false,
      },
    ]);
  });

  it("draws the day the view is as reported up to as its own rule, labelled before any other", () => {
    const sources = ["2020-03-01", "2020-03-02"].map((dateline, i) => ({ id: `s${i}`, dateline }));
    const rules = (asOf: string) =>
      planTimeline(
        input({
          sources,
          asOf,
          window: { start: d(2020, 1, 1), end: d(2020, 1, 1) + 731 },
          pixels: 1000,
        }),
      )
        .items.filter((i) => i.kind === "dateline")
        .map((i) => [i.day, i.label, i.labelled, i.asOf]);
    // A day no article is dated: a rule of its own.
    expect(rules("2020-09-01")).toEqual([
      ["2020-03-01", "reported 1 March 2020", true, false],
      ["2020-03-02", "reported 2 March 2020", false, false],
      ["2020-09-01", "as reported up to 1 September 2020", true, true],
    ]);
    // An article's day: that rule becomes the view's. Its neighbour's label, which would run
    // into it, is left off instead of it.
    expect(rules("2020-03-02")).toEqual([
      ["2020-03-01", "reported 1 March 2020", false, false],
      ["2020-03-02", "as reported up to 2 March 2020", true, true],
    ]);
  });

  it("carries each event's story marks: told by several reports, changed, disagreeing", () => {
    const story = storyDataset();
    const plan = planTimeline({
      ...input(),
      events: story.events,
      sources: story.sources,
      window: { start: d(2023, 6, 1), end: d(2023, 12, 1) },
    });
    const marks = Object.fromEntries(eventItems(plan.items).map((i) => [i.eventId, i.story]));
    expect(marks).toEqual({
      harbour: { reports: 2, changed: false, disagree: false, words: "2 reports" },
      delhi: {
        reports: 2,
        changed: true,
        disagree: true,
        words: "2 reports, status changed, date moved, reports disagree",
      },
      fund: null,
      apec: {
        reports: 2,
        changed: true,
        disagree: false,
        words: "2 reports, status changed, date refined",
      },
    });
  });

  it("labels a dateline only where its label clears the one before it", () => {
    const sources = ["2020-03-01", "2020-03-02", "2020-09-01", "2021-02-01", "2021-02-01"].map(
      (dateline, i) => ({ id: `s${i}`, dateline }),
    );
    const labels = (days: number, pixels?: number) =>
      planTimeline(
        input({
          sources,
          window: { start: d(2020, 1, 1), end: d(2020, 1, 1) + days },
          ...(pixels === undefined ? {} : { pixels }),
        }),
      )
        .items.filter((i) => i.kind === "dateline")
        .map((i) => `${i.label}${i.labelled ? "" : " (unlabelled)"}`);
    // Two years over 1,000 px: a day is under 2 px, half a year about 250, a label about 170.
    expect(labels(731, 1000)).toEqual([
      "reported 1 March 2020",
      "reported 2 March 2020 (unlabelled)",
      "reported 1 September 2020",
      "reported 1 February 2021 (2 articles)",
    ]);
    // A marker left of the view (planned for a pan) gets no label, and takes no room from the
    // first one in view.
    const panned = planTimeline(
      input({ sources, window: { start: d(2020, 3, 2), end: d(2020, 3, 2) + 731 }, pixels: 1000 }),
    ).items.filter((i) => i.kind === "dateline");
    expect(panned.map((i) => [i.day, i.labelled])).toEqual([
      ["2020-03-01", false],
      ["2020-03-02", true],
      ["2020-09-01", true],
      ["2021-02-01", true],
    ]);
    // Zoomed to a week each day has room; before the canvas is measured, every label shows.
    expect(labels(400, 200_000).every((l) => !l.endsWith("(unlabelled)"))).toBe(true);
    expect(labels(731).every((l) => !l.endsWith("(unlabelled)"))).toBe(true);
  });

  it("marks the selected event's items as selected", () => {
    const plan = planTimeline(input({ selected: byId("delhi-g20") }));
    const selected = eventItems(plan.items).filter((i) => i.selected);
    expect(selected.map((i) => i.eventId)).toEqual(["delhi-g20"]);
  });

  it("draws the selected event even when the filters left it out", () => {
    const plan = planTimeline(input({ events: [byId("bali-g20")], selected: byId("delhi-g20") }));
    expect(eventItems(plan.items).map((i) => i.eventId)).toEqual(["bali-g20", "delhi-g20"]);
  });

  it("leaves out events far from the window", () => {
    const window = { start: d(2023, 9, 1), end: d(2023, 10, 1) };
    const plan = planTimeline(input({ window }));
    // Planned range: August to October 2023.
    expect(eventItems(plan.items).map((i) => i.eventId)).toEqual(["delhi-g20"]);
    expect(plan.items.some((i) => i.kind === "dateline")).toBe(false);
  });

  it("makes a lane per actor, busiest first, and draws an event in each of its lanes", () => {
    const plan = planTimeline(input({ groupBy: "actor" }));
    expect(plan.lanes?.[0]).toEqual({
      id: "actor:united-states",
      label: "United States",
      count: 4,
    });
    expect(plan.lanes?.map((l) => l.label)).toContain("Vivian Balakrishnan");
    const visit = eventItems(plan.items).filter((i) => i.eventId === "beijing-visit");
    expect(visit.map((i) => i.lane)).toEqual([
      "actor:antony-blinken",
      "actor:qin-gang",
      "actor:united-states",
    ]);
    expect(new Set(plan.items.map((i) => i.id)).size).toBe(plan.items.length);
  });

  it("puts events with no actor in a last lane of their own", () => {
    const lonely = makeEvent({
      id: "lonely",
      title: "Lonely",
      edtf: "2023-03",
      quotes: ["The two leaders"],
    });
    const plan = planTimeline(input({ groupBy: "actor", events: [...dataset.events, lonely] }));
    expect(plan.lanes?.at(-1)).toEqual({ id: NO_ACTOR_LANE, label: "No actor named", count: 1 });
  });

  it("makes a lane per status in the canonical order", () => {
    const plan = planTimeline(input({ groupBy: "status" }));
    expect(plan.lanes?.map((l) => l.label)).toEqual([
      "Occurred",
      "Ongoing",
      "Planned",
      "Expected",
      "Hoped for",
    ]);
    expect(eventItems(plan.items).find((i) => i.eventId === "delhi-g20")?.lane).toBe(
      "status:expected",
    );
  });

  it("counts events per period when there are too many to draw, never over the limit", () => {
    const events = manyEvents(5000, 1.5); // about 20 years
    const window = fitWindow(events.map((e) => eventShape(e).extent)) ?? fitAll;
    const plan = planTimeline(input({ events, window }));
    expect(plan.detail).toBe("month");
    const buckets = plan.items.filter((i): i is PlanBucketItem => i.kind === "bucket");
    expect(buckets.length).toBeLessThanOrEqual(MAX_PLAN_ITEMS);
    expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(5000);
    expect(eventItems(plan.items)).toEqual([]);
  });

  it("picks the finest period that fits: weeks for a year of daily events", () => {
    const events = manyEvents(365, 1);
    const plan = planTimeline(
      input({ events, window: { start: d(2000, 4, 1), end: d(2000, 9, 1) } }),
    );
    expect(plan.detail).toBe("week");
    const buckets = plan.items.filter((i): i is PlanBucketItem => i.kind === "bucket");
    expect(buckets.every((b) => b.end - b.start === 7)).toBe(true);
  });

  it("never draws a count narrower than MIN_BUCKET_PIXELS on the canvas", () => {
    const events = manyEvents(5000, 1.5); // about 20 years
    const window = fitWindow(events.map((e) => eventShape(e).extent)) ?? fitAll;
    // Months would fit the item budget, but 20 years of months on 1,300 pixels are 5 px each.
    const wide = planTimeline(input({ events, window, pixels: 1300 }));
    expect(wide.detail).toBe("year");
    const days = window.end - window.start;
    for (const bucket of wide.items.filter((i): i is PlanBucketItem => i.kind === "bucket")) {
      expect(((bucket.end - bucket.start) * 1300) / days).toBeGreaterThanOrEqual(MIN_BUCKET_PIXELS);
    }
    // Zoomed to two years, months are wide enough.
    const zoomed = planTimeline(
      input({ events, window: { start: d(2005, 1, 1), end: d(2007, 1, 1) }, pixels: 1300 }),
    );
    expect(zoomed.detail).toBe("month");
  });

  it("draws events individually again once zoomed in", () => {
    const events = manyEvents(5000, 1.5);
    const plan = planTimeline(
      input({ events, window: { start: d(2005, 3, 1), end: d(2005, 4, 1) } }),
    );
    expect(plan.detail).toBe("events");
    expect(eventItems(plan.items).length).toBeGreaterThan(40);
    expect(eventItems(plan.items).length).toBeLessThanOrEqual(MAX_PLAN_ITEMS);
  });

  it("keeps the selected event individual and out of the counts", () => {
    const events = manyEvents(5000, 1.5);
    const selected = events[1234] ?? null;
    const window = fitWindow(events.map((e) => eventShape(e).extent)) ?? fitAll;
    const plan = planTimeline(input({ events, window, selected }));
    expect(eventItems(plan.items).map((i) => [i.eventId, i.selected])).toEqual([["e1234", true]]);
    const total = plan.items.reduce((sum, i) => sum + (i.kind === "bucket" ? i.count : 0), 0);
    expect(total).toBe(4999);
  });

  it("counts per lane and period with lanes", () => {
    const events = manyEvents(3000, 2, ["joe-biden", "xi-jinping", "qin-gang"]);
    const window = fitWindow(events.map((e) => eventShape(e).extent)) ?? fitAll;
    const plan = planTimeline(input({ events, window, groupBy: "actor" }));
    const buckets = plan.items.filter((i): i is PlanBucketItem => i.kind === "bucket");
    expect(buckets.length).toBeLessThanOrEqual(MAX_PLAN_ITEMS);
    expect(new Set(buckets.map((b) => b.lane))).toEqual(
      new Set(["actor:joe-biden", "actor:xi-jinping", "actor:qin-gang"]),
    );
    expect(plan.lanes?.map((l) => l.count)).toEqual([1000, 1000, 1000]);
  });

  it("falls back to decades when nothing finer fits", () => {
    const events = manyEvents(2000, 365);
    const window = fitWindow(events.map((e) => eventShape(e).extent)) ?? fitAll;
    const plan = planTimeline(input({ events, window, maxItems: 150 }));
    expect(plan.detail).toBe("decade");
  });

  // Speed is measured by `npm run bench`, not asserted here: a timed unit test is a flaky test.
  it("keeps 100,000 events within the item budget", () => {
    const events = manyEvents(100_000, 0.07);
    const window = fitWindow(events.map((e) => eventShape(e).extent)) ?? fitAll;
    const plan = planTimeline(input({ events, window }));
    expect(plan.items.length).toBeLessThanOrEqual(MAX_PLAN_ITEMS + 1);
    expect(plan.detail).not.toBe("events");
  });
});

describe("bucketOf(shape, unit) and describeBucket(item)", () => {
  const shape = eventShape(byId("biden-remarks")); // Saturday 17 June 2023
  it("finds the day, Monday-week, month, year and decade of an event", () => {
    expect(bucketOf(shape, "day")).toEqual({ start: d(2023, 6, 17), end: d(2023, 6, 18) });
    expect(bucketOf(shape, "week")).toEqual({ start: d(2023, 6, 12), end: d(2023, 6, 19) });
    expect(bucketOf(shape, "month")).toEqual({ start: d(2023, 6, 1), end: d(2023, 7, 1) });
    expect(bucketOf(shape, "year")).toEqual({ start: d(2023, 1, 1), end: d(2024, 1, 1) });
    expect(bucketOf(shape, "decade")).toEqual({ start: d(2020, 1, 1), end: d(2030, 1, 1) });
  });
  it("handles December's month and a week across the new year", () => {
    const dec = eventShape(
      makeEvent({ id: "x", title: "x", edtf: "2023-12-31", quotes: ["The two leaders"] }),
    );
    expect(bucketOf(dec, "month")).toEqual({ start: d(2023, 12, 1), end: d(2024, 1, 1) });
    expect(bucketOf(dec, "week")).toEqual({ start: d(2023, 12, 25), end: d(2024, 1, 1) });
  });
  it("describes a period in words", () => {
    expect(describeBucket({ start: d(2023, 6, 12), unit: "week" })).toBe("week of 12 June 2023");
    expect(describeBucket({ start: d(2023, 6, 1), unit: "month" })).toBe("June 2023");
    expect(describeBucket({ start: d(2020, 1, 1), unit: "decade" })).toBe("2020s");
  });
});

describe("diffPlan(drawn, next)", () => {
  it("adds new items, updates changed ones and removes the rest", () => {
    const before = planTimeline(input());
    const drawn = new Map(before.items.map((i) => [i.id, itemFingerprint(i)]));
    const after = planTimeline(
      input({ events: dataset.events.slice(1), selected: byId("delhi-g20") }),
    );
    const diff = diffPlan(drawn, after.items);
    expect(diff.add).toEqual([]);
    expect(diff.update.map((i) => i.id)).toEqual(["event:delhi-g20"]);
    expect(diff.remove).toEqual(["event:bali-g20"]);
  });

  it("is empty between equal plans", () => {
    const plan = planTimeline(input());
    const drawn = new Map(plan.items.map((i) => [i.id, itemFingerprint(i)]));
    expect(diffPlan(drawn, planTimeline(input()).items)).toEqual({
      add: [],
      update: [],
      remove: [],
    });
  });

  it("adds everything to an empty timeline", () => {
    const plan = planTimeline(input());
    expect(diffPlan(new Map(), plan.items).add).toHaveLength(plan.items.length);
  });
});
