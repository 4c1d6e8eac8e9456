import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { StatusLook } from "../model/statuses.ts";
import { STATUS_LOOK, STATUSES } from "../model/statuses.ts";
import { STATUS_LOOK_FIELDS, statusLookAttributes, statusLookFields } from "./statusLook.ts";

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), "utf8");
const LOOK_CSS = read("./statusLook.css");
const TIMELINE_CSS = read("./timeline/timeline.css");
const BADGE_CSS = read("./StatusBadge.css");
const SWATCH_CSS = read("./StatusSwatch.css");

/** Every value `field` takes in STATUS_LOOK, as written in an attribute. */
function valuesOf(field: keyof StatusLook): string[] {
  return [...new Set(STATUSES.map((s) => String(STATUS_LOOK[s][field])))];
}

/** The stylesheets beside the components, this folder and the timeline's. */
function componentStylesheets(): [string, string][] {
  return ["./", "./timeline/"].flatMap((dir) =>
    readdirSync(new URL(dir, import.meta.url))
      .filter((name) => name.endsWith(".css"))
      .map((name): [string, string] => [`${dir}${name}`, read(`${dir}${name}`)]),
  );
}

describe("statusLookFields(status) and statusLookAttributes(status)", () => {
  it("carry every field of the status's look, as text", () => {
    expect(statusLookFields("hoped-for")).toEqual({
      "status-fill": "tint",
      "status-line": "dotted",
      "status-weight": "2",
      "status-italic": "true",
      "status-struck": "false",
    });
    expect(statusLookAttributes("postponed")).toEqual({
      "data-status-fill": "broken",
      "data-status-line": "solid",
      "data-status-weight": "1",
      "data-status-italic": "true",
      "data-status-struck": "true",
    });
    for (const status of STATUSES) {
      expect(Object.keys(statusLookFields(status))).toEqual([...STATUS_LOOK_FIELDS]);
    }
  });
});

describe("the stylesheets and STATUS_LOOK", () => {
  it("statusLook.css turns every line and weight in the table into its custom property", () => {
    for (const line of valuesOf("line")) {
      expect(LOOK_CSS).toContain(`[data-status-line="${line}"] {\n  --status-line: ${line};\n}`);
    }
    for (const weight of valuesOf("weight")) {
      expect(LOOK_CSS).toContain(
        `[data-status-weight="${weight}"] {\n  --status-weight: ${weight}px;\n}`,
      );
    }
  });

  it("draws every fill in the table other than solid, on bars and swatches", () => {
    const fills = valuesOf("fill").filter((f) => f !== "solid");
    expect(fills.sort()).toEqual(["broken", "tint"]);
    for (const fill of fills) {
      expect(TIMELINE_CSS).toContain(`.vis-item.vis-range[data-status-fill="${fill}"]::after {`);
      expect(SWATCH_CSS).toContain(`.swatch-status[data-status-fill="${fill}"] {`);
    }
    expect(TIMELINE_CSS).toContain(`.vis-item.vis-point[data-status-fill="tint"] .vis-dot {`);
  });

  it("fills, strikes and italicises as the table says, in the badge and the timeline", () => {
    expect(BADGE_CSS).toContain(`.status-badge[data-status-fill="solid"] {`);
    expect(BADGE_CSS).toContain(`.status-badge[data-status-struck="true"] {`);
    expect(BADGE_CSS).toMatch(/border-style: var\(--status-line, solid\);/);
    expect(TIMELINE_CSS).toContain(`.vis-item[data-status-italic="true"] .tl-label {`);
  });

  it("leaves no component stylesheet deciding a status's look by its name", () => {
    const sheets = componentStylesheets();
    expect(sheets.map(([name]) => name)).toContain("./timeline/timeline.css");
    for (const [name, css] of sheets) {
      // Only its colour follows its name (--c, in src/styles/tokens.css).
      expect(css, name).not.toMatch(/tl-status-|--st-(planned|expected|hoped-for|postponed)/);
      for (const status of STATUSES) expect(css, name).not.toContain(`status-${status}`);
    }
  });
});
