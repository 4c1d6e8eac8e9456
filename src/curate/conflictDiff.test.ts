import { describe, expect, it } from "vitest";
import { conflictHunks } from "./conflictDiff.ts";

const DISK = [
  "title: Harbour",
  "attribution: Wire, by hand",
  "events:",
  "  - id: a",
  "    title: A",
  "  - id: b",
  "    title: B",
  "    status: occurred",
  "",
].join("\n");

describe("conflictHunks(disk, mine, context)", () => {
  it("is empty when the versions agree", () => {
    expect(conflictHunks(DISK, DISK)).toEqual([]);
  });

  it("marks a changed line as removed on disk and added in the curator's, with context", () => {
    const mine = DISK.replace("Wire, by hand", "Wire, mine");
    expect(conflictHunks(DISK, mine, 1)).toEqual([
      {
        diskLine: 1,
        mineLine: 1,
        lines: [
          { kind: "same", text: "title: Harbour" },
          { kind: "disk", text: "attribution: Wire, by hand" },
          { kind: "mine", text: "attribution: Wire, mine" },
          { kind: "same", text: "events:" },
        ],
      },
    ]);
  });

  it("keeps far-apart changes in separate hunks, numbered by line in each version", () => {
    const mine = DISK.replace("title: Harbour", "title: Port").replace(
      "    status: occurred\n",
      "    status: occurred\n    actors: [joe-biden]\n",
    );
    const hunks = conflictHunks(DISK, mine, 1);
    expect(hunks.map((h) => [h.diskLine, h.mineLine])).toEqual([
      [1, 1],
      [8, 8],
    ]);
    expect(hunks[1]?.lines).toEqual([
      { kind: "same", text: "    status: occurred" },
      { kind: "mine", text: "    actors: [joe-biden]" },
    ]);
  });

  it("shows a whole file as added when the file on disk is gone", () => {
    const lines = conflictHunks("", "title: Harbour\n").flatMap((h) => h.lines);
    expect(lines).toEqual([{ kind: "mine", text: "title: Harbour" }]);
  });
});
