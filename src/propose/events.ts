/**
 * Deciding what the article reports: one event per thing it reports or anticipates.
 *
 * - A clause with a date of its own (a trigger) is an event.
 * - A main clause without a date is an event too (undated), when it has a verb that reports
 *   something: "A phone call between Blinken and Qin Gang emphasized …".
 * - Some clauses report nothing new and support an event instead: a direct quotation, a speaker who
 *   "added" something, "The visit aims to …" after a visit was reported. They join the event of
 *   their sentence, else of their paragraph, else the one before.
 * - Two expressions that name the same happening become one event: an undated clause joins a dated
 *   one of its paragraph when they agree in status and share a person ("Biden did not emphasize the
 *   balloon …" + "… Biden told reporters on Saturday"), and an undated clause anywhere joins an
 *   event of the same kind of happening (a meeting, a visit …) with the same person, the same
 *   status and the same place ("Blinken met Qin Gang in Beijing" + "Blinken's two-day trip to
 *   Beijing"; "he hoped to meet Xi" + "I'm hoping … I'll be meeting with Xi again").
 * - An invitation or agreement to do something at a date reports two things: the invitation (it
 *   happened) and the thing (planned).
 */
import { ADJECTIVAL_ED, IRREGULAR_PAST, NOT_ED_SUFFIX, SPEECH_VERBS } from "../model/lexicon.ts";
import type { Span } from "../model/dataset.ts";
import type { Clause, Trigger } from "./clauses.ts";
import type { Mention } from "./names.ts";
import type { Reading } from "./status.ts";
import { readStatus } from "./status.ts";
import type { Word } from "./text.ts";
import { quotableSpan, wordsOf } from "./text.ts";
import type { Check } from "./types.ts";
import { clauseKind, isHeadline } from "./kinds.ts";
import { isReporting, termsOf } from "./terms.ts";
import { mergeInParagraphs, mergeRetold, mergeSameHappening } from "./mergeEvents.ts";
import { addMentions, splitInvitations, splitStatements, statementOf } from "./splitEvents.ts";

/** An event being assembled. */
export type WorkingEvent = {
  /** Every clause it is cited from, in text order. */
  clauses: Clause[];
  /** The clause whose words give its status and date. */
  primary: Clause;
  /** The date trigger, if any. */
  trigger?: Trigger;
  reading: Reading;
  /** Where its citations come from, when not from whole clauses (a split invitation). */
  spans?: Span[];
  /** Kinds of happening its words name ("meet", "visit", "talk"). */
  happenings: Set<string>;
  actors: string[];
  places: string[];
  /** Person actors, for merging. */
  persons: Set<string>;
  checks: Check[];
  /** Event ids it relates to, by index into the final list (filled in later). */
  relatedTo: Set<WorkingEvent>;
  /** The reason it exists: split from an invitation, or from what a statement said. */
  split?: "invitation" | "statement";
  /** Merged away into another event. */
  gone?: boolean;
};

/** What the reader of clauses needs to know about the article. */
export type ArticleView = {
  text: string;
  /** The paragraphs' spans (the first may be a headline). */
  paragraphs: readonly Span[];
  quoted: Uint8Array;
  actorMentions: readonly Mention[];
  placeMentions: readonly Mention[];
  /** Person actor ids. */
  persons: ReadonlySet<string>;
  /**
   * The names the article is about (lower case): those of its headline or first paragraph, and
   * those it names in two paragraphs or more. An undated clause must tell of one of them (or of
   * "he", "she", "they") to be an event: a bystander's comment is not the story.
   */
  salient: ReadonlySet<string>;
};

/** The names an article is about: see ArticleView.salient. */
export function salientNames(text: string, paragraphs: readonly Span[]): Set<string> {
  const seen = new Map<string, Set<number>>();
  paragraphs.forEach((p, k) => {
    const body = text.slice(p.start, p.end);
    for (const m of body.matchAll(/(?<![\p{L}\p{N}])(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}&'’-]*/gu)) {
      // A sentence's first word counts only when the article also capitalises it elsewhere.
      const before = body.slice(Math.max(0, m.index - 2), m.index);
      const word = m[0].replace(/[’']s$/, "").toLowerCase();
      if (m.index === 0 || /[.!?:"“]\s*$/.test(before)) {
        if (!seen.has(word)) seen.set(word, new Set());
        continue;
      }
      let set = seen.get(word);
      if (!set) seen.set(word, (set = new Set()));
      set.add(k);
    }
  });
  const out = new Set<string>();
  for (const [word, where] of seen) {
    if (where.size >= 3 || where.has(0) || where.has(1)) out.add(word);
  }
  // Sentence-initial names of the lead ("Apple have released …") count too.
  for (const k of [0, 1]) {
    const p = paragraphs[k];
    const first = p
      ? /^\s*((?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}&'’-]*)/u.exec(text.slice(p.start, p.end))
      : null;
    if (first?.[1] !== undefined) out.add(first[1].replace(/[’']s$/, "").toLowerCase());
  }
  return out;
}

/** Words naming a kind of happening, by the happening. */
const HAPPENINGS: [RegExp, string][] = [
  [/^(?:meet|meets|met|meeting|meetings)$/, "meet"],
  [
    /^(?:visit|visits|visited|visiting|trip|trips|travel|travels|travelled|traveled|travelling|traveling|tour|tours|toured|journey|heading|arrive|arrives|arrived|arrival|departure|leaving)$/,
    "visit",
  ],
  [/^(?:talk|talks|negotiations?|negotiated|negotiating)$/, "talk"],
  [/^(?:summit|summits|conference|conferences)$/, "summit"],
  [/^(?:call|calls|phone|phoned)$/, "call"],
  [/^(?:sign|signs|signed|signing|agreement|deal|treaty|accord)$/, "sign"],
  [/^(?:vote|votes|voted|voting|election|elections|referendum)$/, "vote"],
  [/^(?:attack|attacks|attacked|strike|strikes|bombing|raid|raids)$/, "attack"],
  [/^(?:announce|announces|announced|announcement)$/, "announce"],
];

function happeningsOf(words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    for (const [pattern, kind] of HAPPENINGS) if (pattern.test(w.lower)) out.add(kind);
  }
  return out;
}

const BOILERPLATE =
  /\b(?:declined to comment|could not be reached|did not (?:immediately )?respond|no immediate comment|not immediately available)\b/i;
const ANAPHOR =
  /^(?:The|This|That|the|this|that)\s+(visit|trip|talks|meeting|summit|tour|journey|deal|agreement|call|conference|vote)\b/;

/** How a clause is used: an event, support for one, a headline, or nothing. */
type Role = "event" | "attach" | "headline" | "skip";

/** The reading of a clause: its words, which of them are quoted, and what they say. */
export function readClause(view: ArticleView, clause: Clause): { words: Word[]; reading: Reading } {
  const words = wordsOf(view.text, clause.start, clause.end);
  const quoted = words.map((w) => view.quoted[w.start] === 1);
  const trigger = clause.triggers[0];
  const inQuote = clause.quotedOnly || (trigger !== undefined && view.quoted[trigger.start] === 1);
  const reading = readStatus(words, quoted, inQuote);
  const statement = statementOf(words, quoted, reading, clause);
  return { words, reading: statement && !statement.reported ? statement.reading : reading };
}

/**
 * The events of an article: each triggered clause and each reporting clause, with supporting
 * clauses attached and mentions of one happening merged.
 */
export function assembleEvents(view: ArticleView, clauses: readonly Clause[]): WorkingEvent[] {
  const events: WorkingEvent[] = [];
  const eventOf = new Map<Clause, WorkingEvent>();
  const pending: { clause: Clause; anaphor?: string; quotes?: boolean }[] = [];
  const headline: Clause[] = [];
  const readings = new Map<Clause, { words: Word[]; reading: Reading }>();
  for (const clause of clauses) {
    const read = readClause(view, clause);
    readings.set(clause, read);
    const { role, anaphor, quotes } = roleOf(view, clause, read);
    if (role === "skip") continue;
    if (role === "headline") {
      headline.push(clause);
      continue;
    }
    if (role === "attach") {
      pending.push({ clause, ...(anaphor ? { anaphor } : {}), ...(quotes ? { quotes } : {}) });
      continue;
    }
    const e = newEvent(view, clause, read);
    events.push(e);
    eventOf.set(clause, e);
  }
  // Attach supporting clauses: quotes and "the visit" to the event they speak of; a clause that
  // reports nothing on its own only to an event of its own sentence.
  for (const { clause, anaphor, quotes } of pending) {
    const supports =
      clause.quotedOnly || clause.speech !== undefined || anaphor !== undefined || quotes === true;
    const target = anaphor
      ? (byAnaphor(events, clause, anaphor) ?? near(events, clause))
      : supports
        ? near(events, clause)
        : inSentence(events, clause);
    if (!target && !supports) continue;
    if (!target) {
      const read = readings.get(clause) ?? readClause(view, clause);
      const e = newEvent(view, clause, read);
      events.push(e);
      events.sort((a, b) => a.primary.start - b.primary.start);
      continue;
    }
    addClause(view, target, clause);
    if (clause.quotedOnly || clause.speech || quotes) {
      target.checks.push({
        about: "citations",
        message: `paragraph ${clause.sentence.paragraph + 1}'s quote was taken as support for this event: move it if it reports something else`,
      });
    } else if (anaphor) {
      target.checks.push({
        about: "citations",
        message: `"${anaphor}" in paragraph ${clause.sentence.paragraph + 1} was taken to mean this event`,
      });
    }
  }
  splitInvitations(view, events);
  splitStatements(view, events);
  mergeInParagraphs(events);
  mergeSameHappening(events);
  mergeRetold(view, events);
  const live = events.filter((e) => !e.gone);
  attachHeadline(view, live, headline);
  return live;
}

/** The event of a clause's own sentence, the nearest before it (else after it). */
function inSentence(events: readonly WorkingEvent[], clause: Clause): WorkingEvent | undefined {
  const same = events.filter(
    (e) => !e.gone && e.clauses.some((c) => c.sentence === clause.sentence),
  );
  return (
    same.filter((e) => e.primary.start < clause.start).at(-1) ??
    same.find((e) => e.primary.start > clause.start)
  );
}

/**
 * A headline supports the event it speaks of: the first event whose words share its happening
 * word (a verb or event noun of the same family) and a name; if none does, it is left out.
 */
function attachHeadline(
  view: ArticleView,
  events: readonly WorkingEvent[],
  headline: readonly Clause[],
): void {
  if (headline.length === 0) return;
  const first = headline[0];
  const last = headline.at(-1);
  if (!first || !last) return;
  const mine = termsOf(view.text.slice(first.start, last.end));
  const target = events.find((e) => {
    const theirs = termsOf(e.clauses.map((c) => view.text.slice(c.start, c.end)).join(" "));
    const heads = [...mine.heads].some((h) => theirs.heads.has(h) && !isReporting(h));
    const names = [...mine.names].some((n) => theirs.names.has(n));
    return heads && names;
  });
  if (!target) return;
  for (const c of headline) addClause(view, target, c);
  target.checks.push({
    about: "citations",
    message: "the headline was taken as support for this event: remove it if it speaks of another",
  });
}

/** Whether an untriggered clause reports something, supports an event, or is skipped. */
function roleOf(
  view: ArticleView,
  clause: Clause,
  read: { words: Word[]; reading: Reading },
): { role: Role; anaphor?: string; quotes?: boolean } {
  const paragraph = view.paragraphs[clause.sentence.paragraph];
  if (
    paragraph &&
    isHeadline(view.text.slice(paragraph.start, paragraph.end), clause.sentence.paragraph)
  )
    return { role: "headline" };
  // A date with no clause of its own to join (a paragraph that opens "ended December 30, 2006.")
  // has no subject and no verb: no title can be made of it.
  if (clause.dateOnly) return { role: "skip" };
  // A speaker's words with a date of their own inside a clause that reports them ("'The years
  // ahead are going to be exciting,' said Aspinall"): the quote supports the event it speaks of.
  // A quotation standing alone may still say what is planned ("I'll be meeting Xi").
  const dated = clause.triggers.length > 0;
  const quotedDate =
    !clause.quotedOnly && dated && clause.triggers.every((t) => view.quoted[t.start] === 1);
  if (dated && !quotedDate) {
    // A dated clause is an event unless it denies the happening ("had not been updated since
    // 2008") or states how things stood ("The Mac market share is up 82% from 9 months ago");
    // "is the producer of the iPod and launched the store in 2003" reports the launch.
    const kind = clauseKind(read.words, read.reading, (w) => view.salient.has(w.lower), true);
    if (kind === "negated" && !clause.speech) return { role: "skip" };
    // (A reporting verb's clause is the statement, whatever its quote says: "'It was more
    // embarrassing than intentional,' Biden told reporters on Saturday".)
    if (kind === "state" && !clause.speech && !coordinatedHappening(read.words))
      return { role: "skip" };
    return { role: "event" };
  }
  if (clause.kind === "speech") return { role: "skip" }; // an attribution alone: ", adding,"
  const body = view.text.slice(clause.start, clause.end);
  if (BOILERPLATE.test(body)) return { role: "skip" };
  const span = quotableSpan(view.text, clause.start, clause.end);
  if (span.end - span.start < 3) return { role: "skip" };
  if (clause.quotedOnly) return { role: "attach" };
  if (clause.speech && (/^add/.test(clause.speech.verb) || /["“”]/.test(body)))
    return { role: "attach" };
  // "Aspinall said, "with great respect …"": a reporting verb that opens a direct quotation
  // supports the event it speaks of.
  const cue = read.reading.cueSpan;
  if (
    cue &&
    SPEECH_VERBS.has(view.text.slice(cue.start, cue.end).toLowerCase()) &&
    /^[\s,:]*["“]/.test(view.text.slice(cue.end, cue.end + 4))
  )
    return { role: "attach", quotes: true };
  const lead = ANAPHOR.exec(view.text.slice(span.start, span.end));
  if (lead?.[1] !== undefined) return { role: "attach", anaphor: lead[0] };
  if (read.reading.status === undefined) return { role: "attach" };
  // States, present-tense comment and background: not events unless the text dates them.
  if (clauseKind(read.words, read.reading, (w) => view.salient.has(w.lower)) !== "happening")
    return { role: "skip" };
  return { role: "event" };
}

/** "Apple is the producer of the iPod and launched the store in 2003": a past verb after "and". */
function coordinatedHappening(words: readonly Word[]): boolean {
  return words.some((w, i) => {
    if (words[i - 1]?.lower !== "and") return false;
    const l = w.lower;
    return (
      IRREGULAR_PAST.has(l) || (/ed$/.test(l) && !NOT_ED_SUFFIX.has(l) && !ADJECTIVAL_ED.has(l))
    );
  });
}

/**
 * Whether a date lies in a reduced relative clause after the main verb: "violates an agreement
 * reached between the two companies in 1991". The date is the agreement's, not the claim's.
 */
function embedded(words: readonly Word[], reading: Reading, trigger: Trigger): boolean {
  const cue = reading.cueSpan;
  if (!cue || trigger.kind === "signal" || trigger.start < cue.end) return false;
  const between = words.filter((w) => w.start >= cue.end && w.end <= trigger.start);
  return between.some((w, i) => {
    const prev = between[i - 1];
    const next = between[i + 1] ?? words.find((x) => x.start >= trigger.start);
    return (
      prev !== undefined &&
      /^[a-z]+$/.test(prev.text) &&
      !NOT_NOUN.has(prev.lower) &&
      (/[a-z]{3,}ed$/.test(w.lower) ||
        /^(?:made|held|signed|struck|won|built|set|sold|paid)$/.test(w.lower)) &&
      (next === undefined ||
        next.start >= trigger.start ||
        /^(?:between|in|on|at|by|with|for|from|during|last|earlier|to|with|among)$/.test(
          next.lower,
        ))
    );
  });
}

/** Words before a participle that make it a verb or an adjective, not a reduced relative. */
const NOT_NOUN = new Set(
  (
    "is are was were be been being has have had to not also and or that which who then a an the " +
    "his her its their this these those some any no of for by with in on at from it he she they " +
    "we very more most"
  ).split(" "),
);

function newEvent(
  view: ArticleView,
  clause: Clause,
  read: { words: Word[]; reading: Reading },
): WorkingEvent {
  const own = clause.triggers.filter((t) => !embedded(read.words, read.reading, t));
  const trigger = pickTrigger(own.length > 0 ? own : []);
  const e: WorkingEvent = {
    clauses: [],
    primary: clause,
    ...(trigger ? { trigger } : {}),
    reading: read.reading,
    happenings: new Set(),
    actors: [],
    places: [],
    persons: new Set(),
    checks: [],
    relatedTo: new Set(),
  };
  const others = clause.triggers.filter((t) => t !== e.trigger);
  if (others.length > 0) {
    e.checks.push({
      about: "date",
      message: `the clause also names ${others.map((t) => `"${view.text.slice(t.start, t.end)}"`).join(", ")}: split the event if that dates something else`,
    });
  }
  addClause(view, e, clause);
  return e;
}

/** The trigger that dates a clause: a signal, else a date, else a duration counted from now. */
function pickTrigger(triggers: readonly Trigger[]): Trigger | undefined {
  const rank = (t: Trigger): number =>
    t.kind === "signal"
      ? 0
      : t.kind === "timex" && t.timex.type !== "DURATION"
        ? 1
        : t.kind === "timex"
          ? 2
          : 3;
  return [...triggers].sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0];
}

/** Adds a clause to an event: its words' happenings and its mentions. */
function addClause(view: ArticleView, e: WorkingEvent, clause: Clause): void {
  if (e.clauses.includes(clause)) return;
  e.clauses.push(clause);
  e.clauses.sort((a, b) => a.start - b.start);
  for (const h of happeningsOf(wordsOf(view.text, clause.start, clause.end))) e.happenings.add(h);
  addMentions(view, e, clause.start, clause.end);
}

/** The event a supporting clause belongs to: of its sentence, else paragraph, else the one before. */
function near(events: readonly WorkingEvent[], clause: Clause): WorkingEvent | undefined {
  const live = events.filter((e) => !e.gone);
  const sameSentence = live.filter((e) => e.clauses.some((c) => c.sentence === clause.sentence));
  const before = (list: WorkingEvent[]): WorkingEvent | undefined =>
    list.filter((e) => e.primary.start < clause.start).at(-1);
  const after = (list: WorkingEvent[]): WorkingEvent | undefined =>
    list.find((e) => e.primary.start > clause.start);
  if (sameSentence.length > 0) return before(sameSentence) ?? after(sameSentence);
  const paragraph = live.filter((e) =>
    e.clauses.some((c) => c.sentence.paragraph === clause.sentence.paragraph),
  );
  return before(paragraph) ?? after(paragraph) ?? before(live);
}

/** "The visit aims to …": the latest event before it whose words name that kind of happening. */
function byAnaphor(
  events: readonly WorkingEvent[],
  clause: Clause,
  anaphor: string,
): WorkingEvent | undefined {
  const noun = anaphor.split(/\s+/)[1]?.toLowerCase() ?? "";
  const kinds = happeningsOf([{ text: noun, lower: noun, start: 0, end: 0 }]);
  return events
    .filter(
      (e) =>
        !e.gone && e.primary.start < clause.start && [...kinds].some((k) => e.happenings.has(k)),
    )
    .at(-1);
}
