/**
 * Two expressions that name the same happening become one event: an undated clause joins a dated
 * one of its paragraph when they agree in status and share a person; a later paragraph that tells
 * again what an event told joins it; an undated clause anywhere joins an event of the same kind of
 * happening with the same person, status and place (see events.ts for the whole assembly).
 */
import type { Reading } from "./status.ts";
import { wordsOf } from "./text.ts";
import { familyOf, isEventNoun, isLight, isReporting, termsOf } from "./terms.ts";
import type { ArticleView, WorkingEvent } from "./events.ts";

/** Status families that may name one happening: what happened and what is under way agree. */
function agree(a: Reading, b: Reading): boolean {
  const family = (r: Reading): string =>
    r.status === "occurred" ||
    r.status === "ongoing" ||
    r.status === "present" ||
    r.status === undefined
      ? "now"
      : r.status;
  return family(a) === family(b);
}

function shares<T>(a: Iterable<T>, b: ReadonlySet<T> | readonly T[]): boolean {
  const set = b instanceof Set ? b : new Set(b as readonly T[]);
  for (const x of a) if (set.has(x)) return true;
  return false;
}

function absorb(into: WorkingEvent, from: WorkingEvent, message: string): void {
  for (const c of from.clauses) if (!into.clauses.includes(c)) into.clauses.push(c);
  into.clauses.sort((a, b) => a.start - b.start);
  for (const h of from.happenings) into.happenings.add(h);
  for (const a of from.actors) if (!into.actors.includes(a)) into.actors.push(a);
  for (const p of from.places) if (!into.places.includes(p)) into.places.push(p);
  for (const p of from.persons) into.persons.add(p);
  into.checks.push(...from.checks, { about: "event", message });
  for (const r of from.relatedTo) if (r !== into) into.relatedTo.add(r);
  from.gone = true;
}

const paragraphsOf = (e: WorkingEvent): string =>
  [...new Set(e.clauses.map((c) => c.sentence.paragraph + 1))].join(", ");

/** An undated reporting clause joins a dated event of its paragraph about the same person. */
export function mergeInParagraphs(events: readonly WorkingEvent[]): void {
  for (const u of events) {
    if (u.gone || u.trigger || u.split) continue;
    const paragraph = u.primary.sentence.paragraph;
    const target = events.find(
      (d) =>
        !d.gone &&
        d !== u &&
        d.trigger !== undefined &&
        !d.split &&
        d.primary.sentence.paragraph === paragraph &&
        agree(u.reading, d.reading) &&
        shares(u.persons, d.persons),
    );
    if (target) {
      absorb(
        target,
        u,
        `two sentences of paragraph ${paragraph + 1} were taken as one happening: split them if they are two`,
      );
    }
  }
}

/**
 * An undated clause that tells again a happening the article told before joins it: its main verb
 * is of the same family as a happening word of the earlier event ("has chosen to step down" /
 * "Jobs resigned in a letter" / "In part of his resignation"), they name someone in common and
 * agree in status. Reporting and light verbs ("said", "made") never make two clauses one.
 */
export function mergeRetold(view: ArticleView, events: readonly WorkingEvent[]): void {
  const facts = new Map<
    WorkingEvent,
    { mains: Set<string>; all: Set<string>; names: Set<string> }
  >();
  const factsOf = (
    e: WorkingEvent,
  ): { mains: Set<string>; all: Set<string>; names: Set<string> } => {
    let f = facts.get(e);
    if (f) return f;
    const body = e.clauses.map((c) => view.text.slice(c.start, c.end)).join(" ");
    const t = termsOf(body);
    const keep = (stems: Iterable<string>): Set<string> =>
      new Set([...stems].filter((h) => !isReporting(h)).map(familyOf));
    const names = new Set(t.names);
    for (const w of wordsOf(view.text, e.primary.start, e.primary.end).slice(0, 3))
      if (view.salient.has(w.lower)) names.add(w.lower);
    // A clause whose verb is light ("left a farewell") is told by its event noun ("his
    // resignation").
    const mains = keep(t.mains);
    const light = [...t.mains].some((m) => isLight(m));
    f = {
      mains: mains.size > 0 || !light ? mains : keep([...t.heads].filter(isEventNoun)),
      all: keep(t.heads),
      names,
    };
    facts.set(e, f);
    return f;
  };
  for (const u of events) {
    if (u.gone || u.trigger || u.split) continue;
    const mine = factsOf(u);
    if (mine.mains.size === 0) continue;
    const target = events
      .filter(
        (d) =>
          !d.gone &&
          d !== u &&
          !d.split &&
          d.primary.start < u.primary.start &&
          agree(u.reading, d.reading),
      )
      .reverse()
      .find((d) => {
        const theirs = factsOf(d);
        const same =
          [...mine.mains].some((m) => theirs.all.has(m)) ||
          [...theirs.mains].some((m) => mine.all.has(m));
        return same && [...mine.names].some((n) => theirs.names.has(n));
      });
    if (target) {
      const word = [...mine.mains][0] ?? "";
      absorb(
        target,
        u,
        `paragraphs ${paragraphsOf(u)} and ${paragraphsOf(target)} were taken as one happening told twice ("${word}"): split them if they are two`,
      );
      facts.delete(target);
    }
  }
}

/** An undated clause joins an event naming the same kind of happening, person, status and place. */
export function mergeSameHappening(events: readonly WorkingEvent[]): void {
  for (const u of events) {
    if (u.gone || u.trigger || u.split) continue;
    const candidates = events.filter(
      (d) =>
        !d.gone &&
        d !== u &&
        !d.split &&
        agree(u.reading, d.reading) &&
        shares(u.persons, d.persons) &&
        shares(u.happenings, d.happenings) &&
        (shares(u.places, d.places) || (u.places.length === 0 && d.places.length === 0)),
    );
    // A dated one first, then the nearest.
    const target = candidates.sort(
      (a, b) =>
        Number(b.trigger !== undefined) - Number(a.trigger !== undefined) ||
        Math.abs(a.primary.start - u.primary.start) - Math.abs(b.primary.start - u.primary.start),
    )[0];
    if (target) {
      absorb(
        target,
        u,
        `paragraphs ${paragraphsOf(u)} and ${paragraphsOf(target)} were taken as one happening (${[...u.happenings].filter((h) => target.happenings.has(h)).join(", ")}): split them if they are two`,
      );
    }
  }
}
