/**
 * The archive a draft is matched against: the events the corpus already holds (and those drafted
 * earlier in the same run), indexed so that asking "is this the same happening as one we have?"
 * costs about the same for the 30th article as for the 10,000th.
 *
 * Matching is deterministic and explained. Two reports are taken for one happening when
 * - they share a happening word (a verb or event noun of one family: "launched" / "its launch",
 *   "resigned" / "his resignation"), not only a reporting verb such as "said";
 * - they share what the happening is about: names ("iPhone", "Steve Jobs"), the registry's actors
 *   and places, and content words ("pancreatic cancer"), each weighted by how rare it is in the
 *   archive, so that the name every article carries ("Apple" in a story about Apple) counts for
 *   little;
 * - their dates can be the same: two closed dates that do not overlap rule a match out, and two
 *   that agree make it surer.
 * The surest candidate above the bar wins; a candidate just below it, or one that barely beats
 * another, is offered to the editor as "possibly the same as", never linked. A wrong link hides an
 * event, a missed one only leaves a duplicate to merge, so the bar is set for precision.
 *
 * The index maps each key (happening word, name, actor, place, content word; happening words and
 * names also by year) to the events holding it. A query looks only at the postings of its keys,
 * and a key held by too many events (the story's main name) is looked up by year instead, so the
 * work per query stays bounded as the archive grows.
 */
import type { Status } from "../model/dataset.ts";
import type { Terms } from "./terms.ts";
import { isReporting, mergeTerms, termsOf } from "./terms.ts";
import type { DayInterval } from "./dayIntervals.ts";
import {
  bucketOf,
  dateCloseness,
  datesAgree,
  datesCompatible,
  overlap,
  width,
} from "./dayIntervals.ts";

export type { DayInterval } from "./dayIntervals.ts";
export { datesCompatible } from "./dayIntervals.ts";

/** One report of an archive event: the article it comes from and what it says. */
export type ArchiveReport = {
  article: string;
  dateline: string;
  /** The quoted passages, verbatim. */
  quotes: readonly string[];
  date?: DayInterval | undefined;
  status?: Status | undefined;
};

/** An event of the archive, as the matcher needs it. */
export type ArchiveEvent = {
  id: string;
  title: string;
  /** The article that defines it (its first report). */
  article: string;
  dateline: string;
  date: DayInterval;
  status: Status;
  actors: readonly string[];
  places: readonly string[];
  /** Every report, the defining one first. */
  reports: readonly ArchiveReport[];
};

/** What a candidate (an event being drafted) offers the matcher. */
export type MatchQuery = {
  article: string;
  dateline: string;
  quotes: readonly string[];
  date: DayInterval;
  /** Whether the date is the article's own ("on Monday"), not only "on or before the dateline". */
  dated: boolean;
  actors: readonly string[];
  places: readonly string[];
};

/** Why a link was made, in words an editor can check. */
export type LinkReason = {
  actors: string[];
  places: string[];
  names: string[];
  words: string[];
  /** "agree" (both dated, overlapping), "compatible" (one open), as the check says it. */
  dates: "agree" | "compatible";
};

/** A match: the archive event, how sure (0–1), and why. */
export type Match = {
  event: ArchiveEvent;
  score: number;
  sure: "high" | "medium" | "low";
  because: LinkReason;
};

/** The narrowest closed date among an event's reports, or its own date. */
function bestDate(event: ArchiveEvent): DayInterval {
  return event.date;
}

type Entry = { event: ArchiveEvent; terms: Terms; keys: string[] };

/** Keys held by more events than this are looked up by year instead. */
const POSTING_CAP = 60;
/** How many of a query's rarest keys are looked up. */
const LOOKUPS = 5;
/** At most this many candidates are scored per query (the most keys shared first). */
const CANDIDATE_CAP = 20;

/** Scores at or above these bars: linked as sure ("high"), linked ("medium"); below: suggested. */
export const LINK_BAR = 0.5;
export const HIGH_BAR = 0.7;
/** A suggestion below the bar is still shown from this score. */
export const SUGGEST_BAR = 0.3;
/** What two reports must share besides the happening word (summed weights), and what counts full. */
const ABOUT_MIN = 4;
const ABOUT_FULL = 10;

/**
 * The archive: add events as they are drafted (or read from the corpus), then match candidates.
 * Deterministic: ties are broken by event id.
 */
export class Archive {
  private readonly entries = new Map<string, Entry>();
  private readonly postings = new Map<string, Set<string>>();
  /** How many events hold each scoring key, for its weight. */
  private readonly df = new Map<string, number>();

  /** The number of events held. */
  get size(): number {
    return this.entries.size;
  }

  /** The event with this id, if held. */
  get(id: string): ArchiveEvent | undefined {
    return this.entries.get(id)?.event;
  }

  /** Every event held, in the order added. */
  events(): ArchiveEvent[] {
    return [...this.entries.values()].map((e) => e.event);
  }

  /** Adds an event, or replaces the one with its id (a new report refines what is known). */
  add(event: ArchiveEvent): void {
    this.remove(event.id);
    const terms = mergeTerms(event.reports.flatMap((r) => r.quotes.map(termsOf)));
    const keys = scoringKeys(terms, event.actors, event.places);
    const entry: Entry = { event, terms, keys };
    this.entries.set(event.id, entry);
    for (const k of keys) this.df.set(k, (this.df.get(k) ?? 0) + 1);
    for (const k of indexKeys(entry)) {
      let set = this.postings.get(k);
      if (!set) this.postings.set(k, (set = new Set()));
      set.add(event.id);
    }
  }

  /** Adds a report to an event held: its quotes, and its date and status where it gives them. */
  addReport(id: string, report: ArchiveReport): void {
    const old = this.entries.get(id);
    if (!old) return;
    const event = withReport(old.event, report);
    if (bucketOf(event.date) !== bucketOf(old.event.date)) {
      this.add(event); // its date moved to another year: index it afresh
      return;
    }
    // Only what the report adds is counted and indexed: an event reported a hundred times is not
    // read a hundred times over.
    const terms = mergeTerms([old.terms, ...report.quotes.map(termsOf)]);
    const keys = scoringKeys(terms, event.actors, event.places);
    const had = new Set(old.keys);
    const fresh = keys.filter((k) => !had.has(k));
    for (const k of fresh) this.df.set(k, (this.df.get(k) ?? 0) + 1);
    const entry: Entry = { event, terms, keys };
    for (const k of indexKeys({ ...entry, keys: fresh })) {
      let set = this.postings.get(k);
      if (!set) this.postings.set(k, (set = new Set()));
      set.add(id);
    }
    this.entries.set(id, entry);
  }

  private remove(id: string): void {
    const old = this.entries.get(id);
    if (!old) return;
    for (const k of old.keys) {
      const n = (this.df.get(k) ?? 1) - 1;
      if (n <= 0) this.df.delete(k);
      else this.df.set(k, n);
    }
    for (const k of indexKeys(old)) this.postings.get(k)?.delete(id);
    this.entries.delete(id);
  }

  /** How much a shared key counts: rarer keys count more (a smoothed inverse document frequency). */
  private weight(key: string): number {
    const n = this.entries.size;
    const df = this.df.get(key) ?? 0;
    return Math.log(1 + (n + 1) / (df + 1));
  }

  /**
   * The archive events that may be the happening `query` reports, best first, each with its score
   * and reasons. Events of the query's own article are never candidates.
   */
  match(query: MatchQuery): Match[] {
    const terms = mergeTerms(query.quotes.map(termsOf));
    const keys = scoringKeys(terms, query.actors, query.places);
    const bucket = query.dated ? bucketOf(query.date) : "open";
    // Candidates come through what the query is about (names, actors, places), rarest first: a
    // match needs a distinctive shared key, and the rare keys' postings are short. A key held by
    // too many events is looked up by year, or not at all.
    const ranked = lookupKeys(keys)
      .filter((k) => !k.startsWith("h:"))
      .map((k): [string, number] => [k, this.postings.get(k)?.size ?? 0])
      .filter(([, n]) => n > 0)
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    const hits = new Map<string, number>();
    let looked = 0;
    for (const [k, n] of ranked) {
      if (looked >= LOOKUPS) break;
      let ids: Iterable<string> | undefined = this.postings.get(k);
      if (n > POSTING_CAP) {
        const byYear = this.postings.get(`${k}@${bucket}`);
        const open = bucket === "open" ? undefined : this.postings.get(`${k}@open`);
        if ((byYear?.size ?? 0) + (open?.size ?? 0) > POSTING_CAP) continue;
        ids = [...(byYear ?? []), ...(open ?? [])];
      }
      looked++;
      for (const id of ids ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    // Only events that pass the happening gate (see `score`) are scored, the most keys shared
    // first.
    const candidates: [string, number][] = [];
    for (const hit of [...hits.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      if (candidates.length >= CANDIDATE_CAP) break;
      const entry = this.entries.get(hit[0]);
      if (entry !== undefined && mayBeOne(terms, entry.terms, query.dated)) candidates.push(hit);
    }
    const out: Match[] = [];
    for (const [id] of candidates) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      const e = entry.event;
      if (e.article === query.article || e.reports.some((r) => r.article === query.article))
        continue;
      if (e.dateline > query.dateline) continue; // a report cannot be older than its event
      const m = this.score(query, terms, keys, entry);
      if (m) out.push(m);
    }
    return out.sort(
      (a, b) =>
        b.score - a.score || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
    );
  }

  /**
   * The score of one candidate, or undefined when it cannot be the same happening:
   * - the happening: the main verb of one report is a happening word of the other ("fought" /
   *   "has been fighting"; "resigned" / "his resignation"), or both only report a statement
   *   ("said") and are dated to the same days;
   * - what it is about: the names, actors, places and words they share weigh at least ABOUT_MIN
   *   (one distinctive name does; the story's ubiquitous name alone does not);
   * - the dates: closed dates that do not overlap rule it out; an undated report is taken for
   *   recent news, and a candidate outside that reading loses some of its score.
   * The score adds how much they share (0.45), how alike they are overall (0.25), how closely the
   * dates agree (0.2: the same day or days; less for a month, a year) and whether the main verbs
   * are one (0.1).
   */
  private score(query: MatchQuery, terms: Terms, keys: string[], entry: Entry): Match | undefined {
    const date = bestDate(entry.event);
    if (!overlap(query.date, date)) return undefined;
    const theirs = new Set(entry.keys);
    const shared = keys.filter((k) => theirs.has(k));
    const sharedHeads = shared.filter((k) => k.startsWith("h:")).map((k) => k.slice(2));
    // One report's main verb among the other's happening words.
    const happening =
      [...terms.mains].some((m) => !isReporting(m) && entry.terms.heads.has(m)) ||
      [...entry.terms.mains].some((m) => !isReporting(m) && terms.heads.has(m));
    const agree = query.dated && datesAgree(query.date, date);
    const statement =
      agree && [...terms.mains].some((m) => isReporting(m) && entry.terms.mains.has(m));
    if (!happening && !statement) return undefined;
    const about = shared.filter((k) => !k.startsWith("h:"));
    if (about.length === 0) return undefined;
    // How distinctive what they share is: the rarer the happening word and the names, the surer.
    const happeningWeight = Math.max(
      0,
      ...sharedHeads.filter((h) => !isReporting(h)).map((h) => this.weight(`h:${h}`)),
    );
    const aboutWeight = about.reduce((sum, k) => sum + this.weight(k), 0) + happeningWeight;
    if (aboutWeight < ABOUT_MIN) return undefined;
    const w = (k: string): number => this.weight(k);
    const total = (list: readonly string[]): number => list.reduce((sum, k) => sum + w(k), 0);
    const dice = (2 * total(shared)) / Math.max(total(keys) + total(entry.keys), 1e-9);
    const precision = agree ? dateCloseness(query.date, date) : 0;
    const sameMain = [...terms.mains].some((m) => entry.terms.mains.has(m));
    let score =
      0.45 * Math.min(1, aboutWeight / ABOUT_FULL) +
      0.25 * Math.min(1, dice * 2) +
      0.2 * precision +
      0.1 * (sameMain ? 1 : 0);
    score -= recencyPenalty(query, date, entry.event.dateline);
    score = Math.max(0, Math.min(1, score));
    const shown = (k: string): string =>
      terms.shown.get(k.slice(2)) ?? entry.terms.shown.get(k.slice(2)) ?? k.slice(2);
    return {
      event: entry.event,
      score,
      sure: score >= HIGH_BAR ? "high" : score >= LINK_BAR ? "medium" : "low",
      because: {
        actors: shared.filter((k) => k.startsWith("a:")).map((k) => k.slice(2)),
        places: shared.filter((k) => k.startsWith("p:")).map((k) => k.slice(2)),
        names: shared.filter((k) => k.startsWith("n:")).map(shown),
        words: [
          ...sharedHeads.map((h) => `h:${h}`),
          ...shared.filter((k) => k.startsWith("w:")),
        ].map(shown),
        dates: agree ? "agree" : "compatible",
      },
    };
  }
}

/**
 * How much less sure a match is when an undated report would have to tell of something long
 * before its dateline (news dates its background): nothing within a month, a little within a
 * season, much beyond. Yearly occasions (a conference, a keynote) are the trap this guards.
 */
function recencyPenalty(query: MatchQuery, date: DayInterval, dateline: string): number {
  if (datesCompatible(query.date, date)) return 0;
  const theirs = date.latest ?? dateline;
  const mine = query.date.latest ?? query.dateline;
  const gap = Math.abs(Date.parse(mine) - Date.parse(theirs)) / 86_400_000;
  return gap <= 120 ? 0.1 : 0.35;
}

/**
 * The happening gate, on words alone: one report's main verb is among the other's happening
 * words, or (for a dated report) both only report a statement ("said").
 */
function mayBeOne(a: Terms, b: Terms, dated: boolean): boolean {
  for (const m of a.mains)
    if (b.heads.has(m) && (!isReporting(m) || (dated && b.mains.has(m)))) return true;
  for (const m of b.mains) if (a.heads.has(m) && !isReporting(m)) return true;
  return false;
}

/** The keys a passage scores by: happening words, names, actors, places, content words. */
function scoringKeys(terms: Terms, actors: readonly string[], places: readonly string[]): string[] {
  return [
    ...[...terms.heads].map((h) => `h:${h}`),
    ...[...terms.names].map((n) => `n:${n}`),
    ...actors.map((a) => `a:${a}`),
    ...places.map((p) => `p:${p}`),
    ...[...terms.words].map((w) => `w:${w}`),
  ];
}

/** The keys an event is indexed under and a query looks up: all it scores by. */
function lookupKeys(keys: readonly string[]): string[] {
  return [...keys];
}

/** The keys an entry is indexed under: its lookup keys, plain and by year bucket. */
function indexKeys(entry: Entry): string[] {
  const bucket = bucketOf(entry.event.date);
  return lookupKeys(entry.keys).flatMap((k) => [k, `${k}@${bucket}`]);
}

/**
 * The date an event's reports add up to, by the build's rule (src/model/reports.ts): the latest
 * report that states a date sets the frame, and among the reports whose dates overlap it the most
 * precise wins (of equally precise ones, the later report's). Reports are in dateline order.
 */
export function reportedDate(reports: readonly ArchiveReport[]): DayInterval | undefined {
  let frame: DayInterval | undefined;
  for (const r of reports) if (r.date) frame = r.date;
  if (!frame) return undefined;
  let date = frame;
  for (const r of reports) {
    if (r.date && overlap(r.date, frame) && width(r.date) <= width(date)) date = r.date;
  }
  return date;
}

/**
 * An event with one more report (the latest): its quotes join the event; its date and status
 * count as the build counts them (the latest stated status; the date by `reportedDate`).
 */
export function withReport(event: ArchiveEvent, report: ArchiveReport): ArchiveEvent {
  const reports = [...event.reports, report];
  return {
    ...event,
    date: reportedDate(reports) ?? event.date,
    status: report.status ?? event.status,
    reports,
  };
}
