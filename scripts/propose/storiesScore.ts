/**
 * How well a dataset turns a set of news articles about one story into ONE timeline, scored
 * against gold timelines (SemEval-2015 Task 4 "TimeLine" clusters): gold happenings found, dated
 * right, and each happening reported by several articles linked into one event.
 *
 * This is the team's shared scorer (`stories-score.mjs`, kept beside the story sets, outside the
 * project) ported line for line, so `npm run eval:stories` prints exactly what that scorer prints
 * on the same dataset without depending on a folder a fresh clone lacks. Keep the two in step: a
 * unit test pins this port's output on a synthetic gold set to the figures that scorer gives.
 *
 * Places: a gold mention sits at (doc, paragraph k), where `paragraphSentence[k]` is its sentence.
 * An event covers a place when one of its citations has that source and paragraph. Only articles
 * in both the gold and the dataset count. Measures are micro-averaged:
 * - dated recall: dated clusters with a covering event whose closed interval lies inside the gold
 *   day, month or year ("compatible": some covering interval, open ends allowed, overlaps it);
 * - found recall: clusters covered at all;
 * - event precision: events citing these articles whose citations touch a gold mention;
 * - link recall: pairs of places of one cluster in different articles that one event covers;
 * - link precision: pairs of places in different articles that one event covers, both holding gold
 *   mentions, that share a gold cluster;
 * - duplication: mean events covering a covered cluster, and "net" of the other gold clusters in
 *   the same paragraphs (the gold itself scores exactly 1.0 on it).
 */

/** One gold mention: a word of a sentence of an article. */
export type GoldMention = { doc: string; sentence: number; token: string };

/** One gold happening: a line of the gold timelines, its date (unknown parts dropped) and mentions. */
export type GoldCluster = {
  id: string;
  entities?: string[];
  date?: string | null;
  mentions: GoldMention[];
};

/** A story set's gold: each article's paragraph→sentence map, and the clusters. */
export type StoriesGold = {
  corpus?: string;
  title?: string;
  docs: Record<string, { dateline?: string; paragraphSentence: number[] }>;
  clusters: GoldCluster[];
};

/** The part of a dataset the scorer reads. */
export type ScoredDataset = {
  sources: { id: string; paragraphs?: { start: number; end: number }[] }[];
  events: {
    id: string;
    date?: { edtf?: string; earliest?: string | null; latest?: string | null } | null;
    citations?: { source: string; start: number; paragraph?: number }[];
  }[];
};

type Interval = [string | null, string | null];
type Cluster = { id: string; date: string | null; places: string[]; docs: Set<string> };

/** Counts behind the figures. */
export type StoriesCounts = {
  datedRight: number;
  datedCompatible: number;
  dated: number;
  found: number;
  total: number;
  linked: number;
  goldPairs: number;
  linkRight: number;
  linkedPairs: number;
  dupEvents: number;
  dupNet: number;
  covered: number;
  relevantEvents: number;
  citingEvents: number;
};

/** What was missed, for `--misses`. */
export type StoriesMisses = {
  notFound: Cluster[];
  wrongDate: { cl: Cluster; seen: string[] }[];
  unlinked: string[];
  wrongLinks: string[];
};

/** The scores: counts, percentages (null where nothing counts), warnings and misses. */
export type StoriesScore = {
  corpus: string | null;
  articles: { gold: number; dataset: number; both: number };
  events: { dataset: number; citingTheseArticles: number };
  clusters: {
    total: number;
    dated: number;
    datedBy: { day: number; month: number; year: number };
    undated: number;
    crossArticle: number;
    crossArticlePairs: number;
  };
  counts: StoriesCounts;
  datedRecall: number | null;
  datedCompatible: number | null;
  foundRecall: number | null;
  eventPrecision: number | null;
  linkRecall: number | null;
  linkPrecision: number | null;
  duplication: number | null;
  duplicationNet: number | null;
  warnings: string[];
  misses: StoriesMisses;
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const lastDay = (y: number, m: number): number =>
  m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] ?? 31);
const pad = (n: number): string => String(n).padStart(2, "0");

/** A gold date ("YYYY-MM-DD", "YYYY-MM", "YYYY") as its inclusive first and last day. */
export function goldPeriod(date: string | null | undefined): [string, string] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date ?? "");
  if (!m || date == null) return null;
  const y = Number(m[1]);
  if (m[3]) return [date, date];
  if (m[2]) return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${pad(lastDay(y, Number(m[2])))}`];
  return [`${m[1]}-01-01`, `${m[1]}-12-31`];
}

/** One EDTF part ("2023", "2023-06", "2023-06-18", "..", "") as [first, last] day, or null if open. */
function edtfPart(s: string | undefined): [string, string] | null {
  if (s === undefined || s === "" || s === "..") return null;
  return goldPeriod(s.replace(/[~?%]$/, ""));
}

/**
 * An event date as [earliest, latest] (null = open). `earliest`/`latest` are used when the date
 * has either key; otherwise its EDTF is read. A missing or unreadable date is fully open.
 */
export function eventInterval(date: ScoredDataset["events"][number]["date"]): Interval {
  if (!date || typeof date !== "object") return [null, null];
  if ("earliest" in date || "latest" in date) return [date.earliest ?? null, date.latest ?? null];
  const edtf = typeof date.edtf === "string" ? date.edtf.trim() : "";
  if (!edtf) return [null, null];
  if (edtf.includes("/")) {
    const [a, b] = edtf.split("/");
    return [edtfPart(a)?.[0] ?? null, edtfPart(b)?.[1] ?? null];
  }
  const p = edtfPart(edtf);
  return p ? [p[0], p[1]] : [null, null];
}

const rightDate = ([lo, hi]: [string, string], [e, l]: Interval): boolean =>
  e !== null && l !== null && e >= lo && l <= hi;
const compatibleDate = ([lo, hi]: [string, string], [e, l]: Interval): boolean =>
  (e === null || e <= hi) && (l === null || l >= lo);

/** The index of the paragraph holding `offset` (paragraphs sorted, [start, end)); -1 if none. */
function paragraphAt(paragraphs: readonly { start: number }[], offset: number): number {
  let found = -1;
  for (let i = 0; i < paragraphs.length; i++) {
    if ((paragraphs[i]?.start ?? Infinity) <= offset) found = i;
    else break;
  }
  return found;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
const docOf = (place: string): string => place.split("#")[0] ?? "";

/** Scores a dataset against a gold story set. Pure: both arguments are parsed JSON. */
export function scoreStories(gold: StoriesGold, dataset: ScoredDataset): StoriesScore {
  const warnings: string[] = [];
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const goldDocs = Object.keys(gold.docs);
  const both = new Set(goldDocs.filter((d) => sources.has(d)));
  for (const d of goldDocs)
    if (!sources.has(d)) warnings.push(`article ${d} is not in the dataset: left out`);
  for (const d of both) {
    const want = gold.docs[d]?.paragraphSentence.length;
    const have = sources.get(d)?.paragraphs?.length;
    if (have !== want)
      warnings.push(
        `article ${d}: the dataset has ${String(have)} paragraphs, the gold ${String(want)}`,
      );
  }
  const place = (doc: string, k: number): string => `${doc}#${String(k)}`;

  const clusters: Cluster[] = [];
  const placeClusters = new Map<string, Set<string>>();
  for (const c of gold.clusters) {
    const places: string[] = [];
    for (const m of c.mentions) {
      if (!both.has(m.doc)) continue;
      const k = gold.docs[m.doc]?.paragraphSentence.indexOf(m.sentence) ?? -1;
      if (k < 0) {
        warnings.push(
          `cluster ${c.id}: sentence ${String(m.sentence)} of ${m.doc} has no paragraph`,
        );
        continue;
      }
      const p = place(m.doc, k);
      if (!places.includes(p)) places.push(p);
    }
    if (places.length === 0) continue;
    const cl: Cluster = {
      id: c.id,
      date: c.date ?? null,
      places,
      docs: new Set(places.map(docOf)),
    };
    clusters.push(cl);
    for (const p of places) {
      let set = placeClusters.get(p);
      if (!set) placeClusters.set(p, (set = new Set()));
      set.add(cl.id);
    }
  }

  const events = dataset.events;
  const placeEvents = new Map<string, Set<number>>();
  const eventPlaces: Set<string>[] = [];
  let citingEvents = 0;
  events.forEach((e, i) => {
    const ps = new Set<string>();
    for (const c of e.citations ?? []) {
      if (!both.has(c.source)) continue;
      let k = c.paragraph;
      if (!Number.isInteger(k)) k = paragraphAt(sources.get(c.source)?.paragraphs ?? [], c.start);
      if (k === undefined || !Number.isInteger(k) || k < 0) continue;
      ps.add(place(c.source, k));
    }
    eventPlaces.push(ps);
    if (ps.size) citingEvents++;
    for (const p of ps) {
      let set = placeEvents.get(p);
      if (!set) placeEvents.set(p, (set = new Set()));
      set.add(i);
    }
  });
  const intervals = events.map((e) => eventInterval(e.date));
  const coveringEvents = (cl: Cluster): Set<number> => {
    const out = new Set<number>();
    for (const p of cl.places) for (const i of placeEvents.get(p) ?? []) out.add(i);
    return out;
  };

  const misses: StoriesMisses = { notFound: [], wrongDate: [], unlinked: [], wrongLinks: [] };
  let dated = 0;
  let datedRight = 0;
  let datedCompatible = 0;
  let found = 0;
  let dupSum = 0;
  let netSum = 0;
  for (const cl of clusters) {
    const evs = coveringEvents(cl);
    if (evs.size) {
      found++;
      dupSum += evs.size;
      const others = new Set<string>();
      for (const p of cl.places)
        for (const id of placeClusters.get(p) ?? []) if (id !== cl.id) others.add(id);
      netSum += Math.max(1, evs.size - others.size);
    } else misses.notFound.push(cl);
    if (cl.date === null) continue;
    dated++;
    const period = goldPeriod(cl.date);
    const ivs = [...evs].map((i) => intervals[i] ?? ([null, null] as Interval));
    if (period && ivs.some((iv) => rightDate(period, iv))) datedRight++;
    else if (evs.size)
      misses.wrongDate.push({
        cl,
        seen: [...evs].map((i) => `${events[i]?.id ?? ""} ${events[i]?.date?.edtf ?? "?"}`),
      });
    if (period && ivs.some((iv) => compatibleDate(period, iv))) datedCompatible++;
  }

  const goldPairs = new Map<string, [string, string, string]>();
  for (const cl of clusters) {
    for (let a = 0; a < cl.places.length; a++) {
      for (let b = a + 1; b < cl.places.length; b++) {
        const p = cl.places[a] ?? "";
        const q = cl.places[b] ?? "";
        if (docOf(p) === docOf(q)) continue;
        const k = pairKey(p, q);
        if (!goldPairs.has(k)) goldPairs.set(k, [p, q, cl.id]);
      }
    }
  }
  let linked = 0;
  for (const [, [p, q, id]] of goldPairs) {
    const ep = placeEvents.get(p);
    const eq = placeEvents.get(q);
    if (ep && eq && [...ep].some((i) => eq.has(i))) linked++;
    else misses.unlinked.push(`${id}: ${p} ~ ${q}`);
  }

  const sysPairs = new Map<string, [string, string, string]>();
  eventPlaces.forEach((ps, i) => {
    const g = [...ps].filter((p) => placeClusters.has(p));
    for (let a = 0; a < g.length; a++) {
      for (let b = a + 1; b < g.length; b++) {
        const p = g[a] ?? "";
        const q = g[b] ?? "";
        if (docOf(p) === docOf(q)) continue;
        const k = pairKey(p, q);
        if (!sysPairs.has(k)) sysPairs.set(k, [p, q, events[i]?.id ?? ""]);
      }
    }
  });
  let linkRight = 0;
  for (const [, [p, q, id]] of sysPairs) {
    const cp = placeClusters.get(p) ?? new Set<string>();
    const cq = placeClusters.get(q) ?? new Set<string>();
    if ([...cp].some((c) => cq.has(c))) linkRight++;
    else misses.wrongLinks.push(`${id}: ${p} ~ ${q}`);
  }

  const relevant = eventPlaces.filter((ps) => [...ps].some((p) => placeClusters.has(p))).length;

  const pct = (n: number, d: number): number | null => (d ? (100 * n) / d : null);
  const datedBy = { day: 0, month: 0, year: 0 };
  for (const cl of clusters) {
    if (!cl.date) continue;
    const parts = cl.date.split("-").length;
    if (parts === 1) datedBy.year++;
    else if (parts === 2) datedBy.month++;
    else datedBy.day++;
  }
  return {
    corpus: gold.corpus ?? null,
    articles: { gold: goldDocs.length, dataset: sources.size, both: both.size },
    events: { dataset: events.length, citingTheseArticles: citingEvents },
    clusters: {
      total: clusters.length,
      dated,
      datedBy,
      undated: clusters.length - dated,
      crossArticle: clusters.filter((c) => c.docs.size > 1).length,
      crossArticlePairs: goldPairs.size,
    },
    counts: {
      datedRight,
      datedCompatible,
      dated,
      found,
      total: clusters.length,
      linked,
      goldPairs: goldPairs.size,
      linkRight,
      linkedPairs: sysPairs.size,
      dupEvents: dupSum,
      dupNet: netSum,
      covered: found,
      relevantEvents: relevant,
      citingEvents,
    },
    datedRecall: pct(datedRight, dated),
    datedCompatible: pct(datedCompatible, dated),
    foundRecall: pct(found, clusters.length),
    eventPrecision: pct(relevant, citingEvents),
    linkRecall: pct(linked, goldPairs.size),
    linkPrecision: pct(linkRight, sysPairs.size),
    duplication: found ? dupSum / found : null,
    duplicationNet: found ? netSum / found : null,
    warnings,
    misses,
  };
}

const f1 = (x: number | null): string => (x === null ? "n/a" : x.toFixed(1));
const pc = (x: number | null): string => (x === null ? "n/a" : `${x.toFixed(1)}%`);

/** The scorer's last line: `stories: dated recall D%, … duplication X (net N)`. */
export function storiesLastLine(r: StoriesScore): string {
  return `stories: dated recall ${pc(r.datedRecall)}, found recall ${pc(r.foundRecall)}, event precision ${pc(r.eventPrecision)}, link recall ${pc(r.linkRecall)}, link precision ${pc(r.linkPrecision)}, duplication ${f1(r.duplication)} (net ${r.duplicationNet === null ? "n/a" : r.duplicationNet.toFixed(2)})`;
}

/** The scorer's table and last line, with the misses first when asked. */
export function storiesReport(r: StoriesScore, { showMisses = false } = {}): string {
  const c = r.counts;
  const out: string[] = [];
  for (const w of r.warnings) out.push(`warning: ${w}`);
  if (showMisses) {
    out.push(
      `-- dated clusters covered, never with the right date (${String(r.misses.wrongDate.length)}):`,
    );
    for (const { cl, seen } of r.misses.wrongDate)
      out.push(`  ${cl.id} ${String(cl.date)} at ${cl.places.join(" ")}: ${seen.join("; ")}`);
    out.push(`-- clusters not found (${String(r.misses.notFound.length)}):`);
    for (const cl of r.misses.notFound)
      out.push(`  ${cl.id} ${cl.date ?? "undated"} at ${cl.places.join(" ")}`);
    out.push(`-- cross-article pairs not linked (${String(r.misses.unlinked.length)}):`);
    for (const s of r.misses.unlinked) out.push(`  ${s}`);
    out.push(
      `-- links between places sharing no gold cluster (${String(r.misses.wrongLinks.length)}):`,
    );
    for (const s of r.misses.wrongLinks) out.push(`  ${s}`);
  }
  const k = r.clusters;
  const n = String;
  out.push(`stories score${r.corpus ? `: ${r.corpus}` : ""}`);
  out.push(
    `articles: ${n(r.articles.gold)} in the gold, ${n(r.articles.dataset)} in the dataset, ${n(r.articles.both)} in both (only these count)`,
  );
  out.push(
    `dataset events: ${n(r.events.dataset)} (${n(r.events.citingTheseArticles)} cite these articles)`,
  );
  out.push(
    `gold clusters: ${n(k.total)} (dated ${n(k.dated)}: day ${n(k.datedBy.day)}, month ${n(k.datedBy.month)}, year ${n(k.datedBy.year)}; undated ${n(k.undated)}; cross-article ${n(k.crossArticle)}, with ${n(k.crossArticlePairs)} place pairs)`,
  );
  const row = (name: string, hits: number, of: number, v: string): void => {
    out.push(`  ${name.padEnd(30)} ${n(hits).padStart(5)} / ${n(of).padEnd(6)} ${v.padStart(7)}`);
  };
  out.push(
    `  ${"measure".padEnd(30)} ${"hits".padStart(5)} / ${"of".padEnd(6)} ${"value".padStart(7)}`,
  );
  row("dated recall (right date)", c.datedRight, c.dated, pc(r.datedRecall));
  row("  compatible date", c.datedCompatible, c.dated, pc(r.datedCompatible));
  row("found recall", c.found, c.total, pc(r.foundRecall));
  row(
    "event precision (events touching gold)",
    c.relevantEvents,
    c.citingEvents,
    pc(r.eventPrecision),
  );
  row("cross-article link recall", c.linked, c.goldPairs, pc(r.linkRecall));
  row("cross-article link precision", c.linkRight, c.linkedPairs, pc(r.linkPrecision));
  row(
    "duplication (events/cluster)",
    c.dupEvents,
    c.covered,
    r.duplication === null ? "n/a" : r.duplication.toFixed(2),
  );
  row(
    "  net of co-located gold",
    c.dupNet,
    c.covered,
    r.duplicationNet === null ? "n/a" : r.duplicationNet.toFixed(2),
  );
  out.push(storiesLastLine(r));
  return out.join("\n");
}
