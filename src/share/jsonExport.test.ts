import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { datasetJsonSchema, DatasetSchema } from "../model/dataset.ts";
import type { JsonExport } from "./jsonExport.ts";
import { JSON_EXPORT_FORMAT, toJsonExport } from "./jsonExport.ts";
import { TEST_DATASET, testEvent } from "../model/fixtures/shareDataset.ts";

describe("TEST_DATASET", () => {
  it("is a valid dataset under the contract", () => {
    expect(DatasetSchema.safeParse(TEST_DATASET).success).toBe(true);
  });
});

describe("toJsonExport(events, dataset)", () => {
  const events = [testEvent("beijing-visit"), testEvent("talks-by-august")];
  const text = toJsonExport(events, TEST_DATASET);
  const file = JSON.parse(text) as JsonExport;

  it("describes itself: format, version, counts and field documentation", () => {
    expect(file.format).toBe(JSON_EXPORT_FORMAT);
    expect(file.formatVersion).toBe(1);
    expect(file.eventCount).toBe(2);
    expect(file.totalEventCount).toBe(TEST_DATASET.events.length);
    expect(Object.keys(file.fields)).toContain("citations");
    expect(file.description).toContain("2 of 7 events");
  });

  it("wraps a dataset that is valid under the contract and its published JSON Schema", () => {
    expect(DatasetSchema.safeParse(file.dataset).success).toBe(true);
    const validate = new Ajv2020({ strict: false }).compile(datasetJsonSchema());
    expect(validate(file.dataset), JSON.stringify(validate.errors)).toBe(true);
  });

  it("keeps the exported events in order, with the contract's citation objects", () => {
    expect(file.dataset.events).toEqual(events);
    expect(file.dataset.events[0]?.citations[0]).toEqual(testEvent("beijing-visit").citations[0]);
  });

  it("includes exactly the sources, actors and places the events reference", () => {
    expect(file.dataset.sources.map((s) => s.id)).toEqual(["000_test", "001_test"]);
    expect(file.dataset.actors.map((a) => a.id)).toEqual(["antony-blinken", "qin-gang"]);
    expect(file.dataset.places.map((p) => p.id)).toEqual(["beijing"]);
    for (const event of file.dataset.events) {
      for (const c of event.citations) {
        const source = file.dataset.sources.find((s) => s.id === c.source);
        expect(source?.text.slice(c.start, c.end)).toBe(c.exact);
      }
    }
  });

  it("labels each event's date as the app does", () => {
    expect(file.dateLabels).toEqual({
      "beijing-visit": "18–19 June 2023",
      "talks-by-august": "before 1 September 2023 (planned)",
    });
  });

  it("is deterministic, 2-space indented, with a final newline", () => {
    expect(toJsonExport(events, TEST_DATASET)).toBe(text);
    expect(text.startsWith('{\n  "format"')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("exports an empty view as an empty but valid dataset", () => {
    const empty = JSON.parse(toJsonExport([], TEST_DATASET)) as JsonExport;
    expect(empty.dataset.events).toEqual([]);
    expect(empty.dataset.sources).toEqual([]);
    expect(DatasetSchema.safeParse(empty.dataset).success).toBe(true);
  });
});
