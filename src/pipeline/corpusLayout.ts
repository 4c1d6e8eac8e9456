/**
 * The corpus as files: which path plays which role (meta file, article, annotation), the
 * corpus-wide meta files read and checked, and the manifest whose hash is the corpus's digest.
 * Paths only, or the meta files' bytes: the CLI plans a build before reading any article.
 */
import type { Actor, Place } from "../model/dataset.ts";
import { ActorSchema, PlaceSchema, SOURCE_ID_PATTERN } from "../model/dataset.ts";
import { decodeUtf8 } from "./article.ts";
import type { CorpusFile } from "./compileArticle.ts";
import { ANNOTATIONS_DIR, ARTICLES_DIR } from "./compileArticle.ts";
import type { Located } from "./corpusFiles.ts";
import type { CorpusInfo } from "./registryFiles.ts";
import { readActors, readCorpusInfo, readPlaces } from "./registryFiles.ts";
import type { Problem, SafeParser } from "./problems.ts";
import { compareStrings, duplicate, schemaProblems } from "./problems.ts";
import { parseYaml } from "./yamlReader.ts";

/**
 * The text whose sha256 is the dataset's corpusDigest: one line `<sha256>  <path>\n` per file under
 * the corpus folder (every regular file, hidden ones included), sorted by path in code-unit order,
 * paths relative with "/" separators. It is the output of
 * `cd corpus && find . -type f | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum`
 * (for ASCII paths), so `… | sha256sum` reproduces the digest by hand.
 */
export function corpusManifest(files: readonly { path: string; sha256: string }[]): string {
  return [...files]
    .sort((a, b) => compareStrings(a.path, b.path))
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join("");
}

/** The corpus-wide files: corpus.yaml, actors.yaml, places.yaml, read and checked. */
export type CorpusMeta = {
  info: CorpusInfo | undefined;
  actors: Map<string, { actor: Actor; line: number | undefined }>;
  places: Map<string, { place: Place; line: number | undefined }>;
  /**
   * The other names of actors and places (`aliases:`), by id, for the proposer: a curation aid
   * that never enters the dataset. Only entries that were kept have theirs here.
   */
  aliases: { actors: Map<string, string[]>; places: Map<string, string[]> };
  /** Every actor and place id written, malformed entries included (no cascades of "unknown id"). */
  actorIds: Set<string>;
  placeIds: Set<string>;
  problems: Problem[];
};

/** The roles of a corpus's files, by article id. Unexpected files in articles/ or annotations/ are problems. */
export type CorpusLayout = {
  meta: Map<string, CorpusFile>;
  articles: Map<string, string>;
  annotations: Map<string, string>;
  /** Every article id with an article file, an annotation file or both, sorted. */
  ids: string[];
  problems: Problem[];
};

/** The corpus-wide files, at the corpus folder's top. */
export const META_FILES = ["corpus.yaml", "actors.yaml", "places.yaml"];

/**
 * Sorts corpus paths into their roles. Takes paths only (plus the meta files' contents), so the
 * CLI can plan a build before reading any article. Hidden files (".x") in the two folders, and
 * files elsewhere, are ignored, though they still count in the digest.
 */
export function layoutCorpus(paths: readonly string[]): Omit<CorpusLayout, "meta"> {
  const problems: Problem[] = [];
  const articles = new Map<string, string>();
  const annotations = new Map<string, string>();
  for (const path of paths) {
    const [dir, name, ...rest] = path.split("/");
    const folder =
      dir === ARTICLES_DIR ? articles : dir === ANNOTATIONS_DIR ? annotations : undefined;
    if (folder === undefined || name === undefined || name.startsWith(".")) continue;
    const ext = dir === ARTICLES_DIR ? ".txt" : ".yaml";
    const id = name.slice(0, -ext.length);
    if (rest.length > 0) {
      problems.push({
        file: path,
        message: `unexpected subfolder in ${dir}/`,
        hint: `keep ${dir === ARTICLES_DIR ? "articles" : "annotation files"} directly in ${dir}/`,
      });
    } else if (!name.endsWith(ext)) {
      problems.push({
        file: path,
        message: `unexpected file in ${dir}/ (expected *${ext})`,
        hint: `rename it to <article-id>${ext}, or move it out of ${dir}/`,
      });
    } else if (!SOURCE_ID_PATTERN.test(id)) {
      problems.push({
        file: path,
        message: `"${id}" is not a valid article id`,
        hint: "name files with letters, digits, '_', '.' and '-', starting with a letter or digit",
      });
    } else {
      folder.set(id, path);
    }
  }
  const ids = [...new Set([...articles.keys(), ...annotations.keys()])].sort(compareStrings);
  return { articles, annotations, ids, problems };
}

/** Reads corpus.yaml, actors.yaml and places.yaml (each may be absent but corpus.yaml). */
export function readCorpusMeta(files: ReadonlyMap<string, CorpusFile>): CorpusMeta {
  const problems: Problem[] = [];
  const meta: CorpusMeta = {
    info: undefined,
    actors: new Map(),
    places: new Map(),
    aliases: { actors: new Map(), places: new Map() },
    actorIds: new Set(),
    placeIds: new Set(),
    problems,
  };
  const yamlOf = (f: CorpusFile): ReturnType<typeof parseYaml> => {
    const decoded = decodeUtf8(f.bytes);
    if ("problem" in decoded) {
      problems.push({ file: f.path, ...decoded.problem });
      return undefined;
    }
    return parseYaml(f.path, decoded.text, problems);
  };
  const corpusYaml = files.get("corpus.yaml");
  if (corpusYaml === undefined) {
    problems.push({
      file: "corpus.yaml",
      message: "missing corpus.yaml",
      hint: "create corpus.yaml with `title:` and `description:`",
    });
  } else {
    const parsed = yamlOf(corpusYaml);
    if (parsed) meta.info = readCorpusInfo(parsed.ctx, parsed.root);
  }
  /**
   * Reads a registry file (actors.yaml, places.yaml): entries checked, duplicate ids reported, and
   * each name or alias claimed by one entry only (ignoring case): the proposer could not tell two
   * entries apart that share one.
   */
  const readRegistry = <T extends { id: string; name: string }>(
    file: string,
    kind: string,
    read: (parsed: NonNullable<ReturnType<typeof parseYaml>>) => (T & {
      line: number | undefined;
      aliases?: Located<string>[];
    })[],
    schema: SafeParser,
    keep: (entry: T, line: number | undefined, aliases: string[] | undefined) => void,
    firstLine: (id: string) => { line: number | undefined } | undefined,
  ): void => {
    const source = files.get(file);
    const parsed = source && yamlOf(source);
    if (!parsed) return;
    const entries = read(parsed);
    const claimed = new Map<string, { id: string; line: number | undefined }>();
    for (const e of entries) {
      const key = e.name.trim().toLowerCase();
      if (!claimed.has(key)) claimed.set(key, { id: e.id, line: e.line });
    }
    for (const { line, aliases, ...rest } of entries) {
      const entry = rest as unknown as T;
      const where = `${kind} "${entry.id}"`;
      const first = firstLine(entry.id);
      if (first) {
        duplicate(problems, file, line, where, kind, entry.id, file, first.line);
        continue;
      }
      let clash = false;
      for (const alias of aliases ?? []) {
        const key = alias.value.toLowerCase();
        const owner = claimed.get(key);
        if (owner && owner.id !== entry.id) {
          clash = true;
          const isName = entries.some(
            (e) => e.id === owner.id && e.name.trim().toLowerCase() === key,
          );
          problems.push({
            file,
            ...(alias.line === undefined ? {} : { line: alias.line }),
            where,
            message: `alias "${alias.value}" is also ${isName ? "the name" : "an alias"} of ${kind} "${owner.id}"${owner.line === undefined ? "" : ` (${file}:${owner.line})`}`,
            hint: `keep it on one ${kind} only: a name that could be either is left for the editor to choose`,
          });
        } else {
          claimed.set(key, { id: entry.id, line: alias.line ?? line });
        }
      }
      if (!clash && schemaProblems(problems, schema, entry, file, line, where)) {
        keep(
          entry,
          line,
          aliases?.map((a) => a.value),
        );
      }
    }
  };
  readRegistry<Actor>(
    "actors.yaml",
    "actor",
    (parsed) => readActors(parsed.ctx, parsed.root, meta.actorIds),
    ActorSchema,
    (actor, line, aliases) => {
      meta.actors.set(actor.id, { actor, line });
      if (aliases && aliases.length > 0) meta.aliases.actors.set(actor.id, aliases);
    },
    (id) => meta.actors.get(id),
  );
  readRegistry<Place>(
    "places.yaml",
    "place",
    (parsed) => readPlaces(parsed.ctx, parsed.root, meta.placeIds),
    PlaceSchema,
    (place, line, aliases) => {
      meta.places.set(place.id, { place, line });
      if (aliases && aliases.length > 0) meta.aliases.places.set(place.id, aliases);
    },
    (id) => meta.places.get(id),
  );
  return meta;
}
