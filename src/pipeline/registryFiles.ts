/**
 * Readers for the corpus's registry files: corpus.yaml, actors.yaml and places.yaml. Like the
 * annotation reader (corpusFiles.ts), they check shape and field names strictly and keep line
 * numbers; conflicts between entries are checked in corpusLayout.ts, once all are read.
 */
import type { ParsedNode } from "yaml";
import { isSeq } from "yaml";
import type { ActorKind } from "../model/dataset.ts";
import { ACTOR_KINDS } from "../model/dataset.ts";
import type { Located } from "./corpusFiles.ts";
import type { Field, YamlContext } from "./yamlReader.ts";
import { readChoice, readMap, readText, readTextList, report } from "./yamlReader.ts";

/** corpus.yaml. */
export type CorpusInfo = { title: string; description: string };

/**
 * One entry of actors.yaml, as written. `aliases` are the other names the articles use for the
 * actor ("Blinken", "the Chinese President"): a curation aid read by the proposer, never written
 * into the dataset.
 */
export type ActorEntry = {
  id: string;
  name: string;
  kind: ActorKind;
  role?: string;
  aliases?: Located<string>[];
  line: number | undefined;
};

/** One entry of places.yaml, as written (`aliases` as for an actor). */
export type PlaceEntry = {
  id: string;
  name: string;
  aliases?: Located<string>[];
  line: number | undefined;
};

/** Reads corpus.yaml: `{ title, description? }`. */
export function readCorpusInfo(ctx: YamlContext, root: ParsedNode): CorpusInfo | undefined {
  const fields = readMap(ctx, root, undefined, "corpus.yaml", ["title"], ["description"]);
  if (!fields) return undefined;
  const title = readText(ctx, fields.get("title"), undefined, "title");
  const description =
    readText(ctx, fields.get("description"), undefined, "description", true) ?? "";
  return title === undefined ? undefined : { title: title.trim(), description: description.trim() };
}

/** The items of a file that is a list (actors.yaml, places.yaml). */
function readEntries(ctx: YamlContext, root: ParsedNode, what: string): (ParsedNode | null)[] {
  if (isSeq(root)) return root.items;
  report(
    ctx,
    root,
    undefined,
    `${ctx.file} must be a list of ${what}`,
    "start each entry with `- id: …` (write `[]` for none)",
  );
  return [];
}

/**
 * An entry's `aliases: [...]`: texts, each trimmed, none repeated (ignoring case) and none equal
 * to the entry's own name. Conflicts between entries are checked once all are read
 * (corpusLayout.ts), since they need every entry.
 */
function readAliases(
  ctx: YamlContext,
  field: Field | undefined,
  where: string | undefined,
  name: string | undefined,
): Located<string>[] | undefined {
  const list = readTextList(ctx, field, where, "aliases");
  if (list === undefined) return undefined;
  const out: Located<string>[] = [];
  const seen = new Set<string>();
  for (const { value, line } of list) {
    const alias = value.trim().replace(/\s+/g, " ");
    const key = alias.toLowerCase();
    if (name !== undefined && key === name.trim().toLowerCase()) {
      report(
        ctx,
        line,
        where,
        `alias "${alias}" repeats the name`,
        "remove it: the name itself is always matched",
      );
    } else if (seen.has(key)) {
      report(ctx, line, where, `alias "${alias}" is listed twice`, "remove the second one");
    } else {
      seen.add(key);
      out.push({ value: alias, line });
    }
  }
  return out;
}

/**
 * Reads actors.yaml: a list of `{ id, name, kind, role?, aliases? }`. Every id written, even on a
 * malformed entry, goes into `seen`, so references to it are not reported again as unknown.
 */
export function readActors(ctx: YamlContext, root: ParsedNode, seen: Set<string>): ActorEntry[] {
  const out: ActorEntry[] = [];
  for (const item of readEntries(ctx, root, "actors")) {
    const line = ctx.lineOf(item);
    const fields = readMap(
      ctx,
      item,
      undefined,
      "an actor",
      ["id", "name", "kind"],
      ["role", "aliases"],
      line,
    );
    if (!fields) continue;
    const id = readText(ctx, fields.get("id"), undefined, "id");
    if (id !== undefined) seen.add(id);
    const where = id === undefined ? undefined : `actor "${id}"`;
    const name = readText(ctx, fields.get("name"), where, "name");
    const kind = readChoice(ctx, fields.get("kind"), where, "kind", ACTOR_KINDS);
    const role = readText(ctx, fields.get("role"), where, "role");
    const aliases = readAliases(ctx, fields.get("aliases"), where, name);
    if (id === undefined || name === undefined || kind === undefined) continue;
    out.push({
      id,
      name,
      kind,
      ...(role === undefined ? {} : { role }),
      ...(aliases === undefined ? {} : { aliases }),
      line,
    });
  }
  return out;
}

/**
 * Reads places.yaml: a list of `{ id, name, aliases? }`; every id written goes into `seen` (see
 * readActors).
 */
export function readPlaces(ctx: YamlContext, root: ParsedNode, seen: Set<string>): PlaceEntry[] {
  const out: PlaceEntry[] = [];
  for (const item of readEntries(ctx, root, "places")) {
    const line = ctx.lineOf(item);
    const fields = readMap(ctx, item, undefined, "a place", ["id", "name"], ["aliases"], line);
    if (!fields) continue;
    const id = readText(ctx, fields.get("id"), undefined, "id");
    if (id !== undefined) seen.add(id);
    const where = id === undefined ? undefined : `place "${id}"`;
    const name = readText(ctx, fields.get("name"), where, "name");
    const aliases = readAliases(ctx, fields.get("aliases"), where, name);
    if (id === undefined || name === undefined) continue;
    out.push({ id, name, ...(aliases === undefined ? {} : { aliases }), line });
  }
  return out;
}
