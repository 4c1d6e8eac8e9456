/**
 * Drafting a story: each article's draft is matched against the archive (the corpus's events and
 * those drafted before it), and an event that is the same happening as an archive event becomes
 * this article's report on it (the annotation's `reports:`), with this article's status, date and
 * quotes, never a second event. The draft then joins the archive, so the next article is matched
 * against it too. Articles are drafted in dateline order (then by id), earliest first: the article
 * that defines an event is its first report.
 */
import type { Dataset } from "../model/dataset.ts";
import type { TimexDate } from "../timex/index.ts";
import type { ArchiveEvent, ArchiveReport, DayInterval, Match } from "./archive.ts";
import { Archive, LINK_BAR, SUGGEST_BAR } from "./archive.ts";
import type {
  Check,
  Draft,
  LinkCheck,
  ProposedCitation,
  ProposedDate,
  ProposedEvent,
  ProposedReport,
} from "./types.ts";

export { Archive } from "./archive.ts";
export type { ArchiveEvent, ArchiveReport, DayInterval } from "./archive.ts";

/** How far ahead of the runner-up the best match must be to be linked rather than suggested. */
const MARGIN = 0.05;

/** Whether a proposed date is the article's own (a phrase), not only the dateline's side. */
function isDated(date: ProposedDate): boolean {
  return date.undated !== true || date.anchor !== undefined;
}

function interval(resolved: TimexDate): DayInterval {
  return { earliest: resolved.earliest, latest: resolved.latest };
}

/** A match as the check the draft carries, with its message. */
export function linkCheckOf(m: Match): LinkCheck {
  const e = m.event;
  const parts = [
    ...(m.because.actors.length > 0 ? [`actors ${m.because.actors.join(", ")}`] : []),
    ...(m.because.places.length > 0 ? [`places ${m.because.places.join(", ")}`] : []),
    ...(m.because.names.length > 0 ? [`names ${m.because.names.join(", ")}`] : []),
    ...(m.because.words.length > 0 ? [`words ${m.because.words.join(", ")}`] : []),
  ];
  const dates =
    m.because.dates === "agree"
      ? `dates agree (${e.date.earliest ?? ".."}–${e.date.latest ?? ".."})`
      : "dates compatible (one of them is open)";
  const how = m.sure === "low" ? "possibly" : m.sure === "high" ? "surely" : "probably";
  return {
    event: e.id,
    title: e.title,
    article: e.article,
    edtf: edtfOf(e.date),
    score: Math.round(m.score * 100) / 100,
    sure: m.sure,
    actors: m.because.actors,
    places: m.because.places,
    names: m.because.names,
    words: m.because.words,
    dates: m.because.dates,
    message:
      `${how} the same happening as "${e.id}" (${e.title}; articles/${e.article}.txt, ${e.dateline}): ` +
      `shares ${parts.join("; ")}; ${dates}; sure: ${m.sure} (${(Math.round(m.score * 100) / 100).toFixed(2)})`,
  };
}

function edtfOf(d: DayInterval): string {
  if (d.earliest !== null && d.earliest === d.latest) return d.earliest;
  return `${d.earliest ?? ".."}/${d.latest ?? ".."}`;
}

/**
 * Matches a draft's events against the archive. An event whose best match clears the bar (and
 * beats the runner-up by a margin) becomes a report on that archive event; several events of the
 * draft on one archive event make one report. Weaker matches are kept on the event as `sameAs`
 * suggestions with a check. Anchors and `related` ids that named an event now reported point at
 * the archive event instead.
 */
export function linkDraft(draft: Draft, archive: Archive): Draft {
  if (archive.size === 0) return draft;
  const reports = new Map<string, ProposedReport>();
  const replaced = new Map<string, string>();
  const kept: ProposedEvent[] = [];
  for (const e of draft.events) {
    const matches = archive.match({
      article: draft.articleId,
      dateline: draft.dateline,
      quotes: e.citations.map((c) => c.quote),
      date: interval(e.resolved),
      dated: isDated(e.date),
      actors: e.actors,
      places: e.places,
    });
    const best = matches[0];
    // The runner-up that makes a link doubtful is another article's event: two events of one
    // article that both fit are likely one happening the article told twice.
    const second = matches.find(
      (m) => best !== undefined && m.event.article !== best.event.article,
    );
    const linked =
      best !== undefined &&
      best.score >= LINK_BAR &&
      (second === undefined || best.score - second.score >= MARGIN);
    if (!best || !linked) {
      const suggestions = matches.filter((m) => m.score >= SUGGEST_BAR).slice(0, 3);
      if (suggestions.length === 0) {
        kept.push(e);
        continue;
      }
      const sameAs = suggestions.map((m) => linkCheckOf({ ...m, sure: "low" }));
      kept.push({
        ...e,
        sameAs,
        checks: [
          ...e.checks,
          ...sameAs.map((s): Check => ({
            about: "event",
            message: `${s.message}: if so, make this a report on it (reports:)`,
          })),
        ],
      });
      continue;
    }
    replaced.set(e.id, best.event.id);
    const link = linkCheckOf(best);
    const old = reports.get(best.event.id);
    if (old) {
      reports.set(best.event.id, mergeReport(old, e));
      continue;
    }
    reports.set(best.event.id, {
      event: best.event.id,
      title: e.title,
      status: e.status,
      ...(isDated(e.date) ? { date: e.date } : {}),
      resolved: e.resolved,
      citations: e.citations,
      link,
      checks: [
        { about: "event", message: `${link.message}: if not, make it an event of its own` },
        ...e.checks.filter((c) => c.about === "date" || c.about === "status"),
      ],
    });
  }
  if (replaced.size === 0) return { ...draft, events: kept };
  const rename = (id: string): string => replaced.get(id) ?? id;
  const events = kept.map((e) => ({
    ...e,
    ...(e.date.anchor !== undefined ? { date: { ...e.date, anchor: rename(e.date.anchor) } } : {}),
    related: [...new Set(e.related.map(rename))],
  }));
  const out = [...reports.values()].map((r) =>
    r.date?.anchor !== undefined ? { ...r, date: { ...r.date, anchor: rename(r.date.anchor) } } : r,
  );
  return { ...draft, events, reports: out };
}

/** Two events of one article on one archive event: one report, the dated one's date first. */
function mergeReport(r: ProposedReport, e: ProposedEvent): ProposedReport {
  const citations: ProposedCitation[] = [...r.citations];
  for (const c of e.citations) {
    if (!citations.some((o) => o.start === c.start && o.end === c.end)) citations.push(c);
  }
  citations.sort((a, b) => a.start - b.start);
  const useE = r.date === undefined && isDated(e.date);
  return {
    ...r,
    ...(useE ? { date: e.date, resolved: e.resolved, status: e.status } : {}),
    citations,
    checks: [
      ...r.checks,
      {
        about: "citations",
        message: `"${e.title}" was taken as the same report: split it if it tells something else`,
      },
    ],
  };
}

/** The archive's view of a draft: its events, and its reports on events the archive holds. */
export function addDraftToArchive(archive: Archive, draft: Draft): void {
  for (const e of draft.events) {
    archive.add({
      id: e.id,
      title: e.title,
      article: draft.articleId,
      dateline: draft.dateline,
      date: interval(e.resolved),
      status: e.status,
      actors: e.actors,
      places: e.places,
      reports: [
        {
          article: draft.articleId,
          dateline: draft.dateline,
          quotes: e.citations.map((c) => c.quote),
          date: interval(e.resolved),
          status: e.status,
        },
      ],
    } satisfies ArchiveEvent);
  }
  for (const r of draft.reports) {
    const report: ArchiveReport = {
      article: draft.articleId,
      dateline: draft.dateline,
      quotes: r.citations.map((c) => c.quote),
      ...(r.date !== undefined ? { date: interval(r.resolved) } : {}),
      status: r.status,
    };
    archive.addReport(r.event, report);
  }
}

/**
 * The archive of a built dataset: each event with its reports (the article that defines it
 * first) and their quotes, dates and statuses as the build gave them, so an archive read from the
 * corpus matches as the archive of the same drafts held in memory does.
 */
export function archiveFromDataset(dataset: Pick<Dataset, "events">): Archive {
  const archive = new Archive();
  for (const e of dataset.events) {
    const first = e.reports[0];
    if (!first) continue;
    archive.add({
      id: e.id,
      title: e.title,
      article: first.source,
      dateline: first.dateline,
      date: { earliest: e.date.earliest, latest: e.date.latest },
      status: e.status,
      actors: e.actors,
      places: e.places,
      reports: e.reports.map((r): ArchiveReport => ({
        article: r.source,
        dateline: r.dateline,
        quotes: r.citations.map((i) => e.citations[i]?.exact ?? ""),
        ...(r.date ? { date: { earliest: r.date.earliest, latest: r.date.latest } } : {}),
        ...(r.status ? { status: r.status } : {}),
      })),
    });
  }
  return archive;
}
