import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useMemo,
  useState,
  useSyncExternalStore,
} from "react";
import { flushSync } from "react-dom";
import type { OpenedArticle } from "../openArticle.ts";
import { noteText } from "../openArticle.ts";
import { dateChoices, placeCitations } from "../article.ts";
import { annotationPath, draftToYaml } from "../annotationYaml.ts";
import { checkDraft, fieldId } from "../checks.ts";
import type { DraftEdit } from "../draft.ts";
import { isUnsaved } from "../draft.ts";
import { canRetry, isBusy } from "../workspaceState.ts";
import type { WorkspaceStore } from "../workspaceStore.ts";
import { ArticlePane } from "./ArticlePane.tsx";
import type { ServerFile } from "../apiContract.ts";
import { readRegistry } from "../registry.ts";
import type { NewEntry } from "../registryEdit.ts";
import { EventCard } from "./EventCard.tsx";
import { NamesPanel } from "./NamesPanel.tsx";
import { describedBy, Field, InlineForm } from "./Field.tsx";
import type { Pane } from "./PaneTabs.tsx";
import { PanePanel, PaneTabs } from "./PaneTabs.tsx";
import { ProblemList } from "./ProblemList.tsx";
import { SaveMessage } from "./SaveMessage.tsx";
import { useAutosave, useLeaveWarning } from "./useAutosave.ts";
import { useNarrow } from "./useNarrow.ts";
import { useWorkspace } from "./useWorkspace.ts";
import "./Workspace.css";

// The preview draws with the explorer's timeline, which is heavy: it loads after the workspace.
const Preview = lazy(() => import("./Preview.tsx").then((m) => ({ default: m.Preview })));

export type WorkspaceProps = { articleId: string };

/** An ISO instant as the curator's local time ("14:02"). */
const localTime = (iso: string): string =>
  new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/**
 * One article's annotation: the article with its dates and citations marked, the event cards,
 * the live checks, save (with conflicts and retries), autosave, and the preview. Which version
 * opens, and how a save goes, are decided by ../openArticle.ts and ../workspaceState.ts.
 */
export function Workspace({ articleId }: WorkspaceProps) {
  const session = useWorkspace(articleId);
  if (session.phase === "opening") return <p className="loading">Opening {articleId}…</p>;
  if (session.phase === "failed") {
    return (
      <div className="cu-panel">
        <h1>{articleId}</h1>
        <p role="alert">{session.error}</p>
      </div>
    );
  }
  return <OpenWorkspace opened={session.opened} store={session.store} />;
}

type OpenWorkspaceProps = { opened: OpenedArticle; store: WorkspaceStore };

/** The open workspace: renders the machine's state and sends it the curator's events. */
function OpenWorkspace({ opened, store }: OpenWorkspaceProps) {
  const { article } = opened;
  // The registry grows as the curator adds names: the checks and the cards read it from here.
  const [files, setFiles] = useState<readonly ServerFile[]>(opened.files);
  const registry = useMemo(() => readRegistry(files), [files]);
  const { draft, save } = useSyncExternalStore(store.subscribe, store.getState);
  const { send } = store;
  const autosave = useAutosave(draft);
  const [activeKey, setActiveKey] = useState<string | undefined>(undefined);
  const [newQuote, setNewQuote] = useState("");
  // On a narrow screen one pane shows at a time: the cards first, the article a tab away.
  const narrow = useNarrow();
  const [pane, setPane] = useState<Pane>("events");
  /** Shows `pane` at once (before the caller moves focus or scrolls into it). */
  const showPane = (next: Pane): void => {
    if (narrow)
      flushSync(() => {
        setPane(next);
      });
  };
  const showCard = (key: string): void => {
    showPane("events");
    document.getElementById(`card-${key}`)?.scrollIntoView({ block: "start" });
  };
  const dispatch = useCallback(
    (edit: DraftEdit): void => {
      send({ type: "edit", edit });
    },
    [send],
  );

  // The checks build the whole corpus: they follow the draft a beat behind the keystrokes.
  const deferred = useDeferredValue(draft);
  const yaml = useMemo(() => draftToYaml(deferred), [deferred]);
  const check = useMemo(() => checkDraft(files, deferred, yaml), [files, deferred, yaml]);
  const placed = useMemo(
    () =>
      placeCitations(
        article,
        draft.events.filter((e) => e.state !== "rejected"),
      ),
    [article, draft],
  );

  const path = annotationPath(draft.articleId);
  const unsaved = isUnsaved(draft);
  useLeaveWarning(unsaved);
  const undecided = draft.events.filter((e) => e.state === "proposed").length;
  const active = draft.events.find((e) => e.key === activeKey);
  const blocked = check.problems.length > 0;

  const onSave = (): void => {
    // Checked again on the draft as it is now, not as the last deferred check saw it.
    const problems = checkDraft(files, draft, draftToYaml(draft)).problems.length;
    send({ type: "save", problems });
  };

  const showProblems = (): void => {
    showPane("events");
    const heading = document.getElementById("problems-heading");
    heading?.scrollIntoView({ block: "start" });
    heading?.focus();
  };

  const addEvent = (quote: string, occurrence: number | undefined): void => {
    const key = `new-${Date.now().toString(36)}-${draft.events.length}`;
    dispatch({
      type: "addEvent",
      newKey: key,
      citation: { quote, ...(occurrence ? { occurrence } : {}) },
    });
    setActiveKey(key);
    // On a phone the new card is a tab away from the selection it was made from: show it.
    if (narrow) showCard(key);
  };

  /** A name is in the registry now: the cards whose quotes hold it take it. */
  const onNameAdded = (file: ServerFile, entry: NewEntry): void => {
    setFiles((current) => [...current.filter((f) => f.path !== file.path), file]);
    const field = entry.registry;
    for (const event of draft.events) {
      if (!event.proposedNames?.includes(entry.id) || event[field].includes(entry.id)) continue;
      dispatch({ type: "setList", key: event.key, field, value: [...event[field], entry.id] });
    }
  };

  const metaField = (field: "title" | "attribution", label: string) => {
    const id = fieldId({ scope: "file", field });
    const problems = check.problems.filter((p) => p.ref.scope === "file" && p.ref.field === field);
    return (
      <Field id={id} label={label} problems={problems}>
        <input
          {...describedBy(id, problems)}
          value={draft[field]}
          onChange={(e) => {
            dispatch({ type: "setMeta", field, value: e.target.value });
          }}
        />
      </Field>
    );
  };

  return (
    <div className="cw-workspace">
      <div className="cw-bar">
        <h1>
          {draft.articleId} <span className="muted">→ {path}</span>
        </h1>
        {/* On a phone the dock stays at the foot of the screen (Workspace.css): Save in reach. */}
        <div className="cw-dock">
          <p className="cw-state" role="status">
            {unsaved ? "Unsaved changes" : draft.base ? "Saved on disk" : "Not saved yet"}
            {autosave === "saved" && " · draft kept in this browser"}
            {autosave === "failed" && " · this browser could not keep the draft"}
            {undecided > 0 && ` · ${undecided} proposal${undecided === 1 ? "" : "s"} to decide`}
          </p>
          <div className="cw-actions">
            <button
              type="button"
              className="button cu-primary"
              aria-disabled={blocked || isBusy(save)}
              onClick={() => {
                if (!isBusy(save)) onSave();
              }}
            >
              {canRetry(save) ? "Retry save" : "Save"}
            </button>
            <button
              type="button"
              className="button"
              aria-disabled={unsaved || !draft.base}
              onClick={() => {
                send({ type: "rebuild" });
              }}
            >
              {/* On a phone the short words show; the name stays whole for screen readers. */}
              Rebuild and open<span className="cw-long"> in the explorer</span>
            </button>
          </div>
        </div>
      </div>
      {opened.notes.map((note) => (
        <p key={note.kind} className="cw-notice" role="note">
          {noteText(note, localTime)}
        </p>
      ))}
      <SaveMessage
        save={save}
        mine={yaml}
        time={localTime}
        onKeepMine={() => {
          send({ type: "keepMine" });
        }}
        onTakeDisk={() => {
          send({ type: "takeDisk" });
        }}
        onCloseCopy={() => {
          send({ type: "closeCopy" });
        }}
        onShowProblems={showProblems}
      />
      {narrow && <PaneTabs shown={pane} onShow={setPane} />}
      <div className="cw-columns">
        <PanePanel pane="article" narrow={narrow} shown={pane}>
          <ArticlePane
            onShowCard={narrow ? showCard : undefined}
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
        </PanePanel>
        <PanePanel pane="events" narrow={narrow} shown={pane}>
          <section className="cu-panel" aria-labelledby="events-heading">
            <h2 id="events-heading">Annotation</h2>
            {metaField("title", "Article title (the editors' label)")}
            {metaField("attribution", "Attribution (who wrote or credited it)")}
            <ProblemList
              problems={check.problems}
              events={draft.events}
              elsewhere={check.elsewhere}
            />
            <NamesPanel
              names={opened.names}
              registry={registry}
              files={files}
              onAdded={onNameAdded}
            />
            <InlineForm
              onSubmit={() => {
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
            </InlineForm>
            <h3>Events ({draft.events.filter((e) => e.state === "accepted").length} accepted)</h3>
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
                corpus={opened.corpus}
                active={event.key === activeKey}
                dispatch={dispatch}
                onActivate={setActiveKey}
              />
            ))}
          </section>
        </PanePanel>
      </div>
      <section className="cu-panel" aria-labelledby="preview-heading">
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
