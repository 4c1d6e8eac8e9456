import { describe, expect, it } from "vitest";
import { STATUSES } from "./dataset.ts";
import { sampleDataset } from "./fixtures/sampleDataset.ts";
import { storyDataset } from "./fixtures/storyDataset.ts";
import type { ViewState } from "./viewState.ts";
import {
  checkViewState,
  DEFAULT_VIEW_STATE,
  describeIgnored,
  parseViewState,
  periodDays,
  serializeViewState,
} from "./viewState.ts";

describe("parseViewState(params)", () => {
  it("reads the documented deep links", () => {
    const { state, ignored } = parseViewState(
      "?event=beijing-visit&actors=joe-biden,xi-jinping&from=2023-01&to=2023-12-31&status=planned,expected&q=balloon&group=actor&window=2023-01-01/2023-12-31",
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      event: "beijing-visit",
      actors: ["joe-biden", "xi-jinping"],
      from: "2023-01",
      to: "2023-12-31",
      status: ["planned", "expected"],
      q: "balloon",
      source: null,
      passage: null,
      asOf: null,
      group: "actor",
      window: { first: "2023-01-01", last: "2023-12-31" },
      embed: false,
    });
  });

  it("reads asOf, the day the view is as reported up to", () => {
    const { state, ignored } = parseViewState("?event=apec&asOf=2023-06-18");
    expect(ignored).toEqual([]);
    expect(state.asOf).toBe("2023-06-18");
    expect(state.event).toBe("apec");
  });

  it("drops an asOf that is not a calendar day, and says so", () => {
    for (const bad of ["2023-06", "2023", "18 June 2023", "2023-02-30", "2023-6-18", "today"]) {
      const { state, ignored } = parseViewState(`asOf=${encodeURIComponent(bad)}`);
      expect(state.asOf, bad).toBeNull();
      expect(ignored, bad).toEqual([
        { param: "asOf", value: bad, reason: "not a day: use YYYY-MM-DD" },
      ]);
    }
  });

  it("reads ?embed as the embedded layout, bare or as 1/true, and 0/false as the explorer", () => {
    for (const query of [
      "?embed",
      "?event=bali-g20&embed",
      "?embed=",
      "?embed=1",
      "?EMBED=x&embed=true",
    ]) {
      const { state, ignored } = parseViewState(query);
      expect(state.embed, query).toBe(true);
      expect(ignored, query).toEqual([]);
    }
    for (const query of ["", "?embed=0", "?embed=false"]) {
      expect(parseViewState(query).state.embed, query).toBe(false);
    }
  });

  it("drops an embed value it cannot read, and says so", () => {
    const { state, ignored } = parseViewState("?embed=yes please");
    expect(state.embed).toBe(false);
    expect(ignored).toEqual([
      { param: "embed", value: "yes please", reason: "write ?embed alone, with no value" },
    ]);
  });

  it("reads a source with a passage", () => {
    const { state, ignored } = parseViewState("source=000_eb413498417fa6d3&passage=10-42");
    expect(ignored).toEqual([]);
    expect(state.source).toBe("000_eb413498417fa6d3");
    expect(state.passage).toEqual({ start: 10, end: 42 });
  });

  it("gives the default view for an empty query", () => {
    expect(parseViewState("")).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
    expect(parseViewState("?")).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
  });

  it("drops malformed values and says why, keeping the good ones", () => {
    const { state, ignored } = parseViewState(
      "?event=<script>&actors=joe-biden,Bad Id,&status=planned,maybe&from=2023-13&to=2023-02-30&group=year&window=2023-05-01&passage=9-3&asOf=2023-13-01",
    );
    expect(state.event).toBeNull();
    expect(state.actors).toEqual(["joe-biden"]);
    expect(state.status).toEqual(["planned"]);
    expect(state.from).toBeNull();
    expect(state.to).toBeNull();
    expect(state.group).toBe("none");
    expect(state.window).toBeNull();
    expect(state.passage).toBeNull();
    expect(state.asOf).toBeNull();
    expect(ignored.map((i) => i.param)).toEqual([
      "event",
      "actors",
      "status",
      "from",
      "to",
      "passage",
      "asOf",
      "group",
      "window",
    ]);
    expect(ignored.find((i) => i.param === "from")?.reason).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(ignored.find((i) => i.param === "status")?.value).toBe("maybe");
  });

  it("drops both ends of a reversed date range", () => {
    const { state, ignored } = parseViewState("from=2024&to=2023-06");
    expect(state.from).toBeNull();
    expect(state.to).toBeNull();
    expect(ignored).toHaveLength(2);
    expect(ignored[0]?.reason).toBe("after to=2023-06");
  });

  it("accepts a range inside one period (from 2023 to 2023)", () => {
    const { state, ignored } = parseViewState("from=2023&to=2023");
    expect(ignored).toEqual([]);
    expect([state.from, state.to]).toEqual(["2023", "2023"]);
  });

  it("drops a passage that comes without a source", () => {
    const { state, ignored } = parseViewState("passage=1-5");
    expect(state.passage).toBeNull();
    expect(ignored).toEqual([{ param: "passage", value: "1-5", reason: "needs a source" }]);
  });

  it("keeps the first of a repeated scalar and merges repeated lists", () => {
    const { state, ignored } = parseViewState(
      "event=a-one&event=b-two&actors=x&actors=y,x&status=planned&status=planned",
    );
    expect(state.event).toBe("a-one");
    expect(state.actors).toEqual(["x", "y"]);
    expect(state.status).toEqual(["planned"]);
    expect(ignored).toEqual([
      { param: "event", value: "b-two", reason: "given more than once; the first value is used" },
    ]);
  });

  it("orders statuses canonically and ignores parameters that are not Dateline's", () => {
    const { state, ignored } = parseViewState("status=planned,occurred&utm_source=x&fbclid=1");
    expect(state.status).toEqual(["occurred", "planned"]);
    expect(ignored).toEqual([]);
  });

  it("rejects a window that ends before it starts or is absurdly wide", () => {
    expect(parseViewState("window=2023-02-01/2023-01-01").ignored[0]?.reason).toBe(
      "ends before it starts",
    );
    expect(parseViewState("window=1000-01-01/2023-01-01").ignored[0]?.reason).toMatch(/500 years/);
    expect(parseViewState("window=2023-01-01/2023-01-01").state.window).toEqual({
      first: "2023-01-01",
      last: "2023-01-01",
    });
  });

  it("refuses a huge query and keeps text verbatim otherwise", () => {
    expect(parseViewState(`q=${"a".repeat(501)}`).state.q).toBe("");
    expect(parseViewState("q=%20Caf%C3%A9%20+spy ").state.q).toBe(" Café  spy ");
  });

  it("never throws on broken percent-encoding, unicode or junk", () => {
    for (const junk of [
      "%",
      "q=%E0%A4%A",
      "event=%FF",
      "&&&==&",
      "window=/",
      "passage=-",
      "from=２０２３",
      "q=\u{1F600}",
      `actors=${",".repeat(1000)}`,
    ]) {
      expect(() => parseViewState(junk)).not.toThrow();
    }
  });
});

describe("serializeViewState(state)", () => {
  it("writes nothing for the default view", () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe("");
  });

  it("omits defaults and writes keys in a stable order with readable commas", () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      window: { first: "2023-01-01", last: "2023-12-31" },
      q: "spy balloon & more",
      actors: ["joe-biden", "xi-jinping"],
      event: "beijing-visit",
    };
    expect(serializeViewState(state)).toBe(
      "?event=beijing-visit&actors=joe-biden,xi-jinping&q=spy%20balloon%20%26%20more&window=2023-01-01/2023-12-31",
    );
  });

  it("writes a passage only with its source", () => {
    expect(
      serializeViewState({ ...DEFAULT_VIEW_STATE, source: "a_1", passage: { start: 3, end: 9 } }),
    ).toBe("?source=a_1&passage=3-9");
  });

  it("writes embed last and bare, after every other key", () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, embed: true })).toBe("?embed");
    expect(
      serializeViewState({ ...DEFAULT_VIEW_STATE, embed: true, event: "bali-g20", q: "g20" }),
    ).toBe("?event=bali-g20&q=g20&embed");
  });

  it("does not throw on a lone surrogate typed into the search box", () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, q: "a\uD800b" })).toBe("?q=a%EF%BF%BDb");
  });
});

describe("parseViewState(serializeViewState(s))", () => {
  /** A deterministic pseudo-random generator, so failures reproduce. */
  function rng(seed: number): () => number {
    let s = seed;
    return () => {
      s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
      return s / 2_147_483_648;
    };
  }

  it("gives back the same state, for many generated states", () => {
    const random = rng(42);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const words = ["balloon", "Café", "a&b=c", "50%", "x+y", "北京", 'quote "it"', "#hash", "/,?"];
    for (let i = 0; i < 300; i++) {
      const source = random() < 0.5 ? pick(["000_eb413498417fa6d3", "a.b-c_d"]) : null;
      const start = Math.floor(random() * 1000);
      const state: ViewState = {
        event: random() < 0.5 ? pick(["beijing-visit", "bali-g20", "x1"]) : null,
        actors: [
          ...new Set(
            Array.from({ length: Math.floor(random() * 4) }, () =>
              pick(["a", "joe-biden", "xi-jinping", "g20"]),
            ),
          ),
        ],
        from: random() < 0.5 ? pick(["2022", "2022-11", "2022-11-30"]) : null,
        to: random() < 0.5 ? pick(["2023", "2023-02", "2024-02-29"]) : null,
        status: STATUSES.filter(() => random() < 0.3),
        q:
          random() < 0.5
            ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(words)).join(" ")
            : "",
        source,
        passage:
          source && random() < 0.5 ? { start, end: start + 1 + Math.floor(random() * 50) } : null,
        asOf: random() < 0.4 ? pick(["2023-06-18", "2024-02-29", "1999-12-31"]) : null,
        group: pick(["none", "actor", "status"] as const),
        window:
          random() < 0.5 ? { first: "2023-01-01", last: pick(["2023-01-01", "2023-12-31"]) } : null,
        embed: random() < 0.3,
      };
      const link = serializeViewState(state);
      const back = parseViewState(link);
      expect(back.ignored, link).toEqual([]);
      expect(back.state, link).toEqual(state);
      expect(serializeViewState(back.state)).toBe(link);
    }
  });
});

describe("checkViewState(state, dataset)", () => {
  it("drops unknown event, actor and article ids and names them", () => {
    const { state } = parseViewState(
      "event=no-such-event&actors=joe-biden,nobody&source=missing_article&passage=1-2",
    );
    const checked = checkViewState(state, sampleDataset());
    expect(checked.state.event).toBeNull();
    expect(checked.state.actors).toEqual(["joe-biden"]);
    expect(checked.state.source).toBeNull();
    expect(checked.state.passage).toBeNull();
    expect(checked.ignored.map(describeIgnored)).toEqual([
      "event “no-such-event” (no such event)",
      "actors “nobody” (no such actor)",
      "source “missing_article” (no such article)",
    ]);
  });

  it("keeps known ids and drops a passage beyond the article's end", () => {
    const dataset = sampleDataset();
    const length = dataset.sources[0]?.text.length ?? 0;
    const { state } = parseViewState(
      `event=beijing-visit&source=000_sample&passage=${length - 1}-${length + 5}`,
    );
    const checked = checkViewState(state, dataset);
    expect(checked.state.event).toBe("beijing-visit");
    expect(checked.state.source).toBe("000_sample");
    expect(checked.state.passage).toBeNull();
    expect(checked.ignored[0]?.reason).toMatch(/beyond the end/);
  });
});

describe("checkViewState(state, dataset) with asOf", () => {
  const dataset = storyDataset();

  it("keeps an event reported by that day, and the day itself", () => {
    const checked = checkViewState(parseViewState("event=apec&asOf=2023-06-18").state, dataset);
    expect(checked.ignored).toEqual([]);
    expect(checked.state).toMatchObject({ event: "apec", asOf: "2023-06-18" });
  });

  it("drops an event first reported later, and an article published later, saying why", () => {
    const checked = checkViewState(
      parseViewState("event=fund&source=november&passage=0-5&asOf=2023-06-18").state,
      dataset,
    );
    expect(checked.state).toMatchObject({ event: null, source: null, passage: null });
    expect(checked.state.asOf).toBe("2023-06-18");
    expect(checked.ignored.map(describeIgnored)).toEqual([
      "event “fund” (not yet reported by 18 June 2023)",
      "source “november” (published after 18 June 2023)",
    ]);
  });

  it("drops a day before the first report, when nothing had been reported", () => {
    const checked = checkViewState(parseViewState("event=apec&asOf=2023-06-17").state, dataset);
    expect(checked.state).toMatchObject({ event: "apec", asOf: null });
    expect(checked.ignored.map(describeIgnored)).toEqual([
      "asOf “2023-06-17” (before the first report, of 18 June 2023)",
    ]);
  });

  it("reads the link against the view it is given for the day", () => {
    const seen: string[] = [];
    checkViewState(parseViewState("event=apec&asOf=2023-10-03").state, dataset, (day) => {
      seen.push(day);
      return dataset;
    });
    expect(seen).toEqual(["2023-10-03"]);
  });
});

describe("periodDays(text)", () => {
  it("expands a year, a month and a day to their inclusive days", () => {
    expect(periodDays("2023")).toEqual({ earliest: "2023-01-01", latest: "2023-12-31" });
    expect(periodDays("2024-02")).toEqual({ earliest: "2024-02-01", latest: "2024-02-29" });
    expect(periodDays("2023-02")).toEqual({ earliest: "2023-02-01", latest: "2023-02-28" });
    expect(periodDays("2023-06-18")).toEqual({ earliest: "2023-06-18", latest: "2023-06-18" });
  });

  it("rejects anything else", () => {
    for (const bad of [
      "",
      "23",
      "2023-2",
      "2023-00",
      "2023-02-29",
      "2023/2024",
      "../2023",
      " 2023",
    ]) {
      expect(periodDays(bad), bad).toBeUndefined();
    }
  });
});
