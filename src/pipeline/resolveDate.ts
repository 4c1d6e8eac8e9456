/**
 * Resolving an article's date phrase ("in February", "on Saturday", "two-day trip", "Before
 * departure") to an EDTF date, relative to the article's dateline and, where the phrase points at
 * another event ("the same month"), that event's resolved date. Pure: both dates are parameters.
 *
 * Forms (case-insensitive, an optional leading "in", "on" or "during", trailing punctuation ignored):
 * - explicit: `18 June 2023`, `June 18, 2023`, `2023-06-18`, `June 2023`, `2023-06`, `2023`;
 * - day and month without a year (`18 June`), a bare month (`in February`) and a weekday
 *   (`on Saturday`): the nearest such date on the `direction` side of the dateline, the dateline's
 *   own day, month or weekday included;
 * - `today`, `yesterday`, `tomorrow`; `last/this/next week` (Monday–Sunday); `last/this/next month`;
 *   `last/this/next year`;
 * - with an anchor: `the same day/month/year`, `that day/month/year`;
 * - `N-day …` (`two-day trip`, `3-day summit`, N from 1 to 10): N days from the anchor's first day,
 *   or from the dateline;
 * - open futures: `over the next several months`, `in the coming weeks`, `in the months ahead` …
 *   → `<dateline>/..`;
 * - `Before …` → `../<day before the anchor's first day>` (or the day before the dateline);
 *   `After …` → `<day after the anchor's last day>/..` (or the day after the dateline);
 * - `undated: true`: the phrase is kept but not read: the anchor's date if there is one, else
 *   `../<dateline>` (direction past, the default) or `<dateline>/..` (direction future).
 */
import type { EventDate } from "../model/dataset.ts";
import {
  addDays,
  dayParts,
  formatDay,
  isValidDay,
  MONTH_NAMES,
  monthSpan,
  parseDay,
  WEEKDAY_NAMES,
  weekdayOf,
} from "../model/dates.ts";

/** Which side of the dateline an ambiguous phrase lies on. */
export type Direction = "past" | "future";

/** What an annotator writes under `date:` (the anchor is passed resolved, separately). */
export type DateSpec = { phrase: string; direction?: Direction; undated?: boolean };

/** Why a phrase could not be resolved, and how to fix the annotation. */
export type DateProblem = { message: string; hint: string };

/** The result of resolveDate: a date or a problem, never an exception. */
export type ResolveResult = { date: EventDate } | { problem: DateProblem };

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((name, i) => {
  MONTHS.set(name.toLowerCase(), i + 1);
  MONTHS.set(name.slice(0, 3).toLowerCase(), i + 1);
});
MONTHS.set("sept", 9);
const WEEKDAYS = new Map<string, number>(WEEKDAY_NAMES.map((name, i) => [name.toLowerCase(), i]));

const MONTH_RE = `(${[...MONTHS.keys()].join("|")})\\.?`;
const ORDINAL = `(\\d{1,2})(?:st|nd|rd|th)?`;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const DAY_MONTH_YEAR = new RegExp(`^(?:the )?${ORDINAL}(?: of)? ${MONTH_RE},? (\\d{4})$`);
const MONTH_DAY_YEAR = new RegExp(`^${MONTH_RE} ${ORDINAL},? (\\d{4})$`);
const MONTH_YEAR = new RegExp(`^${MONTH_RE},? (\\d{4})$`);
const DAY_MONTH = new RegExp(`^(?:the )?${ORDINAL}(?: of)? ${MONTH_RE}$`);
const MONTH_DAY = new RegExp(`^${MONTH_RE} ${ORDINAL}$`);
const MONTH_ONLY = new RegExp(`^${MONTH_RE}$`);
const WEEKDAY = new RegExp(`^(${[...WEEKDAYS.keys()].join("|")})$`);
const RELATIVE = /^(today|yesterday|tomorrow|(last|this|next) (week|month|year))$/;
const SAME = /^(?:the same|that) (day|month|year)$/;
const N_DAY = new RegExp(
  `^(?:(?:a|an|the|his|her|their|its|this|that)\\s+)?(\\d+|${Object.keys(NUMBER_WORDS).join("|")})[- ]day\\b`,
);
const OPEN_FUTURE = [
  /^(?:over|in|during|within) the (?:next|coming) (?:several |few |couple of )?(?:days|weeks|months|years)$/,
  /^in the (?:days|weeks|months|years) (?:ahead|to come)$/,
];

function normalise(phrase: string): string {
  return phrase
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[.,;:!?]+$/, "");
}

function stripPreposition(p: string): string {
  return p.replace(/^(?:in|on|during) /, "");
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function dayDate(day: string): Omit<EventDate, "phrase" | "resolvedAgainst"> {
  return { edtf: day, precision: "day", earliest: day, latest: day };
}

function spanDate(a: string, b: string): Omit<EventDate, "phrase" | "resolvedAgainst"> {
  if (a === b) return dayDate(a);
  return { edtf: `${a}/${b}`, precision: "day", earliest: a, latest: b };
}

function monthDate(year: number, month: number): Omit<EventDate, "phrase" | "resolvedAgainst"> {
  return {
    edtf: `${pad(year, 4)}-${pad(month, 2)}`,
    precision: "month",
    ...monthSpan(year, month),
  };
}

function yearDate(year: number): Omit<EventDate, "phrase" | "resolvedAgainst"> {
  const y = pad(year, 4);
  return { edtf: y, precision: "year", earliest: `${y}-01-01`, latest: `${y}-12-31` };
}

function openEnd(from: string): Omit<EventDate, "phrase" | "resolvedAgainst"> {
  return { edtf: `${from}/..`, precision: "day", earliest: from, latest: null };
}

function openStart(to: string): Omit<EventDate, "phrase" | "resolvedAgainst"> {
  return { edtf: `../${to}`, precision: "day", earliest: null, latest: to };
}

const fail = (message: string, hint: string): ResolveResult => ({ problem: { message, hint } });

const NEEDS_DIRECTION = "add direction: past or future";

/**
 * Resolves `spec.phrase` against `dateline` (YYYY-MM-DD, a valid day) and, for phrases that refer
 * to another event, `anchor` (that event's resolved date). `resolvedAgainst` is always `dateline`.
 * Never throws: an unreadable phrase, an impossible date or a missing direction or anchor comes
 * back as a problem with a hint.
 */
export function resolveDate(spec: DateSpec, dateline: string, anchor?: EventDate): ResolveResult {
  const done = (d: Omit<EventDate, "phrase" | "resolvedAgainst">): ResolveResult => ({
    date: { ...d, phrase: spec.phrase, resolvedAgainst: dateline },
  });
  if (spec.phrase.trim() === "")
    return fail("empty date phrase", "copy the article's words for the date");
  const p = normalise(spec.phrase);
  const dl = dayParts(dateline);

  if (spec.undated === true) {
    if (anchor) {
      const { edtf, precision, earliest, latest } = anchor;
      return done({ edtf, precision, earliest, latest });
    }
    return done(spec.direction === "future" ? openEnd(dateline) : openStart(dateline));
  }

  if (/^before\b/.test(p)) {
    if (!anchor) return done(openStart(addDays(dateline, -1)));
    if (anchor.earliest === null) {
      return fail(
        `"${spec.phrase}": the anchor's date has no known start to be before`,
        "anchor it to an event with a known first day, or drop the anchor to mean before the dateline",
      );
    }
    return done(openStart(addDays(anchor.earliest, -1)));
  }
  if (/^after\b/.test(p)) {
    if (!anchor) return done(openEnd(addDays(dateline, 1)));
    if (anchor.latest === null) {
      return fail(
        `"${spec.phrase}": the anchor's date has no known end to be after`,
        "anchor it to an event with a known last day, or drop the anchor to mean after the dateline",
      );
    }
    return done(openEnd(addDays(anchor.latest, 1)));
  }
  if (OPEN_FUTURE.some((re) => re.test(p))) return done(openEnd(dateline));

  const s = stripPreposition(p);

  const nDay = N_DAY.exec(s);
  if (nDay?.[1] !== undefined) {
    const n = NUMBER_WORDS[nDay[1]] ?? Number(nDay[1]);
    if (!Number.isInteger(n) || n < 1 || n > 10) {
      return fail(
        `"${spec.phrase}": a span of ${nDay[1]} days is not supported (1 to 10)`,
        "mark the date `undated: true`, or use an explicit date phrase",
      );
    }
    let start = dateline;
    if (anchor) {
      if (anchor.earliest === null) {
        return fail(
          `"${spec.phrase}": the anchor's date has no known first day to count from`,
          "anchor it to an event with a known first day, or drop the anchor to count from the dateline",
        );
      }
      start = anchor.earliest;
    }
    return done(spanDate(start, addDays(start, n - 1)));
  }

  const relative = RELATIVE.exec(s);
  if (relative) {
    const [, word, which, unit] = relative;
    if (word === "today") return done(dayDate(dateline));
    if (word === "yesterday") return done(dayDate(addDays(dateline, -1)));
    if (word === "tomorrow") return done(dayDate(addDays(dateline, 1)));
    const step = which === "last" ? -1 : which === "next" ? 1 : 0;
    if (unit === "week") {
      const monday = addDays(dateline, -((weekdayOf(dateline) + 6) % 7) + 7 * step);
      return done(spanDate(monday, addDays(monday, 6)));
    }
    if (unit === "month") {
      const index = dl.year * 12 + (dl.month - 1) + step;
      return done(monthDate(Math.floor(index / 12), (index % 12) + 1));
    }
    return done(yearDate(dl.year + step));
  }

  const same = SAME.exec(s);
  if (same) {
    const unit = same[1];
    if (!anchor) {
      return fail(
        `"${spec.phrase}" refers to another event's date, but there is no anchor`,
        "add `anchor: <event-id>` naming the event it refers to",
      );
    }
    if (anchor.earliest === null || anchor.latest === null) {
      return fail(
        `"${spec.phrase}": the anchor's date ${anchor.edtf} is open-ended, so its ${unit} is unknown`,
        "anchor it to an event with a closed date",
      );
    }
    const a = dayParts(anchor.earliest);
    const b = dayParts(anchor.latest);
    if (unit === "year") {
      if (a.year !== b.year) return fail(spanMessage(spec.phrase, anchor, "years"), SPAN_HINT);
      return done(yearDate(a.year));
    }
    if (anchor.precision === "year") {
      return fail(
        `"${spec.phrase}": the anchor's date ${anchor.edtf} is known only to the year`,
        "anchor it to an event known to the month or day, or say `the same year`",
      );
    }
    if (unit === "month") {
      if (a.year !== b.year || a.month !== b.month) {
        return fail(spanMessage(spec.phrase, anchor, "months"), SPAN_HINT);
      }
      return done(monthDate(a.year, a.month));
    }
    if (anchor.precision !== "day") {
      return fail(
        `"${spec.phrase}": the anchor's date ${anchor.edtf} is known only to the month`,
        "anchor it to an event known to the day, or say `the same month`",
      );
    }
    if (anchor.earliest !== anchor.latest) {
      return fail(spanMessage(spec.phrase, anchor, "days"), SPAN_HINT);
    }
    return done(dayDate(anchor.earliest));
  }

  const iso = ISO_DAY.exec(s);
  if (iso) return explicitDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const isoMonth = ISO_MONTH.exec(s);
  if (isoMonth) {
    const month = Number(isoMonth[2]);
    if (month < 1 || month > 12) return impossible(s);
    return done(monthDate(Number(isoMonth[1]), month));
  }
  const year = YEAR.exec(s);
  if (year) return done(yearDate(Number(year[1])));
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) return explicitDay(Number(dmy[3]), monthOf(dmy[2]), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) return explicitDay(Number(mdy[3]), monthOf(mdy[1]), Number(mdy[2]));
  const my = MONTH_YEAR.exec(s);
  if (my) return done(monthDate(Number(my[2]), monthOf(my[1])));

  const dm = DAY_MONTH.exec(s);
  const md = dm ? null : MONTH_DAY.exec(s);
  if (dm || md) {
    const [month, day] = dm ? [monthOf(dm[2]), Number(dm[1])] : [monthOf(md?.[1]), Number(md?.[2])];
    if (day < 1 || day > 31 || (month === 2 ? day > 29 : day > monthSpanLength(month))) {
      return impossible(spec.phrase);
    }
    if (!spec.direction) return fail(`"${spec.phrase}" has no year`, NEEDS_DIRECTION);
    // Walk years away from the dateline until the day exists (29 February) on the right side.
    for (let y = dl.year, tries = 0; tries < 9; tries++, y += spec.direction === "past" ? -1 : 1) {
      const candidate = `${pad(y, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
      if (!isValidDay(candidate)) continue;
      const cmp = candidate < dateline ? -1 : candidate > dateline ? 1 : 0;
      if ((spec.direction === "past" && cmp <= 0) || (spec.direction === "future" && cmp >= 0)) {
        return done(dayDate(candidate));
      }
    }
    return impossible(spec.phrase);
  }

  const monthOnly = MONTH_ONLY.exec(s);
  if (monthOnly) {
    const month = monthOf(monthOnly[1]);
    if (!spec.direction) {
      return fail(
        `"${spec.phrase}" could be the past or the coming ${MONTH_NAMES[month - 1] ?? ""}`,
        NEEDS_DIRECTION,
      );
    }
    if (spec.direction === "past")
      return done(monthDate(month <= dl.month ? dl.year : dl.year - 1, month));
    return done(monthDate(month >= dl.month ? dl.year : dl.year + 1, month));
  }

  const weekday = WEEKDAY.exec(s);
  if (weekday) {
    const wanted = WEEKDAYS.get(weekday[1] ?? "") ?? 0;
    if (!spec.direction) {
      return fail(
        `"${spec.phrase}" could be the last or the coming ${WEEKDAY_NAMES[wanted] ?? ""}`,
        NEEDS_DIRECTION,
      );
    }
    const today = weekdayOf(dateline);
    const back = (today - wanted + 7) % 7;
    const ahead = (wanted - today + 7) % 7;
    return done(dayDate(addDays(dateline, spec.direction === "past" ? -back : ahead)));
  }

  return fail(
    `cannot read the date phrase "${spec.phrase}"`,
    "use a supported form (18 June 2023, June 2023, 2023, in February, on Saturday, yesterday, " +
      "last week, the same month + anchor, two-day trip, over the next several months, Before …, After …) " +
      "or mark it `undated: true`",
  );

  function explicitDay(y: number, m: number, d: number): ResolveResult {
    const day = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
    const n = parseDay(day);
    if (n === undefined) return impossible(spec.phrase);
    return done(dayDate(formatDay(n)));
  }
}

const SPAN_HINT = "anchor it to an event within a single such period, or write the date itself";

function spanMessage(phrase: string, anchor: EventDate, units: string): string {
  return `"${phrase}" is ambiguous: the anchor's date ${anchor.edtf} spans several ${units}`;
}

function impossible(phrase: string): ResolveResult {
  return fail(
    `impossible date "${phrase}": no such day in the calendar`,
    "correct the date to a real calendar day",
  );
}

function monthOf(name: string | undefined): number {
  return MONTHS.get((name ?? "").replace(/\.$/, "")) ?? 0;
}

/** Longest length of a month in any year (February counts 29). */
function monthSpanLength(month: number): number {
  return monthSpan(2024, month).latest.endsWith("31") ? 31 : 30;
}
