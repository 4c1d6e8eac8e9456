/**
 * The workspace's life after an article is open, as one pure state machine: the draft, and where
 * its save stands. Every button, every server reply and every keystroke is an event; a step
 * returns the next state and the commands to run (write a file, rebuild, open the explorer), which
 * the workspace's hook performs and answers with another event. What must stay true:
 *
 * - an edit is never lost: a save writes the draft as it was when the save began, and an edit
 *   made while it runs stays unsaved afterwards;
 * - a failed or refused save leaves the draft as it is and can be tried again;
 * - a conflict writes nothing and keeps both versions: the curator's (the draft itself, still
 *   editable) and the one on disk, until the curator chooses.
 */
import type { DiskVersion, WriteOutcome } from "./apiContract.ts";
import { annotationPath, draftFromFile, draftToYaml } from "./annotationYaml.ts";
import type { Draft, DraftEdit } from "./draft.ts";
import { isUnsaved, reduceDraft } from "./draft.ts";

/** Write `text` to the corpus file `path` over the version `etag` names (undefined: create). */
export type WriteCommand = {
  type: "write";
  /** Matches the reply to the save that asked for it. */
  id: number;
  path: string;
  text: string;
  etag: string | undefined;
  /** The draft's revision that `text` holds: what the file holds once it is written. */
  revision: number;
};

/** A side effect the workspace runs for the machine. */
export type Command =
  | WriteCommand
  | { type: "rebuild"; id: number }
  /** Leave for the explorer at `url` (relative to the workspace's page). */
  | { type: "openExplorer"; url: string };

/** Where the save stands. */
export type SaveState =
  /** Nothing asked yet, or the curator took the version on disk. */
  | { kind: "idle" }
  /** Save was asked while the checks find problems: nothing was sent. */
  | { kind: "blocked"; problems: number }
  | { kind: "saving"; write: WriteCommand }
  /** The file holds the draft as it was when the save began (`at`: an ISO instant). */
  | { kind: "saved"; at: string }
  /** The server answered no (its checks, a read-only file, a full disk): nothing was written. */
  | { kind: "refused"; message: string; problems: string[] }
  /** The server did not answer: nothing was written. */
  | { kind: "offline"; message: string }
  /** The file on disk is not the version the draft started from; `disk` undefined: deleted. */
  | { kind: "conflict"; message: string; disk: DiskVersion | undefined }
  /** Rebuild was asked with changes not on disk (the rebuild reads the files). */
  | { kind: "saveFirst" }
  | { kind: "rebuilding"; id: number }
  | { kind: "rebuilt"; ok: boolean; lines: string[] };

/** The machine's state: the draft and its save. */
export type WorkspaceState = {
  draft: Draft;
  save: SaveState;
  /** The id the next command that waits for a reply takes. */
  nextId: number;
};

/** Everything that moves the machine. */
export type WorkspaceEvent =
  | { type: "edit"; edit: DraftEdit }
  /** Save, with how many problems the live checks find in the draft as it is now. */
  | { type: "save"; problems: number }
  | { type: "written"; id: number; outcome: WriteOutcome; at: string }
  /** In a conflict: write the draft over the version on disk. */
  | { type: "keepMine" }
  /** In a conflict: open the version on disk instead of the draft. */
  | { type: "takeDisk" }
  | { type: "rebuild" }
  | { type: "rebuilt"; id: number; ok: boolean; lines: string[] };

/** A step's result: the next state, and the commands to run, in order. */
export type Step = { state: WorkspaceState; commands: Command[] };

/** The machine for a freshly opened draft. */
export function initialWorkspace(draft: Draft): WorkspaceState {
  return { draft, save: { kind: "idle" }, nextId: 1 };
}

/** True while a write or a rebuild is under way: another save or rebuild waits for it. */
export function isBusy(save: SaveState): boolean {
  return save.kind === "saving" || save.kind === "rebuilding";
}

/** True when the last save did not write and can be tried again ("Retry save"). */
export function canRetry(save: SaveState): boolean {
  return save.kind === "blocked" || save.kind === "refused" || save.kind === "offline";
}

/** Where the explorer opens after a rebuild: the first accepted event, else the article. */
export function explorerUrl(draft: Draft): string {
  const first = draft.events.find((e) => e.state === "accepted");
  return first
    ? `../?event=${encodeURIComponent(first.id)}`
    : `../?source=${encodeURIComponent(draft.articleId)}`;
}

const stay = (state: WorkspaceState): Step => ({ state, commands: [] });

/** A write of the draft as it is now, over the version `etag` names. */
function startWrite(state: WorkspaceState, etag: string | undefined): Step {
  const write: WriteCommand = {
    type: "write",
    id: state.nextId,
    path: annotationPath(state.draft.articleId),
    text: draftToYaml(state.draft),
    etag,
    revision: state.draft.revision,
  };
  return {
    state: { ...state, save: { kind: "saving", write }, nextId: state.nextId + 1 },
    commands: [write],
  };
}

/** The save state a write's failure leads to. */
function failedWrite(outcome: Exclude<WriteOutcome, { ok: true }>): SaveState {
  switch (outcome.kind) {
    case "conflict":
      return { kind: "conflict", message: outcome.message, disk: outcome.current };
    case "refused":
      return { kind: "refused", message: outcome.message, problems: outcome.problems };
    case "offline":
      return { kind: "offline", message: outcome.message };
  }
}

/**
 * One step of the machine. Pure: the same state and event give the same step. An event that
 * does not apply where the machine stands (a second save while one runs, a stale reply, keep or
 * take outside a conflict) changes nothing.
 */
export function stepWorkspace(state: WorkspaceState, event: WorkspaceEvent): Step {
  const { draft, save } = state;
  switch (event.type) {
    case "edit":
      // Whatever the save is doing, the edit goes into the draft; the save state says how the
      // last save went, and the draft's revision says what is not on disk.
      return stay({ ...state, draft: reduceDraft(draft, event.edit) });
    case "save":
      if (isBusy(save)) return stay(state);
      if (event.problems > 0) {
        return stay({ ...state, save: { kind: "blocked", problems: event.problems } });
      }
      return startWrite(state, draft.base?.etag);
    case "written": {
      if (save.kind !== "saving" || save.write.id !== event.id) return stay(state);
      const { outcome } = event;
      if (!outcome.ok) return stay({ ...state, save: failedWrite(outcome) });
      return stay({
        ...state,
        draft: reduceDraft(draft, {
          type: "saved",
          base: { text: save.write.text, etag: outcome.etag },
          revision: save.write.revision,
        }),
        save: { kind: "saved", at: event.at },
      });
    }
    case "keepMine":
      if (save.kind !== "conflict") return stay(state);
      // Over the version on disk now, or as a new file when it was deleted.
      return startWrite(state, save.disk?.etag);
    case "takeDisk": {
      if (save.kind !== "conflict" || save.disk === undefined) return stay(state);
      const read = draftFromFile(draft.articleId, save.disk);
      if ("problems" in read) {
        const problems = read.problems.map((p) => `line ${p.line ?? "?"}: ${p.message}`);
        return stay({
          ...state,
          save: {
            ...save,
            message: `The version on disk cannot be read (${problems.join("; ")}): keep yours, or fix the file by hand.`,
          },
        });
      }
      return stay({ ...state, draft: read.draft, save: { kind: "idle" } });
    }
    case "rebuild":
      if (isBusy(save)) return stay(state);
      if (isUnsaved(draft) || !draft.base) return stay({ ...state, save: { kind: "saveFirst" } });
      return {
        state: {
          ...state,
          save: { kind: "rebuilding", id: state.nextId },
          nextId: state.nextId + 1,
        },
        commands: [{ type: "rebuild", id: state.nextId }],
      };
    case "rebuilt":
      if (save.kind !== "rebuilding" || save.id !== event.id) return stay(state);
      return {
        state: { ...state, save: { kind: "rebuilt", ok: event.ok, lines: event.lines } },
        commands: event.ok ? [{ type: "openExplorer", url: explorerUrl(draft) }] : [],
      };
  }
}
