/**
 * Names the registry lacks, proposed as actors and places: "Add Ryanair (organisation)". Each
 * capitalised name the article gives (names.ts finds them) gets a kind when the text says which:
 *
 * 1. the article's own cues, read first because they are explicit: a company form or an
 *    institution's word in the name ("Apple Inc", "European Commission", "Ryanair Airlines"); a
 *    role written next to it ("Apple CEO", "Ryanair's chief executive": an organisation; "CEO
 *    Steve Jobs", "Judge Martin Mann": a person); a common noun set before it ("Irish airline
 *    Ryanair"); a venue's word ("Moscone Center"); an outlet the article credits ("…, the Daily
 *    Ledger reported");
 * 2. else the part-of-speech and named-entity tags of the `compromise` library (its lexicon of
 *    given names, countries, cities and organisations), read on the sentences that hold the name.
 *
 * A name no cue and no tag places stays a bare candidate in the draft's comments: products
 * ("iPhone", "Mac OS X") are neither actors nor places, and a guess would cost the editor more
 * than a gap. Aliases are the shorter forms the article uses for the same entity ("Jobs" for
 * "Steve Jobs"; "Apple" for "Apple Inc" when no other name starts so) and the role forms it
 * writes ("Apple CEO Steve Jobs", "Ryanair's CEO").
 */
import nlp from "compromise/two";
import type { ActorKind } from "../model/dataset.ts";
import { SLUG_PATTERN } from "../model/datasetTerms.ts";
import type { Candidate, Mention } from "./names.ts";
import { TITLES } from "./names.ts";
import { isVerbForm } from "./terms.ts";

/** A name the draft proposes to add to the registry, in the form the workspace offers it. */
export type ProposedName = {
  /** Which file it goes to: actors.yaml or places.yaml. */
  registry: "actors" | "places";
  /** The entry it would be: a fresh id (a slug no registry entry has), the name, its kind. */
  id: string;
  name: string;
  kind: ActorKind | "place";
  /** The article's own words for its role ("Apple CEO", "chief executive"), when it gives one. */
  role?: string;
  /** Other names the article uses for it ("Jobs", "Apple CEO Steve Jobs"). */
  aliases: string[];
  /** What the workspace's button says: "Add Ryanair (organisation)". */
  label: string;
  /** Why this kind, for the check: the cue in the text, or the tagger's tag. */
  because: string;
  /** How many times the article names it (any of its forms). */
  mentions: number;
};

/** Words in a name that make it an organisation. */
const ORG_WORDS = new Set(
  (
    "inc inc. corp corp. corporation co co. ltd ltd. llc plc ag sa gmbh group company companies " +
    "airlines airline airways bank university college commission association council agency " +
    "ministry department party corps records motors systems technologies network networks " +
    "institute foundation court courts capital reports times post journal news press " +
    "wireless communications industries holdings partners studios pictures entertainment " +
    "federation union league committee board authority police army navy parliament congress " +
    "senate government service services labs laboratories"
  ).split(" "),
);
/** Words in a name that make it a place (a venue, a street, a region). */
const PLACE_WORDS = new Set(
  (
    "center centre theater theatre stadium arena hall square park airport street avenue road " +
    "bridge harbour harbor island islands valley county province state city town village " +
    "mountain mountains river lake sea ocean gardens palace building tower"
  ).split(" "),
);
/** Common nouns that, set before a name, say it is an organisation ("airline Ryanair"). */
const ORG_NOUNS = new Set(
  (
    "airline carrier company firm manufacturer maker retailer bank group blog network giant " +
    "startup studio label agency outlet newspaper broadcaster publisher operator developer " +
    "rival competitor partner supplier chain brand insurer lender"
  ).split(" "),
);
/** Role words that, written after an organisation's name, say whose role it is ("Apple CEO"). */
const ORG_ROLES = new Set(
  (
    "ceo cfo coo cto chairman chairwoman president executive chief spokesman spokeswoman " +
    "spokesperson founder co-founder director manager officer board shareholders employee " +
    "employees engineers"
  ).split(" "),
);
/** Capitalised words that open a sentence or clause without being part of a name or role. */
const OPENING_WORDS = new Set(
  "when while after before as since if but and the a an in on at during following".split(" "),
);

/** An article right before a name: "the US manufacturer", "a UK court". */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|an?)\s+$/iu;

/** Forms of a country that are adjectives or short names, kept as its aliases when found. */
const COUNTRY_FORMS: Record<string, string> = {
  us: "United States",
  "u.s": "United States",
  "u.s.": "United States",
  usa: "United States",
  america: "United States",
  uk: "United Kingdom",
  "u.k": "United Kingdom",
  "u.k.": "United Kingdom",
  britain: "United Kingdom",
  "great britain": "United Kingdom",
};

/** A slug from a name: lower case, ASCII letters and digits, words joined by "-". */
function slugOf(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return SLUG_PATTERN.test(slug) ? slug : "entity";
}

type Tagged = { text: string; tags: string[] };

/** The tagger's tags for each word of `sentence`, by the word's offset in it. */
function tagSentence(sentence: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let from = 0;
  const doc = nlp(sentence) as unknown as {
    json: (o: unknown) => { terms: Tagged[] }[];
  };
  for (const s of doc.json({ terms: { tags: true } })) {
    for (const t of s.terms) {
      const at = sentence.indexOf(t.text, from);
      if (at === -1) continue;
      out.set(at, t.tags);
      from = at + t.text.length;
    }
  }
  return out;
}

/** The words before and after an occurrence, lower case. */
function around(text: string, start: number, end: number): { before: string[]; after: string[] } {
  const before = text
    .slice(Math.max(0, start - 40), start)
    .split(/[^\p{L}\p{N}'’.-]+/u)
    .filter((w) => w !== "");
  const after = text
    .slice(end, end + 40)
    .split(/[^\p{L}\p{N}'’.-]+/u)
    .filter((w) => w !== "");
  return {
    before: before.map((w) => w.toLowerCase().replace(/[’']s$/, "")),
    after: after.map((w) => w.toLowerCase()),
  };
}

/** Every occurrence of `name` in `text` as a whole word (case as written). */
function occurrences(text: string, name: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const word = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    if (word.test(text[i - 1] ?? "") || word.test(text[end] ?? "")) continue;
    out.push({ start: i, end });
  }
  return out;
}

/** What the text says a name is, and why; undefined when it does not say. */
type Guess = { kind: ActorKind | "place"; because: string; role?: string };

/**
 * The kind of a name from the article's own cues (see the module's comment, step 1), or
 * undefined when none applies.
 */
function inName(name: string, credited: ReadonlySet<string>): Guess | undefined {
  const words = name.toLowerCase().split(/\s+/);
  const last = words.at(-1) ?? "";
  const country = COUNTRY_FORMS[name.toLowerCase()];
  if (country !== undefined) return { kind: "country", because: `"${name}" is ${country}` };
  if (words.some((w) => ORG_WORDS.has(w)))
    return { kind: "organisation", because: `"${name}" is written as an organisation's name` };
  if (PLACE_WORDS.has(last)) return { kind: "place", because: `"${name}" names a place` };
  if (credited.has(name) || [...credited].some((c) => c.endsWith(` ${name}`)))
    return { kind: "organisation", because: "the article credits it as a source" };
  return undefined;
}

/** The kind a name's neighbours in the text give it: a role, a common noun, a title. */
function cueKind(
  text: string,
  name: string,
  spots: readonly { start: number; end: number }[],
): Guess | undefined {
  const words = name.toLowerCase().split(/\s+/);
  const last = words.at(-1) ?? "";
  for (const s of spots) {
    const { before, after } = around(text, s.start, s.end);
    const prev = before.at(-1) ?? "";
    const next = after[0] ?? "";
    const possessive = /^[’']s?\b/.test(text.slice(s.end, s.end + 2));
    // Only words right next to the name count: "Apple CEO", not "Art Levinson, chairman of …".
    const adjacentAfter = /^(?:[’']s?)?[ \t]/.test(text.slice(s.end, s.end + 3));
    const adjacentBefore = /[\p{L}.][ \t]+$/u.test(text.slice(Math.max(0, s.start - 4), s.start));
    if (
      adjacentAfter &&
      (ORG_ROLES.has(next) || (possessive && ORG_ROLES.has(after[1] ?? ""))) &&
      words.length <= 3
    ) {
      const role = possessive ? after[1] : next;
      return { kind: "organisation", because: `"${name}${possessive ? "'s" : ""} ${role ?? ""}"` };
    }
    if (adjacentBefore && ORG_NOUNS.has(prev))
      return { kind: "organisation", because: `"${prev} ${name}"` };
    // A title right before the name, or a few words before it in the same phrase ("Secretary of
    // State Antony Blinken").
    const phrase =
      text
        .slice(Math.max(0, s.start - 40), s.start)
        .split(/[,;:.!?"“”()]/)
        .at(-1) ?? "";
    const tail = /(\S+)\s+of\s+\p{Lu}[\p{L}]*\s*$/u.exec(phrase)?.[1];
    const titled = tail !== undefined && TITLES.has(tail.toLowerCase());
    if (adjacentBefore && (TITLES.has(prev) || titled) && !ORG_ROLES.has(last)) {
      const written = /(\S+)\s*$/.exec(text.slice(Math.max(0, s.start - 30), s.start))?.[1] ?? prev;
      return { kind: "person", because: `"${written} ${name}"` };
    }
    // "Mark Papermaster, formerly an Apple Inc. executive": an appositive role after a name.
    const appositive =
      /^,\s+(?:the\s+|a\s+|an\s+|formerly\s+an?\s+)?([^,]{0,40}?)\b(ceo|chief executive|chairman|president|founder|co-founder|executive|analyst|spokesman|spokeswoman|director|manager|minister|judge|officer|doctor|lawyer|professor)\b/i.exec(
        text.slice(s.end, s.end + 80),
      );
    if (appositive && words.length >= 2)
      return {
        kind: "person",
        because: `"${name}, ${appositive[0].slice(1).trim()}"`,
        role: `${appositive[1] ?? ""}${appositive[2] ?? ""}`.trim(),
      };
  }
  return undefined;
}

/** The kind the tagger gives a name where it first stands, or undefined. */
function tagKind(
  text: string,
  spots: readonly { start: number; end: number }[],
  sentenceOf: (offset: number) => { start: number; end: number } | undefined,
  cache: Map<string, Map<number, string[]>>,
): Guess | undefined {
  const s = spots[0];
  if (!s) return undefined;
  const sentence = sentenceOf(s.start);
  if (!sentence) return undefined;
  const body = text.slice(sentence.start, sentence.end);
  let tags = cache.get(body);
  if (!tags) cache.set(body, (tags = tagSentence(body)));
  const all: string[][] = [];
  for (const [at, t] of tags) {
    const abs = sentence.start + at;
    if (abs >= s.start && abs < s.end) all.push(t);
  }
  if (all.length === 0) return undefined;
  const every = (tag: string): boolean => all.every((t) => t.includes(tag));
  const some = (tag: string): boolean => all.some((t) => t.includes(tag));
  if (every("Country")) return { kind: "country", because: "the tagger knows it as a country" };
  if (some("Person") && all.length >= 2 && !some("Organization") && !some("Place"))
    return { kind: "person", because: "the tagger reads it as a person's name" };
  if (every("Organization"))
    return { kind: "organisation", because: "the tagger knows it as an organisation" };
  if (every("Place") && (some("City") || some("Region")))
    return { kind: "place", because: "the tagger knows it as a place" };
  return undefined;
}

/** Whether a name reads as a product or a model rather than a party: "iPhone", "Mac OS X 10". */
function looksLikeProduct(name: string): boolean {
  return /^\p{Ll}+\p{Lu}/u.test(name) || /\d/.test(name);
}

/**
 * The names of `candidates` (the article's capitalised names the registry lacks) that the text
 * says are persons, organisations, countries or places, with ids that avoid `takenIds` (the
 * registry's), their aliases and the reason for each kind. In the order the article first names
 * them.
 */
export function proposeNames(
  text: string,
  candidates: readonly Candidate[],
  context: {
    credited: ReadonlySet<string>;
    sentenceOf: (offset: number) => { start: number; end: number } | undefined;
    takenIds: ReadonlySet<string>;
  },
): { names: ProposedName[]; formsOf: Map<string, ProposedName> } {
  const cache = new Map<string, Map<number, string[]>>();
  const taken = new Set(context.takenIds);
  const names: ProposedName[] = [];
  const formsOf = new Map<string, ProposedName>();
  const single = candidates.filter((c) => !c.name.includes(" "));
  const multi = candidates.filter((c) => c.name.includes(" "));
  // Long names first, so that "Jobs" finds "Steve Jobs" and "Apple" finds "Apple Inc".
  for (const c of [...multi, ...single]) {
    if (formsOf.has(c.name) || looksLikeProduct(c.name)) continue;
    const spots = occurrences(text, c.name);
    if (spots.length === 0) continue;
    // A short form of a name already proposed: an alias ("Jobs" of "Steve Jobs").
    // A demonym or adjective ("European") is no short name of anything.
    const adjective = /(?:an|ean|ese|ish|ic)$/.test(c.name) && !c.name.includes(" ");
    const longer = adjective
      ? []
      : names.filter(
          (n) =>
            (n.kind === "person" &&
              n.name.split(" ").length > 1 &&
              (n.name.split(" ").at(-1) === c.name || n.name.split(" ")[0] === c.name)) ||
            (n.kind === "organisation" && n.name.split(" ")[0] === c.name),
        );
    if (longer.length === 1 && longer[0]) {
      longer[0].aliases.push(c.name);
      longer[0].mentions += spots.length;
      formsOf.set(c.name, longer[0]);
      continue;
    }
    if (longer.length > 1) continue; // "Apple" of "Apple Inc" or "Apple Corps": leave it
    // A country's short form only ever written as a modifier after an article ("the US
    // manufacturer", "a UK court") describes someone else: the country takes no part.
    if (
      COUNTRY_FORMS[c.name.toLowerCase()] !== undefined &&
      spots.every(
        (s) =>
          ARTICLE_BEFORE.test(text.slice(Math.max(0, s.start - 5), s.start)) &&
          /^\s+\p{Ll}/u.test(text.slice(s.end, s.end + 3)),
      )
    )
      continue;
    // An adjective ("European") or a lone generic word ("Commission", "Center") names nothing
    // on its own.
    const lone = c.name.toLowerCase();
    if (adjective || ORG_WORDS.has(lone) || PLACE_WORDS.has(lone) || lone === "conference")
      continue;
    // The name's own words first; the tagger (the costly step) only when they do not tell.
    const own = inName(c.name, context.credited);
    const tagged = own ? undefined : tagKind(text, spots, context.sentenceOf, cache);
    const guess =
      own ??
      (tagged?.kind === "country" || tagged?.kind === "place" ? tagged : undefined) ??
      cueKind(text, c.name, spots) ??
      tagged;
    if (!guess) continue;
    const name = COUNTRY_FORMS[c.name.toLowerCase()] ?? c.name;
    const same = names.find((n) => n.name === name);
    if (same) {
      if (c.name !== same.name && !same.aliases.includes(c.name)) same.aliases.push(c.name);
      same.mentions += spots.length;
      formsOf.set(c.name, same);
      continue;
    }
    let id = slugOf(name);
    for (let n = 2; taken.has(id); n++) id = `${slugOf(name)}-${n}`;
    taken.add(id);
    const kindWord = guess.kind === "place" ? "place" : guess.kind;
    const entry: ProposedName = {
      registry: guess.kind === "place" ? "places" : "actors",
      id,
      name,
      kind: guess.kind,
      ...(guess.role !== undefined && guess.role !== "" ? { role: guess.role } : {}),
      aliases: c.name === name ? [] : [c.name],
      label: `Add ${name} (${kindWord})`,
      because: guess.because,
      mentions: spots.length,
    };
    // Role forms the article writes: "Apple CEO Steve Jobs"; and for a person whose role names an
    // organisation, "Apple's CEO".
    for (const s of spots) {
      // Within the sentence: never across a full stop ("London. Presiding Judge …").
      const window =
        text
          .slice(Math.max(0, s.start - 40), s.start)
          .split(/[.!?;:,"“”()]\s/)
          .at(-1) ?? "";
      const lead = /((?:[\p{Lu}][\p{L}&]*(?:[’']s)?\s+)?(?:[\p{L}-]+\s+){0,2})$/u.exec(window)?.[1];
      const words = (lead ?? "")
        .trim()
        .split(/\s+/)
        .filter((w) => w !== "");
      while (
        words.length > 0 &&
        !/^\p{Lu}/u.test(words[0] ?? "") &&
        !TITLES.has((words[0] ?? "").toLowerCase())
      )
        words.shift();
      while (words.length > 0 && OPENING_WORDS.has((words[0] ?? "").toLowerCase())) words.shift();
      if (guess.kind !== "person" || !words.some((w) => TITLES.has(w.toLowerCase()))) continue;
      const form = `${words.join(" ")} ${c.name}`;
      if (!entry.aliases.includes(form) && form !== name && text.includes(form)) {
        entry.aliases.push(form);
        entry.role ??= words.join(" ");
      }
      const org = words[0];
      const title = words.slice(1).join(" ");
      // "Ryanair's CEO", not "US's President": only an organisation owns a role so.
      const owner = names.find((n) => n.name === org || n.aliases.includes(org ?? ""));
      if (owner?.kind !== "organisation") continue;
      if (
        org &&
        !TITLES.has(org.toLowerCase()) &&
        title !== "" &&
        TITLES.has((words[1] ?? "").toLowerCase())
      ) {
        const owned = `${org.replace(/[’']s$/, "")}'s ${title}`;
        if (!entry.aliases.includes(owned)) entry.aliases.push(owned);
      }
    }
    names.push(entry);
    formsOf.set(c.name, entry);
  }
  return { names, formsOf };
}

/**
 * Whether a registry mention is a modifier rather than a party or a place: "US manufacturer",
 * "Chinese authorities" are not; "US President Joe Biden" names a person of that country (an
 * actor, not a place); "the US" is both.
 */
export function mentionRole(text: string, m: Mention): "modifier" | "title" | "noun" {
  const next = /^\s+([\p{L}’'-]+)/u.exec(text.slice(m.end, m.end + 30))?.[1];
  if (next === undefined || /^\p{Lu}/u.test(next)) {
    return next !== undefined && TITLES.has(next.toLowerCase()) ? "title" : "noun";
  }
  const lower = next.toLowerCase();
  if (
    TITLES.has(lower) ||
    /^(?:officials?|government|forces|troops|embassy|authorities|military|leaders?|delegation|administration|envoy|ambassador)$/.test(
      lower,
    )
  )
    return "title";
  if (
    /^(?:and|or|to|in|on|at|of|for|with|from|by|as|is|are|was|were|has|have|had|will|would|said|says|told)$/.test(
      lower,
    )
  )
    return "noun";
  // A verb after the name ("Berlin comes", "the Chancellor met"): the name is its subject.
  if (isVerbForm(lower)) return "noun";
  return "modifier";
}
