/**
 * Opening an article in the workspace: which version of its annotation the curator sees. There
 * are up to three: the draft this browser autosaved, the file on disk, and, for an article with
 * no annotation yet, the proposer's draft. The choice is pure, so every case has its test; the
 * workspace only fetches the corpus and the autosave and hands them in.
 */
import type { ServerFile } from "./apiContract.ts";
import type { ArticleView } from "./article.ts";
import { readArticle } from "./article.ts";
import { annotationPath, draftFromFile, emptyDraft } from "./annotationYaml.ts";
import type { Draft, DraftBase } from "./draft.ts";
import { isUnsaved } from "./draft.ts";
import type { CorpusEvent } from "./corpusEvents.ts";
import { corpusEvents } from "./corpusEvents.ts";
import type { ProposedName } from "../propose/index.ts";
import { proposeFor } from "./proposals.ts";
import type { Registry } from "./registry.ts";
import { readRegistry, takenEventIds } from "./registry.ts";

/** A draft as this browser autosaved it, with when (an ISO 8601 instant). */
export type SavedDraft = { draft: Draft; at: string };

/**
 * Which version opens:
 * - `autosave`: the autosave holds changes the disk does not (it always wins, so nothing typed is
 *   lost); `diskChanged` when the file on disk is no longer the one that draft started from, so
 *   its save will meet a conflict and show both versions;
 * - `autosave-as-saved`: the autosave is the file on disk as last saved from this browser; it is
 *   opened rather than the file because it also keeps the cards the file does not hold (proposals
 *   not yet decided, rejected cards);
 * - `disk`: the file, read afresh (no autosave, or one of another version of the file);
 * - `proposals`: no file and no unsaved work: the proposer drafts the annotation.
 */
export type VersionChoice =
  | { from: "autosave"; diskChanged: boolean }
  | { from: "autosave-as-saved" }
  | { from: "disk" }
  | { from: "proposals" };

/** Chooses the version to open from the autosave (if any) and the file on disk (if any). */
export function chooseVersion(
  autosaved: SavedDraft | undefined,
  disk: DraftBase | undefined,
): VersionChoice {
  if (autosaved && isUnsaved(autosaved.draft)) {
    return { from: "autosave", diskChanged: autosaved.draft.base?.etag !== disk?.etag };
  }
  if (disk) {
    return autosaved?.draft.base?.etag === disk.etag
      ? { from: "autosave-as-saved" }
      : { from: "disk" };
  }
  return { from: "proposals" };
}

/** What the workspace tells the curator about the version it opened. */
export type OpenNote =
  { kind: "restored"; at: string } | { kind: "diskChanged" } | { kind: "proposed"; text: string };

/** A note in words; `time` formats an ISO instant as the curator's local time ("14:02"). */
export function noteText(note: OpenNote, time: (iso: string) => string): string {
  switch (note.kind) {
    case "restored":
      return `Restored your unsaved draft from ${time(note.at)} (kept in this browser).`;
    case "diskChanged":
      return "The file on disk has changed since: saving will show both versions and let you choose.";
    case "proposed":
      return note.text;
  }
}

/** An article opened for curation. */
export type OpenedArticle = {
  /** The corpus as read when the article was opened (the live checks build it with the draft). */
  files: readonly ServerFile[];
  article: ArticleView;
  registry: Registry;
  draft: Draft;
  choice: VersionChoice;
  notes: OpenNote[];
  /** The events of the corpus's other articles, for "Same as…"; why there are none, if they do not build. */
  corpus: CorpusEvent[];
  corpusProblem?: string;
  /** The names the proposer finds in the article that the registry lacks, to add. */
  names: ProposedName[];
};

/**
 * Opens `articleId` from the corpus `files` and this browser's autosave of it. An error, in words
 * with the fix, when the article is missing or unreadable, or its annotation file cannot be read
 * (the curator fixes it by hand: rewriting it could lose what it says).
 */
export function openArticle(
  articleId: string,
  files: readonly ServerFile[],
  autosaved: SavedDraft | undefined,
): OpenedArticle | { error: string } {
  const articleFile = files.find((f) => f.path === `articles/${articleId}.txt`);
  if (!articleFile)
    return { error: `There is no article ${articleId} in the corpus (articles/${articleId}.txt).` };
  const article = readArticle(articleId, articleFile.bytes);
  if ("problems" in article)
    return { error: `articles/${articleId}.txt cannot be read: ${article.problems.join(" ")}` };
  const registry = readRegistry(files);
  const path = annotationPath(articleId);
  const file = files.find((f) => f.path === path);
  const disk = file ? { text: new TextDecoder().decode(file.bytes), etag: file.etag } : undefined;
  const choice = chooseVersion(autosaved, disk);
  const built = corpusEvents(files, articleId);
  // The proposer runs on every opening, not only for a new annotation: its proposed names are
  // offered until the curator adds them (they are read from the article, not kept in the file).
  const proposal = proposeFor({
    article,
    meta: registry.meta,
    takenIds: takenEventIds(files, path),
    corpus: built.dataset,
  });
  const opened = {
    files,
    article,
    registry,
    choice,
    corpus: built.events,
    ...(built.problem === undefined ? {} : { corpusProblem: built.problem }),
    names: proposal.names,
  };

  if (autosaved && choice.from === "autosave") {
    return {
      ...opened,
      draft: autosaved.draft,
      notes: [
        { kind: "restored", at: autosaved.at },
        ...(choice.diskChanged ? [{ kind: "diskChanged" } as const] : []),
      ],
    };
  }
  if (autosaved && choice.from === "autosave-as-saved") {
    return { ...opened, draft: autosaved.draft, notes: [] };
  }
  if (disk) {
    const read = draftFromFile(articleId, disk);
    if ("problems" in read) {
      const problems = read.problems.map((p) => `line ${p.line ?? "?"}: ${p.message}`);
      return {
        error: `${path} cannot be read (${problems.join("; ")}): fix it by hand, then reload.`,
      };
    }
    return { ...opened, draft: read.draft, notes: [] };
  }
  return {
    ...opened,
    draft: {
      ...emptyDraft(articleId),
      title: proposal.title,
      attribution: proposal.attribution,
      events: proposal.events,
    },
    notes: [{ kind: "proposed", text: proposal.note }],
  };
}
