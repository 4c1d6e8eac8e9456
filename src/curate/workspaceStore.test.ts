import { describe, expect, it } from "vitest";
import type { WriteOutcome } from "./apiContract.ts";
import { draftFromFile } from "./annotationYaml.ts";
import { isUnsaved } from "./draft.ts";
import type { Command, WorkspaceEvent } from "./workspaceState.ts";
import { initialWorkspace } from "./workspaceState.ts";
import { createWorkspaceStore } from "./workspaceStore.ts";

const ON_DISK = "title: Harbour opens\nattribution: Test Wire\nevents: []\n";

/** A server the test answers by hand: each command waits until the test replies to it. */
function fakeServer() {
  const pending: { command: Command; reply: (event: WorkspaceEvent | undefined) => void }[] = [];
  const perform = (command: Command): Promise<WorkspaceEvent | undefined> =>
    new Promise((reply) => {
      pending.push({ command, reply });
    });
  /** Answers the oldest write with `outcome`, and lets the store take the reply. */
  const answerWrite = async (outcome: WriteOutcome): Promise<Command> => {
    const next = pending.shift();
    if (next?.command.type !== "write") throw new Error("no write is waiting");
    next.reply({ type: "written", id: next.command.id, outcome, at: "2024-03-06T14:02:00Z" });
    await Promise.resolve();
    await Promise.resolve();
    return next.command;
  };
  return { perform, pending, answerWrite };
}

function store() {
  const read = draftFromFile("harbour", { text: ON_DISK, etag: '"e1"' });
  if (!("draft" in read)) throw new Error("unreadable");
  const server = fakeServer();
  return { server, store: createWorkspaceStore(initialWorkspace(read.draft), server.perform) };
}

const title = (value: string): WorkspaceEvent => ({
  type: "edit",
  edit: { type: "setMeta", field: "title", value },
});

describe("createWorkspaceStore(initial, perform)", () => {
  it("runs a save's write and takes its reply; an edit typed meanwhile stays unsaved", async () => {
    const { store: s, server } = store();
    let changes = 0;
    const unsubscribe = s.subscribe(() => {
      changes++;
    });
    s.send(title("Typed before the save"));
    s.send({ type: "save", problems: 0 });
    expect(server.pending.map((p) => p.command.type)).toEqual(["write"]);
    s.send(title("Typed while it saves"));
    const written = await server.answerWrite({ ok: true, etag: '"e2"' });
    expect(written).toMatchObject({
      text: expect.stringContaining("Typed before the save") as unknown,
    });
    const state = s.getState();
    expect(state.save.kind).toBe("saved");
    expect(state.draft.title).toBe("Typed while it saves");
    expect(state.draft.base?.etag).toBe('"e2"');
    expect(isUnsaved(state.draft)).toBe(true);
    expect(changes).toBe(4);
    unsubscribe();
    s.send(title("Unheard"));
    expect(changes).toBe(4);
  });

  it("keeps the draft through a failed save and writes it on the retry", async () => {
    const { store: s, server } = store();
    s.send(title("Kept"));
    s.send({ type: "save", problems: 0 });
    await server.answerWrite({ ok: false, kind: "offline", message: "No answer." });
    expect(s.getState().save).toEqual({ kind: "offline", message: "No answer." });
    expect(s.getState().draft.title).toBe("Kept");
    s.send({ type: "save", problems: 0 });
    const retried = await server.answerWrite({ ok: true, etag: '"e2"' });
    expect(retried).toMatchObject({
      etag: '"e1"',
      text: expect.stringContaining("title: Kept\n") as unknown,
    });
    expect(isUnsaved(s.getState().draft)).toBe(false);
  });

  it("tells no one, and runs nothing, for an event that changes nothing", () => {
    const { store: s, server } = store();
    let changes = 0;
    s.subscribe(() => {
      changes++;
    });
    s.send({ type: "keepMine" });
    s.send({ type: "rebuilt", id: 4, ok: true, lines: [] });
    expect(changes).toBe(0);
    expect(server.pending).toEqual([]);
  });
});
