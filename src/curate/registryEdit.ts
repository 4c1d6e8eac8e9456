/**
 * Adding a name to the registry from the workspace: the actors.yaml or places.yaml entry, the text
 * of the file with it appended, and the checks on it. The workspace runs the checks before it
 * writes, and the curate server runs them again on what it receives (the browser is not trusted
 * to have done so), so both say the same thing in the same words.
 *
 * A registry file is only ever appended to: the entry goes after the file's last byte, so every
 * existing entry, comment and blank line stays byte for byte as the editors wrote it. Rewriting
 * the file through a YAML library would reflow quoting and comments the editors chose.
 */
import { parseDocument, stringify } from "yaml";
import type { ActorKind } from "../model/dataset.ts";
import { ACTOR_KINDS, SLUG_PATTERN } from "../model/datasetTerms.ts";
import { decodeUtf8 } from "../pipeline/article.ts";
import type { CorpusFile } from "../pipeline/compileArticle.ts";
import { readCorpusMeta } from "../pipeline/corpusLayout.ts";
import { formatProblem } from "../pipeline/problems.ts";
import { slugOf } from "./draft.ts";

/** The two registry files the workspace may append to. */
export const REGISTRY_FILES = { actors: "actors.yaml", places: "places.yaml" } as const;
export type RegistryName = keyof typeof REGISTRY_FILES;

/** A new registry entry, as the curator confirms it. `kind` is an actor's; places have none. */
export type NewEntry = {
  registry: RegistryName;
  id: string;
  name: string;
  kind?: ActorKind;
  role?: string;
  aliases: string[];
};

/** The id a name would get: its slug, made unique against `taken` ("steve-jobs", "apple-2"). */
export function entryIdFor(name: string, taken: ReadonlySet<string>): string {
  const base = slugOf(name, 6);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A scalar as YAML writes it on one line (quoted when it must be: "Foo: bar", "yes"). */
const scalar = (value: string): string => stringify(value, { lineWidth: 0 }).trimEnd();

/** The entry's lines, in the key order the registry files use, ending with a line feed. */
export function entryYaml(entry: NewEntry): string {
  const lines = [`- id: ${scalar(entry.id)}`, `  name: ${scalar(entry.name)}`];
  if (entry.registry === "actors" && entry.kind !== undefined) {
    lines.push(`  kind: ${scalar(entry.kind)}`);
  }
  if (entry.role !== undefined && entry.role.trim() !== "") {
    lines.push(`  role: ${scalar(entry.role.trim())}`);
  }
  if (entry.aliases.length > 0) lines.push(`  aliases: [${entry.aliases.map(scalar).join(", ")}]`);
  return `${lines.join("\n")}\n`;
}

/** `text` (a registry file, "" when absent) with the entry appended after its last byte. */
export function appendEntry(text: string, entry: NewEntry): string {
  const separator = text === "" || text.endsWith("\n") ? "" : "\n";
  return `${text}${separator}${entryYaml(entry)}`;
}

/** The text a write adds to `before`, or undefined when it changes anything already there. */
export function appendedPart(before: string, after: string): string | undefined {
  if (after.startsWith(before)) return after.slice(before.length);
  if (!before.endsWith("\n") && after.startsWith(`${before}\n`)) {
    return after.slice(before.length + 1);
  }
  return undefined;
}

const textOf = (file: CorpusFile | undefined): string => {
  if (file === undefined) return "";
  const decoded = decodeUtf8(file.bytes);
  return "problem" in decoded ? "" : decoded.text;
};

/** Every name and alias of the registry, lower-cased, with the entry that holds it. */
function claimedNames(files: readonly CorpusFile[]): Map<string, string> {
  const meta = readCorpusMeta(
    new Map(files.filter((f) => !f.path.includes("/")).map((f) => [f.path, f])),
  );
  const claimed = new Map<string, string>();
  const claim = (name: string, owner: string): void => {
    const key = name.trim().toLowerCase();
    if (!claimed.has(key)) claimed.set(key, owner);
  };
  for (const [id, { actor }] of meta.actors) {
    claim(actor.name, `actor "${id}"`);
    for (const alias of meta.aliases.actors.get(id) ?? []) claim(alias, `actor "${id}"`);
  }
  for (const [id, { place }] of meta.places) {
    claim(place.name, `place "${id}"`);
    for (const alias of meta.aliases.places.get(id) ?? []) claim(alias, `place "${id}"`);
  }
  return claimed;
}

/**
 * What is wrong with adding `entry` to the registry of `files` (the corpus as the workspace or
 * server holds it), each in a sentence with its fix; empty when it may be added. Checks the id
 * (a lower-case slug no actor or place has), the name (not empty, no other entry's name or alias),
 * the aliases (likewise, and not repeated), the kind (one the dataset knows), then the file as it
 * would be, with the pipeline's own reader.
 */
export function checkNewEntry(files: readonly CorpusFile[], entry: NewEntry): string[] {
  const problems: string[] = [];
  const what = entry.registry === "actors" ? "actor" : "place";
  if (!SLUG_PATTERN.test(entry.id)) {
    problems.push(
      `The id "${entry.id}" is not a lower-case slug: use letters, digits and single hyphens, like "${slugOf(entry.name || "new-name", 6)}".`,
    );
  }
  if (entry.name.trim() === "") problems.push(`The ${what} needs a name.`);
  if (entry.registry === "actors") {
    if (entry.kind === undefined || !(ACTOR_KINDS as readonly string[]).includes(entry.kind)) {
      problems.push(
        `The kind "${entry.kind ?? ""}" is not one of ${ACTOR_KINDS.join(", ")}: choose one.`,
      );
    }
  } else if (entry.kind !== undefined) {
    problems.push("A place has no kind: leave it out.");
  }
  const meta = readCorpusMeta(
    new Map(files.filter((f) => !f.path.includes("/")).map((f) => [f.path, f])),
  );
  if (meta.actorIds.has(entry.id) || meta.placeIds.has(entry.id)) {
    const owner = meta.actorIds.has(entry.id) ? "an actor" : "a place";
    problems.push(`The id "${entry.id}" is already ${owner}'s: choose another id.`);
  }
  const claimed = claimedNames(files);
  const seen = new Set<string>();
  for (const [index, name] of [entry.name, ...entry.aliases].entries()) {
    const key = name.trim().toLowerCase();
    if (key === "") {
      if (index > 0) problems.push("An alias is empty: remove it.");
      continue;
    }
    const label = index === 0 ? `The name "${name}"` : `The alias "${name}"`;
    const owner = claimed.get(key);
    if (owner !== undefined) {
      problems.push(
        `${label} is already a name or alias of ${owner}: use that entry, or leave this one out.`,
      );
    } else if (seen.has(key)) {
      problems.push(`${label} is given twice: keep it once.`);
    }
    seen.add(key);
  }
  if (problems.length > 0) return problems;
  const path = REGISTRY_FILES[entry.registry];
  const before = textOf(files.find((f) => f.path === path));
  return registryFileProblems(files, path, appendEntry(before, entry));
}

/**
 * What is wrong with writing `after` as the registry file `path` over the version in `files`
 * (the server's check on a write): a change to anything already in the file, an appended part
 * that is not a list of new entries, or a new entry that `checkNewEntry` refuses.
 */
export function checkRegistryWrite(
  files: readonly CorpusFile[],
  path: string,
  after: string,
): string[] {
  const registry = (Object.keys(REGISTRY_FILES) as RegistryName[]).find(
    (r) => REGISTRY_FILES[r] === path,
  );
  if (registry === undefined) return [`${path} is not a registry file.`];
  const before = textOf(files.find((f) => f.path === path));
  const added = appendedPart(before, after);
  if (added === undefined) {
    return [
      `${path}: the workspace only appends new entries; this write changes what is already in the file. Edit existing entries by hand.`,
    ];
  }
  const doc = parseDocument(added);
  if (doc.errors.length > 0) {
    return [`${path}: the added entries are not valid YAML (${doc.errors[0]?.message ?? ""}).`];
  }
  const items: unknown = doc.toJS();
  if (!Array.isArray(items) || items.length === 0) {
    return [`${path}: what is added must be a list of new entries ("- id: …").`];
  }
  let current = files;
  for (const item of items as Record<string, unknown>[]) {
    const text = (value: unknown): string =>
      typeof value === "string" || typeof value === "number" ? String(value) : "";
    const aliases = Array.isArray(item["aliases"]) ? (item["aliases"] as unknown[]) : [];
    const entry: NewEntry = {
      registry,
      id: text(item["id"]),
      name: text(item["name"]),
      ...(item["kind"] === undefined ? {} : { kind: text(item["kind"]) as ActorKind }),
      aliases: aliases.map(text),
    };
    const found = checkNewEntry(current, entry);
    if (found.length > 0) return found;
    current = withFile(
      current,
      path,
      appendEntry(textOf(current.find((f) => f.path === path)), entry),
    );
  }
  return registryFileProblems(files, path, after);
}

/** `files` with `path` holding `text`. */
function withFile(files: readonly CorpusFile[], path: string, text: string): CorpusFile[] {
  return [
    ...files.filter((f) => f.path !== path),
    { path, bytes: new TextEncoder().encode(text), sha256: "" },
  ];
}

/** The pipeline's problems with the registry file `path` holding `text`. */
function registryFileProblems(files: readonly CorpusFile[], path: string, text: string): string[] {
  const meta = readCorpusMeta(
    new Map(
      withFile(files, path, text)
        .filter((f) => !f.path.includes("/"))
        .map((f) => [f.path, f]),
    ),
  );
  return meta.problems.filter((p) => p.file === path).map((p) => formatProblem(p));
}
