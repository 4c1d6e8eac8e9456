/**
 * One event drafted with the sentence(s) it is cited from: the kinds of date phrase and their
 * shares, and the templates that write each kind (generate.ts puts the drafts into articles).
 */
import { formatDayLong } from "../../src/model/dateLabels.ts";
import {
  addDays,
  dayParts,
  MONTH_NAMES,
  parseEdtf,
  weekdayOf,
  WEEKDAY_NAMES,
} from "../../src/model/dates.ts";
import type { Random } from "./random.ts";
import { chance, distinctRanks, intBetween, pick } from "./random.ts";
import {
  ADJECTIVES,
  NUMBER_WORDS,
  STATEMENTS,
  TOPIC_MODIFIERS,
  TOPIC_NOUNS,
} from "./vocabulary.ts";
import type {
  Citation,
  CitableEvent,
  DateSpec,
  GenActor,
  GenEvent,
  GenPlace,
  Status,
} from "./types.ts";
import { must } from "./types.ts";

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? "January";
}

/** How an actor reads as a party in a sentence: a person by name, a country by its officials. */
export function party(actor: GenActor): string {
  if (actor.kind === "country") return `officials from ${actor.name}`;
  if (actor.kind === "organisation") return `representatives of the ${actor.name}`;
  return actor.name;
}

/** The kinds of date phrase, with their share of events (weights sum to 100). */
export const FORMS = [
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
export type Form = (typeof FORMS)[number][0];

export function pickForm(random: Random): Form {
  let target = random() * 100;
  for (const [form, weight] of FORMS) {
    target -= weight;
    if (target < 0) return form;
  }
  return "undated";
}

export type Context = {
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

export type Drafted = {
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
export function freshTopic(random: Random, used: Set<string>): string {
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
export function draftEvent(
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
export function draftBeforeDeparture(
  ctx: Context,
  id: string,
  topic: string,
  trip: Drafted,
): Drafted {
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
