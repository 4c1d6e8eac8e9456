import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "./dataset.ts";
import { upgradeDataset } from "./datasetUpgrade.ts";
import { readDataset } from "./readDataset.ts";

/**
 * A dataset written by the version-1 pipeline (the golden fixture corpus's build before reports),
 * kept as it was: event `safety-statement` is defined in g1 (2024-01-15) and quoted by g2
 * (2024-03-01) through `cites:`, so version 1 gave it asOf 2024-03-01.
 */
const V1 = JSON.parse(
  readFileSync(new URL("./fixtures/golden-v1.json", import.meta.url), "utf8"),
) as { schemaVersion: number; events: Omit<TimelineEvent, "reports" | "disagreements">[] };

describe("upgradeDataset(json)", () => {
  it("gives a version-1 dataset the reports its citations imply, and the app reads it", async () => {
    const result = await readDataset(V1);
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(result.dataset.schemaVersion).toBe(2);
    expect(result.dataset.events.map((e) => e.id)).toEqual(V1.events.map((e) => e.id));
    for (const [i, event] of result.dataset.events.entries()) {
      const old = V1.events[i];
      if (!old) throw new Error("fixture");
      // Everything version 1 said is kept, but asOf (below).
      expect({ ...event, asOf: old.asOf, reports: undefined, disagreements: undefined }).toEqual({
        ...old,
        reports: undefined,
        disagreements: undefined,
      });
      expect(event.disagreements).toEqual([]);
      expect(event.reports[0]).toMatchObject({ status: old.status, date: old.date });
    }
    const safety = result.dataset.events.find((e) => e.id === "safety-statement");
    expect(safety?.reports).toEqual([
      {
        source: "g1",
        dateline: "2024-01-15",
        status: "occurred",
        date: safety?.date,
        citations: [0],
      },
      { source: "g2", dateline: "2024-03-01", status: null, date: null, citations: [1] },
    ]);
    // The status came from g1: g2 only quoted it.
    expect(V1.events.find((e) => e.id === "safety-statement")?.asOf).toBe("2024-03-01");
    expect(safety?.asOf).toBe("2024-01-15");
  });

  it("orders an older quoting article before the defining one", () => {
    const v1 = structuredClone(V1) as unknown as {
      sources: { id: string; dateline: string }[];
    };
    const g2 = v1.sources.find((s) => s.id === "g2");
    if (!g2) throw new Error("fixture");
    g2.dateline = "2024-01-01";
    const upgraded = upgradeDataset(v1) as { events: TimelineEvent[] };
    const safety = upgraded.events.find((e) => e.id === "safety-statement");
    expect(safety?.reports.map((r) => [r.source, r.status])).toEqual([
      ["g2", null],
      ["g1", "occurred"],
    ]);
    expect(safety?.asOf).toBe("2024-01-15");
  });

  it("passes today's version and anything it does not know through untouched", () => {
    for (const json of [null, 3, "x", [], { schemaVersion: 2, events: [] }, { schemaVersion: 1 }]) {
      expect(upgradeDataset(json)).toBe(json);
    }
  });

  it("leaves malformed version-1 events for the contract check to name", async () => {
    const broken = { ...V1, events: [...V1.events, { id: "x", citations: "none" }] };
    const result = await readDataset(broken);
    expect(result).toMatchObject({ ok: false, kind: "schema" });
    expect(result.ok ? [] : result.problems.join("\n")).toMatch(/^events\.10\./m);
  });
});
