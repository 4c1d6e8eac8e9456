import { describe, expect, it } from "vitest";
import { indexDataset } from "./datasetIndex.ts";
import { sampleDataset } from "./fixtures/sampleDataset.ts";

describe("indexDataset(dataset)", () => {
  it("finds every actor, place, source and event by its id, and each actor's name", () => {
    const dataset = sampleDataset();
    const index = indexDataset(dataset);
    for (const actor of dataset.actors) {
      expect(index.actors.get(actor.id)).toBe(actor);
      expect(index.actorNames.get(actor.id)).toBe(actor.name);
    }
    for (const place of dataset.places) expect(index.places.get(place.id)).toBe(place);
    for (const source of dataset.sources) expect(index.sources.get(source.id)).toBe(source);
    for (const event of dataset.events) expect(index.events.get(event.id)).toBe(event);
    expect(index.events.size).toBe(dataset.events.length);
    expect(index.events.get("no-such-event")).toBeUndefined();
  });

  it("is built once per dataset object, and afresh for another", () => {
    const dataset = sampleDataset();
    expect(indexDataset(dataset)).toBe(indexDataset(dataset));
    expect(indexDataset(sampleDataset())).not.toBe(indexDataset(dataset));
  });
});
