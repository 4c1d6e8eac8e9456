import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ServerFile } from "./apiContract.ts";
import type { Draft, DraftBase } from "./draft.ts";
import { reduceDraft } from "./draft.ts";
import type { SavedDraft } from "./openArticle.ts";
import { chooseVersion, noteText, openArticle } from "./openArticle.ts";

const SEED = "000_eb413498417fa6d3";
const ARTICLE =
  "date 2024-03-05\nThe harbour opened on Monday, officials said.\n\nA second quay will open in June.\n";
const ON_DISK = "title: Harbour opens\nattribution: Test Wire\nevents: []\n";

const file = (rel: string, bytes: Uint8Array, etag = '"e1"'): ServerFile => ({
  path: rel,
  bytes,
  etag,
  sha256: "0".repeat(64),
});

/** The repository's corpus as the server sends it, with the harbour article and `extra`. */
function corpus(...extra: ServerFile[]): ServerFile[] {
  const files: ServerFile[] = [];
  const add = (rel: string): void => {
    files.push(file(rel, new Uint8Array(readFileSync(path.join("corpus", rel)))));
  };
  for (const meta of ["corpus.yaml", "actors.yaml", "places.yaml"]) add(meta);
  for (const folder of ["articles", "annotations"])
    for (const name of readdirSync(`corpus/${folder}`)) add(`${folder}/${name}`);
  files.push(file("articles/harbour.txt", new TextEncoder().encode(ARTICLE)));
  return [...files, ...extra];
}
const annotation = (text: string, etag: string): ServerFile =>
  file("annotations/harbour.yaml", new TextEncoder().encode(text), etag);

/** A draft of the harbour annotation that started from the file version `etag`. */
function draftOf(etag: string | undefined, edits = 0): Draft {
  let draft: Draft = {
    articleId: "harbour",
    title: "Harbour opens",
    attribution: "Test Wire",
    events: [],
    base: etag === undefined ? undefined : { text: ON_DISK, etag },
    revision: 0,
    savedRevision: 0,
  };
  for (let i = 0; i < edits; i++) {
    draft = reduceDraft(draft, { type: "setMeta", field: "title", value: `Edit ${i + 1}` });
  }
  return draft;
}
const autosave = (draft: Draft): SavedDraft => ({ draft, at: "2024-03-06T14:02:00.000Z" });
const disk = (etag: string): DraftBase => ({ text: ON_DISK, etag });

describe("chooseVersion(autosaved, disk)", () => {
  it.each([
    ["no autosave, no file", undefined, undefined, { from: "proposals" }],
    ["no autosave, a file", undefined, disk('"e1"'), { from: "disk" }],
    [
      "unsaved work on the file as it still is",
      autosave(draftOf('"e1"', 1)),
      disk('"e1"'),
      { from: "autosave", diskChanged: false },
    ],
    [
      "unsaved work on a file changed since",
      autosave(draftOf('"e1"', 1)),
      disk('"e2"'),
      { from: "autosave", diskChanged: true },
    ],
    [
      "unsaved work on a file deleted since",
      autosave(draftOf('"e1"', 1)),
      undefined,
      { from: "autosave", diskChanged: true },
    ],
    [
      "unsaved work never saved, no file",
      autosave(draftOf(undefined, 2)),
      undefined,
      { from: "autosave", diskChanged: false },
    ],
    [
      "unsaved work never saved, and a file written since (another tab)",
      autosave(draftOf(undefined, 2)),
      disk('"e1"'),
      { from: "autosave", diskChanged: true },
    ],
    [
      "a saved autosave of the file as it is",
      autosave(draftOf('"e1"')),
      disk('"e1"'),
      { from: "autosave-as-saved" },
    ],
    [
      "a saved autosave of another version of the file",
      autosave(draftOf('"e1"')),
      disk('"e2"'),
      { from: "disk" },
    ],
    [
      "a saved autosave, the file deleted since",
      autosave(draftOf('"e1"')),
      undefined,
      { from: "proposals" },
    ],
  ])("%s", (_, saved, onDisk, expected) => {
    expect(chooseVersion(saved, onDisk)).toEqual(expected);
  });
});

describe("openArticle(articleId, files, autosaved)", () => {
  it("drafts a new article from the proposer's cards, and says so", () => {
    const opened = openArticle("harbour", corpus(), undefined);
    if ("error" in opened) throw new Error(opened.error);
    expect(opened.choice).toEqual({ from: "proposals" });
    expect(opened.draft.base).toBeUndefined();
    expect(opened.draft.events.length).toBeGreaterThan(0);
    expect(opened.draft.events.every((e) => e.state === "proposed")).toBe(true);
    expect(opened.notes).toMatchObject([
      {
        kind: "proposed",
        text: expect.stringMatching(/events? proposed from the article/) as unknown,
      },
    ]);
    expect(opened.article.dateline).toBe("2024-03-05");
  });

  it("opens the file on disk, every event in it accepted", () => {
    const opened = openArticle("harbour", corpus(annotation(ON_DISK, '"e7"')), undefined);
    if ("error" in opened) throw new Error(opened.error);
    expect(opened.choice).toEqual({ from: "disk" });
    expect(opened.draft.base).toEqual({ text: ON_DISK, etag: '"e7"' });
    expect(opened.notes).toEqual([]);
    const seed = openArticle(SEED, corpus(), undefined);
    if ("error" in seed) throw new Error(seed.error);
    expect(seed.draft.events.length).toBeGreaterThan(0);
    expect(seed.draft.events.every((e) => e.state === "accepted")).toBe(true);
  });

  it("restores unsaved work over the file, and warns when the file changed under it", () => {
    const saved = autosave(draftOf('"e1"', 1));
    const opened = openArticle("harbour", corpus(annotation(ON_DISK, '"e2"')), saved);
    if ("error" in opened) throw new Error(opened.error);
    expect(opened.draft).toBe(saved.draft);
    expect(opened.notes).toEqual([
      { kind: "restored", at: "2024-03-06T14:02:00.000Z" },
      { kind: "diskChanged" },
    ]);
    const time = (iso: string): string => iso.slice(11, 16);
    expect(opened.notes.map((n) => noteText(n, time))).toEqual([
      "Restored your unsaved draft from 14:02 (kept in this browser).",
      "The file on disk has changed since: saving will show both versions and let you choose.",
    ]);
  });

  it("reopens this browser's copy of the file as saved, with the cards the file does not hold", () => {
    const draft: Draft = {
      ...draftOf('"e1"'),
      events: [
        {
          key: "proposed-0",
          id: "undecided",
          title: "Not decided yet",
          summary: "",
          status: "occurred",
          actors: [],
          places: [],
          related: [],
          citations: [{ quote: "The harbour opened on Monday" }],
          state: "proposed",
          checks: [],
        },
      ],
    };
    const opened = openArticle("harbour", corpus(annotation(ON_DISK, '"e1"')), autosave(draft));
    if ("error" in opened) throw new Error(opened.error);
    expect(opened.choice).toEqual({ from: "autosave-as-saved" });
    expect(opened.draft.events.map((e) => e.id)).toEqual(["undecided"]);
    expect(opened.notes).toEqual([]);
  });

  it("says what to fix when the article is missing, or it or its annotation cannot be read", () => {
    expect(openArticle("nowhere", corpus(), undefined)).toEqual({
      error: "There is no article nowhere in the corpus (articles/nowhere.txt).",
    });
    const undated = file("articles/undated.txt", new TextEncoder().encode("No dateline.\n"));
    expect(openArticle("undated", corpus(undated), undefined)).toEqual({
      error: expect.stringMatching(
        /^articles\/undated\.txt cannot be read: .*date YYYY-MM-DD/,
      ) as unknown,
    });
    const broken = annotation("title: [unclosed\n", '"e3"');
    expect(openArticle("harbour", corpus(broken), undefined)).toEqual({
      error: expect.stringMatching(
        /^annotations\/harbour\.yaml cannot be read \(line \d+: YAML syntax error.*\): fix it by hand, then reload\.$/,
      ) as unknown,
    });
  });
});
