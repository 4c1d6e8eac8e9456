import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Dataset, TimelineEvent } from "../model/dataset.ts";
import { formatDateLabel } from "../model/dateLabels.ts";
import {
  articleCardContent,
  CARD_ALT_MAX,
  cardAlt,
  citedByLine,
  eventCardContent,
} from "./cardContent.ts";
import { TEST_DATASET } from "../model/fixtures/shareDataset.ts";

/** The committed dataset: the app's real event wording. */
const REAL = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;

function realEvent(id: string): TimelineEvent {
  const found = REAL.events.find((e) => e.id === id);
  if (!found) throw new Error(`the real dataset lost ${id}`);
  return found;
}

describe("eventCardContent(event, dataset)", () => {
  it("writes the date label exactly as the app does", () => {
    for (const event of REAL.events) {
      expect(eventCardContent(event, REAL).dateLabel).toBe(
        formatDateLabel(event.date, event.status),
      );
    }
    expect(eventCardContent(realEvent("beijing-visit"), REAL).dateLabel).toBe("18–19 June 2023");
    expect(eventCardContent(realEvent("delhi-g20"), REAL).dateLabel).toBe(
      "September 2023 (expected)",
    );
    expect(eventCardContent(realEvent("bali-g20"), REAL).dateLabel).toBe("November 2022");
  });

  it("carries the event's own title, status, the day it holds on and the corpus title", () => {
    const card = eventCardContent(realEvent("san-francisco-apec"), REAL);
    expect(card).toMatchObject({
      kind: "event",
      title: "APEC leaders' meeting in San Francisco",
      status: "planned",
      asOf: "18 June 2023",
      statusSentence: "Status as of 18 June 2023: planned",
      corpusTitle: REAL.title,
    });
  });

  it("marks on its strip the dateline of each article citing the event, once per day", () => {
    const card = eventCardContent(realEvent("beijing-visit"), REAL);
    expect(card.strip.datelines).toEqual([{ day: "2023-06-18", sources: 1 }]);
    expect(card.strip.events).toHaveLength(1);
  });
});

describe("articleCardContent(source, dataset)", () => {
  it("counts the events citing the article and marks its dateline", () => {
    const source = REAL.sources[0];
    if (!source) throw new Error("no source");
    const card = articleCardContent(source, REAL);
    expect(card).toMatchObject({
      kind: "article",
      title: "Blinken meets Qin Gang in Beijing",
      dateline: "18 June 2023",
      attribution: "Al Jazeera",
      eventCount: 15,
    });
    expect(card.strip.events).toHaveLength(15);
    expect(card.strip.datelines).toEqual([{ day: "2023-06-18", sources: 1 }]);
  });

  it("counts only the events that cite it", () => {
    const second = TEST_DATASET.sources[1];
    if (!second) throw new Error("no second source");
    expect(articleCardContent(second, TEST_DATASET).eventCount).toBe(2);
  });
});

describe("citedByLine(count)", () => {
  it("agrees in number", () => {
    expect([0, 1, 2].map(citedByLine)).toEqual([
      "Cited by no event",
      "Cited by 1 event",
      "Cited by 2 events",
    ]);
  });
});

describe("cardAlt(card)", () => {
  it("says in words what an event card shows, with the full title", () => {
    expect(cardAlt(eventCardContent(realEvent("beijing-visit"), REAL))).toBe(
      "Blinken visits Beijing and meets Qin Gang, 18–19 June 2023. Status as of 18 June 2023: ongoing. US–China diplomacy, 2022–2023.",
    );
  });

  it("says in words what an article card shows", () => {
    const source = REAL.sources[0];
    if (!source) throw new Error("no source");
    expect(cardAlt(articleCardContent(source, REAL))).toBe(
      "Blinken meets Qin Gang in Beijing. Dateline 18 June 2023, Al Jazeera. Cited by 15 events. US–China diplomacy, 2022–2023.",
    );
  });

  it("keeps a title's own question mark and stays within the length unfurlers read", () => {
    const base = eventCardContent(realEvent("delhi-g20"), REAL);
    expect(cardAlt({ ...base, title: "Will Xi go?" })).toMatch(/^Will Xi go\? September 2023/);
    const long = cardAlt({ ...base, title: "word ".repeat(200) });
    expect(long.length).toBeLessThanOrEqual(CARD_ALT_MAX);
    expect(long.endsWith("…")).toBe(true);
  });
});
