import { useId, useState } from "react";
import type { ActorKind } from "../../model/dataset.ts";
import { ACTOR_KINDS } from "../../model/datasetTerms.ts";
import type { ProposedName } from "../proposals.ts";
import type { ServerFile } from "../apiContract.ts";
import type { Registry } from "../registry.ts";
import type { NewEntry, RegistryName } from "../registryEdit.ts";
import { appendEntry, checkNewEntry, entryIdFor, REGISTRY_FILES } from "../registryEdit.ts";
import { writeFile } from "./api.ts";
import "./NamesPanel.css";

export type NamesPanelProps = {
  /** The proposer's names for this article (those the registry has are not offered). */
  names: readonly ProposedName[];
  registry: Registry;
  /** The corpus as the workspace holds it: the registry file is appended to the version here. */
  files: readonly ServerFile[];
  /** Called once the server wrote the file: its new version, and the entry it now holds. */
  onAdded: (file: ServerFile, entry: NewEntry) => void;
};

/** What a proposed name becomes once the curator adds it. */
export function entryOfName(name: ProposedName): NewEntry {
  return {
    registry: name.registry,
    id: name.id,
    name: name.name,
    ...(name.kind === "place" ? {} : { kind: name.kind }),
    ...(name.role === undefined ? {} : { role: name.role }),
    aliases: [...name.aliases],
  };
}

/** The kinds the form offers: an actor's three, or a place. */
type FormKind = ActorKind | "place";

/**
 * The names the article gives that the registry lacks, each with an "Add Ryanair (organisation)"
 * button, and a small form for a name the proposer did not offer. Adding appends the entry to
 * actors.yaml or places.yaml through the curate server, over the version the workspace read (a
 * file changed on disk meanwhile is refused, not overwritten); the checks of registryEdit.ts run
 * first, and the server runs them again.
 */
export function NamesPanel({ names, registry, files, onAdded }: NamesPanelProps) {
  const [errors, setErrors] = useState<{ about: string; lines: string[] } | undefined>();
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<string | undefined>();
  const [form, setForm] = useState({ name: "", kind: "person" as FormKind, aliases: "" });
  const formId = useId();

  const known = new Set(
    [...registry.actors, ...registry.places].map((e) => e.name.trim().toLowerCase()),
  );
  const offered = names.filter(
    (n) =>
      !known.has(n.name.trim().toLowerCase()) &&
      !registry.actors.some((a) => a.id === n.id) &&
      !registry.places.some((p) => p.id === n.id),
  );

  const add = async (entry: NewEntry, about: string): Promise<boolean> => {
    const problems = checkNewEntry(files, entry);
    if (problems.length > 0) {
      setErrors({ about, lines: problems });
      return false;
    }
    const path = REGISTRY_FILES[entry.registry];
    const current = files.find((f) => f.path === path);
    const before = current ? new TextDecoder().decode(current.bytes) : "";
    const text = appendEntry(before, entry);
    setBusy(true);
    const outcome = await writeFile(path, text, current?.etag);
    setBusy(false);
    if (!outcome.ok) {
      const lines =
        outcome.kind === "refused"
          ? [outcome.message, ...outcome.problems]
          : outcome.kind === "conflict"
            ? [
                `${path} changed on disk since the workspace read it: nothing was written. Reload the workspace (your draft is kept), then add the name again.`,
              ]
            : [outcome.message];
      setErrors({ about, lines });
      return false;
    }
    setErrors(undefined);
    setAdded(`Added ${entry.name} to ${path}.`);
    const bytes = new TextEncoder().encode(text);
    onAdded({ path, bytes, etag: outcome.etag, sha256: outcome.etag.replaceAll('"', "") }, entry);
    return true;
  };

  const taken = new Set([...registry.actors, ...registry.places].map((e) => e.id));
  const formEntry = (): NewEntry => {
    const registryName: RegistryName = form.kind === "place" ? "places" : "actors";
    return {
      registry: registryName,
      id: entryIdFor(form.name, taken),
      name: form.name.trim(),
      ...(form.kind === "place" ? {} : { kind: form.kind }),
      aliases: form.aliases
        .split(",")
        .map((a) => a.trim())
        .filter((a) => a !== ""),
    };
  };

  return (
    <section className="cn-names" aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`}>Names the registry lacks</h3>
      {offered.length === 0 ? (
        <p className="muted">The proposer finds no other person, organisation or place here.</p>
      ) : (
        <ul className="cn-list">
          {offered.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className="button"
                aria-disabled={busy}
                onClick={() => {
                  if (!busy) void add(entryOfName(n), n.id);
                }}
              >
                {n.label}
              </button>
              <span className="cn-why">
                {n.aliases.length > 0 && <>also “{n.aliases.join("”, “")}” · </>}
                {n.because}
              </span>
              {errors?.about === n.id && <NameErrors lines={errors.lines} />}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="cn-added">
        {added}
      </p>
      <details className="cn-other">
        <summary>Add another name</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (busy) return;
            void add(formEntry(), "form").then((ok) => {
              if (ok) setForm({ name: "", kind: form.kind, aliases: "" });
            });
          }}
        >
          <label htmlFor={`${formId}-name`}>Name</label>
          <input
            id={`${formId}-name`}
            value={form.name}
            onChange={(e) => {
              setForm({ ...form, name: e.target.value });
            }}
          />
          <label htmlFor={`${formId}-kind`}>Kind</label>
          <select
            id={`${formId}-kind`}
            value={form.kind}
            onChange={(e) => {
              setForm({ ...form, kind: e.target.value as FormKind });
            }}
          >
            {[...ACTOR_KINDS, "place" as const].map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
          <label htmlFor={`${formId}-aliases`}>Aliases (comma-separated)</label>
          <input
            id={`${formId}-aliases`}
            value={form.aliases}
            onChange={(e) => {
              setForm({ ...form, aliases: e.target.value });
            }}
          />
          <button type="submit" className="button" aria-disabled={busy}>
            Add to the registry
          </button>
          {errors?.about === "form" && <NameErrors lines={errors.lines} />}
        </form>
      </details>
    </section>
  );
}

function NameErrors({ lines }: { lines: readonly string[] }) {
  return (
    <ul className="cn-errors" role="alert">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
