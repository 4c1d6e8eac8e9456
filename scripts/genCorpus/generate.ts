/**
 * The synthetic corpus generator's pure core: options in, corpus files out (no I/O). Same options,
 * byte-identical files. The corpus has the format of corpus/ (docs/annotating.md, "Corpus layout"):
 * articles whose quotes really occur in their text, date phrases the pipeline resolves against the
 * dateline, Zipf-skewed actors and places, events cited again by later articles (`cites:`), and
 * anticipated events that later articles report on (`reports:`): held as planned, held on another
 * day than planned, or put off, so that statuses and dates change between reports.
 */
import { Document, isScalar, stringify, visit } from "yaml";
import { formatDayLong } from "../../src/model/dateLabels.ts";
import { addDays, parseDay } from "../../src/model/dates.ts";
import {
  chance,
  deriveSeed,
  hex,
  intBetween,
  mulberry32,
  pick,
  shuffled,
  zipfSampler,
} from "./random.ts";
import {
  COUNTRIES,
  FIRST_NAMES,
  LAST_NAMES,
  ORGANISATIONS,
  OUTLETS,
  PLACES,
  ROLES,
} from "./vocabulary.ts";
import type {
  CitableEvent,
  CorpusFile,
  CorpusOptions,
  DueEvent,
  GenActor,
  GenEvent,
  GenPlace,
  GenReport,
} from "./types.ts";
import { DATELINE_DAYS, FIRST_DATELINE, LAST_DATELINE, PERSON_COUNT, slugify } from "./types.ts";
import type { Context, Drafted } from "./drafts.ts";
import { draftBeforeDeparture, draftEvent, freshTopic, pickForm } from "./drafts.ts";

export type { CorpusFile, CorpusOptions } from "./types.ts";
export { ACTOR_COUNT } from "./types.ts";

/** The ~300 actors, in id order for actors.yaml, plus the Zipf ranking (most cited first). */
function makeActors(seed: number): { list: GenActor[]; ranked: GenActor[] } {
  const random = mulberry32(deriveSeed(seed, 0xac7));
  const people: GenActor[] = [];
  const names = shuffled(
    random,
    FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`)),
  ).slice(0, PERSON_COUNT);
  for (const name of names) {
    const country = pick(random, COUNTRIES);
    people.push({
      id: slugify(name),
      name,
      kind: "person",
      role: `${country}'s ${pick(random, ROLES)}`,
    });
  }
  const countries = COUNTRIES.map((name): GenActor => ({
    id: slugify(name),
    name,
    kind: "country",
  }));
  const organisations = ORGANISATIONS.map((name): GenActor => ({
    id: slugify(name),
    name,
    kind: "organisation",
  }));
  const all = [...people, ...countries, ...organisations];
  const ranked = shuffled(random, all);
  const list = [...all].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { list, ranked };
}

function makePlaces(seed: number): { list: GenPlace[]; ranked: GenPlace[] } {
  const random = mulberry32(deriveSeed(seed, 0x91ace));
  const all = PLACES.map((name): GenPlace => ({ id: slugify(name), name }));
  const ranked = shuffled(random, all);
  const list = [...all].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { list, ranked };
}

/** `count` datelines, sorted, spread uniformly over the 20 years. */
function makeDatelines(seed: number, count: number): string[] {
  const random = mulberry32(deriveSeed(seed, 0xda7e));
  const offsets: number[] = [];
  for (let i = 0; i < count; i++) offsets.push(Math.floor(random() * DATELINE_DAYS));
  offsets.sort((a, b) => a - b);
  return offsets.map((offset) => addDays(FIRST_DATELINE, offset));
}

/** Occurrences of `needle` in `haystack` (possibly overlapping). */
export function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

/** One article: its text file content and annotation YAML, plus what later articles may cite. */
export type GeneratedArticle = {
  id: string;
  dateline: string;
  /** The whole .txt file: ` date YYYY-MM-DD ` then the paragraphs. */
  file: string;
  annotation: {
    title: string;
    attribution: string;
    events: GenEvent[];
    cites?: { event: string; quote: string }[];
    reports?: GenReport[];
  };
  citable: CitableEvent[];
  /** Its anticipated events, with the days they are due on. */
  due: DueEvent[];
};

/** How a later article reports an anticipated event: held on its day, held on another, put off. */
type FollowUp = { target: DueEvent; kind: "held" | "moved" | "put-off"; day: string | null };

/** How many of the latest anticipated events a later article looks back over. */
const FOLLOW_UP_WINDOW = 400;

/**
 * The anticipated events the article of `dateline` reports on, from `pending` (oldest first):
 * only events whose days are past by then; now and then one or two. Drawn from a random stream
 * of their own, so the rest of the corpus is as it was without them.
 */
function chooseFollowUps(
  seed: number,
  index: number,
  dateline: string,
  pending: readonly DueEvent[],
): FollowUp[] {
  const random = mulberry32(deriveSeed(seed, 7_000_003 * (index + 1)));
  if (!chance(random, 0.35)) return [];
  const eligible = pending
    .slice(-FOLLOW_UP_WINDOW)
    .filter((e) => e.last < dateline && e.dateline < dateline);
  const count = Math.min(eligible.length, chance(random, 0.25) ? 2 : 1);
  const chosen = shuffled(random, eligible).slice(0, count);
  return chosen.map((target): FollowUp => {
    const roll = random();
    if (roll < 0.2) return { target, kind: "put-off", day: null };
    // Held on its day, or (for "in March") on one day of its month: a date made more precise.
    const span = Math.max(0, (parseDay(target.last) ?? 0) - (parseDay(target.first) ?? 0));
    const held = addDays(target.first, intBetween(random, 0, span));
    const moved = addDays(target.last, intBetween(random, 1, 20));
    if (roll < 0.35 && moved < dateline) return { target, kind: "moved", day: moved };
    return { target, kind: "held", day: held };
  });
}

/** A follow-up as the article says it, and as its annotation reports it. */
function followUpReport(follow: FollowUp): { paragraph: string; report: GenReport } {
  const { target } = follow;
  const subject = `The ${target.topic} involving ${target.actorName}`;
  if (follow.day === null) {
    const quote = `${subject} has been put off`;
    return {
      paragraph: `${quote}, organisers said.`,
      report: { event: target.id, status: "postponed", citations: [{ quote }] },
    };
  }
  const phrase = formatDayLong(follow.day);
  const quote = `${subject} went ahead on ${phrase}`;
  return {
    paragraph: `${quote}.`,
    report: {
      event: target.id,
      status: "occurred",
      date: { phrase },
      citations: [{ quote }],
    },
  };
}

function draftArticle(
  seed: number,
  index: number,
  attempt: number,
  dateline: string,
  earlier: readonly CitableEvent[],
  actors: Context["actors"],
  places: Context["places"],
  followUps: readonly FollowUp[],
): GeneratedArticle {
  const random = mulberry32(deriveSeed(seed, 1_000_003 * (index + 1) + attempt));
  const ctx: Context = { random, dateline, actors, places };
  const id = `${String(index).padStart(6, "0")}_${hex(random, 16)}`;
  const usedTopics = new Set<string>();
  const drafted: Drafted[] = [];
  const anchors: { trip?: Drafted; month?: Drafted } = {};
  const eventCount = intBetween(random, 8, 12);
  for (let k = 0; drafted.length < eventCount; k++) {
    let form = pickForm(random);
    if (form === "trip" && anchors.trip) form = "month-past"; // one trip per article
    const topic = freshTopic(random, usedTopics);
    const eventId = `${slugify(topic)}-${index}-${k}`;
    const d = draftEvent(ctx, form, eventId, topic, anchors);
    drafted.push(d);
    if (d.anchorKind === "trip") {
      anchors.trip = d;
      if (chance(random, 0.7)) {
        const t = freshTopic(random, usedTopics);
        drafted.push(draftBeforeDeparture(ctx, `${slugify(t)}-${index}-${k}b`, t, d));
      }
    }
    if (d.anchorKind === "month" && !anchors.month) anchors.month = d;
  }
  // Relations within the article, and now and then to an earlier article's event.
  for (const d of drafted) {
    if (chance(random, 0.35)) {
      const other = pick(random, drafted);
      if (other !== d && !d.event.related.includes(other.event.id))
        d.event.related.push(other.event.id);
    }
    if (earlier.length > 0 && chance(random, 0.05)) {
      d.event.related.push(pick(random, earlier).id);
    }
  }
  // Later coverage of earlier events: each becomes a citation of the earlier event (`cites:`).
  const cites: { event: string; quote: string }[] = [];
  const citeParagraphs: string[] = [];
  if (earlier.length > 0) {
    const count = chance(random, 0.4) ? intBetween(random, 1, 3) : 0;
    const chosen = new Set<string>();
    for (let i = 0; i < count; i++) {
      // Recent events are revisited more often than old ones.
      const back = Math.min(earlier.length, 1 + Math.floor(Math.pow(random(), 3) * earlier.length));
      const target = earlier[earlier.length - back] as CitableEvent;
      if (chosen.has(target.id) || followUps.some((f) => f.target.id === target.id)) continue;
      chosen.add(target.id);
      const quote = `${target.actorName} featured again in coverage of the ${target.topic}, first reported on ${formatDayLong(target.dateline)}`;
      cites.push({ event: target.id, quote });
      citeParagraphs.push(`${quote}.`);
    }
  }
  const lead = drafted[0] as Drafted;
  const outlet = pick(random, OUTLETS);
  const paragraphs = [
    `${lead.citable.actorName} was at the centre of developments on the ${lead.citable.topic}, ${outlet} reported.`,
    ...drafted.map((d) => d.paragraph),
  ];
  // Earlier coverage goes in after the third paragraph, as background.
  paragraphs.splice(Math.min(3, paragraphs.length), 0, ...citeParagraphs);
  // What became of earlier plans closes the article.
  const told = followUps.map(followUpReport);
  paragraphs.push(...told.map((t) => t.paragraph));
  const text = paragraphs.join("\n\n");
  return {
    id,
    dateline,
    file: ` date ${dateline} ${text}\n`,
    annotation: {
      title: lead.event.title,
      attribution: outlet,
      events: drafted.map((d) => d.event),
      ...(cites.length > 0 ? { cites } : {}),
      ...(told.length > 0 ? { reports: told.map((t) => t.report) } : {}),
    },
    citable: drafted.map((d) => d.citable),
    due: drafted.flatMap((d) => (d.due ? [{ ...d.citable, ...d.due }] : [])),
  };
}

/**
 * The annotation as a journalist would write it (as in corpus/): lists of ids in flow style
 * (`actors: [a, b]`), everything else in block style, no line folding.
 */
function annotationYaml(annotation: GeneratedArticle["annotation"]): string {
  const doc = new Document(annotation);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Every quote of an article occurs exactly once in its file (the pipeline rejects ambiguity). */
function quotesAreUnique(article: GeneratedArticle): boolean {
  const quotes = [
    ...article.annotation.events.flatMap((e) => e.citations.map((c) => c.quote)),
    ...(article.annotation.cites ?? []).map((c) => c.quote),
    ...(article.annotation.reports ?? []).flatMap((r) => r.citations.map((c) => c.quote)),
  ];
  return quotes.every((quote) => countOccurrences(article.file, quote) === 1);
}

/**
 * The corpus, file by file (so 10,000 articles need not sit in memory at once): corpus.yaml,
 * actors.yaml, places.yaml, then each article's `articles/<id>.txt` and `annotations/<id>.yaml`.
 * Article ids sort in dateline order; event ids are unique across the corpus.
 */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  const { articles, seed } = options;
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error("articles must be a positive integer");
  if (!Number.isInteger(seed)) throw new Error("seed must be an integer");
  const actors = makeActors(seed);
  const places = makePlaces(seed);
  const datelines = makeDatelines(seed, articles);
  const header = `# Generated by npm run gen:corpus -- --articles ${articles} --seed ${seed}. Synthetic: no real events.\n`;
  yield {
    path: "corpus.yaml",
    content:
      header +
      stringify(
        {
          title: `Synthetic newsroom archive (${articles} articles, seed ${seed})`,
          description: `A generated corpus for measuring Dateline at scale: ${articles} articles from ${FIRST_DATELINE.slice(0, 4)} to ${LAST_DATELINE.slice(0, 4)}. Names and events are invented.`,
        },
        { lineWidth: 0 },
      ),
  };
  yield { path: "actors.yaml", content: header + stringify(actors.list, { lineWidth: 0 }) };
  yield { path: "places.yaml", content: header + stringify(places.list, { lineWidth: 0 }) };

  // Protagonists get their own ranking, so the most-quoted person is not also the top party.
  const people = shuffled(
    mulberry32(deriveSeed(seed, 0x9e0)),
    actors.ranked.filter((actor) => actor.kind === "person"),
  );
  const actorContext = {
    ranked: actors.ranked,
    sample: zipfSampler(actors.ranked.length, 0.9),
    people,
    samplePerson: zipfSampler(people.length, 0.9),
  };
  const placeContext = { ranked: places.ranked, sample: zipfSampler(places.ranked.length, 1.0) };
  const earlier: CitableEvent[] = [];
  // Anticipated events not yet reported on by a later article, oldest first.
  const pending: DueEvent[] = [];
  for (let index = 0; index < articles; index++) {
    const dateline = datelines[index] as string;
    const followUps = chooseFollowUps(seed, index, dateline, pending);
    let article: GeneratedArticle | undefined;
    for (let attempt = 0; attempt < 20 && !article; attempt++) {
      const draft = draftArticle(
        seed,
        index,
        attempt,
        dateline,
        earlier,
        actorContext,
        placeContext,
        followUps,
      );
      if (quotesAreUnique(draft)) article = draft;
    }
    if (!article) throw new Error(`article ${index}: could not make every quote unique`);
    earlier.push(...article.citable);
    // Reported now: not again. They are among the latest FOLLOW_UP_WINDOW, so look no further.
    const reported = new Set(followUps.map((f) => f.target.id));
    for (let i = pending.length - 1; i >= 0 && reported.size > 0; i--) {
      const id = (pending[i] as DueEvent).id;
      if (reported.delete(id)) pending.splice(i, 1);
    }
    pending.push(...article.due);
    yield { path: `articles/${article.id}.txt`, content: article.file };
    yield {
      path: `annotations/${article.id}.yaml`,
      content:
        `# Generated annotations for articles/${article.id}.txt (dateline ${dateline}).\n` +
        annotationYaml(article.annotation),
    };
  }
}
