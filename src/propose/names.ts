/**
 * Finding the registry's actors and places in an article by their names and aliases, and listing
 * the capitalised names it does not know (candidates for the editor, never invented ids).
 */
import type { ActorKind } from "../model/dataset.ts";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../model/dates.ts";
import { WEEKDAY_WORDS } from "../model/lexicon.ts";
import type { CorpusMeta } from "../pipeline/corpusLayout.ts";

/** An actor or place the proposer may name: its id, name and the other names articles use. */
export type RegistryEntry = { id: string; name: string; aliases: readonly string[] };

/** The corpus's actors and places, as the proposer reads them (actors.yaml, places.yaml). */
export type Registry = {
  actors: readonly (RegistryEntry & { kind: ActorKind })[];
  places: readonly RegistryEntry[];
};

/**
 * The registry of a corpus whose meta files the pipeline has read (`readCorpusMeta`): every kept
 * actor and place with its aliases. The caller reports `meta.problems` first: an entry with a
 * problem is not in it.
 */
export function registryFromMeta(
  meta: Pick<CorpusMeta, "actors" | "places" | "aliases">,
): Registry {
  return {
    actors: [...meta.actors.values()].map(({ actor }) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      aliases: meta.aliases.actors.get(actor.id) ?? [],
    })),
    places: [...meta.places.values()].map(({ place }) => ({
      id: place.id,
      name: place.name,
      aliases: meta.aliases.places.get(place.id) ?? [],
    })),
  };
}

/** Where the text names a registry entry. */
export type Mention = { id: string; start: number; end: number; form: string; isName: boolean };

/** A registry's names and aliases, each with the words it is made of (lower case). */
type Form = { key: string; written: string; id: string; isName: boolean; words: string[] };
type Matcher = { forms: Map<string, Form>; list: Form[] };

const WORDS = /[\p{L}\p{N}_]+/gu;

const matchers = new WeakMap<readonly RegistryEntry[], Matcher>();

function matcherOf(entries: readonly RegistryEntry[]): Matcher {
  let m = matchers.get(entries);
  if (m) return m;
  const forms = new Map<string, Form>();
  for (const e of entries) {
    for (const [form, isName] of [
      [e.name, true] as const,
      ...e.aliases.map((a) => [a, false] as const),
    ]) {
      const written = form.trim().replace(/\s+/g, " ");
      const key = written.toLowerCase();
      if (key === "" || forms.has(key)) continue;
      forms.set(key, { key, written, id: e.id, isName, words: key.match(WORDS) ?? [] });
    }
  }
  // Longest first: at any position the longest name wins ("Chinese President Xi Jinping" over
  // "Chinese").
  const list = [...forms.values()].sort(
    (a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : 1),
  );
  m = { forms, list };
  matchers.set(entries, m);
  return m;
}

/**
 * Every mention of `entries` in `text`, in text order, none overlapping (the leftmost, then the
 * longest wins). A name is matched as whole words, case-sensitively but for its first letter.
 * Only names whose words all occur in the text are searched for, by plain string search: a
 * registry of thousands costs little per article.
 */
export function findMentions(text: string, entries: readonly RegistryEntry[]): Mention[] {
  const { forms, list } = matcherOf(entries);
  const present = new Set(text.toLowerCase().match(WORDS) ?? []);
  const hits: Mention[] = [];
  const isWordChar = (c: string | undefined): boolean =>
    c !== undefined && /[\p{L}\p{N}_]/u.test(c);
  for (const f of list) {
    if (!f.words.every((w) => present.has(w))) continue;
    const first = f.written[0] ?? "";
    const rest = f.written.slice(1);
    const firsts = new Set([first, first.toLowerCase(), first.toUpperCase()]);
    for (let i = text.indexOf(rest, 1); i !== -1; i = text.indexOf(rest, i + 1)) {
      const start = i - 1;
      const end = i + rest.length;
      if (!firsts.has(text[start] ?? "")) continue;
      if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
      hits.push({
        id: f.id,
        start,
        end,
        form: text.slice(start, end),
        isName: forms.get(f.key)?.isName ?? f.isName,
      });
    }
  }
  hits.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Mention[] = [];
  let reached = 0;
  for (const h of hits) {
    if (h.start < reached) continue;
    out.push(h);
    reached = h.end;
  }
  return out;
}

/** Capitalised words that are not names: sentence openers, pronouns, function words. */
const NOT_NAMES = new Set(
  (
    "a an the this that these those there their they them he she his her hers it its i i'm i'll i've i'd we we're our " +
    "you your but and or so yet if in on at by for of to from with as before after further moreover however also meanwhile " +
    "while when where what who why how which although though because since until despite during according " +
    "mr mrs ms dr prof president minister secretary prime foreign state official officials government " +
    "today yesterday tomorrow " +
    "some many most more all both each every no not one two three several other another such " +
    "earlier later last next first"
  )
    .split(" ")
    .concat([...WEEKDAY_WORDS.keys()]),
);
const CALENDAR = new Set(
  [
    ...MONTH_NAMES,
    ...WEEKDAY_NAMES,
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
  ].map((w) => w.toLowerCase()),
);

/**
 * A run of capitalised (or camel-case: "iPhone") words on one line, joined by spaces and the
 * particles names carry ("Bank of America", "Court of Appeal", "Ludwig van Beethoven").
 */
const CAPITALISED =
  /(?<![\p{L}\p{N}'’])(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}'’&.-]*(?:[ \t]+(?:(?:of|the|de|del|da|al|bin|van|von|for)[ \t]+)?(?:\p{Lu}|\p{Ll}+\p{Lu}|\d)[\p{L}\p{N}'’&.-]*)*/gu;

/**
 * Titles and roles written before or inside a name ("Apple CEO Steve Jobs", "Analyst Shawn Wu"):
 * they end one name and start the next; the role is a cue to the kind, not part of a name.
 */
export const TITLES = new Set(
  (
    "ceo cfo coo cto chairman chairwoman chair president vice minister secretary chancellor " +
    "governor senator mayor judge justice presiding prime premier king queen prince princess " +
    "mr mrs ms dr prof sir lord lady analyst employee spokesman spokeswoman spokesperson founder " +
    "co-founder director manager officer executive chief counsel general commissioner ambassador " +
    "operating financial technology marketing senior deputy assistant acting interim " +
    "former late professor economist lawyer attorney correspondent reporter editor"
  ).split(" "),
);

/** A capitalised name the registry does not know, and where it first occurs. */
export type Candidate = { name: string; start: number; end: number };

/**
 * The capitalised names of `text` that no mention covers: runs of capitalised words, without a
 * sentence's opening word (unless the text also capitalises it mid-sentence), function words,
 * months and weekdays, a possessive "'s" or dates the tagger found (`skip`). Each name once, at its
 * first occurrence.
 */
export function findCandidates(
  text: string,
  covered: readonly { start: number; end: number }[],
  sentenceStarts: ReadonlySet<number>,
  skip: readonly { start: number; end: number }[] = [],
): Candidate[] {
  const isCovered = (a: number, b: number): boolean =>
    covered.some((c) => a < c.end && c.start < b) || skip.some((c) => a < c.end && c.start < b);
  const words: { text: string; start: number; end: number; opener: boolean }[][] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    const run: { text: string; start: number; end: number; opener: boolean }[] = [];
    for (const w of m[0].matchAll(/\S+/g)) {
      const start = m.index + w.index;
      let word = w[0].replace(/[’']s?$/, "").replace(/[.,]+$/, "");
      if (word === "") continue;
      word = word.replace(/^[("“]/, "");
      const end = start + w[0].length;
      const before = text.slice(Math.max(0, start - 3), start);
      const opener =
        sentenceStarts.has(start) || /(?:^|["“(]|[.!?:]\s*["“]?)\s*$/.test(before) || start === 0;
      run.push({ text: word, start, end, opener });
    }
    words.push(run);
  }
  const midSentence = new Set<string>();
  for (const run of words) for (const w of run) if (!w.opener) midSentence.add(w.text);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const run of words) {
    let current: typeof run = [];
    const flush = (): void => {
      while (current.length > 0 && isNotName(current[0]?.text ?? "")) current.shift();
      // "Shares of Apple Inc", "Speaking for Apple Corps": a sentence's first word before a
      // particle is the sentence's, not the name's.
      const head = current[0];
      const second = current[1];
      if (
        head?.opener &&
        second &&
        /^(?:of|for|the)\s/.test(text.slice(head.end).trimStart()) &&
        !midSentence.has(head.text)
      ) {
        current.shift();
        while (current.length > 0 && /^(?:of|for|the)$/i.test(current[0]?.text ?? ""))
          current.shift();
      }
      while (current.length > 0 && isNotName(current[current.length - 1]?.text ?? ""))
        current.pop();
      const first = current[0];
      const last = current[current.length - 1];
      if (first && last) {
        const lone = current.length === 1 && first.opener && !midSentence.has(first.text);
        const name = text
          .slice(first.start, last.end)
          .replace(/[.,;:]+$/, "")
          .replace(/[’']s?$/, "");
        if (!lone && name.length > 1 && !seen.has(name)) {
          seen.add(name);
          out.push({ name, start: first.start, end: first.start + name.length });
        }
      }
      current = [];
    };
    // "Secretary of State Antony Blinken": the title's "of State" is the title's too.
    let afterTitle: "title" | "of" | undefined;
    for (const w of run) {
      const lower = w.text.toLowerCase();
      if (afterTitle === "title" && lower === "of") {
        afterTitle = "of";
        continue;
      }
      if (afterTitle === "of") {
        afterTitle = undefined;
        continue;
      }
      afterTitle = undefined;
      if (TITLES.has(lower)) {
        flush();
        afterTitle = "title";
        continue;
      }
      if (isCovered(w.start, w.end) || CALENDAR.has(lower)) flush();
      else current.push(w);
      // A possessive ends a name ("Apple's iTunes" is two), and so does a company form
      // written with its full stop ("Apple Inc. Steve Jobs" is two).
      const written = text.slice(w.start, w.end);
      if (
        /[’']s?$/.test(written.replace(/[.,]+$/, "")) ||
        /^(?:Inc|Corp|Ltd|Co|Bros)\.$/.test(written)
      )
        flush();
    }
    flush();
  }
  return out;
}

function isNotName(word: string): boolean {
  const lower = word.toLowerCase();
  return NOT_NAMES.has(lower) || CALENDAR.has(lower) || !/\p{Lu}/u.test(word[0] ?? "");
}
