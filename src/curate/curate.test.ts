import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CorpusFile } from "../pipeline/compileArticle.ts";
import { draftFromFile, draftToYaml, emptyDraft } from "./annotationYaml.ts";
import { checkDraft, fieldId } from "./checks.ts";
import type { Draft } from "./draft.ts";
import { reduceDraft, slugOf, uniqueId } from "./draft.ts";
import { namedIn, readRegistry, takenEventIds } from "./registry.ts";
import { readArticle } from "./article.ts";
import { proposeFor } from "./proposals.ts";

const SEED = "000_eb413498417fa6d3";
const seedYaml = readFileSync(`corpus/annotations/${SEED}.yaml`, "utf8");

/** The repository's corpus as the browser receives it. */
function corpusFiles(): CorpusFile[] {
  const files: CorpusFile[] = [];
  const add = (rel: string): void => {
    files.push({
      path: rel,
      bytes: new Uint8Array(readFileSync(path.join("corpus", rel))),
      sha256: "0".repeat(64),
    });
  };
  for (const meta of ["corpus.yaml", "actors.yaml", "places.yaml"]) add(meta);
  for (const folder of ["articles", "annotations"])
    for (const name of readdirSync(`corpus/${folder}`)) add(`${folder}/${name}`);
  return files;
}

const ARTICLE =
  "date 2024-03-05\nThe harbour opened on Monday, officials said.\n\nA second quay will open in June.\n";
function withArticle(): CorpusFile[] {
  return [
    ...corpusFiles(),
    {
      path: "articles/harbour.txt",
      bytes: new TextEncoder().encode(ARTICLE),
      sha256: "0".repeat(64),
    },
  ];
}

function newDraft(): Draft {
  let draft = emptyDraft("harbour");
  draft = reduceDraft(draft, { type: "setMeta", field: "title", value: "Harbour opens" });
  draft = reduceDraft(draft, { type: "setMeta", field: "attribution", value: "Test Wire" });
  draft = reduceDraft(draft, {
    type: "addEvent",
    newKey: "k1",
    citation: { quote: "The harbour opened on Monday" },
  });
  return draft;
}

describe("reduceDraft(draft, action)", () => {
  it("adds an event from a selection with a slug id, and counts every change", () => {
    const draft = newDraft();
    expect(draft.events[0]).toMatchObject({
      id: "the-harbour-opened-on-monday",
      state: "accepted",
      citations: [{ quote: "The harbour opened on Monday" }],
    });
    expect(draft.revision).toBe(3);
    expect(draft.savedRevision).toBe(0);
  });
  it("merges one card into another: citations, actors and related move, the card goes", () => {
    let draft = newDraft();
    draft = reduceDraft(draft, {
      type: "addEvent",
      newKey: "k2",
      citation: { quote: "A second quay" },
    });
    draft = reduceDraft(draft, {
      type: "setList",
      key: "k2",
      field: "actors",
      value: ["joe-biden"],
    });
    draft = reduceDraft(draft, { type: "merge", key: "k2", into: "k1" });
    expect(draft.events).toHaveLength(1);
    expect(draft.events[0]?.citations.map((c) => c.quote)).toEqual([
      "The harbour opened on Monday",
      "A second quay",
    ]);
    expect(draft.events[0]?.actors).toEqual(["joe-biden"]);
  });
  it("re-checks a merge: the merged card's own checks stay, the other card's go unless they moved with it", () => {
    let draft = newDraft();
    draft = reduceDraft(draft, { type: "addEvent", newKey: "k2", citation: { quote: "A quay" } });
    draft = {
      ...draft,
      events: draft.events.map((e) =>
        e.key === "k2"
          ? {
              ...e,
              checks: [
                "date: 'Monday' could be either of two days",
                "status: read from 'will', check it",
                "event: two clauses were joined",
                "citations: the quote spans two sentences",
                "names not in the registry: Harbour Board",
              ],
            }
          : { ...e, checks: ["date: the dateline's week"] },
      ),
    };
    draft = reduceDraft(draft, { type: "merge", key: "k2", into: "k1" });
    // The date, status and wording are the kept card's: what was said of the other card's is stale.
    expect(draft.events[0]?.checks).toEqual([
      "date: the dateline's week",
      "citations: the quote spans two sentences",
      "names not in the registry: Harbour Board",
    ]);
  });
  it("slugs and de-duplicates ids", () => {
    expect(slugOf("Blinken's two-day trip, to Beijing!")).toBe("blinkens-two-day-trip-to");
    expect(uniqueId("a", new Set(["a", "a-2"]))).toBe("a-3");
  });
});

describe("draftToYaml(draft)", () => {
  it("leaves a hand-written file's comments and key order in place when one field changes", () => {
    const opened = draftFromFile(SEED, { text: seedYaml, etag: "e" });
    if (!("draft" in opened)) throw new Error("seed annotation unreadable");
    const key = opened.draft.events[1]?.key ?? "";
    const edited = reduceDraft(opened.draft, {
      type: "setText",
      key,
      field: "title",
      value: "A balloon over the US",
    });
    const yaml = draftToYaml(edited);
    expect(yaml).toContain(
      "# Annotations for corpus/articles/000_eb413498417fa6d3.txt (dateline 2023-06-18).",
    );
    expect(yaml).toContain("    title: A balloon over the US\n");
    expect(yaml).not.toContain("Suspected spy balloon discovered above the US");
    // Keys keep their order, the flow lists their style.
    expect(yaml.indexOf("title: Blinken meets Qin Gang")).toBeLessThan(
      yaml.indexOf("attribution:"),
    );
    expect(yaml).toContain("    actors: [antony-blinken, qin-gang, united-states, china]\n");
    // The rest of the file reads the same to the pipeline.
    const again = draftFromFile(SEED, { text: yaml, etag: "f" });
    if (!("draft" in again)) throw new Error("rewritten annotation unreadable");
    expect(again.draft.events.map((e) => e.title)).toEqual(edited.events.map((e) => e.title));
    expect(again.draft.events.map((e) => e.date)).toEqual(opened.draft.events.map((e) => e.date));
  });
  it("writes only accepted events, in the documented key order", () => {
    let draft = newDraft();
    draft = reduceDraft(draft, {
      type: "addEvent",
      newKey: "k2",
      citation: { quote: "A second quay" },
    });
    draft = reduceDraft(draft, { type: "decide", key: "k2", state: "rejected" });
    draft = reduceDraft(draft, {
      type: "setDate",
      key: "k1",
      date: { phrase: "on Monday", direction: "past" },
    });
    const yaml = draftToYaml(draft);
    expect(yaml).toBe(
      [
        "title: Harbour opens",
        "attribution: Test Wire",
        "events:",
        "  - id: the-harbour-opened-on-monday",
        '    title: ""',
        '    summary: ""',
        "    date:",
        "      phrase: on Monday",
        "      direction: past",
        "    status: occurred",
        "    actors: []",
        "    places: []",
        "    related: []",
        "    citations:",
        "      - quote: The harbour opened on Monday",
        "",
      ].join("\n"),
    );
  });
});

describe("checkDraft(files, draft, yaml)", () => {
  it("ties each pipeline problem to its card's field, with the pipeline's hint", () => {
    let draft = newDraft();
    draft = reduceDraft(draft, {
      type: "setDate",
      key: "k1",
      date: { phrase: "in June", direction: "future" },
    });
    draft = reduceDraft(draft, {
      type: "setText",
      key: "k1",
      field: "summary",
      value: "The harbour opened.",
    });
    const result = checkDraft(withArticle(), draft, draftToYaml(draft));
    const fields = result.problems.map((p) => fieldId(p.ref)).sort();
    expect(fields).toEqual(["field-k1-date", "field-k1-title"]);
    const date = result.problems.find((p) => p.ref.scope === "event" && p.ref.field === "date");
    expect(date?.problem.message).toMatch(/date phrase "in June" does not occur in paragraph 1/);
    expect(date?.problem.hint).toMatch(/copy the phrase exactly/);
    expect(result.preview).toBeUndefined();
  });
  it("passes a fixed draft and previews its events with resolved dates", () => {
    let draft = newDraft();
    draft = reduceDraft(draft, {
      type: "setDate",
      key: "k1",
      date: { phrase: "on Monday", direction: "past" },
    });
    draft = reduceDraft(draft, {
      type: "setText",
      key: "k1",
      field: "title",
      value: "The harbour opens",
    });
    draft = reduceDraft(draft, {
      type: "setText",
      key: "k1",
      field: "summary",
      value: "The harbour opened on Monday.",
    });
    const result = checkDraft(withArticle(), draft, draftToYaml(draft));
    expect(result.problems).toEqual([]);
    expect(result.preview?.events.map((e) => [e.id, e.date.edtf])).toEqual([
      ["the-harbour-opened-on-monday", "2024-03-04"],
    ]);
  });
  it("ties a missing date to the date field, not to the card as a whole", () => {
    const draft = newDraft();
    const result = checkDraft(withArticle(), draft, draftToYaml(draft));
    const missing = result.problems.find((p) => /missing field "date"/.test(p.problem.message));
    expect(missing && fieldId(missing.ref)).toBe("field-k1-date");
  });
  it("flags a quote that is not in the article on the citations field", () => {
    let draft = newDraft();
    draft = reduceDraft(draft, {
      type: "addCitation",
      key: "k1",
      citation: { quote: "The harbour closed" },
    });
    const result = checkDraft(withArticle(), draft, draftToYaml(draft));
    expect(
      result.problems.some(
        (p) => fieldId(p.ref) === "field-k1-citations" && /quote not found/.test(p.problem.message),
      ),
    ).toBe(true);
  });
});

describe("the registry", () => {
  it("offers the actors named in a card's quotes, by full or last name, and lists taken event ids", () => {
    const registry = readRegistry(corpusFiles());
    const named = namedIn(registry.actors, ["Blinken met Qin Gang; Joe said no"], ["qin-gang"]);
    expect(named.map((a) => a.id)).toEqual(["antony-blinken"]);
    const taken = takenEventIds(corpusFiles(), "annotations/harbour.yaml");
    expect(taken.has("beijing-visit")).toBe(true);
    expect(takenEventIds(corpusFiles(), `annotations/${SEED}.yaml`).has("beijing-visit")).toBe(
      false,
    );
  });
});

describe("proposeFor({ article, meta, takenIds })", () => {
  it("turns the proposer's draft into cards to decide that build once accepted", () => {
    const bytes = new Uint8Array(readFileSync("e2e/corpora/curate/harbour-reopens.txt"));
    const article = readArticle("harbour-reopens", bytes);
    if ("problems" in article) throw new Error(article.problems.join(" "));
    const files = [
      ...corpusFiles(),
      { path: "articles/harbour-reopens.txt", bytes, sha256: "0".repeat(64) },
    ];
    const registry = readRegistry(files);
    const proposal = proposeFor({
      article,
      meta: registry.meta,
      takenIds: takenEventIds(files, ""),
    });
    expect(proposal.events.length).toBeGreaterThan(0);
    expect(proposal.events.every((e) => e.state === "proposed")).toBe(true);
    let draft: Draft = {
      ...emptyDraft("harbour-reopens"),
      title: proposal.title || "Harbour",
      attribution: proposal.attribution || "Wire",
      events: proposal.events,
    };
    for (const e of proposal.events)
      draft = reduceDraft(draft, { type: "decide", key: e.key, state: "accepted" });
    const result = checkDraft(files, draft, draftToYaml(draft));
    expect(result.problems.map((p) => p.problem.message)).toEqual([]);
    expect(result.preview?.events.length).toBe(proposal.events.length);
  });
});
