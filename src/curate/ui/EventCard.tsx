import type { Dispatch, ReactNode } from "react";
import { useEffect, useRef, useState } from "react";
import { STATUSES, STATUS_WORDS } from "../../model/statuses.ts";
import type { Status } from "../../model/statuses.ts";
import type { DateChoice } from "../article.ts";
import type { EventField, FieldProblem } from "../checks.ts";
import { fieldId } from "../checks.ts";
import type { DraftDate, DraftEdit, DraftEvent } from "../draft.ts";
import type { RegistryEntry } from "../registry.ts";
import { namedIn } from "../registry.ts";
import type { CorpusEvent } from "../corpusEvents.ts";
import { describedBy, Field, fieldClass, FieldProblems, InlineForm } from "./Field.tsx";
import { SameAs } from "./SameAs.tsx";
import "./EventCard.css";

export type EventCardProps = {
  event: DraftEvent;
  /** The dates found in the card's cited paragraphs. */
  choices: readonly DateChoice[];
  /** The pipeline's problems with this card. */
  problems: readonly FieldProblem[];
  /** The other cards (merge, related events, date anchors). */
  others: readonly DraftEvent[];
  actors: readonly RegistryEntry[];
  places: readonly RegistryEntry[];
  /** The corpus's other events, for "Same as…". */
  corpus: readonly CorpusEvent[];
  active: boolean;
  dispatch: Dispatch<DraftEdit>;
  onActivate: (key: string) => void;
};

const STATE_WORDS = { proposed: "Proposed", accepted: "Accepted", rejected: "Rejected" } as const;

const dateKey = (date: DraftDate): string =>
  JSON.stringify([date.phrase, date.anchor ?? "", date.direction ?? "", date.undated ?? false]);

/**
 * One event as a card: accept, reject or merge it, and edit every field the annotation has. Each
 * field shows the live checks' problems beside it; the date is picked from the expressions found
 * in the cited paragraphs.
 */
export function EventCard(props: EventCardProps) {
  const { event, dispatch, problems } = props;
  const key = event.key;
  const [quote, setQuote] = useState("");
  const [mergeInto, setMergeInto] = useState("");
  // Focus anywhere in the card makes it the one a selection in the article is cited in.
  const cardRef = useRef<HTMLElement>(null);
  const { onActivate } = props;
  useEffect(() => {
    const card = cardRef.current;
    if (!card) return;
    const activate = (): void => {
      onActivate(key);
    };
    card.addEventListener("focusin", activate);
    return () => {
      card.removeEventListener("focusin", activate);
    };
  }, [key, onActivate]);
  const of = (field: EventField) =>
    problems.filter((p) => p.ref.scope === "event" && p.ref.field === field);
  const idOf = (field: EventField) => fieldId({ scope: "event", key, field });
  const described = (field: EventField) => describedBy(idOf(field), of(field));
  const field = (name: EventField, label: string, control: ReactNode) => (
    <Field id={idOf(name)} label={label} problems={of(name)}>
      {control}
    </Field>
  );
  const list = (
    name: "actors" | "places" | "related",
    label: string,
    known: readonly RegistryEntry[],
  ) => {
    const suggestions =
      name === "related"
        ? []
        : namedIn(
            known,
            event.citations.map((c) => c.quote),
            event[name],
          );
    return (
      <Field id={idOf(name)} label={label} problems={of(name)}>
        <input
          {...described(name)}
          value={event[name].join(", ")}
          list={name === "related" ? `${key}-related-list` : `curate-${name}-list`}
          onChange={(e) => {
            dispatch({
              type: "setList",
              key,
              field: name,
              value: e.target.value
                .split(",")
                .map((s) => s.trim())
                .filter((s, i, all) => s !== "" || i < all.length - 1),
            });
          }}
        />
        {suggestions.length > 0 && (
          <p className="ce-suggestions">
            Named in the citations:{" "}
            {suggestions.map((s) => (
              <button
                key={s.id}
                type="button"
                className="chip"
                onClick={() => {
                  dispatch({ type: "setList", key, field: name, value: [...event[name], s.id] });
                }}
              >
                Add {s.name}
              </button>
            ))}
          </p>
        )}
      </Field>
    );
  };

  const current = event.date;
  const choiceKeys = new Set(props.choices.map((c) => dateKey(c.date)));
  const dateValue = current === undefined ? "" : current.undated ? "undated" : dateKey(current);
  const headingId = `${key}-heading`;
  // A card marked "Same as…" is written as a report: only its status, date and quotes count.
  const reporting = event.sameAs !== undefined;
  return (
    <section
      className={`ce-card ce-${event.state}${props.active ? " ce-active" : ""}`}
      aria-labelledby={headingId}
      id={`card-${key}`}
      ref={cardRef}
    >
      <header className="ce-head">
        <h3 id={headingId}>
          <span className="ce-state">{STATE_WORDS[event.state]}</span>{" "}
          {event.title.trim() === "" ? <span className="muted">(untitled)</span> : event.title}
        </h3>
        <div className="ce-actions">
          {event.state !== "accepted" && (
            <button
              type="button"
              className="button"
              onClick={() => {
                dispatch({ type: "decide", key, state: "accepted" });
              }}
            >
              Accept
            </button>
          )}
          {event.state !== "rejected" && (
            <button
              type="button"
              className="button"
              onClick={() => {
                dispatch({ type: "decide", key, state: "rejected" });
              }}
            >
              Reject
            </button>
          )}
        </div>
      </header>
      {event.checks.length > 0 && (
        <ul className="ce-checks" aria-label="To check">
          {event.checks.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      )}
      {event.state === "rejected" ? (
        <p className="muted">Rejected: it will not be written. Accept it to bring it back.</p>
      ) : (
        <div>
          <SameAs event={event} corpus={props.corpus} dispatch={dispatch} />
          {!reporting &&
            field(
              "id",
              "Id",
              <input
                {...described("id")}
                value={event.id}
                onChange={(e) => {
                  dispatch({ type: "setText", key, field: "id", value: e.target.value });
                }}
              />,
            )}
          {!reporting &&
            field(
              "title",
              "Title",
              <input
                {...described("title")}
                value={event.title}
                onChange={(e) => {
                  dispatch({ type: "setText", key, field: "title", value: e.target.value });
                }}
              />,
            )}
          {!reporting &&
            field(
              "summary",
              "Summary",
              <textarea
                {...described("summary")}
                rows={3}
                value={event.summary}
                onChange={(e) => {
                  dispatch({ type: "setText", key, field: "summary", value: e.target.value });
                }}
              />,
            )}
          {field(
            "date",
            "Date",
            <select
              {...described("date")}
              value={dateValue}
              onChange={(e) => {
                const value = e.target.value;
                if (value === "") dispatch({ type: "setDate", key, date: undefined });
                else if (value === "undated") {
                  dispatch({
                    type: "setDate",
                    key,
                    date: {
                      phrase: current?.phrase ?? "",
                      ...(current?.anchor ? { anchor: current.anchor } : {}),
                      undated: true,
                    },
                  });
                } else {
                  const [phrase, anchor, direction] = JSON.parse(value) as [
                    string,
                    string,
                    string,
                    boolean,
                  ];
                  dispatch({
                    type: "setDate",
                    key,
                    date: {
                      phrase,
                      ...(anchor ? { anchor } : {}),
                      ...(direction === "past" || direction === "future" ? { direction } : {}),
                    },
                  });
                }
              }}
            >
              <option value="">Pick a date…</option>
              {props.choices.map((c) => (
                <option key={dateKey(c.date)} value={dateKey(c.date)}>
                  “{c.timex.text}” → {c.timex.date?.edtf ?? c.timex.value}
                </option>
              ))}
              {current !== undefined && !current.undated && !choiceKeys.has(dateKey(current)) && (
                <option value={dateKey(current)}>
                  “{current.phrase}”{current.anchor ? ` from ${current.anchor}` : ""}
                </option>
              )}
              <option value="undated">
                Undated (on or before the dateline, or its anchor's date)
              </option>
            </select>,
          )}
          {current?.undated && (
            <Field
              id={`${key}-undated-phrase`}
              label="Words that place it (from a cited paragraph)"
              problems={[]}
            >
              <input
                id={`${key}-undated-phrase`}
                value={current.phrase}
                onChange={(e) => {
                  dispatch({ type: "setDate", key, date: { ...current, phrase: e.target.value } });
                }}
              />
            </Field>
          )}
          {current !== undefined && (
            <Field id={`${key}-anchor`} label="Counted from (anchor)" problems={[]}>
              <select
                id={`${key}-anchor`}
                value={current.anchor ?? ""}
                onChange={(e) => {
                  const rest = { ...current };
                  delete rest.anchor;
                  dispatch({
                    type: "setDate",
                    key,
                    date: e.target.value === "" ? rest : { ...rest, anchor: e.target.value },
                  });
                }}
              >
                <option value="">The dateline</option>
                {props.others
                  .filter((o) => o.state === "accepted")
                  .map((o) => (
                    <option key={o.key} value={o.id}>
                      {o.title || o.id}
                    </option>
                  ))}
              </select>
            </Field>
          )}
          {field(
            "status",
            "Status",
            <select
              {...described("status")}
              value={event.status}
              onChange={(e) => {
                dispatch({ type: "setStatus", key, value: e.target.value as Status });
              }}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_WORDS[s].label}
                </option>
              ))}
            </select>,
          )}
          {!reporting && list("actors", "Actors (ids, comma-separated)", props.actors)}
          {!reporting && list("places", "Places (ids, comma-separated)", props.places)}
          <datalist id={`${key}-related-list`}>
            {props.others.map((o) => (
              <option key={o.key} value={o.id} />
            ))}
          </datalist>
          {!reporting && list("related", "Related events (ids, comma-separated)", [])}
          <fieldset className={`${fieldClass(of("citations"))} ce-citations`}>
            <legend id={idOf("citations")} tabIndex={-1}>
              Citations
            </legend>
            <ol>
              {event.citations.map((c, i) => (
                <li key={i}>
                  <q>{c.quote}</q>
                  {c.occurrence !== undefined && (
                    <span className="muted"> (occurrence {c.occurrence})</span>
                  )}{" "}
                  <button
                    type="button"
                    className="button subtle"
                    onClick={() => {
                      dispatch({ type: "removeCitation", key, index: i });
                    }}
                  >
                    Remove<span className="visually-hidden"> citation {i + 1}</span>
                  </button>
                </li>
              ))}
            </ol>
            <FieldProblems id={idOf("citations")} problems={of("citations")} />
            <InlineForm
              onSubmit={() => {
                if (quote.trim() === "") return;
                dispatch({ type: "addCitation", key, citation: { quote: quote.trim() } });
                setQuote("");
              }}
            >
              <label htmlFor={`${key}-new-quote`}>Add a quote (the article's exact words)</label>
              <input
                id={`${key}-new-quote`}
                value={quote}
                onChange={(e) => {
                  setQuote(e.target.value);
                }}
              />
              <button type="submit" className="button">
                Add citation
              </button>
            </InlineForm>
          </fieldset>
          {!reporting && props.others.length > 0 && (
            <InlineForm
              onSubmit={() => {
                if (mergeInto !== "") dispatch({ type: "merge", key, into: mergeInto });
              }}
            >
              <label htmlFor={`${key}-merge`}>Merge into</label>
              <select
                id={`${key}-merge`}
                value={mergeInto}
                onChange={(e) => {
                  setMergeInto(e.target.value);
                }}
              >
                <option value="">Choose an event…</option>
                {props.others
                  .filter((o) => o.state !== "rejected")
                  .map((o) => (
                    <option key={o.key} value={o.key}>
                      {o.title || o.id}
                    </option>
                  ))}
              </select>
              <button type="submit" className="button" disabled={mergeInto === ""}>
                Merge
              </button>
            </InlineForm>
          )}
        </div>
      )}
    </section>
  );
}
