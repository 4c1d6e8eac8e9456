/**
 * The corpus's actors and places as the workspace offers them: read from actors.yaml and
 * places.yaml by the pipeline, and matched against a card's quotes by name.
 */
import { decodeUtf8 } from "../pipeline/article.ts";
import type { CorpusFile } from "../pipeline/compileArticle.ts";
import { readAnnotation } from "../pipeline/corpusFiles.ts";
import type { CorpusMeta } from "../pipeline/corpusLayout.ts";
import { readCorpusMeta } from "../pipeline/corpusLayout.ts";
import { parseYaml } from "../pipeline/yamlReader.ts";

/** An actor or place the curator can name. */
export type RegistryEntry = { id: string; name: string; role?: string };
export type Registry = { actors: RegistryEntry[]; places: RegistryEntry[]; meta: CorpusMeta };

/** The registry of the corpus files the server sent. */
export function readRegistry(files: readonly CorpusFile[]): Registry {
  const meta = readCorpusMeta(
    new Map(files.filter((f) => !f.path.includes("/")).map((f) => [f.path, f])),
  );
  return {
    actors: [...meta.actors.values()].map(({ actor }) => ({
      id: actor.id,
      name: actor.name,
      ...(actor.role === undefined ? {} : { role: actor.role }),
    })),
    places: [...meta.places.values()].map(({ place }) => ({ id: place.id, name: place.name })),
    meta,
  };
}

/**
 * The entries named in `quotes`: by full name, or by the last word of a person's name of at least
 * four letters ("Blinken"), whole words only, case-sensitive as names are. Not those in `chosen`.
 */
export function namedIn(
  entries: readonly RegistryEntry[],
  quotes: readonly string[],
  chosen: readonly string[],
): RegistryEntry[] {
  const text = quotes.join("\n");
  const word = (w: string): RegExp =>
    new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u");
  return entries.filter((e) => {
    if (chosen.includes(e.id)) return false;
    const last = e.name.split(/\s+/).at(-1) ?? "";
    return (
      word(e.name).test(text) || (last.length >= 4 && last !== e.name && word(last).test(text))
    );
  });
}

/** Every event id defined in the corpus's annotation files but `exceptPath`: ids a new event must avoid. */
export function takenEventIds(files: readonly CorpusFile[], exceptPath: string): Set<string> {
  const ids = new Set<string>();
  for (const file of files) {
    if (!file.path.startsWith("annotations/") || file.path === exceptPath) continue;
    const decoded = decodeUtf8(file.bytes);
    if ("problem" in decoded) continue;
    const parsed = parseYaml(file.path, decoded.text, []);
    const entry = parsed && readAnnotation(parsed.ctx, parsed.root);
    for (const event of entry?.events ?? []) ids.add(event.id);
  }
  return ids;
}
