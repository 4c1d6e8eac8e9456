import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { CorpusFile } from "./generate.ts";
import { ACTOR_COUNT, countOccurrences, generateCorpus } from "./generate.ts";

type Annotation = {
  title: string;
  attribution: string;
  events: {
    id: string;
    date: { phrase: string; anchor?: string; direction?: string; undated?: boolean };
    status: string;
    actors: string[];
    places: string[];
    related: string[];
    citations: { quote: string }[];
  }[];
  cites?: { event: string; quote: string }[];
  reports?: {
    event: string;
    status: string;
    date?: { phrase: string };
    citations: { quote: string }[];
  }[];
};

function filesOf(articles: number, seed: number): CorpusFile[] {
  return [...generateCorpus({ articles, seed })];
}

/** The article text after the ` date YYYY-MM-DD ` head, as the pipeline reads it. */
function bodyOf(file: string): string {
  const match = /^ date (\d{4}-\d{2}-\d{2}) /.exec(file);
  if (!match) throw new Error(`no dateline head in ${file.slice(0, 40)}`);
  return file.slice(match[0].length);
}

describe("generateCorpus({ articles, seed })", () => {
  const files = filesOf(200, 7);
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const articleIds = files
    .filter((f) => f.path.startsWith("articles/"))
    .map((f) => f.path.slice("articles/".length, -".txt".length));
  const annotations = new Map(
    articleIds.map((id) => [id, parse(byPath.get(`annotations/${id}.yaml`) ?? "") as Annotation]),
  );

  it("gives byte-identical files for the same arguments, and different ones for another seed", () => {
    expect(filesOf(200, 7)).toEqual(files);
    const other = filesOf(200, 8);
    expect(other.map((f) => f.content)).not.toEqual(files.map((f) => f.content));
  });

  it("writes the corpus files, one article and one annotation file per article", () => {
    expect(files.slice(0, 3).map((f) => f.path)).toEqual([
      "corpus.yaml",
      "actors.yaml",
      "places.yaml",
    ]);
    expect(articleIds).toHaveLength(200);
    for (const id of articleIds) expect(byPath.has(`annotations/${id}.yaml`)).toBe(true);
  });

  it("spreads datelines over 20 years, in article-id order", () => {
    const datelines = articleIds.map(
      (id) => /^ date (\S+) /.exec(byPath.get(`articles/${id}.txt`) ?? "")?.[1] ?? "",
    );
    expect([...datelines].sort()).toEqual(datelines);
    expect(datelines[0]?.slice(0, 4)).toMatch(/^200[6-8]$/);
    expect(datelines.at(-1)?.slice(0, 4)).toMatch(/^202[3-5]$/);
  });

  it("makes every quote occur exactly once in its article, and every date phrase occur in a cited paragraph", () => {
    for (const id of articleIds) {
      const body = bodyOf(byPath.get(`articles/${id}.txt`) ?? "");
      const paragraphs = body.split(/\n\n/);
      const annotation = annotations.get(id);
      expect(annotation).toBeDefined();
      for (const event of annotation?.events ?? []) {
        for (const citation of event.citations) {
          expect(countOccurrences(body, citation.quote), `${id} ${event.id}`).toBe(1);
        }
        const phrase = event.date.phrase.toLowerCase();
        const cited = paragraphs.filter((p) => event.citations.some((c) => p.includes(c.quote)));
        expect(
          cited.some((p) => p.toLowerCase().includes(phrase)),
          `${event.id}: ${phrase}`,
        ).toBe(true);
      }
      for (const cite of annotation?.cites ?? [])
        expect(countOccurrences(body, cite.quote)).toBe(1);
    }
  });

  it("gives unique event ids, ~10 events per article, and refers only to ids that exist", () => {
    const actorIds = new Set(
      (parse(byPath.get("actors.yaml") ?? "") as { id: string }[]).map((a) => a.id),
    );
    const placeIds = new Set(
      (parse(byPath.get("places.yaml") ?? "") as { id: string }[]).map((p) => p.id),
    );
    expect(actorIds.size).toBe(ACTOR_COUNT);
    expect(ACTOR_COUNT).toBeGreaterThanOrEqual(280);
    const events = [...annotations.values()].flatMap((a) => a.events);
    const eventIds = new Set(events.map((e) => e.id));
    expect(eventIds.size).toBe(events.length);
    expect(events.length / articleIds.length).toBeGreaterThan(9);
    expect(events.length / articleIds.length).toBeLessThan(12);
    for (const event of events) {
      for (const actor of event.actors) expect(actorIds.has(actor)).toBe(true);
      for (const place of event.places) expect(placeIds.has(place)).toBe(true);
      for (const related of event.related) expect(eventIds.has(related)).toBe(true);
      if (event.date.anchor !== undefined) expect(eventIds.has(event.date.anchor)).toBe(true);
    }
    const cites = [...annotations.values()].flatMap((a) => a.cites ?? []);
    expect(cites.length).toBeGreaterThan(20);
    for (const cite of cites) expect(eventIds.has(cite.event)).toBe(true);
  });

  it("varies statuses and date phrase forms", () => {
    const events = [...annotations.values()].flatMap((a) => a.events);
    const statuses = new Set(events.map((e) => e.status));
    expect([...statuses].sort()).toEqual(
      ["expected", "hoped-for", "occurred", "ongoing", "planned", "postponed"].sort(),
    );
    const forms = {
      explicit: /^\d{1,2} [A-Z][a-z]+ \d{4}$/,
      month: /^in [A-Z][a-z]+$/,
      weekday: /^on [A-Z][a-z]+day$/,
      yesterday: /^yesterday$/,
      lastWeek: /^last week$/,
      span: /^[a-z]+-day trip$/,
      before: /^Before departure$/,
      months: /^over the next several months$/,
    };
    for (const [name, pattern] of Object.entries(forms)) {
      expect(
        events.some((e) => pattern.test(e.date.phrase)),
        name,
      ).toBe(true);
    }
    expect(events.some((e) => e.date.undated === true)).toBe(true);
  });

  it("has later articles report on earlier anticipated events: held, held on another day, put off", () => {
    const defined = new Map<string, { article: string; status: string; phrase: string }>();
    for (const [id, annotation] of annotations) {
      for (const e of annotation.events) {
        defined.set(e.id, { article: id, status: e.status, phrase: e.date.phrase });
      }
    }
    const reports = [...annotations].flatMap(([id, a]) =>
      (a.reports ?? []).map((r) => ({ article: id, ...r })),
    );
    expect(reports.length).toBeGreaterThan(20);
    const seen = new Set<string>();
    for (const report of reports) {
      const target = defined.get(report.event);
      // An earlier article's anticipated event, reported on once.
      expect(target, report.event).toBeDefined();
      expect((target?.article ?? "") < report.article).toBe(true);
      expect(["planned", "expected", "hoped-for"]).toContain(target?.status);
      expect(seen.has(report.event)).toBe(false);
      seen.add(report.event);
      // Its quote occurs once in its article, and holds its date phrase.
      const body = bodyOf(byPath.get(`articles/${report.article}.txt`) ?? "");
      for (const c of report.citations) expect(countOccurrences(body, c.quote)).toBe(1);
      if (report.date) expect(report.citations[0]?.quote).toContain(report.date.phrase);
    }
    const statuses = new Set(reports.map((r) => r.status));
    expect([...statuses].sort()).toEqual(["occurred", "postponed"]);
    // Some were held on a day their first report did not name: a date that changed.
    expect(reports.some((r) => r.date && r.date.phrase !== defined.get(r.event)?.phrase)).toBe(
      true,
    );
  });

  it("skews actors like news coverage: the top 10% take a large share of mentions", () => {
    const counts = new Map<string, number>();
    for (const a of annotations.values()) {
      for (const e of a.events)
        for (const actor of e.actors) counts.set(actor, (counts.get(actor) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((x, y) => y - x);
    const total = sorted.reduce((s, n) => s + n, 0);
    const top = sorted.slice(0, Math.ceil(ACTOR_COUNT / 10)).reduce((s, n) => s + n, 0);
    expect(top / total).toBeGreaterThan(0.35);
    expect(sorted.length).toBeGreaterThan(100); // a long tail still appears
  });
});
