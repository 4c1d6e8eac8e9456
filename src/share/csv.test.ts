import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, neutralizeFormula, quoteField, toCsv } from "./csv.ts";
import { TEST_DATASET, testEvent } from "../model/fixtures/shareDataset.ts";

type Row = Record<string, string>;

function parse(csv: string): Papa.ParseResult<Row> {
  return Papa.parse<Row>(csv, { header: true, skipEmptyLines: true });
}

describe("toCsv(events, dataset)", () => {
  const events = TEST_DATASET.events;
  const csv = toCsv(events, TEST_DATASET);
  const parsed = parse(csv);

  it("parses with papaparse without errors, one row per event, documented columns in order", () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(CSV_COLUMNS.map(([name]) => name));
    expect(parsed.data.map((r) => r["id"])).toEqual(events.map((e) => e.id));
  });

  it("round-trips titles and summaries with commas, quotes, semicolons and newlines", () => {
    const row = parsed.data.find((r) => r["id"] === "delhi-g20");
    expect(row?.["title"]).toBe('G20 in Delhi, "likely"; both leaders');
    expect(row?.["summary"]).toBe("Both leaders are likely to attend,\nin September; maybe.");
  });

  it("writes dates as EDTF, inclusive days (empty when open), precision, status and as_of", () => {
    const byId = new Map(parsed.data.map((r) => [r["id"], r]));
    expect(byId.get("beijing-visit")).toMatchObject({
      edtf: "2023-06-18/2023-06-19",
      date_label: "18–19 June 2023",
      earliest: "2023-06-18",
      latest: "2023-06-19",
      precision: "day",
      status: "ongoing",
      as_of: "2023-06-18",
    });
    expect(byId.get("delhi-g20")?.["date_label"]).toBe("September 2023 (expected)");
    expect(byId.get("talks-by-august")).toMatchObject({ earliest: "", latest: "2023-08-31" });
    expect(byId.get("forum-from-october")).toMatchObject({ earliest: "2023-10-02", latest: "" });
  });

  it("joins ids with ; and names with '; '", () => {
    const row = parsed.data.find((r) => r["id"] === "beijing-visit");
    expect(row?.["actors"]).toBe("antony-blinken;qin-gang");
    expect(row?.["actor_names"]).toBe("Antony Blinken; Qin Gang");
    expect(row?.["places"]).toBe("beijing");
    expect(row?.["place_names"]).toBe("Beijing");
    expect(row?.["related"]).toBe("delhi-g20");
  });

  it("encodes citations as JSON whose offsets select the quote in the source text", () => {
    for (const row of parsed.data) {
      const citations = JSON.parse(row["citations"] ?? "") as {
        source: string;
        start: number;
        end: number;
        paragraph: number;
        exact: string;
      }[];
      const event = testEvent(row["id"] ?? "");
      expect(citations).toEqual(
        event.citations.map(({ source, start, end, paragraph, exact }) => ({
          source,
          start,
          end,
          paragraph,
          exact,
        })),
      );
      for (const c of citations) {
        const text = TEST_DATASET.sources.find((s) => s.id === c.source)?.text ?? "";
        expect(text.slice(c.start, c.end)).toBe(c.exact);
      }
    }
  });

  it("neutralizes cells a spreadsheet would run as formulas", () => {
    const row = parsed.data.find((r) => r["id"] === "san-francisco-apec");
    expect(row?.["summary"]).toBe(`'${testEvent("san-francisco-apec").summary}`);
    expect(row?.["actor_names"]?.startsWith("'=cmd|")).toBe(true);
    // No cell of the whole file starts with a formula character.
    const cells = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });

  it("ends every record with CRLF and starts with a byte order mark unless told not to", () => {
    expect(csv.startsWith("\uFEFFid,title,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    // Outside quoted fields, every line break is CRLF: one record per event plus the header.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, "");
    expect(unquoted.match(/\r\n/g)).toHaveLength(events.length + 1);
    expect(unquoted.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(toCsv(events, TEST_DATASET, { byteOrderMark: false }).startsWith("id,")).toBe(true);
  });

  it("writes only the header for no events", () => {
    expect(parse(toCsv([], TEST_DATASET)).data).toEqual([]);
  });
});

describe("quoteField(cell) and neutralizeFormula(cell)", () => {
  it("quotes only when needed, doubling quotes (RFC 4180)", () => {
    expect(quoteField("plain")).toBe("plain");
    expect(quoteField('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
  });

  it("prefixes = + - @ tab and CR with an apostrophe and leaves other text alone", () => {
    for (const c of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(neutralizeFormula(c)).toBe(`'${c}`);
    }
    expect(neutralizeFormula("a=1")).toBe("a=1");
    expect(neutralizeFormula("../2023-06-17")).toBe("../2023-06-17");
  });
});
