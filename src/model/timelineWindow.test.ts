import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "./dataset.ts";
import { dayNumberOf } from "./dates.ts";
import { makeEvent, SAMPLE_SOURCE } from "./fixtures/sampleDataset.ts";
import { labelMaxPixels, MAX_PLAN_ITEMS, OPEN_INTERVAL_DAYS } from "./timelinePlan.ts";
import type { LabelMeasure } from "./timelineWindow.ts";
import {
  countWindow,
  EMPTY_WINDOW_HALF_DAYS,
  fitEvents,
  fitItems,
  LABEL_PADDING_PX,
  nearlySame,
  openingWindow,
  POINT_LABEL_OFFSET_PX,
  SELECTED_LABEL_PADDING_PX,
  STORY_MARK_PX,
} from "./timelineWindow.ts";
import { FIT_MARGIN, fitWindow, fitWindowToLabels, MIN_FIT_DAYS } from "./timeWindow.ts";

const d = (y: number, m: number, day: number) => dayNumberOf(y, m, day);
const event = (id: string, edtf: string, title = id): TimelineEvent =>
  makeEvent({ id, title, edtf, quotes: ["Biden spoke on Saturday"] });
/** A font whose every character is 5 px wide, 6 px in bold; it notes what it was asked. */
function fakeMeasure(): LabelMeasure & { asked: [string, boolean][] } {
  const asked: [string, boolean][] = [];
  const measure = (text: string, bold: boolean) => {
    asked.push([text, bold]);
    return text.length * (bold ? 6 : 5);
  };
  return Object.assign(measure, { asked });
}
const NO_SOURCES = [] as const;
/** 31 December 2023: a today at a year's end. */
const NEW_YEARS_EVE = d(2023, 12, 31);

describe("fitItems(events, selected, pixels, measure)", () => {
  it("measures each label bold, as if selected, and adds its padding and a point's dot", () => {
    const measure = fakeMeasure();
    const [point, month] = fitItems(
      [event("a", "2023-06-17", "Remarks"), event("b", "2023-09", "Summit")],
      null,
      1000,
      measure,
    );
    expect(measure.asked).toEqual([
      ["Remarks", true],
      ["≈ Summit", true],
    ]);
    const padding = LABEL_PADDING_PX + SELECTED_LABEL_PADDING_PX;
    expect(point).toEqual({
      extent: { start: d(2023, 6, 17), end: d(2023, 6, 18) },
      labelAt: d(2023, 6, 17) + 0.5,
      labelPixels: 7 * 6 + padding + POINT_LABEL_OFFSET_PX,
      precision: "day",
    });
    expect(month).toEqual({
      extent: { start: d(2023, 9, 1), end: d(2023, 10, 1) },
      labelAt: d(2023, 9, 1),
      labelPixels: 8 * 6 + padding,
      precision: "month",
    });
  });

  it("caps a long label at the widest the canvas draws one", () => {
    const [item] = fitItems(
      [event("a", "2023-06-18/2023-06-19", "x".repeat(500))],
      null,
      400,
      fakeMeasure(),
    );
    expect(item?.labelPixels).toBe(
      labelMaxPixels(400) + LABEL_PADDING_PX + SELECTED_LABEL_PADDING_PX,
    );
  });

  it("fits the open event too when the filters left it out, but only once", () => {
    const shown = event("a", "2023-06-17");
    const open = event("b", "2024-01-01");
    expect(fitItems([shown], open, 800, null).map((i) => i.extent.start)).toEqual([
      d(2023, 6, 17),
      d(2024, 1, 1),
    ]);
    expect(fitItems([shown, open], open, 800, null)).toHaveLength(2);
  });

  it("leaves labels out without a measure, and past the most events drawn one by one", () => {
    expect(fitItems([event("a", "2023-06-17")], null, 800, null)[0]?.labelPixels).toBe(0);
    const many = Array.from({ length: MAX_PLAN_ITEMS + 1 }, (_, i) =>
      event(`e${String(i)}`, "2023-06-17"),
    );
    const measure = fakeMeasure();
    expect(fitItems(many, null, 800, measure).every((i) => i.labelPixels === 0)).toBe(true);
    expect(measure.asked).toEqual([]);
  });

  it("gives an empty list for no events", () => {
    expect(fitItems([], null, 800, fakeMeasure())).toEqual([]);
  });
});

describe("fitEvents({ events, selected, sources, pixels, measure, today })", () => {
  const events = [event("a", "2023-06-17"), event("b", "2023-09", "A summit in September")];

  it("fits the events' days alone before the canvas is measured", () => {
    expect(
      fitEvents({ events, selected: null, sources: NO_SOURCES, today: NEW_YEARS_EVE }),
    ).toEqual(
      fitWindow([
        { start: d(2023, 6, 17), end: d(2023, 6, 18) },
        { start: d(2023, 9, 1), end: d(2023, 10, 1) },
      ]),
    );
  });

  it("makes room for the labels once it knows the width", () => {
    const measure = fakeMeasure();
    const fitted = fitEvents({
      events,
      selected: null,
      sources: NO_SOURCES,
      pixels: 300,
      measure,
      today: 0,
    });
    expect(fitted).toEqual(fitWindowToLabels(fitItems(events, null, 300, measure), 300));
    // The September label runs on right of its bar: the window reaches further than without it.
    const unlabelled = fitEvents({
      events,
      selected: null,
      sources: NO_SOURCES,
      pixels: 300,
      today: 0,
    });
    expect(fitted.end).toBeGreaterThan(unlabelled.end + 10);
  });

  it("shows the day the view is as reported up to beside the events, with or without a width", () => {
    const november = [event("apec", "2023-11", "APEC leaders' meeting")];
    for (const pixels of [undefined, 600]) {
      const plain = fitEvents({
        events: november,
        selected: null,
        sources: NO_SOURCES,
        pixels,
        today: 0,
      });
      const asOf = fitEvents({
        events: november,
        selected: null,
        sources: NO_SOURCES,
        pixels,
        today: 0,
        asOf: "2023-06-18",
      });
      expect(plain.start, String(pixels)).toBeGreaterThan(d(2023, 6, 18));
      expect(asOf.start, String(pixels)).toBeLessThan(d(2023, 6, 18));
      expect(asOf.end, String(pixels)).toBeGreaterThanOrEqual(d(2023, 12, 1));
    }
  });

  it("makes room for a story's marks before a label", async () => {
    const { storyDataset, storyEventOf } = await import("./fixtures/storyDataset.ts");
    const apec = storyEventOf(storyDataset(), "apec");
    const measure = fakeMeasure();
    const [told] = fitItems([apec], null, 1000, measure);
    const [once] = fitItems([{ ...apec, reports: apec.reports.slice(0, 1) }], null, 1000, measure);
    expect((told?.labelPixels ?? 0) - (once?.labelPixels ?? 0)).toBe(STORY_MARK_PX);
  });

  it("does not look at today while there is something to show", () => {
    const input = { events, selected: null, sources: NO_SOURCES, pixels: 600 };
    expect(fitEvents({ ...input, today: 0 })).toEqual(
      fitEvents({ ...input, today: NEW_YEARS_EVE }),
    );
  });

  it("shows one day's event in a window of the narrowest fit, around it", () => {
    const w = fitEvents({
      events: [event("a", "2023-06-17")],
      selected: null,
      sources: NO_SOURCES,
      today: 0,
    });
    expect(w.end - w.start).toBeCloseTo(MIN_FIT_DAYS);
    expect(w.start).toBeLessThan(d(2023, 6, 17));
    expect(w.end).toBeGreaterThan(d(2023, 6, 18));
  });

  it("spans a year's end when the events do", () => {
    const w = fitEvents({
      events: [event("a", "2022-12-31"), event("b", "2023-01-01")],
      selected: null,
      sources: NO_SOURCES,
      pixels: 800,
      measure: fakeMeasure(),
      today: 0,
    });
    expect(w.start).toBeLessThan(d(2022, 12, 31));
    expect(w.end).toBeGreaterThan(d(2023, 1, 2));
  });

  it("shows an open interval's drawn stretch, up to its known end", () => {
    const before = event("a", "../2023-06-17");
    const after = event("b", "2023-06-18/..");
    const w = fitEvents({ events: [before, after], selected: null, sources: NO_SOURCES, today: 0 });
    const span = d(2023, 6, 18) + OPEN_INTERVAL_DAYS - (d(2023, 6, 18) - OPEN_INTERVAL_DAYS);
    expect(w).toEqual({
      start: d(2023, 6, 18) - OPEN_INTERVAL_DAYS - span * FIT_MARGIN.before,
      end: d(2023, 6, 18) + OPEN_INTERVAL_DAYS + span * FIT_MARGIN.after,
    });
  });

  it("with no event, fits the articles' datelines", () => {
    const w = fitEvents({
      events: [],
      selected: null,
      sources: [SAMPLE_SOURCE],
      pixels: 800,
      today: 0,
    });
    expect(w).toEqual(fitWindow([{ start: d(2023, 6, 18), end: d(2023, 6, 19) }]));
  });

  it("with neither events nor datelines, shows two weeks either side of today, across a year's end", () => {
    const w = fitEvents({ events: [], selected: null, sources: NO_SOURCES, today: NEW_YEARS_EVE });
    expect(w).toEqual({ start: d(2023, 12, 17), end: d(2024, 1, 14) });
    expect(w.end - w.start).toBe(2 * EMPTY_WINDOW_HALF_DAYS);
  });

  it("skips a dateline that is not a day", () => {
    const broken = { ...SAMPLE_SOURCE, dateline: "June 2023" };
    const w = fitEvents({ events: [], selected: null, sources: [broken], today: d(2024, 2, 29) });
    expect(w).toEqual({ start: d(2024, 2, 15), end: d(2024, 3, 14) });
  });
});

describe("openingWindow({ asked, …fitEvents' input })", () => {
  const events = [event("a", "2023-06-17"), event("b", "2023-09")];
  const base = { events, selected: null, sources: NO_SOURCES, today: 0 };

  it("opens on the link's window, as whole days", () => {
    expect(openingWindow({ ...base, asked: { first: "2023-12-30", last: "2024-01-02" } })).toEqual({
      start: d(2023, 12, 30),
      end: d(2024, 1, 3),
    });
  });

  it("fits the events when the link names no window, or a reversed one", () => {
    expect(openingWindow({ ...base, asked: null })).toEqual(fitEvents(base));
    expect(openingWindow({ ...base, asked: { first: "2023-06-02", last: "2023-06-01" } })).toEqual(
      fitEvents(base),
    );
  });

  it("moves the link's window to show the open event whole", () => {
    const open = event("c", "2024-01-01");
    const w = openingWindow({
      ...base,
      selected: open,
      asked: { first: "2023-12-01", last: "2023-12-30" },
    });
    expect(w.end - w.start).toBe(30);
    expect(w.end).toBeGreaterThanOrEqual(d(2024, 1, 2));
  });
});

describe("countWindow(count)", () => {
  it("zooms onto a count's period with a twentieth of it to spare each side", () => {
    expect(countWindow({ start: 100, end: 200 })).toEqual({ start: 95, end: 205 });
    expect(countWindow({ start: d(2023, 12, 31), end: d(2024, 1, 1) })).toEqual({
      start: d(2023, 12, 31) - 0.05,
      end: d(2024, 1, 1) + 0.05,
    });
  });
});

describe("nearlySame(a, b)", () => {
  it("takes windows within a second at both ends for the same", () => {
    const second = 1 / 86_400;
    expect(nearlySame({ start: 10, end: 20 }, { start: 10 + second / 2, end: 20 })).toBe(true);
    expect(nearlySame({ start: 10, end: 20 }, { start: 10, end: 20 + 2 * second })).toBe(false);
  });
});
