/**
 * Clauses that report two things become two events: an invitation or agreement to do something at
 * a date (the invitation happened; the thing is planned), and a statement about what is to come
 * ("Jobs announced that Leopard would ship in 2007": the announcement happened). Also the reading
 * of a statement's verb, and how an event takes the names its words mention.
 */
import type { Clause } from "./clauses.ts";
import type { Reading } from "./status.ts";
import type { Word } from "./text.ts";
import { quotableSpan, wordsOf } from "./text.ts";
import { STATED } from "./terms.ts";
import type { ArticleView, WorkingEvent } from "./events.ts";

/**
 * A past statement of something to come: "Jobs said yesterday that Apple will offer a case",
 * "He announced that future Macs will use Intel chips". The statement happened; what it says is
 * to come. When the clause's date belongs to the statement (before the verb, or right after it:
 * "said yesterday", "told reporters on Saturday") or it has none, the statement is the event
 * (occurred); when the date belongs to what was said ("would be released in 2007"), `reported`
 * is set and the statement is split off as an event of its own (splitStatements).
 */
export function statementOf(
  words: readonly Word[],
  quoted: readonly boolean[],
  reading: Reading,
  clause: Clause,
): { reading: Reading; verb: Word; reported: boolean } | undefined {
  if (reading.status !== "planned" && reading.status !== "expected") return undefined;
  const cueAt = reading.cueSpan?.start ?? Infinity;
  const s = words.findIndex((w, i) => !quoted[i] && STATED.has(w.lower) && w.start < cueAt);
  const verb = words[s];
  if (!verb) return undefined;
  const statement: Reading = {
    status: "occurred",
    cue: verb.text,
    cueSpan: { start: verb.start, end: verb.end },
    tense: "past",
  };
  const trigger = clause.triggers.find((t) => t.kind !== "signal");
  if (!trigger) return { reading: statement, verb, reported: false };
  const between = words.filter((w) => w.start >= verb.end && w.end <= trigger.start).length;
  const reported = trigger.start > verb.end && between > 2;
  return { reading: statement, verb, reported };
}

export function addMentions(view: ArticleView, e: WorkingEvent, start: number, end: number): void {
  for (const m of view.actorMentions) {
    if (m.start >= start && m.end <= end && !e.actors.includes(m.id)) {
      e.actors.push(m.id);
      if (view.persons.has(m.id)) e.persons.add(m.id);
    }
  }
  for (const m of view.placeMentions) {
    if (m.start >= start && m.end <= end && !e.places.includes(m.id)) e.places.push(m.id);
  }
}

/**
 * "X has been invited to travel to Y in November": the invitation happened (undated) and the
 * travel is planned for November. The invitation cites the clause up to the date.
 */
export function splitInvitations(view: ArticleView, events: WorkingEvent[]): void {
  for (const e of [...events]) {
    const cue = e.reading.cue;
    if (
      !e.trigger ||
      e.reading.status !== "planned" ||
      !cue ||
      !/\b(?:invited|agreed)\s+to$/i.test(cue)
    )
      continue;
    // "On 21 September the parties agreed to …": the date is the agreement's, which happened.
    if (e.reading.cueSpan && e.trigger.start < e.reading.cueSpan.start) {
      e.reading = { ...e.reading, status: "occurred", tense: "past" };
      continue;
    }
    const span = quotableSpan(view.text, e.primary.start, e.trigger.end);
    insertSplit(
      view,
      events,
      e,
      span,
      "invitation",
      {
        status: "occurred",
        cue: cue.replace(/\s+to$/, ""),
        ...(e.reading.cueSpan
          ? {
              cueSpan: {
                start: e.reading.cueSpan.start,
                end: e.reading.cueSpan.end - " to".length,
              },
            }
          : {}),
        tense: "past",
      },
      `split from the planned event: "${cue.replace(/\s+to$/, "")}" reports that it was arranged; drop this if the arrangement is not news`,
    );
  }
}

/**
 * "Steve announced that Mac OS X Leopard would be released in 2007": the release is planned for
 * 2007, and the announcement happened (undated: the occasion it was made at may date it). The
 * statement cites the clause up to its verb.
 */
/** Verbs that only report words, unlike the acts of announcing, confirming or promising. */
const PLAIN_SAYING = /^(?:said|says|say|told|tells|added|adds|noted|notes|explained|wrote)$/i;

export function splitStatements(view: ArticleView, events: WorkingEvent[]): void {
  for (const e of [...events]) {
    if (!e.trigger || e.split) continue;
    const words = wordsOf(view.text, e.primary.start, e.primary.end);
    const quoted = words.map((w) => view.quoted[w.start] === 1);
    const found = statementOf(words, quoted, e.reading, e.primary);
    if (!found?.reported) continue;
    // Saying is no act of its own: "O'Leary said the jets would come in 2027" tells of the
    // delivery; "Jobs announced that Leopard would ship in 2007" is an announcement too.
    if (PLAIN_SAYING.test(found.verb.text)) continue;
    const span = quotableSpan(view.text, e.primary.start, found.verb.end);
    if (wordsOf(view.text, span.start, span.end).length < 2) continue;
    insertSplit(
      view,
      events,
      e,
      span,
      "statement",
      found.reading,
      `split from what it announced: "${found.verb.text}" reports the statement itself; drop this if the statement is not news`,
    );
  }
}

/**
 * Puts a new event split from `from` before it in `events`: one clause (from's), cited at `span`,
 * read as `reading`, with a check telling the editor why it was split; the two are related.
 */
function insertSplit(
  view: ArticleView,
  events: WorkingEvent[],
  from: WorkingEvent,
  span: { start: number; end: number },
  split: "invitation" | "statement",
  reading: Reading,
  message: string,
): void {
  const event: WorkingEvent = {
    clauses: [from.primary],
    primary: from.primary,
    reading,
    spans: [span],
    happenings: new Set(),
    actors: [],
    places: [],
    persons: new Set(),
    checks: [{ about: "event", message }],
    relatedTo: new Set([from]),
    split,
  };
  addMentions(view, event, span.start, span.end);
  from.relatedTo.add(event);
  events.splice(events.indexOf(from), 0, event);
}
