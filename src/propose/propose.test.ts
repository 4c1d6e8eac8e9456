/**
 * The proposer's decisions, one at a time: status from tense and modality, two mentions of one
 * happening merged, durations that date nothing, anchors, aliases and candidates, the YAML an
 * editor reads; and the yardstick: the seed article's dated events at the committed dataset's dates.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Dataset } from "../model/dataset.ts";
import { parseArticle } from "../pipeline/article.ts";
import type { CorpusFile } from "../pipeline/compileArticle.ts";
import { EVENT_FIELDS } from "../pipeline/corpusFiles.ts";
import { readCorpusMeta } from "../pipeline/corpusLayout.ts";
import type { Draft, ProposedEvent, Registry } from "./index.ts";
import { proposeAnnotation, registryFromMeta } from "./index.ts";
import { readStatus } from "./status.ts";
import { wordsOf } from "./text.ts";

const REGISTRY: Registry = {
  actors: [
    {
      id: "angela-merkel",
      name: "Angela Merkel",
      kind: "person",
      aliases: ["Merkel", "the Chancellor"],
    },
    {
      id: "emmanuel-macron",
      name: "Emmanuel Macron",
      kind: "person",
      aliases: ["Macron", "the French President"],
    },
    { id: "germany", name: "Germany", kind: "country", aliases: ["German"] },
    { id: "france", name: "France", kind: "country", aliases: ["French"] },
  ],
  places: [
    { id: "berlin", name: "Berlin", aliases: [] },
    { id: "paris", name: "Paris", aliases: ["the French capital"] },
  ],
};

function propose(file: string, registry: Registry = REGISTRY): { draft: Draft; yaml: string } {
  const parsed = parseArticle(file);
  if ("problems" in parsed) throw new Error(parsed.problems[0]?.message);
  return proposeAnnotation({ id: "test", ...parsed }, registry);
}

/** The event whose citations hold `words`. */
function eventCiting(draft: Draft, words: string): ProposedEvent {
  const e = draft.events.find((x) => x.citations.some((c) => c.quote.includes(words)));
  if (!e) throw new Error(`no event cites "${words}": ${draft.events.map((x) => x.id).join(", ")}`);
  return e;
}

/** The status the words of `sentence` give before any date is known. */
function statusOf(sentence: string): string | undefined {
  const words = wordsOf(sentence, 0, sentence.length);
  return readStatus(
    words,
    words.map(() => false),
    false,
  ).status;
}

describe("status from tense and modality", () => {
  it.each([
    ["The minister was in Paris.", "occurred"],
    ["Merkel met Macron.", "occurred"],
    ["Macron said the deal was fair.", "occurred"],
    ["The two leaders are likely to attend the summit.", "expected"],
    ["Macron is expected to announce a reform.", "expected"],
    ["Germany will host the talks.", "planned"],
    ["Merkel has been invited to travel to Paris.", "planned"],
    ["The summit is planned for the spring.", "planned"],
    ["Merkel hopes to visit Lyon.", "hoped-for"],
    ["I'm hoping that I'll be meeting Macron again.", "hoped-for"],
    ["The vote was delayed by a week.", "postponed"],
    ["Talks were postponed until April.", "postponed"],
    ["The negotiations are under way.", "ongoing"],
  ])("%s → %s", (sentence, status) => {
    expect(statusOf(sentence)).toBe(status);
  });

  it("a noun of hope or expectation is no modality: 'their hopes of' reports what happened", () => {
    expect(statusOf("China and France have expressed their hopes of improving ties.")).toBe(
      "occurred",
    );
  });

  it("the date settles a present tense, and a guessed status says so", () => {
    const { draft } = propose(
      "date 2021-03-10 The festival opens in Berlin on 20 March.\n\nThe old bridge closes in Paris in January.\n",
    );
    const festival = eventCiting(draft, "festival");
    expect(festival.status).toBe("planned");
    expect(festival.checks.some((c) => c.about === "status")).toBe(true);
    const bridge = eventCiting(draft, "bridge");
    expect(bridge.resolved.edtf).toBe("2021-01");
    expect(bridge.status).toBe("occurred");
  });

  it("every event of a draft says what a human must check, in its comment", () => {
    const { draft, yaml } = propose(
      "date 2021-03-10 Merkel met Macron in Berlin on Monday. Macron is expected to visit Paris on Friday.\n",
    );
    expect(draft.events).toHaveLength(2);
    const monday = eventCiting(draft, "on Monday");
    expect(monday.resolved.edtf).toBe("2021-03-08");
    expect(monday.checks.map((c) => c.message).join(" ")).toMatch(/could be the last or the next/);
    const friday = eventCiting(draft, "on Friday");
    expect(friday.resolved.edtf).toBe("2021-03-12");
    expect(friday.status).toBe("expected");
    expect(yaml).toMatch(/# check \(date\): "on Monday" could be the last or the next/);
  });
});

describe("what makes an event", () => {
  const article =
    "date 2021-03-10 Merkel met Macron in Berlin, in the first visit of the two in nearly five years. " +
    "The pact, signed in 2016, has lasted for three decades.\n\n" +
    "Merkel's two-day visit to Berlin comes after a long winter.\n\n" +
    "Macron declined to comment.\n";

  it("durations that date nothing make no event and no date phrase", () => {
    const { draft } = propose(article);
    const phrases = draft.events.map((e) => e.date.phrase);
    expect(phrases.some((p) => /five years|three decades/.test(p))).toBe(false);
    const pact = eventCiting(draft, "signed in 2016");
    expect(pact.resolved.edtf).toBe("2016");
  });

  it("two expressions naming one happening become one event", () => {
    const { draft } = propose(article);
    const visit = eventCiting(draft, "two-day visit");
    expect(visit.citations.some((c) => c.quote.startsWith("Merkel met Macron in Berlin"))).toBe(
      true,
    );
    expect(visit.resolved.edtf).toBe("2021-03-10/2021-03-11");
    expect(visit.checks.some((c) => /taken as one happening/.test(c.message))).toBe(true);
  });

  it("boilerplate ('declined to comment') is no event", () => {
    const { draft } = propose(article);
    expect(draft.events.some((e) => e.citations.some((c) => /declined/.test(c.quote)))).toBe(false);
  });

  it("a date's second day ('April 24 and 25') is part of the date, never a title of its own", () => {
    const { draft } = propose(
      "date 2021-04-20 Merkel will meet Macron in Berlin on April 24 and 25.\n\n" +
        "Macron signed the decree on March 3 and 4, 2021.\n",
    );
    for (const e of draft.events) {
      // A title is a clause: words before a verb, never a bare date fragment.
      expect(e.title).not.toMatch(/^(?:and\s+)?\d[\d, ]*$/);
      expect(e.title.split(" ").length).toBeGreaterThanOrEqual(3);
    }
    const meeting = eventCiting(draft, "will meet Macron");
    expect(meeting.title).toMatch(/^Angela Merkel will meet Emmanuel Macron/);
    expect(meeting.citations.some((c) => /24 and 25/.test(c.quote))).toBe(true);
    expect(draft.events.filter((e) => /decree/.test(e.title))).toHaveLength(1);
    // A paragraph that opens with a date alone ("ended December 30, 2006.") has no clause to join.
    const alone = propose("date 2021-03-10 Macron signed the decree.\n\nended March 3, 2021.\n");
    expect(alone.draft.events.map((e) => e.title)).toEqual(["Emmanuel Macron signed the decree"]);
  });

  it("a reporting verb that opens a quotation supports the event it speaks of", () => {
    const { draft } = propose(
      'date 2021-03-10 Merkel met Macron in Berlin on Monday.\n\nMacron said, "It was a good meeting."\n',
    );
    expect(draft.events).toHaveLength(1);
    expect(draft.events[0]?.citations.some((c) => c.quote.includes("good meeting"))).toBe(true);
  });

  it("an undated report resolves on or before the dateline, and says so", () => {
    const { draft } = propose("date 2021-03-10 Macron signed the decree.\n");
    const [decree] = draft.events;
    expect(decree?.date).toMatchObject({ undated: true });
    expect(decree?.resolved.edtf).toBe("../2021-03-10");
    expect(decree?.checks.map((c) => c.message).join(" ")).toMatch(/on or before the dateline/);
  });
});

describe("anchors", () => {
  it("'the same month' counts from the event dated just before it, by id", () => {
    const { draft } = propose(
      "date 2023-06-18 A storm hit Berlin in February that caused Merkel to delay the trip which was planned for the same month.\n",
    );
    const storm = eventCiting(draft, "in February");
    const delay = eventCiting(draft, "the same month");
    expect(delay).not.toBe(storm);
    expect(delay.status).toBe("postponed");
    expect(delay.date.anchor).toBe(storm.id);
    expect(delay.resolved.edtf).toBe("2023-02");
    expect(delay.related).toContain(storm.id);
  });

  it("'Before departure' counts from the trip it names", () => {
    const { draft } = propose(
      "date 2021-03-10 Merkel's two-day trip to Paris comes amid tension.\n\n" +
        "Before departure, Merkel met Macron's envoy in Berlin.\n",
    );
    const trip = eventCiting(draft, "two-day trip");
    const envoy = eventCiting(draft, "Before departure");
    expect(envoy.date).toEqual({ phrase: "Before departure", anchor: trip.id });
    expect(envoy.resolved.edtf).toBe("../2021-03-09");
  });
});

describe("actors: the registry's, by name and alias; other names are candidates", () => {
  const article =
    "date 2021-03-10 The Chancellor met the French President in the French capital. " +
    "Merkel later flew to Lyon with Olaf Scholz.\n";

  it("finds actors and places by their aliases", () => {
    const { draft } = propose(article);
    const meeting = eventCiting(draft, "The Chancellor met");
    // "the French capital" is Paris, not France taking part.
    expect(meeting.actors).toEqual(["angela-merkel", "emmanuel-macron"]);
    expect(meeting.places).toEqual(["paris"]);
  });

  it("proposes the names the registry does not know, and never makes them ids", () => {
    const { draft, yaml } = propose(article);
    expect(draft.names.map((n) => n.label)).toEqual([
      "Add Olaf Scholz (person)",
      "Add Lyon (place)",
    ]);
    expect(draft.candidates).toEqual([]);
    const known = new Set(REGISTRY.actors.map((a) => a.id));
    const places = new Set(REGISTRY.places.map((p) => p.id));
    for (const e of draft.events) {
      for (const a of e.actors) expect(known.has(a)).toBe(true);
      for (const p of e.places) expect(places.has(p)).toBe(true);
    }
    expect(yaml).toMatch(/# - Add Olaf Scholz \(person\): actors\.yaml entry \{ id: olaf-scholz/);
    expect(yaml).toMatch(/# - Add Lyon \(place\): places\.yaml entry \{ id: lyon, name: Lyon \}/);
  });
});

describe("an airline's order, as a news article tells it", () => {
  // Written for this test: a headline, an order with a reporting frame, a state, a quote, a
  // statement of what is to come, a figure and an undated market result.
  const article = [
    "date 2024-03-12",
    "Ryanair orders 150 jets from Boeing",
    "Irish low-cost airline Ryanair has ordered 150 Boeing 737 MAX 10 aircraft from the US manufacturer, the airline said on Tuesday.",
    "Ryanair is Europe's largest airline by passenger numbers.",
    "\"This is a great deal for our customers and our people,\" Ryanair's chief executive Michael O'Leary said.",
    "O'Leary said the first aircraft would be delivered in 2027.",
    "The order is worth more than $20 billion at list prices.",
    "Boeing shares rose 2% in New York trading.",
  ].join("\n\n");
  const registry: Registry = {
    actors: [{ id: "united-states", name: "United States", kind: "country", aliases: ["US"] }],
    places: [],
  };
  const { draft } = propose(article, registry);
  const first = (e: ProposedEvent): string => e.citations[0]?.quote ?? "";

  it("makes events of the order, the delivery and the result, not of the quote, states or headline", () => {
    expect(draft.events.map((e) => e.title)).toEqual([
      "Ryanair has ordered 150 Boeing 737 MAX 10 aircraft",
      "O'Leary said the first aircraft would be delivered in 2027",
      "Boeing shares rose 2% in New York trading",
    ]);
    for (const e of draft.events) {
      expect(first(e)).not.toMatch(/great deal|largest airline|is worth|^Ryanair orders/);
      expect(e.title.length).toBeLessThanOrEqual(70);
    }
    expect(eventCiting(draft, "the airline said on Tuesday").date.phrase).toBe("on Tuesday");
  });

  it("an undated event's date phrase is a word of its verb, never a clause", () => {
    const shares = eventCiting(draft, "Boeing shares rose");
    expect(shares.date).toMatchObject({ undated: true });
    expect(shares.date.phrase.split(" ").length).toBeLessThanOrEqual(3);
    expect(shares.date.phrase).not.toBe(first(shares));
  });

  it("proposes Ryanair, Boeing and Michael O'Leary with their kinds; 'the US manufacturer' is nobody", () => {
    // Against an empty registry, so that a country the registry lacks could be proposed.
    const { names } = propose(article, { actors: [], places: [] }).draft;
    const byName = new Map(names.map((n) => [n.name, n]));
    expect(byName.get("Ryanair")?.kind).toBe("organisation");
    expect(byName.get("Boeing")?.kind).toBe("organisation");
    expect(byName.get("Michael O'Leary")?.kind).toBe("person");
    expect(byName.get("Michael O'Leary")?.aliases).toContain("O'Leary");
    expect(names.some((n) => /United States|US|manufacturer/.test(n.name))).toBe(false);
    for (const e of draft.events) {
      expect(e.actors).not.toContain("united-states");
      expect(e.places).toEqual([]);
    }
  });
});

describe("the YAML an editor opens", () => {
  const { draft, yaml } = propose(
    'date 2021-03-10 Merkel met Macron in Berlin on Monday, Reuters reported. "We agreed," Merkel said.\n\n' +
      "Macron will visit Berlin in May. Macron will visit Berlin in May.\n",
  );

  it("parses back to the draft's values, keys in the documented order", () => {
    const data = parse(yaml) as {
      title: string;
      attribution: string;
      events: Record<string, unknown>[];
    };
    expect(Object.keys(data)).toEqual(["title", "attribution", "events"]);
    expect(data.attribution).toBe("Reuters");
    expect(data.events).toHaveLength(draft.events.length);
    data.events.forEach((e, i) => {
      const d = draft.events[i];
      expect(Object.keys(e)).toEqual(EVENT_FIELDS);
      expect(e.id).toBe(d?.id);
      expect(e.date).toEqual(d?.date);
      expect(e.citations).toEqual(
        d?.citations.map((c) => ({
          quote: c.quote,
          ...(c.occurrence ? { occurrence: c.occurrence } : {}),
        })),
      );
    });
  });

  it("marks titles and summaries as drafts and quotes verbatim, with occurrence when repeated", () => {
    expect(yaml.match(/# draft: rewrite as a headline/g)).toHaveLength(draft.events.length);
    expect(yaml.match(/# draft: rewrite in the editors' words/g)).toHaveLength(draft.events.length);
    for (const e of draft.events) {
      for (const c of e.citations)
        expect(yaml.includes(c.quote) || yaml.includes(JSON.stringify(c.quote).slice(1, -1))).toBe(
          true,
        );
    }
    const may = draft.events.flatMap((e) => e.citations).filter((c) => c.quote.includes("in May"));
    expect(may.length).toBeGreaterThan(0);
    expect(may.every((c) => c.occurrence !== undefined)).toBe(true);
  });

  it("puts one event to a block, with its checks above it", () => {
    const blocks = yaml.split("\n\n").filter((b) => /- id: /.test(b));
    expect(blocks).toHaveLength(draft.events.length);
    for (const b of blocks) expect(b).toMatch(/^ {2}# resolves to /m);
  });
});

describe("the yardstick: the seed article", () => {
  const root = new URL("../../", import.meta.url);
  const read = (p: string): Uint8Array => new Uint8Array(readFileSync(new URL(p, root)));
  const files = new Map<string, CorpusFile>(
    ["corpus.yaml", "actors.yaml", "places.yaml"].map((f) => [
      f,
      { path: f, bytes: read(`corpus/${f}`), sha256: "" },
    ]),
  );
  const registry = registryFromMeta(readCorpusMeta(files));
  const { draft } = propose(
    new TextDecoder().decode(read("corpus/articles/000_eb413498417fa6d3.txt")),
    registry,
  );
  const dataset = JSON.parse(
    new TextDecoder().decode(read("public/data/timeline.json")),
  ) as Dataset;
  const dated = (id: string): string => {
    const e = dataset.events.find((x) => x.id === id);
    if (!e) throw new Error(id);
    return e.date.edtf;
  };

  it.each([
    ["balloon", "suspected spy balloon above the US in February", "balloon-incident"],
    [
      "postponed trip",
      "delay the trip which was planned for the same month",
      "beijing-trip-postponed",
    ],
    ["Saturday's remarks", "Biden told reporters on Saturday", "biden-balloon-remarks"],
    ["Bali", "a long meeting in November on the sidelines of a G20 summit in Bali", "bali-g20"],
    ["the visit", "two-day trip to Beijing", "beijing-visit"],
    ["the hope", "over the next several months", "biden-hopes-to-meet-xi"],
    ["Delhi", "G20 summit in Delhi in September", "delhi-g20"],
    ["San Francisco", "San Francisco in November when the US hosts", "san-francisco-apec"],
    ["before leaving", "Before leaving for Beijing", "blinken-press-conference"],
    ["before departure", "Before departure, Blinken also met", "blinken-balakrishnan-meeting"],
  ])("%s is proposed at the dataset's date", (_, words, id) => {
    const e = eventCiting(draft, words);
    expect(e.resolved.edtf).toBe(dated(id));
    expect(e.status).toBe(dataset.events.find((x) => x.id === id)?.status);
  });

  it("proposes each thing the article reports once, and nothing for 'nearly five years'", () => {
    expect(draft.events.length).toBeGreaterThanOrEqual(15);
    expect(draft.events.length).toBeLessThanOrEqual(17);
    expect(draft.events.some((e) => /five years/.test(e.date.phrase))).toBe(false);
    expect(eventCiting(draft, "has been invited").status).toBe("occurred");
    expect(eventCiting(draft, "phone call").status).toBe("occurred");
    expect(eventCiting(draft, "expressed their hopes").status).toBe("occurred");
    expect(eventCiting(draft, "likely to meet top Chinese officials").status).toBe("expected");
  });
});
