/**
 * Autosave: every change to a draft is written to IndexedDB (through idb-keyval) shortly after
 * it is made, so a reload, a closed tab or a crash loses nothing. Keyed by article id.
 *
 * IndexedDB writes finish after the page may be gone, and the write waits for a pause in the
 * typing: an edit made just before a reload would be lost. So when the page is hidden or left
 * (pagehide, visibilitychange, beforeunload), a draft not yet written goes synchronously to
 * localStorage, and opening reads both and takes the newer.
 */
import { createStore, del, get, set } from "idb-keyval";
import { useEffect, useRef, useState } from "react";
import type { Draft } from "../draft.ts";
import type { SavedDraft } from "../openArticle.ts";

const store = createStore("dateline-curate", "drafts");

/** How long after the last change the draft is written. */
const DELAY_MS = 300;

/** The localStorage key of an article's draft flushed as the page was left. */
const flushKey = (articleId: string): string => `dateline-curate:draft:${articleId}`;

/** The draft flushed to localStorage, if any and readable. */
function readFlushed(articleId: string): SavedDraft | undefined {
  try {
    const text = localStorage.getItem(flushKey(articleId));
    if (text === null) return undefined;
    const saved = JSON.parse(text) as Partial<SavedDraft>;
    if (typeof saved.at !== "string" || typeof saved.draft !== "object") return undefined;
    // JSON drops an undefined `base` (a file not written yet): the key comes back, undefined.
    return { at: saved.at, draft: { ...saved.draft, base: saved.draft.base } };
  } catch {
    return undefined;
  }
}

/** Writes `draft` to localStorage now (synchronously); false when the browser refuses. */
function flushDraft(draft: Draft): boolean {
  try {
    const saved: SavedDraft = { draft, at: new Date().toISOString() };
    localStorage.setItem(flushKey(draft.articleId), JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

/** The autosaved draft of an article, if any: the newer of IndexedDB's and the flushed one. */
export async function loadAutosaved(articleId: string): Promise<SavedDraft | undefined> {
  let kept: SavedDraft | undefined;
  try {
    kept = await get<SavedDraft>(articleId, store);
  } catch {
    kept = undefined;
  }
  const flushed = readFlushed(articleId);
  if (!flushed) return kept;
  if (!kept) return flushed;
  return flushed.at > kept.at ? flushed : kept;
}

/** Forgets an article's autosaved draft. */
export async function forgetAutosaved(articleId: string): Promise<void> {
  localStorage.removeItem(flushKey(articleId));
  await del(articleId, store);
}

export type AutosaveState = "idle" | "pending" | "saved" | "failed";

/** Writes `draft` to IndexedDB shortly after each change; says how the last write went. */
export function useAutosave(draft: Draft | undefined): AutosaveState {
  const [state, setState] = useState<AutosaveState>("idle");
  const first = useRef(true);
  // The draft that changed and is not yet in IndexedDB, for the flush as the page is left.
  const pending = useRef<Draft | undefined>(undefined);
  useEffect(() => {
    if (draft === undefined) return;
    // The draft as opened is not a change.
    if (first.current) {
      first.current = false;
      return;
    }
    pending.current = draft;
    setState("pending");
    const timer = setTimeout(() => {
      set(
        draft.articleId,
        { draft, at: new Date().toISOString() } satisfies SavedDraft,
        store,
      ).then(
        () => {
          if (pending.current === draft) pending.current = undefined;
          // A flushed copy no newer than this write has done its work.
          const flushed = readFlushed(draft.articleId);
          if (flushed && flushed.draft.revision <= draft.revision) {
            localStorage.removeItem(flushKey(draft.articleId));
          }
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

  useEffect(() => {
    const flush = (): void => {
      if (pending.current) flushDraft(pending.current);
    };
    const onHidden = (): void => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("pagehide", flush);
    window.addEventListener("beforeunload", flush);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("beforeunload", flush);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, []);
  return state;
}

/**
 * While `unsaved` (changes the file on disk does not hold), leaving the page asks first: the
 * browser's own "Leave site?" prompt, the only one a page may raise as it is left.
 */
export function useLeaveWarning(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
    };
  }, [unsaved]);
}
