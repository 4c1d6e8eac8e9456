import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarEvents, calendarSpan, escapeText, foldLine, toIcs } from "./ics.ts";
import { LONG_MULTIBYTE, TEST_DATASET, testEvent } from "../model/fixtures/shareDataset.ts";

const encoder = new TextEncoder();

function vevents(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents("vevent");
}

function byUid(ics: string): Map<string, ICAL.Event> {
  return new Map(vevents(ics).map((c) => [new ICAL.Event(c).uid, new ICAL.Event(c)]));
}

describe("toIcs(events, dataset, options)", () => {
  const ics = toIcs(TEST_DATASET.events, TEST_DATASET);
  const events = byUid(ics);

  it("holds only planned and expected events, with stable UIDs <id>@dateline", () => {
    expect([...events.keys()].sort()).toEqual(
      [
        "delhi-g20@dateline",
        "forum-from-october@dateline",
        "san-francisco-apec@dateline",
        "talks-by-august@dateline",
      ].sort(),
    );
    expect(toIcs(TEST_DATASET.events, TEST_DATASET)).toBe(ics); // deterministic
  });

  it("includes hoped-for events only when asked", () => {
    const withHopes = byUid(toIcs(TEST_DATASET.events, TEST_DATASET, { includeHopedFor: true }));
    expect(withHopes.has("meet-next-year@dateline")).toBe(true);
    expect(events.has("meet-next-year@dateline")).toBe(false);
  });

  it("spans a month-precision event over its whole month with an exclusive all-day DTEND", () => {
    const delhi = events.get("delhi-g20@dateline");
    expect(delhi?.startDate.isDate).toBe(true);
    expect(delhi?.startDate.toString()).toBe("2023-09-01");
    expect(delhi?.endDate.isDate).toBe(true);
    expect(delhi?.endDate.toString()).toBe("2023-10-01");
    expect(delhi?.description).toContain("known only to the month");
    expect(delhi?.description).toContain("September 2023 (expected)");
  });

  it("spans an open start from the report's dateline to the last possible day, and says so", () => {
    const talks = events.get("talks-by-august@dateline");
    expect(talks?.startDate.toString()).toBe("2023-06-20");
    expect(talks?.endDate.toString()).toBe("2023-09-01");
    expect(talks?.description).toContain("No start date is known");
  });

  it("marks only the first day of an open end, and says so", () => {
    const forum = events.get("forum-from-october@dateline");
    expect(forum?.startDate.toString()).toBe("2023-10-02");
    expect(forum?.endDate.toString()).toBe("2023-10-03");
    expect(forum?.description).toContain("No end date is known");
  });

  it("sets STATUS:TENTATIVE and a DTSTAMP from the event's asOf dateline, not the clock", () => {
    for (const component of vevents(ics)) {
      expect(component.getFirstPropertyValue("status")).toBe("TENTATIVE");
      const uid = String(component.getFirstPropertyValue("uid"));
      const event = testEvent(uid.replace(/@dateline$/, ""));
      const stamp = component.getFirstPropertyValue("dtstamp") as ICAL.Time;
      expect(stamp.toString()).toBe(`${event.asOf}T00:00:00Z`);
    }
  });

  it("round-trips escaped commas, semicolons, backslashes and newlines in text", () => {
    const delhi = events.get("delhi-g20@dateline");
    expect(delhi?.summary).toBe('G20 in Delhi, "likely"; both leaders');
    expect(
      delhi?.description.startsWith("Both leaders are likely to attend,\nin September; maybe."),
    ).toBe(true);
    // The citation's quote and its article are in the description, verbatim.
    expect(delhi?.description).toContain(
      "“The two leaders are likely to attend the G20 summit in Delhi in September.\nA second line, with a comma; and a semicolon \\ and a backslash.”",
    );
    expect(delhi?.description).toContain(
      'Wire story <b>"A"</b>, 18 June 2023, Test Wire, paragraph 2',
    );
    expect(events.get("san-francisco-apec@dateline")?.location).toBe("San Francisco, CA");
  });

  it("uses CRLF line endings and folds every line at 75 octets without splitting a character", () => {
    const withHopes = toIcs(TEST_DATASET.events, TEST_DATASET, { includeHopedFor: true });
    expect(withHopes.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(withHopes.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = withHopes.split("\r\n");
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    expect(withHopes).not.toContain("\uFFFD");
    // The long multi-byte summary survives unfolding intact.
    const hope = byUid(withHopes).get("meet-next-year@dateline");
    expect(hope?.description).toContain(LONG_MULTIBYTE);
  });

  it("adds the share page URL when a site URL is given", () => {
    const withSite = byUid(
      toIcs(TEST_DATASET.events, TEST_DATASET, { siteUrl: "https://x.test/d" }),
    );
    const component = withSite.get("delhi-g20@dateline")?.component;
    expect(component?.getFirstPropertyValue("url")).toBe("https://x.test/d/e/delhi-g20/");
  });

  it("writes an empty but valid calendar when no event is anticipated", () => {
    const empty = toIcs([testEvent("beijing-visit")], TEST_DATASET);
    expect(vevents(empty)).toEqual([]);
    expect(
      new ICAL.Component(ICAL.parse(empty) as unknown[]).getFirstPropertyValue("version"),
    ).toBe("2.0");
  });
});

describe("calendarSpan(date)", () => {
  it("makes DTEND exclusive for days and day spans, across month and year ends", () => {
    expect(calendarSpan(testEvent("beijing-visit").date)).toEqual({
      start: "2023-06-18",
      endExclusive: "2023-06-20",
      note: undefined,
    });
    const newYear = {
      edtf: "2023-12-31",
      precision: "day" as const,
      earliest: "2023-12-31",
      latest: "2023-12-31",
      phrase: "on New Year's Eve",
      resolvedAgainst: "2023-06-18",
    };
    expect(calendarSpan(newYear).endExclusive).toBe("2024-01-01");
  });

  it("spans a leap February and a whole year", () => {
    const leap = {
      edtf: "2024-02",
      precision: "month" as const,
      earliest: "2024-02-01",
      latest: "2024-02-29",
      phrase: "in February",
      resolvedAgainst: "2023-06-18",
    };
    expect(calendarSpan(leap)).toMatchObject({ start: "2024-02-01", endExclusive: "2024-03-01" });
    expect(calendarSpan(testEvent("meet-next-year").date)).toMatchObject({
      start: "2024-01-01",
      endExclusive: "2025-01-01",
    });
  });

  it("marks the last day alone when an open start's deadline precedes the report", () => {
    const past = {
      edtf: "../2023-06-17",
      precision: "day" as const,
      earliest: null,
      latest: "2023-06-17",
      phrase: "before departure",
      resolvedAgainst: "2023-06-18",
    };
    expect(calendarSpan(past)).toMatchObject({ start: "2023-06-17", endExclusive: "2023-06-18" });
  });

  it("marks the whole start month of a month-precision open end", () => {
    const from = {
      edtf: "2023-10/..",
      precision: "month" as const,
      earliest: "2023-10-01",
      latest: null,
      phrase: "from October",
      resolvedAgainst: "2023-06-18",
    };
    expect(calendarSpan(from)).toMatchObject({ start: "2023-10-01", endExclusive: "2023-11-01" });
  });
});

describe("escapeText(text) and foldLine(line)", () => {
  it("escapes backslash, semicolon, comma and every newline form; drops control characters", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg\u0007h\ti")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng" + "h\ti");
  });

  it("leaves a 75-octet line alone and folds a 76-octet one", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("never splits a multi-byte character or a surrogate pair", () => {
    const line = `DESCRIPTION:${"é北😀".repeat(40)}`;
    const folded = foldLine(line);
    for (const physical of folded.split("\r\n")) {
      expect(encoder.encode(physical).length).toBeLessThanOrEqual(75);
      expect(physical).not.toMatch(/[\uD800-\uDBFF]$/);
    }
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });
});

describe("calendarEvents(events)", () => {
  it("keeps planned and expected events in order", () => {
    expect(calendarEvents(TEST_DATASET.events).map((e) => e.status)).toEqual(
      TEST_DATASET.events.map((e) => e.status).filter((s) => s === "planned" || s === "expected"),
    );
  });
});
