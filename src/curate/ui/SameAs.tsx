import type { Dispatch } from "react";
import { useState } from "react";
import { STATUS_WORDS } from "../../model/statuses.ts";
import type { CorpusEvent } from "../corpusEvents.ts";
import { searchEvents } from "../corpusEvents.ts";
import type { DraftEdit, DraftEvent } from "../draft.ts";
import "./SameAs.css";

export type SameAsProps = {
  event: DraftEvent;
  /** The corpus's other events, as readers see them. */
  corpus: readonly CorpusEvent[];
  dispatch: Dispatch<DraftEdit>;
};

/** How many search results the chooser lists: enough to pick from, few enough to read. */
const MAX_RESULTS = 8;

/**
 * "Same as…" on a card: the card is the same happening as an event another article defines, so
 * it is saved as this article's report on that event rather than as a new one. Unmarked, it
 * offers the matcher's suggestions first, then a search of the corpus's events; marked, it shows
 * that event's earlier reports beside the card, and an undo.
 */
export function SameAs({ event, corpus, dispatch }: SameAsProps) {
  const [query, setQuery] = useState("");
  const key = event.key;
  const byId = new Map(corpus.map((e) => [e.id, e]));

  if (event.sameAs !== undefined) {
    const target = byId.get(event.sameAs);
    return (
      <div className="csa-same" role="group" aria-labelledby={`${key}-same`}>
        <p id={`${key}-same`}>
          Same as{" "}
          {target ? (
            <>
              <strong>{target.title}</strong> ({target.edtf})
            </>
          ) : (
            <strong>{event.sameAs}</strong>
          )}
          : saved as this article’s report on <code>{event.sameAs}</code>, not as a new event.
        </p>
        {target ? (
          <>
            <p className="csa-label">Earlier reports</p>
            <ol className="csa-reports">
              {target.reports.map((r, i) => (
                <li key={i}>
                  <span className="csa-meta">
                    {r.dateline} · {r.outlet} ·{" "}
                    {r.status ? STATUS_WORDS[r.status].label : "no status"}
                  </span>{" "}
                  <q>{r.quote}</q>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className="muted">
            No event {event.sameAs} in the other articles: the checks say what to fix, or undo.
          </p>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            dispatch({ type: "sameAs", key, event: undefined });
          }}
        >
          Undo “Same as”: keep it as a new event
        </button>
      </div>
    );
  }

  const suggested = (event.suggestions ?? []).filter((s) => byId.has(s.event));
  const found = query.trim() === "" ? [] : searchEvents(corpus, query).slice(0, MAX_RESULTS);
  const choose = (id: string) => () => {
    dispatch({ type: "sameAs", key, event: id });
  };
  return (
    <details className="csa-choose" open={suggested.length > 0 ? true : undefined}>
      <summary>Same as…</summary>
      {corpus.length === 0 ? (
        <p className="muted">The other articles hold no events yet.</p>
      ) : (
        <>
          {suggested.length > 0 && (
            <ul className="csa-options" aria-label="The matcher’s suggestions">
              {suggested.map((s) => (
                <li key={s.event}>
                  <button type="button" className="button" onClick={choose(s.event)}>
                    Same as {s.title}
                  </button>{" "}
                  <span className="csa-meta">{s.why}</span>
                </li>
              ))}
            </ul>
          )}
          <label htmlFor={`${key}-same-search`}>
            Find the event (its words, an actor, a place or a day)
          </label>
          <input
            id={`${key}-same-search`}
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
            }}
          />
          {query.trim() !== "" && (
            <ul className="csa-options" aria-label="Events found">
              {found.length === 0 && <li className="muted">No event matches.</li>}
              {found.map((e) => (
                <li key={e.id}>
                  <button type="button" className="button" onClick={choose(e.id)}>
                    Same as {e.title}
                  </button>{" "}
                  <span className="csa-meta">
                    {e.edtf} · {e.id}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </details>
  );
}
