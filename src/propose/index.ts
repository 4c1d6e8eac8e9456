/**
 * The proposer: from an article (its text and dateline) and the corpus's registry of actors and
 * places to a draft annotation, as data (for the curator's workspace) and as the YAML file
 * `npm run propose` writes. Pure: no file system, no clock; it runs in Node and in the browser.
 *
 * The steps, each in its own module:
 * 1. the tagger finds the dates (src/timex/); the text is cut into sentences and clauses, each
 *    clause holding at most one date where its grammar allows (text.ts, clauses.ts);
 * 2. each clause that reports or anticipates something becomes an event, supporting clauses join
 *    the event they support, and two mentions of one happening merge (events.ts);
 * 3. dates are written as the article's words and resolved by the pipeline's own resolver,
 *    anchors included (dates.ts); status comes from tense and modality, settled by the date
 *    (status.ts);
 * 4. actors and places are the registry's, found by name and alias; other capitalised names are
 *    listed as candidates, never made ids (names.ts); titles and summaries are drafts taken from
 *    the article's sentences (wording.ts); the YAML carries the checks as comments (yaml.ts).
 */
import { findOccurrences } from "../pipeline/locateQuote.ts";
import { tagTimexes } from "../timex/index.ts";
import { buildClauses } from "./clauses.ts";
import type { DateDecision } from "./dates.ts";
import { decideDates } from "./dates.ts";
import type { ArticleView, WorkingEvent } from "./events.ts";
import { assembleEvents, salientNames } from "./events.ts";
import type { Mention, Registry } from "./names.ts";
import { findCandidates, findMentions } from "./names.ts";
import { settleStatus } from "./status.ts";
import type { ProposedName } from "./proposedNames.ts";
import { mentionRole, proposeNames } from "./proposedNames.ts";
import { linkDraft } from "./story.ts";
import { quotableSpan, quotedMask, splitSentences } from "./text.ts";
import type {
  Check,
  Draft,
  ProposeArticle,
  ProposedCitation,
  ProposedEvent,
  ProposeOptions,
  Proposal,
} from "./types.ts";
import { cutAtWord, draftId, draftSummary, draftTitle } from "./wording.ts";
import { draftToYaml } from "./yaml.ts";

export type { Mention, Registry, RegistryEntry } from "./names.ts";
export { findMentions, registryFromMeta } from "./names.ts";
export type {
  Check,
  Draft,
  ProposeArticle,
  ProposedCitation,
  ProposedDate,
  ProposedEvent,
  ProposeOptions,
  Proposal,
  ProposedReport,
  LinkCheck,
} from "./types.ts";
export { draftToYaml } from "./yaml.ts";
export type { ProposedName } from "./proposedNames.ts";
export type { ArchiveEvent, ArchiveReport, DayInterval } from "./story.ts";
export { addDraftToArchive, Archive, linkDraft } from "./story.ts";

/**
 * Proposes the annotation of one article: every event it reports or anticipates, with verbatim
 * citations, date phrases resolved exactly as `npm run data` resolves them, status from tense and
 * modality, the registry's actors and places, and what a human must check. The YAML builds with
 * the pipeline as it stands (given `options.takenIds` holds the corpus's other event ids).
 */
export function proposeAnnotation(
  article: ProposeArticle,
  registry: Registry,
  options: ProposeOptions = {},
): Proposal {
  const draft = proposeDraft(article, registry, options);
  return { draft, yaml: draftToYaml(draft) };
}

/** The draft as data, without its YAML (the workspace serialises its own edits with `draftToYaml`). */
export function proposeDraft(
  article: ProposeArticle,
  registry: Registry,
  options: ProposeOptions = {},
): Draft {
  const { text, dateline, paragraphs } = article;
  const timexes = tagTimexes(text, dateline);
  const sentences = splitSentences(text, paragraphs);
  const quoted = quotedMask(text, paragraphs);
  const { clauses, credits } = buildClauses(text, sentences, timexes, quoted);
  // A name used as a modifier ("US manufacturer") makes its country neither a party nor a place;
  // before a title ("US President Joe Biden") it is a party, not a place.
  const allActorMentions = findMentions(text, registry.actors);
  const allPlaceMentions = findMentions(text, registry.places);
  const actorMentions = allActorMentions.filter((m) => mentionRole(text, m) !== "modifier");
  const placeMentions = allPlaceMentions.filter((m) => mentionRole(text, m) === "noun");
  const persons = new Set(registry.actors.filter((a) => a.kind === "person").map((a) => a.id));
  const view: ArticleView = {
    text,
    paragraphs,
    quoted,
    actorMentions,
    placeMentions,
    persons,
    salient: salientNames(text, paragraphs),
  };

  const working = assembleEvents(view, clauses);
  const dates = decideDates(text, dateline, working, view.salient);

  const sentenceStarts = new Set(sentences.map((s) => s.start));
  const covered = [...allActorMentions, ...allPlaceMentions];
  const found = findCandidates(text, covered, sentenceStarts, timexes);
  const proposed = proposeNames(text, found, {
    credited: new Set(credits.map((c) => c.name.replace(/^the\s+/i, ""))),
    sentenceOf: (offset) => sentences.find((s) => offset >= s.start && offset < s.end),
    takenIds: new Set([...registry.actors, ...registry.places].map((e) => e.id)),
  });
  const candidates = found.filter((c) => !proposed.formsOf.has(c.name));

  const names = new Map(registry.actors.map((a) => [a.id, a.name]));
  const personMentions = actorMentions.filter((m) => persons.has(m.id));
  const taken = new Set(options.takenIds ?? []);
  const ids = new Map<WorkingEvent, string>();
  const titles = new Map<WorkingEvent, string>();
  // Where the article names a person (the registry's, or a proposed person by any of its forms),
  // in text order: the short form a headline uses ("Jobs").
  const people: { name: string; start: number }[] = [
    ...personMentions.map((m) => ({
      name: (names.get(m.id) ?? m.form).split(" ").at(-1) ?? m.form,
      start: m.start,
    })),
    ...proposed.names
      .filter((n) => n.kind === "person")
      .flatMap((n) =>
        [n.name, ...n.aliases].flatMap((form) => {
          const out: { name: string; start: number }[] = [];
          for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1))
            out.push({ name: n.name.split(" ").at(-1) ?? n.name, start: i });
          return out;
        }),
      ),
  ].sort((a, b) => a.start - b.start);
  for (const e of working) {
    const title = titleOf(text, e, personMentions, names, people);
    titles.set(e, title);
    ids.set(e, draftId(title, taken));
  }

  const events = working.map((e): ProposedEvent => {
    const decision = dates.get(e);
    if (!decision) throw new Error("every event has a date decision");
    return finishEvent(text, dateline, e, decision, {
      id: ids.get(e) ?? "event",
      title: titles.get(e) ?? "",
      ids,
      candidates,
      proposed: proposed.formsOf,
    });
  });

  const attribution = attributionOf(credits.map((c) => c.name));
  const draft: Draft = {
    articleId: article.id,
    dateline,
    title: events[0]?.title ?? cutAtWord(firstSentence(text, sentences), 90),
    attribution: attribution.value,
    attributionCheck: attribution.check,
    events,
    reports: [],
    names: proposed.names,
    candidates: candidates.map((c) => c.name),
  };
  return options.archive ? linkDraft(draft, options.archive) : draft;
}

/** A title from the clause the event is dated by, or its first. */
function titleOf(
  text: string,
  e: WorkingEvent,
  persons: readonly Mention[],
  names: ReadonlyMap<string, string>,
  people: readonly { name: string; start: number }[],
): string {
  const span = e.spans?.[0] ?? { start: e.primary.start, end: e.primary.end };
  // "He" in a headline is the person the text last made its subject (subjects.ts-style chain:
  // a sentence opening with a person makes them the subject; one opening with "He" keeps it).
  const named = subjectBefore(text, people, e.primary.sentence.start);
  const sentence = e.primary.sentence;
  // A clause that opens without its subject shares the sentence's: its leading names.
  const subject = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?:has|have|had|is|was|will|\p{Ll}+ed)\b/u
    .exec(text.slice(sentence.start, sentence.end))?.[1]
    ?.trim();
  const title = draftTitle(text, span.start, span.end, persons, names, {
    ...(e.reading.cueSpan ? { verbAt: e.reading.cueSpan.start } : {}),
    ...(named !== undefined ? { pronounName: named } : {}),
    ...(subject !== undefined && span.start > sentence.start ? { subject } : {}),
  });
  return title === "" ? "Untitled event" : title;
}

/**
 * The person a "He" or "She" opening the sentence at `start` most likely is: walking the
 * sentences before it, one that names a person in its first words makes them the subject; one
 * that opens with a pronoun keeps the subject; otherwise the first person a sentence names.
 */
function subjectBefore(
  text: string,
  people: readonly { name: string; start: number }[],
  start: number,
): string | undefined {
  let subject: string | undefined;
  let from = 0;
  for (const m of text.slice(0, start).matchAll(/[^.!?\n]+[.!?]*["”]?/g)) {
    const s = from + (m.index - from);
    const e = s + m[0].length;
    from = e;
    const body = m[0].trimStart();
    if (/^(?:He|She)\b/.test(body)) continue;
    const inside = people.filter((p) => p.start >= s && p.start < e);
    const first = inside[0];
    if (first) subject = first.name;
  }
  return subject;
}

function firstSentence(text: string, sentences: readonly { start: number; end: number }[]): string {
  const s = sentences[0];
  const title = s ? text.slice(s.start, s.end).replace(/\s+/g, " ").trim() : "";
  return title === "" ? "Untitled article" : title;
}

/** The event's citations, status, links and checks, from its clauses and its date. */
function finishEvent(
  text: string,
  dateline: string,
  e: WorkingEvent,
  decision: DateDecision,
  context: {
    id: string;
    title: string;
    ids: ReadonlyMap<WorkingEvent, string>;
    candidates: readonly { name: string; start: number; end: number }[];
    proposed: ReadonlyMap<string, ProposedName>;
  },
): ProposedEvent {
  const checks: Check[] = [];
  const settled = settleStatus(
    e.reading,
    decision.date.undated && !decision.anchor ? undefined : decision.resolved,
    dateline,
  );
  if (settled.guessed) {
    checks.push({
      about: "status",
      message: `"${settled.status}" is a guess (${settled.why ?? "no verb says it"})`,
    });
  }
  checks.push(...decision.checks, ...e.checks);

  const citations = citationsOf(text, e);
  // The date phrase must lie in a cited paragraph: cite the date's own clause if none does.
  const cited = new Set(citations.map((c) => c.paragraph));
  if (!cited.has(e.primary.sentence.paragraph)) {
    const span = quotableSpan(text, e.primary.start, e.primary.end);
    const c = citationAt(text, span.start, span.end, e.primary.sentence.paragraph);
    if (c) citations.unshift(c);
  }

  const related = new Set<string>();
  const anchorId = decision.anchor ? context.ids.get(decision.anchor) : undefined;
  if (anchorId !== undefined) related.add(anchorId);
  for (const r of e.relatedTo) {
    const id = context.ids.get(r);
    if (id !== undefined && id !== context.id) related.add(id);
  }
  const inCitations = context.candidates
    .filter((c) => citations.some((q) => c.start >= q.start && c.end <= q.end))
    .map((c) => c.name);
  const first = citations[0];
  const sentence = e.primary.sentence;
  // The proposed names its citations hold: the actors and places it takes once they are added.
  const proposedActors: string[] = [];
  const proposedPlaces: string[] = [];
  for (const [form, entry] of context.proposed) {
    const inside = citations.some((c) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, "u").test(c.quote),
    );
    if (!inside) continue;
    const list = entry.registry === "places" ? proposedPlaces : proposedActors;
    if (!list.includes(entry.id)) list.push(entry.id);
  }
  return {
    id: context.id,
    title: context.title,
    summary: draftSummary(text, sentence.start, sentence.end),
    date: {
      ...decision.date,
      ...(decision.date.anchor !== undefined && anchorId !== undefined ? { anchor: anchorId } : {}),
    },
    resolved: decision.resolved,
    status: settled.status,
    ...(e.reading.cue !== undefined && !settled.guessed ? { statusCue: e.reading.cue } : {}),
    actors: [...e.actors],
    places: [...e.places],
    related: [...related],
    citations: first ? citations : [],
    candidates: [...new Set(inCitations)],
    proposedActors,
    proposedPlaces,
    checks,
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Verbatim citations for an event's clauses (or its own spans), in text order, without repeats. */
function citationsOf(text: string, e: WorkingEvent): ProposedCitation[] {
  const spans =
    e.spans ??
    e.clauses.map((c) => ({
      ...quotableSpan(text, c.start, c.end, c.kind === "prep"),
      paragraph: c.sentence.paragraph,
    }));
  const out: ProposedCitation[] = [];
  for (const s of spans) {
    const paragraph =
      "paragraph" in s ? (s as { paragraph: number }).paragraph : e.primary.sentence.paragraph;
    const c = citationAt(text, s.start, s.end, paragraph);
    if (!c) continue;
    // Adjacent clauses of one event read better as one quote.
    const last = out.at(-1);
    if (
      last &&
      last.paragraph === c.paragraph &&
      /^[\s,;:—–-]*$/.test(text.slice(last.end, c.start))
    ) {
      const merged = citationAt(text, last.start, c.end, c.paragraph);
      if (merged) {
        out[out.length - 1] = merged;
        continue;
      }
    }
    if (out.some((o) => o.start <= c.start && o.end >= c.end)) continue;
    out.push(c);
  }
  return out;
}

/** The citation of [start, end): its words, with `occurrence` when they are not unique. */
function citationAt(
  text: string,
  start: number,
  end: number,
  paragraph: number,
): ProposedCitation | undefined {
  const quote = text.slice(start, end);
  if (quote.trim() !== quote || quote === "" || quote.includes("\n")) {
    const trimmed = quotableSpan(text, start, end);
    if (trimmed.end <= trimmed.start || (trimmed.start === start && trimmed.end === end)) {
      return undefined;
    }
    return citationAt(text, trimmed.start, trimmed.end, paragraph);
  }
  const found = findOccurrences(text, quote);
  const index = found.indexOf(start);
  if (index === -1) return undefined;
  return {
    quote,
    ...(found.length > 1 ? { occurrence: index + 1 } : {}),
    start,
    end,
    paragraph,
  };
}

/** The outlet the article credits most, or a note that the editor must name the source. */
function attributionOf(credited: readonly string[]): { value: string; check: string } {
  const counts = new Map<string, number>();
  for (const name of credited) {
    if (!/^\p{Lu}/u.test(name)) continue; // "officials", "he": not an outlet
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (!best) {
    return {
      value: "Unknown source",
      check: "the article credits no outlet: write the publisher and its licence",
    };
  }
  return {
    value: best[0],
    check: `the outlet credited most often in the text (${best[1]}×): confirm the publisher and its licence`,
  };
}
