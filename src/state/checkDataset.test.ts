import { describe, expect, it, vi } from "vitest";
import validateSchema from "virtual:dataset-schema-validator";
import { DatasetSchema } from "../model/dataset.ts";
import { sampleDataset } from "../model/fixtures/sampleDataset.ts";

// The compiled check, watched: checkDatasetText must hand it to the model's reader.
const compiled = vi.hoisted(() => ({ calls: 0 }));
vi.mock("virtual:dataset-schema-validator", async (importOriginal) => {
  const real = (await importOriginal<{ default: (data: unknown) => boolean }>()).default;
  return {
    default: (data: unknown): boolean => {
      compiled.calls++;
      return real(data);
    },
  };
});

const { checkDatasetText } = await import("./checkDataset.ts");

describe("checkDatasetText(text)", () => {
  it("checks with the compiled schema check, then the references", async () => {
    compiled.calls = 0;
    expect(await checkDatasetText(JSON.stringify(sampleDataset()))).toEqual({ ok: true });
    expect(compiled.calls).toBe(1);
    const dataset = sampleDataset();
    const event = dataset.events[0];
    if (!event) throw new Error("fixture");
    event.actors = ["ghost"];
    expect(await checkDatasetText(JSON.stringify(dataset))).toMatchObject({
      ok: false,
      kind: "references",
    });
    expect(compiled.calls).toBe(2);
  });

  it("words a refused shape with zod's messages", async () => {
    const result = await checkDatasetText(JSON.stringify({ ...sampleDataset(), title: 7 }));
    expect(result).toMatchObject({ ok: false, kind: "schema" });
    if (!result.ok) expect(result.problems[0]).toMatch(/^title: /);
  });
});

describe("the compiled schema check (virtual:dataset-schema-validator)", () => {
  /** Every way of breaking one value of the sample: each leaf replaced, each key removed. */
  function mutants(value: unknown): unknown[] {
    const out: unknown[] = [];
    const replacements: unknown[] = [null, 7, 1.5, -1, "", "x", "2023-02-30", [], {}, true];
    const walk = (node: unknown, rebuild: (next: unknown) => unknown): void => {
      if (Array.isArray(node)) {
        node.forEach((item, i) => {
          walk(item, (next) => rebuild(node.map((x: unknown, j) => (j === i ? next : x))));
        });
        if (node.length > 0) out.push(rebuild([]));
        return;
      }
      if (typeof node === "object" && node !== null) {
        const record = node as Record<string, unknown>;
        for (const key of Object.keys(record)) {
          walk(record[key], (next) => rebuild({ ...record, [key]: next }));
          out.push(rebuild(Object.fromEntries(Object.entries(record).filter(([k]) => k !== key))));
        }
        out.push(rebuild({ ...record, extra: 1 }));
        return;
      }
      for (const replacement of replacements) out.push(rebuild(replacement));
    };
    walk(value, (next) => next);
    return out;
  }

  it("accepts the sample, and never accepts what zod refuses", () => {
    const sample = sampleDataset();
    expect(validateSchema(sample)).toBe(true);
    const all = mutants(sample);
    let refused = 0;
    for (const mutant of all) {
      const zodAccepts = DatasetSchema.safeParse(mutant).success;
      if (validateSchema(mutant)) expect(zodAccepts).toBe(true);
      else refused++;
    }
    // Not vacuous: thousands of mutants, most of them refused by both.
    expect(all.length).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(all.length / 2);
  });
});
