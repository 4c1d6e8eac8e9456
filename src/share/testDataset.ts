/**
 * A small dataset for the share module's unit tests: every date shape the contract allows (day,
 * day span, month, year, open start, open end), every status the exports treat differently, and
 * hostile text (markup, `javascript:`, spreadsheet formulas, CSV and iCalendar delimiters,
 * newlines, multi-byte characters, a very long unbroken string). Offsets are computed from the
 * text, so the citation invariant `text.slice(start, end) === exact` holds by construction.
 * Test support only: nothing in the app imports it.
 */
import type { Citation, Dataset, Source, TimelineEvent } from "../model/dataset.ts";

/** A payload that runs script if any code inserts it as HTML. */
export const XSS = "<img src=x onerror=alert(1)>";
/** A long unbroken multi-byte string: forces iCalendar folding inside UTF-8 sequences. */
export const LONG_MULTIBYTE = "北京Zürich—".repeat(30);

const PARAGRAPHS_A = [
  'Antony Blinken met Qin Gang in Beijing, in a two-day trip; officials said talks "went well".',
  "The two leaders are likely to attend the G20 summit in Delhi in September.\nA second line, with a comma; and a semicolon \\ and a backslash.",
  `The US hosts APEC in San Francisco in November. ${XSS} wrote =SUM(A1) and javascript:alert(1).`,
  `Ministers hope to meet again next year. ${LONG_MULTIBYTE}`,
];
const PARAGRAPHS_B = [
  "Talks are planned before the end of August, officials said.",
  "A forum is expected from 2 October on.",
];

function source(id: string, title: string, dateline: string, paragraphs: string[]): Source {
  const text = paragraphs.join("\n\n");
  let start = 0;
  const spans = paragraphs.map((p) => {
    const span = { start, end: start + p.length };
    start += p.length + 2;
    return span;
  });
  return {
    id,
    title,
    dateline,
    attribution: "Test Wire",
    sha256: "0".repeat(64),
    text,
    paragraphs: spans,
  };
}

/** The citation of the first occurrence of `exact` in `src`; throws when it is absent. */
export function cite(src: Source, exact: string): Citation {
  const start = src.text.indexOf(exact);
  if (start < 0) throw new Error(`fixture quote not found: ${exact}`);
  const end = start + exact.length;
  const paragraph = src.paragraphs.findIndex((p) => p.start <= start && end <= p.end);
  return {
    source: src.id,
    exact,
    prefix: src.text.slice(Math.max(0, start - 32), start),
    suffix: src.text.slice(end, end + 32),
    start,
    end,
    paragraph: Math.max(0, paragraph),
  };
}

const A = source("000_test", `Wire story <b>"A"</b>`, "2023-06-18", PARAGRAPHS_A);
const B = source("001_test", "Second story", "2023-06-20", PARAGRAPHS_B);

function event(
  partial: Omit<TimelineEvent, "asOf" | "related" | "places"> &
    Partial<Pick<TimelineEvent, "asOf" | "related" | "places">>,
): TimelineEvent {
  return { asOf: "2023-06-18", related: [], places: [], ...partial };
}

const EVENTS: TimelineEvent[] = [
  event({
    id: "balloon-incident",
    title: "Balloon seen",
    summary: "A balloon was seen in February.",
    date: {
      edtf: "2023-02",
      precision: "month",
      earliest: "2023-02-01",
      latest: "2023-02-28",
      phrase: "in February",
      resolvedAgainst: "2023-06-18",
    },
    status: "occurred",
    actors: ["united-states"],
    citations: [cite(A, "Antony Blinken met Qin Gang")],
  }),
  event({
    id: "beijing-visit",
    title: "Blinken visits Beijing",
    summary: 'Blinken met Qin Gang; talks "went well", officials said.',
    date: {
      edtf: "2023-06-18/2023-06-19",
      precision: "day",
      earliest: "2023-06-18",
      latest: "2023-06-19",
      phrase: "two-day trip",
      resolvedAgainst: "2023-06-18",
    },
    status: "ongoing",
    actors: ["antony-blinken", "qin-gang"],
    places: ["beijing"],
    related: ["delhi-g20"],
    citations: [
      cite(A, "Antony Blinken met Qin Gang in Beijing, in a two-day trip"),
      cite(A, 'officials said talks "went well"'),
    ],
  }),
  event({
    id: "delhi-g20",
    title: 'G20 in Delhi, "likely"; both leaders',
    summary: "Both leaders are likely to attend,\nin September; maybe.",
    date: {
      edtf: "2023-09",
      precision: "month",
      earliest: "2023-09-01",
      latest: "2023-09-30",
      phrase: "in September",
      resolvedAgainst: "2023-06-18",
    },
    status: "expected",
    actors: ["antony-blinken", "hostile-actor"],
    places: ["delhi"],
    related: ["beijing-visit"],
    citations: [
      cite(
        A,
        "The two leaders are likely to attend the G20 summit in Delhi in September.\nA second line, with a comma; and a semicolon \\ and a backslash.",
      ),
    ],
  }),
  event({
    id: "san-francisco-apec",
    title: `APEC in San Francisco ${XSS}`,
    summary: `=HYPERLINK("javascript:alert(1)") ${XSS}`,
    date: {
      edtf: "2023-11",
      precision: "month",
      earliest: "2023-11-01",
      latest: "2023-11-30",
      phrase: "in November",
      resolvedAgainst: "2023-06-18",
    },
    status: "planned",
    actors: ["hostile-actor"],
    places: ["san-francisco"],
    citations: [cite(A, `${XSS} wrote =SUM(A1) and javascript:alert(1).`)],
  }),
  event({
    id: "meet-next-year",
    title: "Ministers hope to meet",
    summary: `They hope to meet next year. ${LONG_MULTIBYTE}`,
    date: {
      edtf: "2024",
      precision: "year",
      earliest: "2024-01-01",
      latest: "2024-12-31",
      phrase: "next year",
      resolvedAgainst: "2023-06-18",
    },
    status: "hoped-for",
    actors: [],
    citations: [cite(A, `Ministers hope to meet again next year. ${LONG_MULTIBYTE}`)],
  }),
  event({
    id: "talks-by-august",
    title: "Talks before the end of August",
    summary: "Talks are planned before the end of August.",
    date: {
      edtf: "../2023-08-31",
      precision: "day",
      earliest: null,
      latest: "2023-08-31",
      phrase: "before the end of August",
      resolvedAgainst: "2023-06-20",
    },
    status: "planned",
    asOf: "2023-06-20",
    actors: [],
    citations: [cite(B, "Talks are planned before the end of August")],
  }),
  event({
    id: "forum-from-october",
    title: "Forum from October",
    summary: "A forum is expected from 2 October on.",
    date: {
      edtf: "2023-10-02/..",
      precision: "day",
      earliest: "2023-10-02",
      latest: null,
      phrase: "from 2 October on",
      resolvedAgainst: "2023-06-20",
    },
    status: "expected",
    asOf: "2023-06-20",
    actors: [],
    citations: [cite(B, "A forum is expected from 2 October on.")],
  }),
];

/** The test dataset; valid under DatasetSchema (a test checks). */
export const TEST_DATASET: Dataset = {
  schemaVersion: 1,
  title: "Test corpus, <i>2023</i>",
  description: "Fixture for the share module.",
  corpusDigest: "f".repeat(64),
  sources: [A, B],
  actors: [
    { id: "antony-blinken", name: "Antony Blinken", kind: "person", role: "US Secretary of State" },
    { id: "hostile-actor", name: `=cmd|' /C calc'!A0 ${XSS}`, kind: "organisation" },
    { id: "qin-gang", name: "Qin Gang", kind: "person" },
    { id: "united-states", name: "United States", kind: "country" },
  ],
  places: [
    { id: "beijing", name: "Beijing" },
    { id: "delhi", name: "Delhi" },
    { id: "san-francisco", name: "San Francisco, CA" },
  ],
  // The contract's order: by (earliest ?? latest, latest ?? earliest, id).
  events: [...EVENTS].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
};

function sortKey(e: TimelineEvent): string {
  const { earliest, latest } = e.date;
  return `${earliest ?? latest ?? ""}|${latest ?? earliest ?? ""}|${e.id}`;
}

/** The event with `id` in TEST_DATASET; throws when absent. */
export function testEvent(id: string): TimelineEvent {
  const found = TEST_DATASET.events.find((e) => e.id === id);
  if (!found) throw new Error(`no fixture event ${id}`);
  return found;
}
