import { useId, useState } from "react";
import type { Actor, ActorKind } from "../model/dataset.ts";
import { compareNames, normaliseText } from "../model/filter.ts";
import { CheckOption, CheckPanel } from "./CheckOption.tsx";
import { Disclosure } from "./Disclosure.tsx";

export type ActorPickerProps = {
  actors: readonly Actor[];
  selected: readonly string[];
  /** Events per actor under the other filters; asked for only while the menu is open. */
  counts: () => ReadonlyMap<string, number>;
  onToggle: (id: string) => void;
  onClear: () => void;
};

const KIND_HEADINGS: Record<ActorKind, string> = {
  person: "People",
  country: "Countries",
  organisation: "Organisations",
};

/** Show a find-as-you-type field above this many actors. */
const FIND_THRESHOLD = 12;

/** The actors that match `term`, by kind, each kind in alphabetical order. */
function groupActors(actors: readonly Actor[], term: string) {
  const byKind = new Map<ActorKind, Actor[]>();
  for (const actor of actors) {
    if (term !== "" && !normaliseText(actor.name).includes(term)) continue;
    byKind.set(actor.kind, [...(byKind.get(actor.kind) ?? []), actor]);
  }
  for (const list of byKind.values()) list.sort((a, b) => compareNames(a.name, b.name));
  return (["person", "country", "organisation"] as const)
    .map((kind) => ({ kind, actors: byKind.get(kind) ?? [] }))
    .filter((g) => g.actors.length > 0);
}

/**
 * The actor filter: a popover of checkboxes grouped by kind, each with the number of events it would
 * show under the other filters. An event matches when it involves any checked actor.
 */
export function ActorPicker({ actors, selected, counts, onToggle, onClear }: ActorPickerProps) {
  const [find, setFind] = useState("");
  const findId = useId();

  return (
    <Disclosure
      label="Actors"
      className="actor-picker"
      {...(selected.length > 0 ? { badge: String(selected.length) } : {})}
    >
      {/* Grouped and sorted only while the menu is open. */}
      {() => {
        const groups = groupActors(actors, normaliseText(find));
        return (
          <CheckPanel
            legend="Filter by actor"
            clearLabel="Clear actors"
            anyChecked={selected.length > 0}
            onClear={onClear}
          >
            {actors.length > FIND_THRESHOLD && (
              <div className="find">
                <label htmlFor={findId}>Find an actor</label>
                <input
                  id={findId}
                  type="search"
                  value={find}
                  onChange={(e) => {
                    setFind(e.target.value);
                  }}
                  autoComplete="off"
                />
              </div>
            )}
            {groups.map((group) => (
              <div key={group.kind} className="check-group">
                <p className="check-group-title" aria-hidden="true">
                  {KIND_HEADINGS[group.kind]}
                </p>
                <ul className="check-list">
                  {group.actors.map((actor) => {
                    const count = counts().get(actor.id) ?? 0;
                    return (
                      <CheckOption
                        key={actor.id}
                        checked={selected.includes(actor.id)}
                        count={count}
                        onToggle={() => {
                          onToggle(actor.id);
                        }}
                      >
                        {actor.name}
                      </CheckOption>
                    );
                  })}
                </ul>
              </div>
            ))}
            {groups.length === 0 && <p className="muted">No actor matches “{find}”.</p>}
          </CheckPanel>
        );
      }}
    </Disclosure>
  );
}
