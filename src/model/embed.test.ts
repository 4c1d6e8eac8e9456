import { describe, expect, it } from "vitest";
import { heightMessage, shownSummary, stepEvent } from "./embed.ts";
import type { Filters } from "./filter.ts";
import { makeEvent } from "./fixtures/sampleDataset.ts";

const NONE: Filters = { actors: [], status: [], from: null, to: null, q: "" };
const NAMES = new Map([
  ["xi-jinping", "Xi Jinping"],
  ["joe-biden", "Joe Biden"],
]);

describe("stepEvent(events, current, step)", () => {
  const events = ["a", "b", "c"].map((id) =>
    makeEvent({ id, title: id, edtf: "2023-06-18", quotes: ["Antony Blinken"] }),
  );

  it("steps to the neighbour in the order given", () => {
    expect(stepEvent(events, "b", 1)).toBe("c");
    expect(stepEvent(events, "b", -1)).toBe("a");
  });

  it("gives null past either end, so the control can say there is no more", () => {
    expect(stepEvent(events, "c", 1)).toBeNull();
    expect(stepEvent(events, "a", -1)).toBeNull();
  });

  it("starts at the first (forward) or the last (back) with no event, or a hidden one", () => {
    expect(stepEvent(events, null, 1)).toBe("a");
    expect(stepEvent(events, null, -1)).toBe("c");
    expect(stepEvent(events, "filtered-out", 1)).toBe("a");
    expect(stepEvent(events, "filtered-out", -1)).toBe("c");
  });

  it("gives null when nothing is shown", () => {
    expect(stepEvent([], null, 1)).toBeNull();
    expect(stepEvent([], "a", -1)).toBeNull();
  });
});

describe("shownSummary(shown, total, filters, actorNames)", () => {
  it("counts all events when nothing is filtered", () => {
    expect(shownSummary(15, 15, NONE, NAMES)).toBe("15 events");
    expect(shownSummary(1, 1, NONE, NAMES)).toBe("1 event");
  });

  it("names the actors by name, as the issue's example reads", () => {
    expect(shownSummary(5, 15, { ...NONE, actors: ["xi-jinping"] }, NAMES)).toBe(
      "5 of 15 events: Xi Jinping",
    );
  });

  it("lists every active filter, statuses by label, dates in words, the search in quotes", () => {
    expect(
      shownSummary(
        2,
        15,
        {
          actors: ["joe-biden", "nobody-known"],
          status: ["planned", "expected"],
          from: "2023-01",
          to: "2023-12-31",
          q: " balloon ",
        },
        NAMES,
      ),
    ).toBe(
      "2 of 15 events: Joe Biden, nobody-known; planned, expected; from January 2023 to 31 December 2023; “balloon”",
    );
  });

  it("words an open date range by its one end", () => {
    expect(shownSummary(3, 15, { ...NONE, from: "2023" }, NAMES)).toBe("3 of 15 events: from 2023");
    expect(shownSummary(0, 15, { ...NONE, to: "2022-11" }, NAMES)).toBe(
      "0 of 15 events: up to November 2022",
    );
  });
});

describe("heightMessage(height, event)", () => {
  it("carries only the type, a whole height rounded up, and the event id", () => {
    expect(heightMessage(512.2, "bali-g20")).toEqual({
      type: "dateline:height",
      height: 513,
      event: "bali-g20",
    });
    expect(Object.keys(heightMessage(10, null))).toEqual(["type", "height", "event"]);
  });

  it("never posts a negative or non-finite height", () => {
    expect(heightMessage(-4, null).height).toBe(0);
    expect(heightMessage(Number.NaN, null).height).toBe(0);
  });
});
