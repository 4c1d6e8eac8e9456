/**
 * What a link-preview card (a 1200×630 picture that chats and social networks show beside a
 * shared link) says for an event or an article, and its text for `og:image:alt`. The picture is
 * drawn from this by cardTree.ts, in the colours of cardPalette.ts.
 */
import type { Dataset, Source, Status, TimelineEvent } from "../model/dataset.ts";
import { indexDataset } from "../model/datasetIndex.ts";
import { formatDateLabel, formatDayLong } from "../model/dateLabels.ts";
import type { StoryMarks } from "../model/story.ts";
import { storyMarked, storyMarks } from "../model/story.ts";
import { eventShape } from "../model/timelinePlan.ts";
import type { StripDatelineInput, StripEvent } from "./cardLayout.ts";
import { statusSentence } from "./lookup.ts";
import { truncate } from "./truncate.ts";

/** A card's size in pixels: the 1.91:1 picture Open Graph and X (Twitter) large cards expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Longest og:image:alt text: X (Twitter) reads at most 420 characters. */
export const CARD_ALT_MAX = 420;

/** The card of an event: its own words and date, as the app writes them. */
export type EventCard = {
  kind: "event";
  corpusTitle: string;
  title: string;
  /** formatDateLabel(date, status), exactly as the app and the share page write it. */
  dateLabel: string;
  status: Status;
  /** The day the status holds on (the latest dateline citing it), written for readers. */
  asOf: string;
  /** `Status as of 18 June 2023: ongoing`, the share page's sentence. */
  statusSentence: string;
  /**
   * An event told by several articles, in a few words drawn after the status (cardStory:
   * `2 reports, status changed`); null for an event told once.
   */
  story: string | null;
  strip: { events: StripEvent[]; datelines: StripDatelineInput[] };
};

/** The card of an article. */
export type ArticleCard = {
  kind: "article";
  corpusTitle: string;
  title: string;
  /** Its dateline, written for readers: `18 June 2023`. */
  dateline: string;
  attribution: string;
  /** How many events cite it. */
  eventCount: number;
  strip: { events: StripEvent[]; datelines: StripDatelineInput[] };
};

export type CardContent = EventCard | ArticleCard;

/** The datelines of `sources`, one per day with the number of articles dated that day. */
function datelinesOf(sources: readonly Source[]): StripDatelineInput[] {
  const byDay = new Map<string, number>();
  for (const s of sources) byDay.set(s.dateline, (byDay.get(s.dateline) ?? 0) + 1);
  return [...byDay].map(([day, n]) => ({ day, sources: n }));
}

/** The events that cite `source`, in dataset order. */
function eventsCiting(source: Source, dataset: Dataset): TimelineEvent[] {
  return dataset.events.filter((e) => e.citations.some((c) => c.source === source.id));
}

/**
 * An event's story as short as a card's one line allows: how many reports, and the one change a
 * reader most needs to know: that they disagree, else that the status changed, else the date.
 * Null for an event told once.
 */
export function cardStory(marks: StoryMarks): string | null {
  if (!storyMarked(marks)) return null;
  const what =
    marks.disagreements > 0
      ? "reports disagree"
      : marks.statusChanged
        ? "status changed"
        : marks.date === "same"
          ? null
          : `date ${marks.date}`;
  return `${String(marks.reports)} reports${what === null ? "" : `, ${what}`}`;
}

/** What the card of `event` shows: its strip marks the datelines of every article citing it. */
export function eventCardContent(event: TimelineEvent, dataset: Dataset): EventCard {
  const { sources } = indexDataset(dataset);
  const citing = [...new Set(event.citations.map((c) => c.source))].flatMap((id) => {
    const source = sources.get(id);
    return source ? [source] : [];
  });
  return {
    kind: "event",
    corpusTitle: dataset.title,
    title: event.title,
    dateLabel: formatDateLabel(event.date, event.status),
    status: event.status,
    asOf: formatDayLong(event.asOf),
    statusSentence: statusSentence(event),
    story: cardStory(storyMarks(event)),
    strip: {
      events: [{ shape: eventShape(event), status: event.status }],
      datelines: datelinesOf(citing),
    },
  };
}

/** What the card of `source` shows: its strip marks the events it is cited by, and its dateline. */
export function articleCardContent(source: Source, dataset: Dataset): ArticleCard {
  const events = eventsCiting(source, dataset);
  return {
    kind: "article",
    corpusTitle: dataset.title,
    title: source.title,
    dateline: formatDayLong(source.dateline),
    attribution: source.attribution,
    eventCount: events.length,
    strip: {
      events: events.map((e) => ({ shape: eventShape(e), status: e.status })),
      datelines: datelinesOf([source]),
    },
  };
}

/** `Cited by 3 events` / `Cited by 1 event` / `Cited by no event`. */
export function citedByLine(count: number): string {
  if (count === 0) return "Cited by no event";
  return `Cited by ${String(count)} event${count === 1 ? "" : "s"}`;
}

/** A card's dateline line: `Dateline 18 June 2023`. */
export function datelineLine(card: ArticleCard): string {
  return `Dateline ${card.dateline}`;
}

/**
 * The card's words as one text, for `og:image:alt` (what a reader who cannot see the picture is
 * told): the full title, however the picture cuts it, then the rest of what the card says. At most
 * CARD_ALT_MAX characters.
 */
export function cardAlt(card: CardContent): string {
  const clean = (text: string): string => text.replace(/\s+/g, " ").trim();
  const title = clean(card.title);
  // "Title, 18–19 June 2023." reads as one sentence; a title with its own stop keeps it.
  const head =
    card.kind === "event" ? `${title}${/[.!?…]$/.test(title) ? "" : ","} ${card.dateLabel}` : title;
  const rest =
    card.kind === "event"
      ? [card.statusSentence, card.story ?? "", card.corpusTitle]
      : [
          `${datelineLine(card)}, ${card.attribution}`,
          citedByLine(card.eventCount),
          card.corpusTitle,
        ];
  const text = [head, ...rest]
    .map(clean)
    .filter((p) => p !== "")
    .map((p) => (/[.!?…]$/.test(p) ? p : `${p}.`))
    .join(" ");
  return truncate(text, CARD_ALT_MAX);
}
