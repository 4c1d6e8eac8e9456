/**
 * Opens an article for the workspace: reads the corpus and this browser's autosave, lets
 * ../openArticle.ts choose the version, and starts the state machine's store
 * (../workspaceStore.ts) with the commands run against the curate server.
 */
import { useEffect, useState } from "react";
import type { OpenedArticle } from "../openArticle.ts";
import { openArticle } from "../openArticle.ts";
import type { Command, WorkspaceEvent } from "../workspaceState.ts";
import { initialWorkspace } from "../workspaceState.ts";
import type { WorkspaceStore } from "../workspaceStore.ts";
import { createWorkspaceStore } from "../workspaceStore.ts";
import { readCorpus, rebuild, writeFile } from "./api.ts";
import { loadAutosaved } from "./useAutosave.ts";
import { openInExplorer } from "./workspaceUrl.ts";

/** Where opening stands: under way, failed (in words), or open with its store. */
export type WorkspaceSession =
  | { phase: "opening" }
  | { phase: "failed"; error: string }
  | { phase: "open"; opened: OpenedArticle; store: WorkspaceStore };

/** Runs one command against the curate server (or the browser, to leave for the explorer). */
async function perform(command: Command): Promise<WorkspaceEvent | undefined> {
  switch (command.type) {
    case "write": {
      const outcome = await writeFile(command.path, command.text, command.etag);
      return { type: "written", id: command.id, outcome, at: new Date().toISOString() };
    }
    case "rebuild":
      return { type: "rebuilt", id: command.id, ...(await rebuild()) };
    case "openExplorer":
      openInExplorer(command.url);
      return undefined;
  }
}

/** Reads the corpus and the autosave, and opens `articleId`. */
async function open(articleId: string): Promise<OpenedArticle | { error: string }> {
  const corpus = await readCorpus();
  if ("error" in corpus) return corpus;
  return openArticle(articleId, corpus.files, await loadAutosaved(articleId));
}

/** The session of `articleId`: opening, failed, or open. */
export function useWorkspace(articleId: string): WorkspaceSession {
  const [session, setSession] = useState<WorkspaceSession>({ phase: "opening" });
  useEffect(() => {
    let live = true;
    void open(articleId).then((opened) => {
      if (!live) return;
      if ("error" in opened) setSession({ phase: "failed", error: opened.error });
      else {
        const store = createWorkspaceStore(initialWorkspace(opened.draft), perform);
        setSession({ phase: "open", opened, store });
      }
    });
    return () => {
      live = false;
    };
  }, [articleId]);
  return session;
}
