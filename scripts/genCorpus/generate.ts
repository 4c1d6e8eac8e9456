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
import {
  addDays,
  dayParts,
  MONTH_NAMES,
  parseDay,
  parseEdtf,
  weekdayOf,
  WEEKDAY_NAMES,
} from "../../src/model/dates.ts";
import type { Random } from "./random.ts";
import {
  chance,
  deriveSeed,
  distinctRanks,
  hex,
  intBetween,
  mulberry32,
  pick,
  shuffled,
  zipfSampler,
} from "./random.ts";
import {
  ADJECTIVES,
  COUNTRIES,
  FIRST_NAMES,
  LAST_NAMES,
  NUMBER_WORDS,
  ORGANISATIONS,
  OUTLETS,
  PLACES,
  ROLES,
  STATEMENTS,
  TOPIC_MODIFIERS,
  TOPIC_NOUNS,
} from "./vocabulary.ts";

/** What to generate: `articles` ≥ 1 articles from an integer `seed`. */
export type CorpusOptions = { articles: number; seed: number };

/** One file of the corpus: a corpus-relative path (`articles/x.txt`) and its UTF-8 content. */
export type CorpusFile = { path: string; content: string };

/** First and last dateline (inclusive): 20 years. */
const FIRST_DATELINE = "2006-01-01";
const LAST_DATELINE = "2025-12-31";
const DATELINE_DAYS = 7305; // 2006-01-01 … 2025-12-31 inclusive

/** How many actors and places the corpus has. */
const PERSON_COUNT = 200;
export const ACTOR_COUNT = PERSON_COUNT + COUNTRIES.length + ORGANISATIONS.length;

type ActorKind = "person" | "country" | "organisation";
type GenActor = { id: string; name: string; kind: ActorKind; role?: string };
type GenPlace = { id: string; name: string };

type DateSpec = {
  phrase: string;
  anchor?: string;
  direction?: "past" | "future";
  undated?: true;
};
type Status = "occurred" | "ongoing" | "planned" | "expected" | "postponed" | "hoped-for";

type Citation = { quote: string };
type GenEvent = {
  id: string;
  title: string;
  summary: string;
  date: DateSpec;
  status: Status;
  actors: string[];
  places: string[];
  related: string[];
  citations: Citation[];
};

/** What a later article needs to cite an earlier event. */
type CitableEvent = { id: string; actorName: string; topic: string; dateline: string };

/**
 * An anticipated event a later article may report on: the days it was due on, inclusive (one
 * day, or the whole month of "in March"), as the pipeline resolves its phrase.
 */
type DueEvent = CitableEvent & { first: string; last: string };

/** A later article's report on an earlier event (an annotation's `reports:` entry). */
type GenReport = {
  event: string;
  status: Status;
  date?: { phrase: string };
  citations: Citation[];
};

/** `value`, which the caller knows exists (an index into a non-empty list). */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("gen-corpus: internal error, missing value");
  return value;
}

/** Lower-case slug of a name, as the dataset's ids are. */
function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

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

function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? "January";
}

/** How an actor reads as a party in a sentence: a person by name, a country by its officials. */
function party(actor: GenActor): string {
  if (actor.kind === "country") return `officials from ${actor.name}`;
  if (actor.kind === "organisation") return `representatives of the ${actor.name}`;
  return actor.name;
}

/** The kinds of date phrase, with their share of events (weights sum to 100). */
const FORMS = [
  ["explicit-past", 14],
  ["explicit-future", 7],
  ["month-past", 14],
  ["month-future", 10],
  ["weekday", 10],
  ["yesterday", 8],
  ["last-week", 7],
  ["trip", 6],
  ["next-months", 5],
  ["undated", 11],
  ["same-month", 3],
  ["expected-undated", 5],
] as const;
type Form = (typeof FORMS)[number][0];

function pickForm(random: Random): Form {
  let target = random() * 100;
  for (const [form, weight] of FORMS) {
    target -= weight;
    if (target < 0) return form;
  }
  return "undated";
}

type Context = {
  random: Random;
  dateline: string;
  actors: {
    ranked: GenActor[];
    sample: (random: Random) => number;
    people: GenActor[];
    samplePerson: (random: Random) => number;
  };
  places: { ranked: GenPlace[]; sample: (random: Random) => number };
};

type Drafted = {
  event: GenEvent;
  /** The paragraph the event's citations come from. */
  paragraph: string;
  citable: CitableEvent;
  /** Set on a trip or month event that a later one may anchor to. */
  anchorKind?: "trip" | "month";
  /** The days an anticipated event is due on, for a later article to report it held or put off. */
  due?: { first: string; last: string };
  trip?: { actor: GenActor; place: GenPlace };
};

/** A topic not yet used in this article, e.g. "fisheries agreement". */
function freshTopic(random: Random, used: Set<string>): string {
  for (;;) {
    const topic = `${pick(random, TOPIC_MODIFIERS)} ${pick(random, TOPIC_NOUNS)}`;
    if (!used.has(topic)) {
      used.add(topic);
      return topic;
    }
  }
}

/**
 * One event with the sentence(s) it is cited from. The date phrase always sits in the first
 * citation's sentence, so it occurs in a paragraph the event is cited from.
 */
function draftEvent(
  ctx: Context,
  form: Form,
  id: string,
  topic: string,
  anchors: { trip?: Drafted; month?: Drafted },
): Drafted {
  const { random, dateline } = ctx;
  // The protagonist is a person (people travel, speak and sign); other parties are any actor.
  const a = ctx.actors.people[ctx.actors.samplePerson(random)] as GenActor;
  const others = distinctRanks(random, ctx.actors.sample, intBetween(random, 1, 2))
    .map((r) => ctx.actors.ranked[r])
    .filter((x): x is GenActor => !!x && x.id !== a.id);
  const actors = [a, ...others];
  const b = others[0] ?? must(ctx.actors.ranked.find((x) => x.id !== a.id));
  if (others.length === 0) actors.push(b);
  const place = ctx.places.ranked[ctx.places.sample(random)] as GenPlace;
  const places = [place.id];
  const { month } = dayParts(dateline);
  const the = `the ${topic}`;
  let sentence: string;
  let date: DateSpec;
  let status: Status;
  let title: string;
  let summary: string;
  let anchorKind: Drafted["anchorKind"];
  let trip: Drafted["trip"];
  let due: Drafted["due"];

  switch (form) {
    case "explicit-past": {
      const phrase = formatDayLong(addDays(dateline, -intBetween(random, 2, 700)));
      sentence = `On ${phrase}, ${a.name} met ${party(b)} in ${place.name} to discuss ${the}.`;
      date = { phrase };
      status = "occurred";
      title = `${a.name} meets ${b.name} on the ${topic}`;
      summary = `${a.name} met ${party(b)} in ${place.name} to discuss the ${topic}.`;
      break;
    }
    case "explicit-future": {
      const day = addDays(dateline, intBetween(random, 2, 240));
      const phrase = formatDayLong(day);
      due = { first: day, last: day };
      const firm = chance(random, 0.6);
      status = firm ? "planned" : "expected";
      sentence = firm
        ? `${a.name} is scheduled to sign ${the} with ${party(b)} in ${place.name} on ${phrase}.`
        : `${a.name} is expected to present ${the} to ${party(b)} in ${place.name} on ${phrase}.`;
      date = { phrase };
      title = `${a.name} ${firm ? "to sign" : "expected to present"} the ${topic}`;
      summary = `${a.name} ${firm ? "is scheduled to sign" : "is expected to present"} the ${topic} in ${place.name}.`;
      break;
    }
    case "month-past":
    case "month-future": {
      const past = form === "month-past";
      let m = intBetween(random, 1, 11);
      if (m >= month) m += 1; // never the dateline's own month, which has no past or future
      const phrase = `in ${monthName(m)}`;
      date = { phrase, direction: past ? "past" : "future" };
      if (past) {
        sentence = `${a.name} and ${party(b)} held talks on ${the} in ${place.name} ${phrase}, officials said.`;
        status = "occurred";
        title = `${a.name} and ${b.name} hold talks on the ${topic}`;
        summary = `${a.name} held talks with ${party(b)} in ${place.name} on the ${topic}.`;
        anchorKind = "month";
      } else {
        const kind = pick(random, ["planned", "expected", "hoped-for"] as const);
        status = kind;
        // "in March" ahead of the dateline: the next March, this year or the next.
        const { year } = dayParts(dateline);
        const dueYear = m > month ? year : year + 1;
        const span = parseEdtf(`${String(dueYear)}-${String(m).padStart(2, "0")}`);
        if (span?.earliest && span.latest) due = { first: span.earliest, last: span.latest };
        sentence =
          kind === "planned"
            ? `A conference on ${the}, to be hosted by ${party(b)}, will open in ${place.name} ${phrase}, and ${a.name} is due to attend.`
            : kind === "expected"
              ? `${a.name} is likely to travel to ${place.name} ${phrase} for a meeting with ${party(b)} on ${the}.`
              : `${a.name} said they hoped to meet ${party(b)} in ${place.name} ${phrase} to settle ${the}.`;
        title = `${kind === "planned" ? "Conference" : "Meeting"} on the ${topic} in ${place.name}`;
        summary = `${a.name} ${kind === "planned" ? "is due to attend" : kind === "expected" ? "is likely to attend" : "hopes for"} a meeting on the ${topic} in ${place.name}.`;
      }
      break;
    }
    case "weekday": {
      let w = intBetween(random, 0, 5);
      if (w >= weekdayOf(dateline)) w += 1; // never the dateline's own weekday
      const phrase = `on ${WEEKDAY_NAMES[w] ?? "Monday"}`;
      date = { phrase, direction: "past" };
      status = "occurred";
      sentence = `${a.name} told reporters in ${place.name} ${phrase} that ${the} remained ${pick(random, ADJECTIVES)}.`;
      title = `${a.name} comments on the ${topic}`;
      summary = `${a.name} spoke to reporters in ${place.name} about the ${topic}.`;
      break;
    }
    case "yesterday": {
      date = { phrase: "yesterday" };
      status = "occurred";
      sentence = `${a.name} announced ${the} yesterday during a visit to ${place.name} with ${party(b)}.`;
      title = `${a.name} announces the ${topic}`;
      summary = `${a.name} announced the ${topic} while visiting ${place.name}.`;
      break;
    }
    case "last-week": {
      date = { phrase: "last week" };
      status = chance(random, 0.3) ? "postponed" : "occurred";
      sentence =
        status === "postponed"
          ? `A round of ${the} in ${place.name} between ${a.name} and ${party(b)} was called off last week.`
          : `Negotiators for ${a.name} and ${party(b)} walked out of ${the} in ${place.name} last week.`;
      title = `${status === "postponed" ? "Postponed" : "Walkout from"} the ${topic} in ${place.name}`;
      summary = `${status === "postponed" ? "A round" : "A session"} of the ${topic} between ${a.name} and ${b.name} ${status === "postponed" ? "was put off" : "broke down"}.`;
      break;
    }
    case "trip": {
      const phrase = `${pick(random, NUMBER_WORDS)}-day trip`;
      date = { phrase };
      status = "ongoing";
      sentence = `${a.name}'s ${phrase} to ${place.name} is focused on ${the}, with ${party(b)} among the hosts.`;
      title = `${a.name} visits ${place.name}`;
      summary = `${a.name} is on a trip to ${place.name} focused on the ${topic}.`;
      anchorKind = "trip";
      trip = { actor: a, place };
      break;
    }
    case "next-months": {
      date = { phrase: "over the next several months" };
      status = "hoped-for";
      sentence = `${a.name} said they hoped to conclude ${the} with ${party(b)} over the next several months.`;
      title = `${a.name} hopes to conclude the ${topic}`;
      summary = `${a.name} said they hoped to conclude the ${topic} with ${b.name} in the coming months.`;
      break;
    }
    case "same-month": {
      const anchor = anchors.month;
      if (!anchor) return draftEvent(ctx, "month-past", id, topic, anchors);
      date = { phrase: "the same month", anchor: anchor.event.id };
      status = "postponed";
      sentence = `A follow-up session on ${the} in ${place.name}, planned for the same month, was put off by ${party(b)}.`;
      title = `Follow-up on the ${topic} put off`;
      summary = `A follow-up session on the ${topic} in ${place.name} was postponed.`;
      break;
    }
    case "expected-undated": {
      date = { phrase: "is likely to", undated: true };
      status = "expected";
      sentence = `${a.name} is likely to raise ${the} with ${party(b)} in ${place.name}.`;
      title = `${a.name} likely to raise the ${topic}`;
      summary = `${a.name} is expected to raise the ${topic} with ${b.name}.`;
      break;
    }
    case "undated": {
      date = { phrase: "has long argued", undated: true };
      status = "occurred";
      sentence = `${a.name} has long argued that ${the} should be reviewed by ${party(b)} in ${place.name}.`;
      title = `${a.name} argues for a review of the ${topic}`;
      summary = `${a.name} has argued that the ${topic} should be reviewed.`;
      break;
    }
  }

  // Capitalise the sentence start (actor names are already capitalised; "officials" is not).
  sentence = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  const citations: Citation[] = [{ quote: sentence.slice(0, -1) }];
  const parts = [sentence];
  if (chance(random, 0.3)) {
    const statement = pick(random, STATEMENTS)
      .replace("{topic}", topic)
      .replace("{place}", place.name);
    parts.push(`"${statement}," ${a.name} said.`);
    citations.push({ quote: statement });
  }
  if (chance(random, 0.25)) parts.push("Officials declined to comment further.");
  return {
    event: {
      id,
      title,
      summary,
      date,
      status,
      actors: actors.map((actor) => actor.id),
      places,
      related: [],
      citations,
    },
    paragraph: parts.join(" "),
    citable: { id, actorName: a.name, topic, dateline },
    ...(anchorKind ? { anchorKind } : {}),
    ...(trip ? { trip } : {}),
    ...(due ? { due } : {}),
  };
}

/** A "Before departure" event anchored to a trip of the same article. */
function draftBeforeDeparture(ctx: Context, id: string, topic: string, trip: Drafted): Drafted {
  const { random } = ctx;
  const traveller = trip.trip?.actor as GenActor;
  const ranks = distinctRanks(random, ctx.actors.sample, 2);
  const other =
    ranks.map((r) => ctx.actors.ranked[r]).find((x) => x && x.id !== traveller.id) ??
    must(ctx.actors.ranked.find((x) => x.id !== traveller.id));
  const place = ctx.places.ranked[ctx.places.sample(random)] as GenPlace;
  const sentence = `Before departure, ${traveller.name} spoke with ${party(other)} in ${place.name} about the ${topic}.`;
  return {
    event: {
      id,
      title: `${traveller.name} consults ${other.name} before the trip`,
      summary: `Before leaving, ${traveller.name} discussed the ${topic} with ${other.name}.`,
      date: { phrase: "Before departure", anchor: trip.event.id },
      status: "occurred",
      actors: [traveller.id, other.id],
      places: [place.id],
      related: [trip.event.id],
      citations: [{ quote: sentence.slice(0, -1) }],
    },
    paragraph: sentence,
    citable: { id, actorName: traveller.name, topic, dateline: ctx.dateline },
  };
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
