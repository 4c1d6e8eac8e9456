import { describe, expect, it } from "vitest";
import { draftFromFile } from "./annotationYaml.ts";
import type { Draft } from "./draft.ts";
import { isUnsaved } from "./draft.ts";
import type { Step, WorkspaceEvent, WorkspaceState } from "./workspaceState.ts";
import {
  canRetry,
  explorerUrl,
  initialWorkspace,
  isBusy,
  stepWorkspace,
} from "./workspaceState.ts";

const ON_DISK = `# Written by hand.
title: Harbour opens
attribution: Test Wire
events:
  - id: harbour-opens
    title: The harbour opens
    summary: It opened.
    date:
      phrase: on Monday
    status: occurred
    actors: []
    places: []
    citations:
      - quote: The harbour opened on Monday
`;
const AT = "2024-03-06T14:02:00.000Z";

function opened(text = ON_DISK, etag = '"e1"'): Draft {
  const read = draftFromFile("harbour", { text, etag });
  if (!("draft" in read)) throw new Error("test annotation unreadable");
  return read.draft;
}

/** Runs the events in order from `state`; the last step, and every command on the way. */
function run(state: WorkspaceState, ...events: WorkspaceEvent[]): Step & { all: Step["commands"] } {
  let step: Step = { state, commands: [] };
  const all: Step["commands"] = [];
  for (const event of events) {
    step = stepWorkspace(step.state, event);
    all.push(...step.commands);
  }
  return { ...step, all };
}

const editTitle = (value: string): WorkspaceEvent => ({
  type: "edit",
  edit: { type: "setMeta", field: "title", value },
});

/** The id of the write the state is waiting for. */
function writeId(state: WorkspaceState): number {
  if (state.save.kind !== "saving") throw new Error(`not saving: ${state.save.kind}`);
  return state.save.write.id;
}

describe("stepWorkspace(state, event): saving", () => {
  it("writes the draft's YAML over the ETag it was opened from, then holds it as saved", () => {
    const saving = run(initialWorkspace(opened()), editTitle("Harbour reopens"), {
      type: "save",
      problems: 0,
    });
    expect(saving.commands).toEqual([
      {
        type: "write",
        id: 1,
        path: "annotations/harbour.yaml",
        text: expect.stringContaining("title: Harbour reopens\n") as unknown,
        etag: '"e1"',
        revision: 1,
      },
    ]);
    expect(isBusy(saving.state.save)).toBe(true);
    const text = saving.state.save.kind === "saving" ? saving.state.save.write.text : "";
    // The comment of the file written by hand survives.
    expect(text).toContain("# Written by hand.\n");

    const saved = run(saving.state, {
      type: "written",
      id: 1,
      outcome: { ok: true, etag: '"e2"' },
      at: AT,
    });
    expect(saved.state.save).toEqual({ kind: "saved", at: AT });
    expect(saved.state.draft.base).toEqual({ text, etag: '"e2"' });
    expect(isUnsaved(saved.state.draft)).toBe(false);
    expect(saved.state.draft.title).toBe("Harbour reopens");
  });

  it("creates the file (no ETag) for an annotation never saved", () => {
    const fresh: Draft = { ...opened(), base: undefined };
    const step = run(initialWorkspace(fresh), { type: "save", problems: 0 });
    expect(step.commands).toMatchObject([{ type: "write", etag: undefined }]);
  });

  it("sends nothing while the live checks find problems, and says how many", () => {
    const step = run(initialWorkspace(opened()), editTitle(""), { type: "save", problems: 2 });
    expect(step.all).toEqual([]);
    expect(step.state.save).toEqual({ kind: "blocked", problems: 2 });
    expect(canRetry(step.state.save)).toBe(true);
    expect(step.state.draft.title).toBe("");
  });

  it("keeps an edit made while the save runs: in the draft, and unsaved once the write is done", () => {
    const saving = run(initialWorkspace(opened()), editTitle("First"), {
      type: "save",
      problems: 0,
    });
    const id = writeId(saving.state);
    const edited = run(saving.state, editTitle("Second"));
    // The save goes on, with the text it started with.
    expect(edited.state.save).toEqual(saving.state.save);
    const done = run(edited.state, {
      type: "written",
      id,
      outcome: { ok: true, etag: '"e2"' },
      at: AT,
    });
    expect(done.state.draft.title).toBe("Second");
    expect(done.state.draft.base?.text).toContain("title: First\n");
    expect(isUnsaved(done.state.draft)).toBe(true);
    // The next save writes the edit, over the version the first save wrote.
    const next = run(done.state, { type: "save", problems: 0 });
    expect(next.commands).toMatchObject([
      {
        type: "write",
        id: id + 1,
        etag: '"e2"',
        text: expect.stringContaining("title: Second\n") as unknown,
      },
    ]);
  });

  it("keeps the edit when the server does not answer, and retries with the draft as it is then", () => {
    const saving = run(initialWorkspace(opened()), editTitle("Offline edit"), {
      type: "save",
      problems: 0,
    });
    const failed = run(saving.state, {
      type: "written",
      id: writeId(saving.state),
      outcome: { ok: false, kind: "offline", message: "The curate server did not answer." },
      at: AT,
    });
    expect(failed.state.save).toEqual({
      kind: "offline",
      message: "The curate server did not answer.",
    });
    expect(failed.state.draft).toBe(saving.state.draft);
    expect(isUnsaved(failed.state.draft)).toBe(true);
    expect(canRetry(failed.state.save)).toBe(true);

    const retry = run(failed.state, editTitle("Offline edit, then more"), {
      type: "save",
      problems: 0,
    });
    expect(retry.commands).toMatchObject([
      {
        type: "write",
        id: 2,
        etag: '"e1"',
        text: expect.stringContaining("title: Offline edit, then more\n") as unknown,
      },
    ]);
  });

  it("keeps the edit and the server's problems when the server refuses the file", () => {
    const saving = run(initialWorkspace(opened()), editTitle("Refused"), {
      type: "save",
      problems: 0,
    });
    const refused = run(saving.state, {
      type: "written",
      id: writeId(saving.state),
      outcome: {
        ok: false,
        kind: "refused",
        message: "The corpus would not build with this annotation: nothing was written.",
        problems: ["annotations/harbour.yaml:7: bad status"],
      },
      at: AT,
    });
    expect(refused.state.save).toMatchObject({
      kind: "refused",
      problems: ["annotations/harbour.yaml:7: bad status"],
    });
    expect(refused.state.draft.title).toBe("Refused");
    expect(isUnsaved(refused.state.draft)).toBe(true);
  });

  it("ignores a second save while one runs, and a reply to a write it is not waiting for", () => {
    const saving = run(initialWorkspace(opened()), { type: "save", problems: 0 });
    const again = run(saving.state, { type: "save", problems: 0 }, { type: "rebuild" });
    expect(again.all).toEqual([]);
    expect(again.state).toBe(saving.state);
    const stale = run(saving.state, {
      type: "written",
      id: writeId(saving.state) + 7,
      outcome: { ok: true, etag: '"other"' },
      at: AT,
    });
    expect(stale.state).toBe(saving.state);
  });
});

describe("stepWorkspace(state, event): conflicts", () => {
  const DISK = { etag: '"e9"', text: ON_DISK.replace("Test Wire", "Changed by hand") };

  /** A save that met a conflict; `disk` undefined: the file was deleted. */
  function inConflict(disk: typeof DISK | undefined): WorkspaceState {
    const saving = run(initialWorkspace(opened()), editTitle("Mine"), {
      type: "save",
      problems: 0,
    });
    return run(saving.state, {
      type: "written",
      id: writeId(saving.state),
      outcome: {
        ok: false,
        kind: "conflict",
        message: "annotations/harbour.yaml changed on disk since you opened it.",
        current: disk,
      },
      at: AT,
    }).state;
  }

  it("writes nothing and keeps both versions: the draft, still editable, and the disk's", () => {
    const conflict = inConflict(DISK);
    expect(conflict.save).toEqual({
      kind: "conflict",
      message: "annotations/harbour.yaml changed on disk since you opened it.",
      disk: DISK,
    });
    expect(conflict.draft.title).toBe("Mine");
    expect(conflict.draft.base?.etag).toBe('"e1"');
    expect(isUnsaved(conflict.draft)).toBe(true);
    const edited = run(conflict, editTitle("Mine, edited"));
    expect(edited.state.save).toBe(conflict.save);
    expect(edited.state.draft.title).toBe("Mine, edited");
  });

  it("keep mine writes the draft as it is now over the version on disk", () => {
    const step = run(inConflict(DISK), editTitle("Mine, edited"), { type: "keepMine" });
    expect(step.commands).toMatchObject([
      {
        type: "write",
        etag: '"e9"',
        text: expect.stringContaining("title: Mine, edited\n") as unknown,
        revision: step.state.draft.revision,
      },
    ]);
    const saved = run(step.state, {
      type: "written",
      id: writeId(step.state),
      outcome: { ok: true, etag: '"e10"' },
      at: AT,
    });
    expect(isUnsaved(saved.state.draft)).toBe(false);
    expect(saved.state.draft.base?.etag).toBe('"e10"');
  });

  it("keep mine creates the file again when it was deleted", () => {
    const step = run(inConflict(undefined), { type: "keepMine" });
    expect(step.commands).toMatchObject([{ type: "write", etag: undefined }]);
  });

  it("take the version on disk opens it in place of the draft, as saved", () => {
    const step = run(inConflict(DISK), { type: "takeDisk" });
    expect(step.state.save).toEqual({ kind: "idle" });
    expect(step.state.draft.attribution).toBe("Changed by hand");
    expect(step.state.draft.title).toBe("Harbour opens");
    expect(step.state.draft.base).toEqual(DISK);
    expect(isUnsaved(step.state.draft)).toBe(false);
  });

  it("keeps the conflict, and says why, when the version on disk cannot be read", () => {
    const unreadable = { etag: '"e9"', text: "title: [unclosed\n" };
    const conflict = inConflict(unreadable);
    const step = run(conflict, { type: "takeDisk" });
    expect(step.state.draft).toBe(conflict.draft);
    expect(step.state.save).toMatchObject({
      kind: "conflict",
      disk: unreadable,
      message: expect.stringMatching(
        /^The version on disk cannot be read \(line \d+: YAML syntax error.*keep yours/,
      ) as unknown,
    });
  });

  it("ignores keep and take outside a conflict", () => {
    const state = run(initialWorkspace(opened()), editTitle("x")).state;
    expect(run(state, { type: "keepMine" }, { type: "takeDisk" }).state).toBe(state);
  });
});

describe("stepWorkspace(state, event): rebuilding", () => {
  it("asks for a save first while the draft has changes the disk does not hold", () => {
    const step = run(initialWorkspace(opened()), editTitle("Unsaved"), { type: "rebuild" });
    expect(step.all).toEqual([]);
    expect(step.state.save).toEqual({ kind: "saveFirst" });
    expect(canRetry(step.state.save)).toBe(false);
    const never = run(initialWorkspace({ ...opened(), base: undefined }), { type: "rebuild" });
    expect(never.state.save).toEqual({ kind: "saveFirst" });
  });

  it("rebuilds a saved draft, then opens the explorer on its first accepted event", () => {
    const step = run(initialWorkspace(opened()), { type: "rebuild" });
    expect(step.commands).toEqual([{ type: "rebuild", id: 1 }]);
    const built = run(step.state, { type: "rebuilt", id: 1, ok: true, lines: ["wrote"] });
    expect(built.state.save).toEqual({ kind: "rebuilt", ok: true, lines: ["wrote"] });
    expect(built.commands).toEqual([{ type: "openExplorer", url: "../?event=harbour-opens" }]);
  });

  it("shows a failed rebuild's lines and stays", () => {
    const step = run(initialWorkspace(opened()), { type: "rebuild" });
    const failed = run(step.state, { type: "rebuilt", id: 1, ok: false, lines: ["x.yaml:3: bad"] });
    expect(failed.commands).toEqual([]);
    expect(failed.state.save).toEqual({ kind: "rebuilt", ok: false, lines: ["x.yaml:3: bad"] });
  });
});

describe("explorerUrl(draft)", () => {
  it("names the first accepted event, else the article, percent-encoded", () => {
    const draft = opened();
    const none: Draft = {
      ...draft,
      events: draft.events.map((e) => ({ ...e, state: "rejected" })),
    };
    expect(explorerUrl(none)).toBe("../?source=harbour");
    expect(explorerUrl({ ...opened(), articleId: "a b" })).toBe("../?event=harbour-opens");
    expect(explorerUrl({ ...none, articleId: "a&b" })).toBe("../?source=a%26b");
  });
});
