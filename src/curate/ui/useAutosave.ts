/**
 * Autosave: every change to a draft is written to IndexedDB (through idb-keyval) within a second,
 * so a reload, a closed tab or a crash loses nothing. Keyed by article id.
 */
import { createStore, del, get, set } from "idb-keyval";
import { useEffect, useRef, useState } from "react";
import type { Draft } from "../draft.ts";
import type { SavedDraft } from "../openArticle.ts";

const store = createStore("dateline-curate", "drafts");

/** How long after the last change the draft is written. */
const DELAY_MS = 300;

/** The autosaved draft of an article, if any. */
export async function loadAutosaved(articleId: string): Promise<SavedDraft | undefined> {
  try {
    return await get<SavedDraft>(articleId, store);
  } catch {
    return undefined;
  }
}

/** Forgets an article's autosaved draft. */
export async function forgetAutosaved(articleId: string): Promise<void> {
  await del(articleId, store);
}

export type AutosaveState = "idle" | "pending" | "saved" | "failed";

/** Writes `draft` to IndexedDB shortly after each change; says how the last write went. */
export function useAutosave(draft: Draft | undefined): AutosaveState {
  const [state, setState] = useState<AutosaveState>("idle");
  const first = useRef(true);
  useEffect(() => {
    if (draft === undefined) return;
    // The draft as opened is not a change.
    if (first.current) {
      first.current = false;
      return;
    }
    setState("pending");
    const timer = setTimeout(() => {
      set(
        draft.articleId,
        { draft, at: new Date().toISOString() } satisfies SavedDraft,
        store,
      ).then(
        () => {
          setState("saved");
        },
        () => {
          setState("failed");
        },
      );
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [draft]);
  return state;
}
