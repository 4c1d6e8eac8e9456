import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useReducer, useState } from "react";
import type { ArticleView } from "../article.ts";
import { dateChoices, placeCitations, readArticle } from "../article.ts";
import { annotationPath, draftFromFile, draftToYaml, emptyDraft } from "../annotationYaml.ts";
import { checkDraft, fieldId } from "../checks.ts";
import type { Draft, DraftAction } from "../draft.ts";
import { isUnsaved, reduceDraft } from "../draft.ts";
import { proposeFor } from "../proposals.ts";
import type { Registry } from "../registry.ts";
import { readRegistry, takenEventIds } from "../registry.ts";
import type { ServerFile } from "./api.ts";
import { readCorpus, rebuild, writeFile } from "./api.ts";
import { ArticlePane } from "./ArticlePane.tsx";
import { EventCard } from "./EventCard.tsx";
import { ProblemList } from "./ProblemList.tsx";
import { loadAutosaved, useAutosave } from "./useAutosave.ts";

// The preview draws with the explorer's timeline, which is heavy: it loads after the workspace.
const Preview = lazy(() => import("./Preview.tsx").then((m) => ({ default: m.Preview })));

export type WorkspaceProps = { articleId: string };

type Loaded = { files: ServerFile[]; article: ArticleView; registry: Registry; notes: string[] };

type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "failed"; message: string; problems: string[] }
  | {
      kind: "conflict";
      message: string;
      mine: string;
      disk: { etag: string; text: string } | undefined;
    }
  | { kind: "rebuilding" }
  | { kind: "rebuilt"; ok: boolean; lines: string[] };

function draftReducer(draft: Draft | undefined, action: DraftAction): Draft | undefined {
  if (action.type === "load") return action.draft;
  return draft === undefined ? draft : reduceDraft(draft, action);
}

const time = (iso: string): string =>
  new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/** Reads the corpus and opens the article's draft: autosaved, from its file, or proposed. */
async function open(
  articleId: string,
): Promise<{ loaded: Loaded; draft: Draft } | { error: string }> {
  const corpus = await readCorpus();
  if ("error" in corpus) return corpus;
  const articleFile = corpus.files.find((f) => f.path === `articles/${articleId}.txt`);
  if (!articleFile)
    return { error: `There is no article ${articleId} in the corpus (articles/${articleId}.txt).` };
  const article = readArticle(articleId, articleFile.bytes);
  if ("problems" in article)
    return { error: `articles/${articleId}.txt cannot be read: ${article.problems.join(" ")}` };
  const registry = readRegistry(corpus.files);
  const notes: string[] = [];
  const disk = corpus.files.find((f) => f.path === annotationPath(articleId));
  const base = disk ? { text: new TextDecoder().decode(disk.bytes), etag: disk.etag } : undefined;
  const saved = await loadAutosaved(articleId);
  let draft: Draft | undefined;
  if (saved && isUnsaved(saved.draft)) {
    draft = saved.draft;
    notes.push(`Restored your unsaved draft from ${time(saved.at)} (kept in this browser).`);
    if (saved.draft.base?.etag !== base?.etag) {
      notes.push(
        "The file on disk has changed since: saving will show both versions and let you choose.",
      );
    }
  } else if (base) {
    if (saved && saved.draft.base?.etag === base.etag) draft = saved.draft;
    else {
      const read = draftFromFile(articleId, base);
      if ("problems" in read) {
        return {
          error: `${annotationPath(articleId)} cannot be read (${read.problems.map((p) => `line ${p.line ?? "?"}: ${p.message}`).join("; ")}): fix it by hand, then reload.`,
        };
      }
      draft = read.draft;
    }
  } else {
    const taken = takenEventIds(corpus.files, annotationPath(articleId));
    const proposal = proposeFor({ article, meta: registry.meta, takenIds: taken });
    draft = {
      ...emptyDraft(articleId),
      title: proposal.title,
      attribution: proposal.attribution,
      events: proposal.events,
    };
    notes.push(proposal.note);
  }
  return { loaded: { files: corpus.files, article, registry, notes }, draft };
}

/**
 * One article's annotation: the article with its dates and citations marked, the event cards,
 * the live checks, save (with conflicts and retries), autosave, and the preview.
 */
export function Workspace({ articleId }: WorkspaceProps) {
  const [loaded, setLoaded] = useState<Loaded | { error: string } | null>(null);
  const [draft, dispatch] = useReducer(draftReducer, undefined);
  const [activeKey, setActiveKey] = useState<string | undefined>(undefined);
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [newQuote, setNewQuote] = useState("");
  const autosave = useAutosave(draft);

  useEffect(() => {
    let live = true;
    void open(articleId).then((result) => {
      if (!live) return;
      if ("error" in result) setLoaded(result);
      else {
        setLoaded(result.loaded);
        dispatch({ type: "load", draft: result.draft });
      }
    });
    return () => {
      live = false;
    };
  }, [articleId]);

  const deferred = useDeferredValue(draft);
  const ready = loaded !== null && !("error" in loaded) ? loaded : undefined;
  const yaml = useMemo(() => (deferred ? draftToYaml(deferred) : ""), [deferred]);
  const check = useMemo(
    () => (ready && deferred ? checkDraft(ready.files, deferred, yaml) : undefined),
    [ready, deferred, yaml],
  );
  const placed = useMemo(
    () =>
      ready && draft
        ? placeCitations(
            ready.article,
            draft.events.filter((e) => e.state !== "rejected"),
          )
        : [],
    [ready, draft],
  );

  if (loaded === null) return <p className="loading">Opening {articleId}…</p>;
  if ("error" in loaded) {
    return (
      <div className="curate-panel">
        <h1>{articleId}</h1>
        <p role="alert">{loaded.error}</p>
      </div>
    );
  }
  if (!draft || !check) return <p className="loading">Opening {articleId}…</p>;

  const { article, registry } = loaded;
  const path = annotationPath(articleId);
  const unsaved = isUnsaved(draft);
  const undecided = draft.events.filter((e) => e.state === "proposed").length;
  const active = draft.events.find((e) => e.key === activeKey);

  const doSave = async (etag: string | undefined, text: string): Promise<void> => {
    setSave({ kind: "saving" });
    const revision = draft.revision;
    const written = await writeFile(path, text, etag);
    if (written.ok) {
      dispatch({ type: "saved", base: { text, etag: written.etag }, revision });
      setSave({ kind: "saved", at: new Date().toISOString() });
    } else if (written.kind === "conflict") {
      setSave({ kind: "conflict", message: written.message, mine: text, disk: written.current });
    } else {
      setSave({
        kind: "failed",
        message: written.message,
        problems: written.kind === "refused" ? written.problems : [],
      });
    }
  };

  const onSave = (): void => {
    // Checked again on the draft as it is now, not as the last deferred check saw it.
    const text = draftToYaml(draft);
    const now = checkDraft(loaded.files, draft, text);
    if (now.problems.length > 0) {
      setSave({
        kind: "failed",
        message: `Not saved: fix the ${now.problems.length} problem${now.problems.length === 1 ? "" : "s"} listed above first.`,
        problems: [],
      });
      return;
    }
    void doSave(draft.base?.etag, text);
  };

  const onRebuild = async (): Promise<void> => {
    setSave({ kind: "rebuilding" });
    const result = await rebuild();
    if (result.ok) {
      const first = draft.events.find((e) => e.state === "accepted");
      location.assign(
        first
          ? `../?event=${encodeURIComponent(first.id)}`
          : `../?source=${encodeURIComponent(articleId)}`,
      );
    }
    setSave({ kind: "rebuilt", ok: result.ok, lines: result.lines });
  };

  const addEvent = (quote: string, occurrence: number | undefined): void => {
    const key = `new-${Date.now().toString(36)}-${draft.events.length}`;
    dispatch({
      type: "addEvent",
      newKey: key,
      citation: { quote, ...(occurrence ? { occurrence } : {}) },
    });
    setActiveKey(key);
  };

  const fileProblems = (field: "title" | "attribution") =>
    check.problems.filter((p) => p.ref.scope === "file" && p.ref.field === field);
  const metaField = (field: "title" | "attribution", label: string) => {
    const id = fieldId({ scope: "file", field });
    const problems = fileProblems(field);
    return (
      <div className={`card-field${problems.length > 0 ? " has-problem" : ""}`}>
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          value={draft[field]}
          aria-invalid={problems.length > 0 ? true : undefined}
          aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
          onChange={(e) => {
            dispatch({ type: "setMeta", field, value: e.target.value });
          }}
        />
        {problems.length > 0 && (
          <ul className="field-problems" id={`${id}-problems`}>
            {problems.map((p, i) => (
              <li key={i}>
                {p.problem.message} <span className="hint">Fix: {p.problem.hint}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  };

  const blocked = check.problems.length > 0;
  return (
    <div className="workspace">
      <div className="ws-bar">
        <h1>
          {articleId} <span className="muted">→ {path}</span>
        </h1>
        <p className="ws-state" role="status">
          {unsaved ? "Unsaved changes" : draft.base ? "Saved on disk" : "Not saved yet"}
          {autosave === "saved" && " · draft kept in this browser"}
          {autosave === "failed" && " · this browser could not keep the draft"}
          {undecided > 0 && ` · ${undecided} proposal${undecided === 1 ? "" : "s"} to decide`}
        </p>
        <div className="ws-actions">
          <button
            type="button"
            className="button primary"
            aria-disabled={blocked || save.kind === "saving"}
            onClick={() => {
              if (save.kind !== "saving") onSave();
            }}
          >
            {save.kind === "failed" ? "Retry save" : "Save"}
          </button>
          <button
            type="button"
            className="button"
            aria-disabled={unsaved || !draft.base}
            onClick={() => {
              if (unsaved || !draft.base) {
                setSave({
                  kind: "failed",
                  message: "Save first: the rebuild reads the files on disk.",
                  problems: [],
                });
              } else void onRebuild();
            }}
          >
            Rebuild and open in the explorer
          </button>
        </div>
      </div>
      {loaded.notes.map((note) => (
        <p key={note} className="notice" role="note">
          {note}
        </p>
      ))}
      <SaveMessage
        save={save}
        onKeepMine={() => {
          if (save.kind === "conflict") void doSave(save.disk?.etag, save.mine);
        }}
        onTakeDisk={() => {
          if (save.kind !== "conflict" || !save.disk) return;
          const read = draftFromFile(articleId, save.disk);
          if ("draft" in read) {
            dispatch({ type: "load", draft: read.draft });
            setSave({ kind: "idle" });
          }
        }}
      />
      <div className="ws-columns">
        <ArticlePane
          article={article}
          placed={placed}
          events={draft.events}
          active={active}
          onCite={(key, quote, occurrence) => {
            dispatch({
              type: "addCitation",
              key,
              citation: { quote, ...(occurrence ? { occurrence } : {}) },
            });
          }}
          onNewEvent={addEvent}
          onPickDate={(timex) => {
            if (active && active.state !== "rejected") {
              dispatch({
                type: "setDate",
                key: active.key,
                date: {
                  phrase: timex.text,
                  ...(timex.direction ? { direction: timex.direction } : {}),
                },
              });
            }
          }}
        />
        <section className="ws-events" aria-labelledby="events-heading">
          <h2 id="events-heading">Annotation</h2>
          {metaField("title", "Article title (the editors' label)")}
          {metaField("attribution", "Attribution (who wrote or credited it)")}
          <ProblemList
            problems={check.problems}
            events={draft.events}
            elsewhere={check.elsewhere}
          />
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (newQuote.trim() === "") return;
              addEvent(newQuote.trim(), undefined);
              setNewQuote("");
            }}
          >
            <label htmlFor="new-event-quote">
              New event from a quote (the article's exact words)
            </label>
            <input
              id="new-event-quote"
              value={newQuote}
              onChange={(e) => {
                setNewQuote(e.target.value);
              }}
            />
            <button type="submit" className="button">
              New event
            </button>
          </form>
          <h3 className="cards-heading">
            Events ({draft.events.filter((e) => e.state === "accepted").length} accepted)
          </h3>
          <datalist id="curate-actors-list">
            {registry.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </datalist>
          <datalist id="curate-places-list">
            {registry.places.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </datalist>
          {draft.events.length === 0 && <p className="muted">No events yet.</p>}
          {draft.events.map((event) => (
            <EventCard
              key={event.key}
              event={event}
              choices={dateChoices(article, placed, event.key)}
              problems={check.problems.filter(
                (p) => p.ref.scope === "event" && p.ref.key === event.key,
              )}
              others={draft.events.filter((e) => e.key !== event.key)}
              actors={registry.actors}
              places={registry.places}
              active={event.key === activeKey}
              dispatch={dispatch}
              onActivate={setActiveKey}
            />
          ))}
        </section>
      </div>
      <section className="ws-preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview: what readers will see</h2>
        {check.preview ? (
          <Suspense fallback={<p className="muted">Loading the preview…</p>}>
            <Preview dataset={check.preview} />
          </Suspense>
        ) : (
          <p className="muted">The preview appears once the checks pass.</p>
        )}
      </section>
    </div>
  );
}

type SaveMessageProps = { save: SaveState; onKeepMine: () => void; onTakeDisk: () => void };

/** How the last save went, in words; a conflict shows both versions and lets the curator choose. */
function SaveMessage({ save, onKeepMine, onTakeDisk }: SaveMessageProps) {
  switch (save.kind) {
    case "idle":
      return null;
    case "saving":
      return (
        <p role="status" className="save-message">
          Saving…
        </p>
      );
    case "rebuilding":
      return (
        <p role="status" className="save-message">
          Rebuilding the dataset…
        </p>
      );
    case "saved":
      return (
        <p role="status" className="save-message ok">
          Saved at {time(save.at)}.
        </p>
      );
    case "rebuilt":
      return (
        <div role="alert" className="save-message failed">
          <p>{save.ok ? "Rebuilt." : "The dataset did not rebuild:"}</p>
          <ul>
            {save.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      );
    case "failed":
      return (
        <div role="alert" className="save-message failed">
          <p>{save.message}</p>
          {save.problems.length > 0 && (
            <ul>
              {save.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      );
    case "conflict":
      return (
        <div role="alert" className="save-message conflict">
          <p>
            {save.message} Your version is kept here and in this browser; choose which one to keep.
          </p>
          <div className="conflict-versions">
            <div>
              <h3 id="conflict-mine">Your version</h3>
              <textarea readOnly rows={10} aria-labelledby="conflict-mine" value={save.mine} />
            </div>
            <div>
              <h3 id="conflict-disk">The version on disk</h3>
              <textarea
                readOnly
                rows={10}
                aria-labelledby="conflict-disk"
                value={save.disk?.text ?? "(the file was deleted)"}
              />
            </div>
          </div>
          <button type="button" className="button primary" onClick={onKeepMine}>
            Keep mine (save it over the version on disk)
          </button>{" "}
          {save.disk && (
            <button type="button" className="button" onClick={onTakeDisk}>
              Take the version on disk (drop my changes)
            </button>
          )}
        </div>
      );
  }
}
