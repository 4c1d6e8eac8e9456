import { describe, expect, it } from "vitest";
import type { Filters } from "./filter.ts";
import {
  compareNames,
  activeFilters,
  actorCounts,
  buildFilterIndex,
  countsWithout,
  dateRange,
  filterEvents,
  filtersOf,
  normaliseText,
  queryTerms,
  sameFilters,
  statusCounts,
} from "./filter.ts";
import { DEFAULT_VIEW_STATE } from "./viewState.ts";
import { dayNumberOf } from "./dates.ts";
import { makeEvent, sampleDataset } from "./fixtures/sampleDataset.ts";

const NONE: Filters = { actors: [], status: [], from: null, to: null, q: "" };
const index = buildFilterIndex(sampleDataset());
const ids = (filters: Partial<Filters>): string[] =>
  filterEvents(index, { ...NONE, ...filters }).map((e) => e.id);

describe("compareNames(a, b)", () => {
  it("orders names alphabetically as English does, not by code unit", () => {
    const names = ["Zoë Park", "adam Smith", "Émile Zola", "Bob Lee", "Ömer Kaya"];
    expect([...names].sort(compareNames)).toEqual([
      "adam Smith",
      "Bob Lee",
      "Émile Zola",
      "Ömer Kaya",
      "Zoë Park",
    ]);
    expect([...names].sort()).not.toEqual([...names].sort(compareNames));
  });
});

describe("normaliseText(text)", () => {
  it("folds case, accents, typographic punctuation and whitespace", () => {
    expect(normaliseText("  São  PAULO’s “Café” – ok ")).toBe(`sao paulo's "cafe" - ok`);
    expect(normaliseText("ﬁ Ⅻ")).toBe("fi xii");
    expect(normaliseText("")).toBe("");
  });

  it("gives plain ASCII (its fast path) the same treatment as any other text", () => {
    expect(normaliseText("  Blinken   MET Xi ")).toBe("blinken met xi");
    expect(normaliseText("a\t\tB\n c")).toBe("a b c");
    expect(normaliseText('Quote\'s "dash" - x')).toBe(`quote's "dash" - x`);
    // The same words with one accent take the full path and land on the same text.
    expect(normaliseText("  Blinken   MÉT Xi ")).toBe(normaliseText("  Blinken   MET Xi "));
  });
});

describe("queryTerms(q)", () => {
  it("splits a query into normalised words", () => {
    expect(queryTerms("  Spy  BALLOON ")).toEqual(["spy", "balloon"]);
    expect(queryTerms("   ")).toEqual([]);
  });
});

describe("filterEvents(index, filters)", () => {
  it("returns every event, in dataset order, with no filter", () => {
    expect(ids({})).toEqual(sampleDataset().events.map((e) => e.id));
  });

  it("keeps events involving any selected actor", () => {
    expect(ids({ actors: ["qin-gang", "vivian-balakrishnan"] })).toEqual([
      "balakrishnan-meeting",
      "beijing-visit",
    ]);
  });

  it("keeps events with any selected status", () => {
    expect(ids({ status: ["planned", "expected"] })).toEqual(["delhi-g20", "san-francisco-apec"]);
  });

  it("searches titles case- and accent-insensitively", () => {
    expect(ids({ q: "BALLOON" })).toEqual(["balloon-incident", "biden-remarks"]);
    expect(ids({ q: "BALLÖÖN" })).toEqual(ids({ q: "balloon" }));
    expect(ids({ q: "balloons" })).toEqual([]);
    expect(ids({ q: "Spy Baĺloon" })).toEqual(["balloon-incident"]);
  });

  it("searches summaries, actor names, place names and quotes", () => {
    expect(ids({ q: "qin" })).toEqual(["beijing-visit"]);
    expect(ids({ q: "vivian" })).toEqual(["balakrishnan-meeting"]);
    expect(ids({ q: "san francisco" })).toEqual(["san-francisco-apec"]);
    expect(ids({ q: "likely to attend" })).toEqual(["delhi-g20"]);
  });

  it("requires every term of a multi-word query", () => {
    expect(ids({ q: "blinken washington" })).toEqual(["balakrishnan-meeting"]);
    expect(ids({ q: "blinken delhi" })).toEqual([]);
  });

  it("matches a month-precision event to a range that ends inside its month", () => {
    // The balloon is "February 2023": a range ending on 10 February overlaps it.
    expect(ids({ from: "2023-01", to: "2023-02-10" })).toEqual([
      "balloon-incident",
      "balakrishnan-meeting",
    ]);
  });

  it("expands from to its period's first day and to to its last", () => {
    expect(ids({ from: "2023-11", to: "2023-11" })).toEqual([
      "talks-continue",
      "san-francisco-apec",
    ]);
    expect(ids({ from: "2022", to: "2022" })).toEqual(["bali-g20", "balakrishnan-meeting"]);
    expect(ids({ from: "2023-06-19" })).toEqual([
      "beijing-visit",
      "talks-continue",
      "delhi-g20",
      "san-francisco-apec",
    ]);
    expect(ids({ to: "2023-06-17" })).toEqual([
      "bali-g20",
      "balloon-incident",
      "balakrishnan-meeting",
      "biden-remarks",
    ]);
  });

  it("treats open intervals as reaching forever toward their open end", () => {
    // "before 18 June 2023" overlaps any range that starts on or before 17 June 2023.
    expect(ids({ from: "1990", to: "1990" })).toEqual(["balakrishnan-meeting"]);
    expect(ids({ from: "2030" })).toEqual(["talks-continue"]);
    expect(ids({ from: "2023-06-18", to: "2023-06-18" })).toEqual([
      "beijing-visit",
      "talks-continue",
    ]);
  });

  it("combines every filter", () => {
    expect(ids({ actors: ["joe-biden"], status: ["occurred"], from: "2023" })).toEqual([
      "biden-remarks",
    ]);
    expect(ids({ actors: ["xi-jinping"], q: "summit", to: "2022-12" })).toEqual(["bali-g20"]);
  });

  it("ignores an unreadable bound rather than filtering everything out", () => {
    expect(ids({ from: "soon" })).toHaveLength(sampleDataset().events.length);
  });
});

describe("dateRange(from, to)", () => {
  it("gives inclusive day numbers with open ends", () => {
    expect(dateRange("2024-02", null)).toEqual({ start: dayNumberOf(2024, 2, 1), end: Infinity });
    expect(dateRange(null, "2024-02")).toEqual({ start: -Infinity, end: dayNumberOf(2024, 2, 29) });
    expect(dateRange("2023", "2023")).toEqual({
      start: dayNumberOf(2023, 1, 1),
      end: dayNumberOf(2023, 12, 31),
    });
  });
});

describe("actorCounts(index, filters)", () => {
  it("counts each actor's events under the other filters, not its own", () => {
    const counts = actorCounts(index, {
      ...NONE,
      actors: ["qin-gang"],
      status: ["occurred", "ongoing"],
    });
    expect(counts.get("joe-biden")).toBe(2);
    expect(counts.get("qin-gang")).toBe(1);
    expect(counts.get("xi-jinping")).toBe(1);
    expect(counts.get("united-states")).toBe(2);
  });

  it("lists actors with no matching event as 0", () => {
    expect(actorCounts(index, { ...NONE, q: "balloon" }).get("xi-jinping")).toBe(0);
  });
});

describe("statusCounts(index, filters)", () => {
  it("counts statuses under the other filters", () => {
    const counts = statusCounts(index, { ...NONE, status: ["planned"], actors: ["xi-jinping"] });
    expect(Object.fromEntries(counts)).toEqual({ occurred: 1, expected: 1, planned: 1 });
  });
});

describe("activeFilters(filters) and countsWithout(index, filters)", () => {
  it("names the active filters and what removing each would show", () => {
    const filters: Filters = { ...NONE, q: "balloon", actors: ["xi-jinping"] };
    expect(activeFilters(filters)).toEqual(["search", "actors"]);
    expect(ids(filters)).toEqual([]);
    expect(Object.fromEntries(countsWithout(index, filters))).toEqual({ search: 3, actors: 2 });
  });

  it("treats a whitespace-only search as inactive", () => {
    expect(activeFilters({ ...NONE, q: "  " })).toEqual([]);
  });
});

describe("buildFilterIndex(dataset)", () => {
  it("indexes an actor id the dataset does not name by the id itself", () => {
    const dataset = sampleDataset();
    dataset.events = [
      makeEvent({
        id: "x",
        title: "X",
        edtf: "2023",
        actors: ["ghost"],
        quotes: ["The two leaders"],
      }),
    ];
    const entry = buildFilterIndex(dataset).entries[0];
    expect(entry?.text).toContain("ghost");
    expect(entry?.start).toBe(dayNumberOf(2023, 1, 1));
    expect(entry?.end).toBe(dayNumberOf(2023, 12, 31));
  });
});

describe("filtersOf(state) and sameFilters(a, b)", () => {
  it("takes the filters alone from a view: a selection or a window is not a filter", () => {
    const state = { ...DEFAULT_VIEW_STATE, actors: ["joe-biden"], q: "bali", event: "bali-g20" };
    expect(filtersOf(state)).toEqual({ ...NONE, actors: ["joe-biden"], q: "bali" });
    expect(sameFilters(filtersOf(state), filtersOf({ ...state, event: null }))).toBe(true);
  });

  it("tells filters apart by any value, arrays item by item", () => {
    const a: Filters = { ...NONE, actors: ["joe-biden"], status: ["planned"] };
    expect(sameFilters(a, { ...a, actors: ["joe-biden"] })).toBe(true);
    expect(sameFilters(a, { ...a, actors: ["xi-jinping"] })).toBe(false);
    expect(sameFilters(a, { ...a, actors: ["joe-biden", "xi-jinping"] })).toBe(false);
    expect(sameFilters(a, { ...a, status: [] })).toBe(false);
    expect(sameFilters(a, { ...a, from: "2023" })).toBe(false);
    expect(sameFilters(a, { ...a, to: "2023" })).toBe(false);
    expect(sameFilters(a, { ...a, q: "x" })).toBe(false);
  });
});
