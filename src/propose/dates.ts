/**
 * Each proposed event's `date:` block: the article's words for its date, the direction a bare
 * month or weekday points, the anchor a relative phrase counts from, and the date it all resolves
 * to, resolved by the very function `npm run data` uses (`resolvePhrase`), so a draft's dates
 * build as proposed.
 *
 * - A found date is its words with the preposition before them ("in February", "on Saturday",
 *   "over the next several months"). Where its words leave past or future open, the status
 *   decides (planned, expected, hoped for: the next; occurred: the last), else the tagger's
 *   reading of the tense, and a check says so.
 * - "the same month", "that day": the anchor is the event dated by the date mentioned last
 *   before it (as the tagger reads the text), else an earlier one the resolver accepts.
 * - "Before departure", "After the vote": the anchor is the event that departure or vote
 *   belongs to (the same kind of happening, the same place), else it counts from the dateline.
 * - "two-day trip": N days from the dateline, for a trip the article reports as under way.
 * - No date: `undated: true`, on or before the dateline (from it on, for what is anticipated).
 */
import type { TimexDate } from "../timex/index.ts";
import { resolvePhrase } from "../timex/index.ts";
import type { WorkingEvent } from "./events.ts";
import { directionOfStatus } from "./status.ts";
import { isVerbForm, termsOf } from "./terms.ts";
import { quotableSpan, wordsOf } from "./text.ts";
import type { Check, ProposedDate } from "./types.ts";

/** The date of one event: its block, what it resolves to, its anchor event and its checks. */
export type DateDecision = {
  date: ProposedDate;
  resolved: TimexDate;
  anchor?: WorkingEvent;
  checks: Check[];
};

const PREPOSITION =
  /(?:^|[^\p{L}])((?:in|on|over|during|within|at|In|On|Over|During|Within|At)\s+)$/u;

/** Human wording of a resolved date for a check. */
function shown(date: TimexDate): string {
  return date.edtf;
}

/** Resolves every event's date; anchored ones after the events they count from. */
export function decideDates(
  text: string,
  dateline: string,
  events: readonly WorkingEvent[],
  salient: ReadonlySet<string> = new Set(),
): Map<WorkingEvent, DateDecision> {
  const out = new Map<WorkingEvent, DateDecision>();
  const later: WorkingEvent[] = [];
  for (const e of events) {
    const t = e.trigger;
    const relative =
      t?.kind === "timex" &&
      (t.timex.flags.includes("relativeToPrevious") || t.timex.flags.includes("needsAnchor"));
    if (t?.kind === "signal" || relative) later.push(e);
    else out.set(e, decideOwn(text, dateline, e));
  }
  for (const e of later) out.set(e, decideAnchored(text, dateline, e, events, out));
  const names = new Map<WorkingEvent, Set<string>>();
  for (const e of events) {
    const d = out.get(e);
    if (!d || !d.date.undated || d.anchor) continue;
    const focus = focusOf(text, dateline, e, events, out, salient, names);
    if (focus) out.set(e, focus);
  }
  return out;
}

/** How close to the dateline the occasion an article narrates lies, in days. */
const OCCASION_DAYS = 7;
const PRONOUN_SUBJECT = /^(?:he|she|they|it|we)$/i;

/** Days between two ISO days (b − a). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/**
 * The date of the occasion a narrative clause belongs to. News dates its occasion once ("Jobs
 * gave his keynote on Monday") and tells the rest of it in the simple past without a date ("He
 * announced …", "Jobs demoed …"); background is dated where it is told ("In 1996 he returned").
 * So an undated clause in the simple past takes the date of the nearest occasion before it in
 * the article (after it, within its own paragraph) that lies within a week of the dateline, is a
 * day or a few days long, and shares a name with it (or the clause's subject is a pronoun). Its
 * block is `undated: true` with that event as `anchor`: the build gives it the anchor's date.
 */
function focusOf(
  text: string,
  dateline: string,
  e: WorkingEvent,
  events: readonly WorkingEvent[],
  known: ReadonlyMap<WorkingEvent, DateDecision>,
  salient: ReadonlySet<string>,
  cache: Map<WorkingEvent, Set<string>>,
): DateDecision | undefined {
  if (e.reading.status !== "occurred" || e.reading.tense !== "past" || e.split === "invitation")
    return undefined;
  const cue = (e.reading.cue ?? "").toLowerCase();
  if (/^(?:has|have|had|'s|'ve|'d)\b/.test(cue)) return undefined; // perfect: up to now, or before
  // The names a clause tells of: as its words write them, and the article's names that open it
  // ("Jobs said …").
  const namesOf = (o: WorkingEvent): Set<string> => {
    const known = cache.get(o);
    if (known) return known;
    const t = clauseText(text, o);
    const names = new Set(termsOf(t).names);
    for (const w of wordsOf(text, o.primary.start, o.primary.end).slice(0, 3)) {
      if (salient.has(w.lower)) names.add(w.lower);
    }
    cache.set(o, names);
    return names;
  };
  const mine = { names: namesOf(e) };
  const words = wordsOf(text, e.primary.start, e.primary.end);
  const cueAt = e.reading.cueSpan?.start ?? e.primary.end;
  const pronoun = words.some((w) => w.start < cueAt && PRONOUN_SUBJECT.test(w.text));
  const occasion = (o: WorkingEvent): boolean => {
    if (o === e || o.split !== undefined) return false;
    const d = known.get(o);
    if (!d || d.date.undated || d.anchor) return false;
    const { earliest, latest } = d.resolved;
    if (earliest === null || latest === null || latest > dateline) return false;
    if (daysBetween(earliest, latest) > 3 || daysBetween(latest, dateline) > OCCASION_DAYS)
      return false;
    if (o.reading.status !== "occurred" && o.reading.status !== undefined) return false;
    if (pronoun) return true;
    const theirs = namesOf(o);
    return [...mine.names].some((n) => theirs.has(n));
  };
  const before = events
    .filter((o) => o.primary.start < e.primary.start)
    .sort((a, b) => b.primary.start - a.primary.start);
  const after = events.filter(
    (o) =>
      o.primary.start > e.primary.start &&
      o.primary.sentence.paragraph === e.primary.sentence.paragraph,
  );
  const focus = before.find(occasion) ?? after.find(occasion);
  const d = focus ? known.get(focus) : undefined;
  if (!focus || !d) return undefined;
  const own = known.get(e);
  const phrase = own?.date.phrase ?? "";
  const result = resolvePhrase({ phrase, undated: true }, dateline, d.resolved);
  if ("problem" in result) return undefined;
  const where = focus.primary.sentence.paragraph + 1;
  const words2 = d.date.phrase;
  return {
    date: { phrase, undated: true, anchor: "" },
    resolved: result.date,
    anchor: focus,
    checks: [
      {
        about: "date",
        message: `dated by the occasion the article tells it as part of: paragraph ${where}'s "${words2}" (${shown(d.resolved)}); check that it happened then, or drop the anchor`,
      },
    ],
  };
}

function clauseText(text: string, e: WorkingEvent): string {
  return e.clauses.map((c) => text.slice(c.start, c.end)).join(" ");
}

/** The undated block: the words that gave the status, else the clause's first words. */
/**
 * The words an undated event's date block keeps. The article gives no date, so the phrase says
 * when only as the text does: the occasion it names ("at a developers' conference", "in an
 * internal memo"), else its verb group's tense ("has agreed to", "will be"), else its first verb.
 * Never the clause's opening words ("Ryanair exercises options"), which read like a title.
 */
function undatedPhrase(text: string, e: WorkingEvent): string {
  const q = e.spans?.[0] ?? quotableSpan(text, e.primary.start, e.primary.end);
  const body = text.slice(q.start, q.end);
  const occasion = OCCASION.exec(body)?.[0];
  if (occasion !== undefined) return occasion.trim();
  const span = e.reading.cueSpan;
  const cue = span ? text.slice(span.start, span.end).trim() : "";
  if (cue !== "" && !cue.includes("\n")) return cue;
  const words = wordsOf(text, q.start, q.end);
  const verb = words.find((w, i) => i > 0 && isVerbForm(w.text) && /^\p{Ll}/u.test(w.text));
  return (verb ?? words[0])?.text ?? body.slice(0, 24).trim();
}

/** A phrase naming the occasion a clause tells of: "at the annual conference", "in a letter". */
const OCCASION =
  /\b(?:at|during|in)\s+(?:the|a|an|its|his|her|their|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:conference|keynote|event|meeting|memo|letter|statement|interview|speech|summit|hearing|trial|ceremony|briefing|email|e-mail|announcement|report|session|visit|talks|debate|rally|presentation)\b/i;

function undated(text: string, dateline: string, e: WorkingEvent, why: string): DateDecision {
  const direction = directionOfStatus(e.reading.status) === "future" ? "future" : undefined;
  const phrase = undatedPhrase(text, e);
  const date: ProposedDate = { phrase, undated: true, ...(direction ? { direction } : {}) };
  const result = resolvePhrase(
    { phrase, undated: true, ...(direction ? { direction } : {}) },
    dateline,
  );
  if ("problem" in result)
    throw new Error(`an undated phrase did not resolve: ${result.problem.message}`);
  return {
    date,
    resolved: result.date,
    checks: [
      {
        about: "date",
        message: `${why}: ${direction === "future" ? `from the dateline on (${shown(result.date)})` : `on or before the dateline (${shown(result.date)})`}; give it a date phrase if the article dates it`,
      },
    ],
  };
}

/** The phrase of a found expression: its words, with the preposition written before them. */
function phraseOf(text: string, start: number, end: number): string {
  const before = PREPOSITION.exec(text.slice(Math.max(0, start - 12), start));
  return (before?.[1] ?? "") + text.slice(start, end);
}

/** A date of the event's own words (not relative to another event). */
function decideOwn(text: string, dateline: string, e: WorkingEvent): DateDecision {
  const t = e.trigger;
  if (!t) return undated(text, dateline, e, "undated: the article gives no date for it");
  if (t.kind === "nDay") {
    if (e.reading.tense === "past" || e.reading.tense === "future") {
      return undated(
        text,
        dateline,
        e,
        `undated: "${text.slice(t.start, t.end)}" says how long, not when`,
      );
    }
    const phrase = text.slice(t.start, t.end);
    const result = resolvePhrase({ phrase }, dateline);
    if ("problem" in result)
      return undated(text, dateline, e, `undated: ${result.problem.message}`);
    return {
      date: { phrase },
      resolved: result.date,
      checks: [
        {
          about: "date",
          message: `"${phrase}" is counted from the dateline (${shown(result.date)}): check that it began then`,
        },
      ],
    };
  }
  if (t.kind !== "timex") return undated(text, dateline, e, "undated");
  return decideTimex(text, dateline, e, undefined);
}

/** A found date, with a direction where its words leave it open, and an anchor if given. */
function decideTimex(
  text: string,
  dateline: string,
  e: WorkingEvent,
  anchor: { event: WorkingEvent; date: TimexDate } | undefined,
): DateDecision {
  const t = e.trigger;
  if (t?.kind !== "timex") return undated(text, dateline, e, "undated");
  const x = t.timex;
  const phrase = phraseOf(text, x.start, x.end);
  const checks: Check[] = [];
  let direction: "past" | "future" | undefined;
  if (x.flags.includes("directionGuessed")) {
    // A present tense ("opens on 20 March") is the tagger's to read: news uses it for what is
    // scheduled as well as for what is under way.
    const byStatus =
      e.reading.status === "present" ? undefined : directionOfStatus(e.reading.status);
    direction = byStatus ?? x.direction ?? "past";
    const because = byStatus
      ? `its status ("${e.reading.cue ?? e.reading.status ?? ""}") points ${byStatus === "past" ? "back" : "ahead"}`
      : "the tagger's reading of the tense";
    checks.push({
      about: "date",
      message: `"${phrase}" could be the last or the next: read as the ${direction === "past" ? "last" : "next"} (${because})`,
    });
  }
  const spec = { phrase, ...(direction ? { direction } : {}) };
  let result = resolvePhrase(spec, dateline, anchor?.date);
  if ("problem" in result && /add direction/.test(result.problem.hint) && !direction) {
    direction = directionOfStatus(e.reading.status) ?? x.direction ?? "past";
    result = resolvePhrase({ phrase, direction }, dateline, anchor?.date);
    checks.push({
      about: "date",
      message: `"${phrase}": direction ${direction} taken from the status; check it`,
    });
  }
  if ("problem" in result) {
    const read = x.date ? ` (the tagger reads ${x.date.edtf})` : "";
    return undated(
      text,
      dateline,
      e,
      `undated: "${phrase}"${read} cannot be used as it stands: ${result.problem.message}`,
    );
  }
  if (anchor) {
    checks.push({
      about: "date",
      message: `"${phrase}" taken as relative to the date of the event it follows (${shown(anchor.date)})`,
    });
  }
  return {
    date: { phrase, ...(anchor ? { anchor: "" } : {}), ...(direction ? { direction } : {}) },
    resolved: result.date,
    ...(anchor ? { anchor: anchor.event } : {}),
    checks,
  };
}

/** "the same month", "Before departure": a date counted from another event's. */
function decideAnchored(
  text: string,
  dateline: string,
  e: WorkingEvent,
  events: readonly WorkingEvent[],
  known: ReadonlyMap<WorkingEvent, DateDecision>,
): DateDecision {
  const t = e.trigger;
  if (!t) return undated(text, dateline, e, "undated");
  if (t.kind === "timex") {
    // The date mentioned last before it, as the tagger reads the text, then earlier ones.
    const before = events
      .filter(
        (o) => o !== e && o.trigger?.kind === "timex" && o.trigger.start < t.start && !o.split,
      )
      .sort((a, b) => (b.trigger?.start ?? 0) - (a.trigger?.start ?? 0));
    for (const o of before) {
      const d = known.get(o);
      if (!d || d.date.undated || d.anchor) continue;
      const decision = decideTimex(text, dateline, e, { event: o, date: d.resolved });
      if (decision.anchor) return decision;
    }
    return undated(
      text,
      dateline,
      e,
      `undated: "${text.slice(t.start, t.end)}" refers to another date, and no event of the draft gives one the resolver accepts`,
    );
  }
  if (t.kind !== "signal") return decideOwn(text, dateline, e);
  const phrase = text.slice(t.start, t.end);
  // "Before 18 June 2023": the date inside the phrase.
  const own = resolvePhrase({ phrase }, dateline);
  if (!("problem" in own) && own.timex) {
    return { date: { phrase }, resolved: own.date, checks: [] };
  }
  const anchor = signalAnchor(text, e, t.object, events, known);
  if (anchor) {
    const result = resolvePhrase({ phrase }, dateline, anchor.date);
    if (!("problem" in result)) {
      return {
        date: { phrase, anchor: "" },
        resolved: result.date,
        anchor: anchor.event,
        checks: [
          {
            about: "date",
            message: `"${phrase}" taken as ${t.word} the event it names (${shown(anchor.date)}): check the anchor`,
          },
        ],
      };
    }
  }
  const result = resolvePhrase({ phrase }, dateline);
  if ("problem" in result) return undated(text, dateline, e, `undated: ${result.problem.message}`);
  return {
    date: { phrase },
    resolved: result.date,
    checks: [
      {
        about: "date",
        message: `"${phrase}": no event of the draft is the "${t.object}" it names, so it counts from the dateline (${shown(result.date)}); anchor it if the article reports that event`,
      },
    ],
  };
}

const TRAVEL =
  /\b(?:leav\w*|depart\w*|arriv\w*|trip|visit|travel\w*|journey|tour|flight|flying|landing)\b/i;

/** The event a "before/after …" phrase names: its kind of happening or place, nearest first. */
function signalAnchor(
  text: string,
  e: WorkingEvent,
  object: string,
  events: readonly WorkingEvent[],
  known: ReadonlyMap<WorkingEvent, DateDecision>,
): { event: WorkingEvent; date: TimexDate } | undefined {
  const words = object
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 2);
  const travel = TRAVEL.test(object);
  let best: { event: WorkingEvent; date: TimexDate; score: number } | undefined;
  for (const o of events) {
    if (o === e || o.split) continue;
    const d = known.get(o);
    if (
      !d ||
      d.date.undated ||
      d.anchor ||
      d.resolved.earliest === null ||
      d.resolved.latest === null
    )
      continue;
    const body = o.clauses.map((c) => text.slice(c.start, c.end).toLowerCase()).join(" ");
    let score = 0;
    if (travel && o.happenings.has("visit")) score += 4;
    if (words.some((w) => new RegExp(`\\b${w}`).test(body))) score += 2;
    if (o.places.some((p) => e.places.includes(p)) || words.some((w) => o.places.includes(w)))
      score += 1;
    if ([...o.persons].some((p) => e.persons.has(p))) score += 1;
    if (score < 2) continue;
    if (!best || score > best.score) best = { event: o, date: d.resolved, score };
  }
  return best;
}
