import { describe, expect, it } from "vitest";
import { createSelection } from "./selection.ts";

type Snapshot = { items: string[]; other: number };
const sameItems = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

describe("createSelection()(snapshot, selector, equal)", () => {
  it("gives the last slice back while the selector's result stays equal", () => {
    const select = createSelection<Snapshot>();
    const first = select({ items: ["a"], other: 1 }, (s) => [...s.items], sameItems);
    const second = select({ items: ["a"], other: 2 }, (s) => [...s.items], sameItems);
    expect(second).toBe(first);
  });

  it("gives a new slice when it changes", () => {
    const select = createSelection<Snapshot>();
    const first = select({ items: ["a"], other: 1 }, (s) => [...s.items], sameItems);
    const second = select({ items: ["a", "b"], other: 1 }, (s) => [...s.items], sameItems);
    expect(second).not.toBe(first);
    expect(second).toEqual(["a", "b"]);
  });

  it("does not run the selector again for the same snapshot", () => {
    const select = createSelection<Snapshot>();
    const snapshot = { items: ["a"], other: 1 };
    let runs = 0;
    const selector = (s: Snapshot): number => {
      runs++;
      return s.other;
    };
    select(snapshot, selector, Object.is);
    select(snapshot, selector, Object.is);
    expect(runs).toBe(1);
  });

  it("keeps one memory per selection", () => {
    const a = createSelection<Snapshot>();
    const b = createSelection<Snapshot>();
    const fromA = a({ items: ["x"], other: 1 }, (s) => [...s.items], sameItems);
    const fromB = b({ items: ["x"], other: 1 }, (s) => [...s.items], sameItems);
    expect(fromB).not.toBe(fromA);
  });
});
