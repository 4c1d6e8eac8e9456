import { describe, expect, it } from "vitest";
import { draftFromFile, draftToYaml, emptyDraft } from "./annotationYaml.ts";
import type { CorpusEvent } from "./corpusEvents.ts";
import { searchEvents } from "./corpusEvents.ts";
import type { Draft, DraftEvent } from "./draft.ts";
import { reduceDraft } from "./draft.ts";

const CARD: DraftEvent = {
  key: "k1",
  id: "leaders-met",
  title: "APEC leaders met",
  summary: "They met.",
  date: { phrase: "on 15 November", direction: "past" },
  status: "occurred",
  actors: ["apec"],
  places: [],
  related: [],
  citations: [{ quote: "The APEC leaders met in San Francisco on 15 November" }],
  state: "accepted",
  checks: [],
};
const DRAFT: Draft = {
  ...emptyDraft("apec-november"),
  title: "T",
  attribution: "A",
  events: [CARD],
};

describe("draftToYaml(draft) with a card marked Same as", () => {
  it("writes it as a reports: entry instead of an event, and undoing gives the event back", () => {
    const marked = reduceDraft(DRAFT, { type: "sameAs", key: "k1", event: "apec-summit" });
    expect(draftToYaml(marked)).toBe(
      [
        "title: T",
        "attribution: A",
        "events: []",
        "reports:",
        "  - event: apec-summit",
        "    status: occurred",
        "    date:",
        "      phrase: on 15 November",
        "      direction: past",
        "    citations:",
        "      - quote: The APEC leaders met in San Francisco on 15 November",
        "",
      ].join("\n"),
    );
    const undone = reduceDraft(marked, { type: "sameAs", key: "k1", event: undefined });
    expect(undone.events[0]).toEqual(CARD);
    expect(draftToYaml(undone)).toContain("  - id: leaders-met\n");
    expect(draftToYaml(undone)).not.toContain("reports:");
  });

  it("reads a file's reports back as marked cards, and keeps a report's comment on a save", () => {
    const text =
      "title: T\nattribution: A\nreports:\n  # checked by hand\n  - event: apec-summit\n    status: occurred\n    citations:\n      - quote: The APEC leaders met\n";
    const read = draftFromFile("apec-november", { text, etag: '"e"' });
    if (!("draft" in read)) throw new Error("not read");
    expect(read.draft.events).toMatchObject([
      { sameAs: "apec-summit", fileReport: "apec-summit", status: "occurred", state: "accepted" },
    ]);
    const key = read.draft.events[0]?.key ?? "";
    const changed = reduceDraft(read.draft, { type: "setStatus", key, value: "postponed" });
    const yaml = draftToYaml(changed);
    expect(yaml).toContain("  # checked by hand\n  - event: apec-summit\n    status: postponed\n");
  });
});

describe("searchEvents(events, query)", () => {
  const events: CorpusEvent[] = [
    {
      id: "apec-summit",
      title: "APEC summit",
      edtf: "2023-11",
      status: "planned",
      names: ["San Francisco"],
      reports: [],
    },
    {
      id: "g20",
      title: "G20 in Bali",
      edtf: "2022-11-15",
      status: "occurred",
      names: ["Joe Biden"],
      reports: [],
    },
  ];
  it("finds by title, actor or place name, and date; every word must match", () => {
    expect(searchEvents(events, "san francisco").map((e) => e.id)).toEqual(["apec-summit"]);
    expect(searchEvents(events, "BIDEN 2022").map((e) => e.id)).toEqual(["g20"]);
    expect(searchEvents(events, "2023 biden")).toEqual([]);
    expect(searchEvents(events, " ")).toHaveLength(2);
  });
});
