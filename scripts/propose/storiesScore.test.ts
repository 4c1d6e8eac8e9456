/**
 * The port of the shared stories scorer. The expected texts below are what `stories-score.mjs`
 * (the team's scorer, outside the project) printed with `--misses` for these same synthetic sets:
 * the port must print them byte for byte, so `npm run eval:stories` and that scorer agree.
 */
import { describe, expect, it } from "vitest";
import type { ScoredDataset, StoriesGold } from "./storiesScore.ts";
import {
  eventInterval,
  goldPeriod,
  scoreStories,
  storiesLastLine,
  storiesReport,
} from "./storiesScore.ts";

// Two articles, four happenings: c1 reported by both, c2 and c4 by A, c3 by B.
const GOLD = JSON.parse(
  '{"corpus":"selftest","docs":{"A":{"dateline":"2020-05-05","paragraphSentence":[0,2,3]},"B":{"dateline":"2020-05-06","paragraphSentence":[0,2]}},"clusters":[{"id":"c1","entities":["x"],"date":"2020-05-04","mentions":[{"doc":"A","sentence":2,"token":"met"},{"doc":"B","sentence":2,"token":"meeting"}]},{"id":"c2","entities":["x"],"date":"2020-05","mentions":[{"doc":"A","sentence":3,"token":"fell"}]},{"id":"c3","entities":["x"],"date":"2020","mentions":[{"doc":"B","sentence":0,"token":"rose"}]},{"id":"c4","entities":["x"],"date":null,"mentions":[{"doc":"A","sentence":0,"token":"said"}]}]}',
) as StoriesGold;
// c1 dated a day late in A and open-ended in B; a wrong link A#2~B#0; c3 found twice; c4 missed.
const MIXED = JSON.parse(
  '{"sources":[{"id":"A","dateline":"2020-05-05","text":"","paragraphs":[{"start":0,"end":10},{"start":12,"end":30},{"start":32,"end":50}]},{"id":"B","dateline":"2020-05-05","text":"","paragraphs":[{"start":0,"end":8},{"start":10,"end":40}]}],"events":[{"id":"m1","date":{"edtf":"2020-05-05","precision":"day","earliest":"2020-05-05","latest":"2020-05-05"},"citations":[{"source":"A","start":0,"end":1,"paragraph":1}]},{"id":"m2","date":{"edtf":"2020-05-04/..","precision":"day","earliest":"2020-05-04","latest":null},"citations":[{"source":"B","start":0,"end":1,"paragraph":1}]},{"id":"m3","date":{"edtf":"2020-05-10","precision":"day","earliest":"2020-05-10","latest":"2020-05-10"},"citations":[{"source":"A","start":0,"end":1,"paragraph":2},{"source":"B","start":0,"end":1,"paragraph":0}]},{"id":"m4","date":{"edtf":"2020","precision":"day","earliest":"2020-01-01","latest":"2020-12-31"},"citations":[{"source":"B","start":2,"end":3,"paragraph":0}]}]}',
) as ScoredDataset;
// c1 linked across A and B with the right date (A's citation placed by offset); an extra article
// C outside the gold; B with one paragraph more than the gold.
const LINKED = JSON.parse(
  '{"sources":[{"id":"A","dateline":"2020-05-05","text":"","paragraphs":[{"start":0,"end":10},{"start":12,"end":30},{"start":32,"end":50}]},{"id":"B","dateline":"2020-05-06","text":"","paragraphs":[{"start":0,"end":8},{"start":10,"end":40},{"start":42,"end":50}]},{"id":"C","paragraphs":[{"start":0,"end":5}]}],"events":[{"id":"l1","date":{"edtf":"2020-05-04"},"citations":[{"source":"A","start":13,"end":14},{"source":"B","start":11,"end":12,"paragraph":1}]},{"id":"l2","date":{"edtf":"../2020-05-05","earliest":null,"latest":"2020-05-05"},"citations":[{"source":"A","start":0,"end":1,"paragraph":0},{"source":"C","start":0,"end":1,"paragraph":0}]},{"id":"l3","date":{"edtf":"2020-05/.."},"citations":[{"source":"B","start":43,"end":44,"paragraph":2}]}]}',
) as ScoredDataset;

const MIXED_REPORT =
  "-- dated clusters covered, never with the right date (1):\n  c1 2020-05-04 at A#1 B#1: m1 2020-05-05; m2 2020-05-04/..\n-- clusters not found (1):\n  c4 undated at A#0\n-- cross-article pairs not linked (1):\n  c1: A#1 ~ B#1\n-- links between places sharing no gold cluster (1):\n  m3: A#2 ~ B#0\nstories score: selftest\narticles: 2 in the gold, 2 in the dataset, 2 in both (only these count)\ndataset events: 4 (4 cite these articles)\ngold clusters: 4 (dated 3: day 1, month 1, year 1; undated 1; cross-article 1, with 1 place pairs)\n  measure                         hits / of       value\n  dated recall (right date)          2 / 3        66.7%\n    compatible date                  3 / 3       100.0%\n  found recall                       3 / 4        75.0%\n  event precision (events touching gold)     4 / 4       100.0%\n  cross-article link recall          0 / 1         0.0%\n  cross-article link precision       0 / 1         0.0%\n  duplication (events/cluster)       5 / 3         1.67\n    net of co-located gold           5 / 3         1.67\nstories: dated recall 66.7%, found recall 75.0%, event precision 100.0%, link recall 0.0%, link precision 0.0%, duplication 1.7 (net 1.67)";
const LINKED_REPORT =
  "warning: article B: the dataset has 3 paragraphs, the gold 2\n-- dated clusters covered, never with the right date (0):\n-- clusters not found (2):\n  c2 2020-05 at A#2\n  c3 2020 at B#0\n-- cross-article pairs not linked (0):\n-- links between places sharing no gold cluster (0):\nstories score: selftest\narticles: 2 in the gold, 3 in the dataset, 2 in both (only these count)\ndataset events: 3 (3 cite these articles)\ngold clusters: 4 (dated 3: day 1, month 1, year 1; undated 1; cross-article 1, with 1 place pairs)\n  measure                         hits / of       value\n  dated recall (right date)          1 / 3        33.3%\n    compatible date                  1 / 3        33.3%\n  found recall                       2 / 4        50.0%\n  event precision (events touching gold)     2 / 3        66.7%\n  cross-article link recall          1 / 1       100.0%\n  cross-article link precision       1 / 1       100.0%\n  duplication (events/cluster)       2 / 2         1.00\n    net of co-located gold           2 / 2         1.00\nstories: dated recall 33.3%, found recall 50.0%, event precision 66.7%, link recall 100.0%, link precision 100.0%, duplication 1.0 (net 1.00)";

describe("scoreStories(gold, dataset)", () => {
  it("prints what the shared scorer prints on a dataset with a wrong date and a wrong link", () => {
    expect(storiesReport(scoreStories(GOLD, MIXED), { showMisses: true })).toBe(MIXED_REPORT);
  });

  it("prints what the shared scorer prints on a linked dataset, with its warnings", () => {
    expect(storiesReport(scoreStories(GOLD, LINKED), { showMisses: true })).toBe(LINKED_REPORT);
  });

  it("scores the gold itself, one event per cluster, at 100% with net duplication 1", () => {
    const sources = MIXED.sources;
    const day = (d: string): { edtf: string; earliest: string; latest: string } => ({
      edtf: d,
      earliest: d,
      latest: d,
    });
    const perfect: ScoredDataset = {
      sources,
      events: [
        {
          id: "e1",
          date: day("2020-05-04"),
          citations: [
            { source: "A", start: 0, paragraph: 1 },
            { source: "B", start: 0, paragraph: 1 },
          ],
        },
        {
          id: "e2",
          date: { edtf: "2020-05" },
          citations: [{ source: "A", start: 0, paragraph: 2 }],
        },
        { id: "e3", date: { edtf: "2020" }, citations: [{ source: "B", start: 3 }] },
        {
          id: "e4",
          date: { edtf: "../2020-05-05" },
          citations: [{ source: "A", start: 0, paragraph: 0 }],
        },
      ],
    };
    expect(storiesLastLine(scoreStories(GOLD, perfect))).toBe(
      "stories: dated recall 100.0%, found recall 100.0%, event precision 100.0%, link recall 100.0%, link precision 100.0%, duplication 1.0 (net 1.00)",
    );
  });

  it("says n/a where nothing counts", () => {
    expect(storiesLastLine(scoreStories(GOLD, { sources: MIXED.sources, events: [] }))).toBe(
      "stories: dated recall 0.0%, found recall 0.0%, event precision n/a, link recall 0.0%, link precision n/a, duplication n/a (net n/a)",
    );
  });
});

describe("goldPeriod(date) and eventInterval(date)", () => {
  it("reads a leap February as 29 days and an open EDTF start as null", () => {
    expect(goldPeriod("2024-02")).toEqual(["2024-02-01", "2024-02-29"]);
    expect(eventInterval({ edtf: "../2023-06" })).toEqual([null, "2023-06-30"]);
    expect(eventInterval({ edtf: "2023-06-18/..", earliest: "2023-06-18" })).toEqual([
      "2023-06-18",
      null,
    ]);
  });
});

describe("scoreStories(gold, dataset): the arithmetic, worked by hand", () => {
  // Two articles. P's paragraphs 0-3 hold sentences 0, 2, 3, 4; Q's paragraphs 0-2 hold 0, 2, 3.
  // Six happenings: k1 told by both (P#1, Q#1); k2 and k6 share P#2; k3 at Q#2; k4 at P#3; k5 at Q#0.
  const gold: StoriesGold = {
    corpus: "by-hand",
    docs: {
      P: { dateline: "2021-03-10", paragraphSentence: [0, 2, 3, 4] },
      Q: { dateline: "2021-03-11", paragraphSentence: [0, 2, 3] },
    },
    clusters: [
      {
        id: "k1",
        entities: ["x"],
        date: "2021-03-02",
        mentions: [
          { doc: "P", sentence: 2, token: "met" },
          { doc: "Q", sentence: 2, token: "meeting" },
        ],
      },
      {
        id: "k2",
        entities: ["x"],
        date: "2021-03",
        mentions: [{ doc: "P", sentence: 3, token: "signed" }],
      },
      {
        id: "k3",
        entities: ["x"],
        date: null,
        mentions: [{ doc: "Q", sentence: 3, token: "said" }],
      },
      {
        id: "k4",
        entities: ["x"],
        date: "2021",
        mentions: [{ doc: "P", sentence: 4, token: "rose" }],
      },
      {
        id: "k5",
        entities: ["x"],
        date: null,
        mentions: [{ doc: "Q", sentence: 0, token: "fell" }],
      },
      {
        id: "k6",
        entities: ["x"],
        date: null,
        mentions: [{ doc: "P", sentence: 3, token: "agreed" }],
      },
    ],
  };
  const day = (d: string): { edtf: string; earliest: string; latest: string } => ({
    edtf: d,
    earliest: d,
    latest: d,
  });
  const dataset: ScoredDataset = {
    sources: [{ id: "P" }, { id: "Q" }],
    events: [
      // e1 links k1's two places, on its day.
      {
        id: "e1",
        date: day("2021-03-02"),
        citations: [
          { source: "P", start: 0, paragraph: 1 },
          { source: "Q", start: 0, paragraph: 1 },
        ],
      },
      // e2 dates k2 inside its month (and covers k6, which shares the paragraph).
      { id: "e2", date: day("2021-03-05"), citations: [{ source: "P", start: 0, paragraph: 2 }] },
      // e3 covers k4 with an open start: compatible with 2021, not the right date.
      {
        id: "e3",
        date: { edtf: "../2021-03-10", earliest: null, latest: "2021-03-10" },
        citations: [{ source: "P", start: 0, paragraph: 3 }],
      },
      // e4 cites a paragraph with no gold happening.
      { id: "e4", date: day("2021-03-09"), citations: [{ source: "P", start: 0, paragraph: 0 }] },
      // e5 links P#2 (k2, k6) with Q#2 (k3): a link between places that share no happening.
      {
        id: "e5",
        date: day("2021-03-01"),
        citations: [
          { source: "P", start: 0, paragraph: 2 },
          { source: "Q", start: 0, paragraph: 2 },
        ],
      },
    ],
  };

  it("counts what a reader counts on paper", () => {
    const r = scoreStories(gold, dataset);
    expect(r.clusters).toEqual({
      total: 6,
      dated: 3,
      datedBy: { day: 1, month: 1, year: 1 },
      undated: 3,
      crossArticle: 1,
      crossArticlePairs: 1,
    });
    expect(r.counts).toEqual({
      datedRight: 2, // k1 by e1, k2 by e2; k4 only by e3's open interval
      datedCompatible: 3, // and e3's ../2021-03-10 overlaps 2021
      dated: 3,
      found: 5, // every cluster but k5
      total: 6,
      linked: 1, // P#1 ~ Q#1 by e1
      goldPairs: 1,
      linkRight: 1, // e1's pair shares k1 ...
      linkedPairs: 2, // ... e5's P#2 ~ Q#2 shares none
      dupEvents: 7, // k1 1, k2 2, k3 1, k4 1, k6 2
      dupNet: 5, // k2 and k6 each less the other in P#2: max(1, 2 - 1) = 1
      covered: 5,
      relevantEvents: 4, // all but e4
      citingEvents: 5,
    });
    expect(storiesLastLine(r)).toBe(
      "stories: dated recall 66.7%, found recall 83.3%, event precision 80.0%, link recall 100.0%, link precision 50.0%, duplication 1.4 (net 1.00)",
    );
  });
});
