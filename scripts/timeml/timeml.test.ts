import { describe, expect, it } from "vitest";
import { SAMPLE_TEXT, SAMPLE_TML } from "./sample.ts";
import { decodeEntities, parseTimeml } from "./timeml.ts";

describe("parseTimeml(source, doc)", () => {
  const d = parseTimeml(SAMPLE_TML, "harbour_1");

  it("reads the creation time and the plain text, tags removed and entities decoded", () => {
    expect(d.doc).toBe("harbour_1");
    expect(d.dct).toBe("2023-06-16");
    expect(d.text).toBe(SAMPLE_TEXT);
    expect(d.warnings).toEqual([]);
  });

  it("gives each gold TIMEX3 as offsets into that text, the creation time left out", () => {
    expect(d.timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ["Friday", "DATE", "2023-06-16"],
      ["two years", "DURATION", "P2Y"],
      ["daily", "SET", "P1D"],
      ["9 a.m. Saturday", "TIME", "2023-06-17T09:00"],
      ["now", "DATE", "PRESENT_REF"],
      ["March 2021", "DATE", "2021-03"],
    ]);
    for (const t of d.timexes) expect(d.text.slice(t.start, t.end)).toBe(t.text);
  });

  it("names the document when it has no creation time or no text", () => {
    expect(() => parseTimeml("<TimeML><TEXT>x</TEXT></TimeML>", "a")).toThrow(
      /^a: no TIMEX3 with functionInDocument="CREATION_TIME"/,
    );
    const noText = SAMPLE_TML.replace(/<TEXT>[\s\S]*<\/TEXT>/, "");
    expect(() => parseTimeml(noText, "b")).toThrow(/^b: no <TEXT>…<\/TEXT> element/);
  });

  it("warns of empty and unbalanced TIMEX3s and loses nothing else", () => {
    const odd = SAMPLE_TML.replace(
      "The work began",
      '<TIMEX3 tid="t9" type="DATE" value="X"></TIMEX3><TIMEX3 tid="t8" type="DATE" value="X"/></TIMEX3>The work began',
    );
    const r = parseTimeml(odd, "c");
    expect(r.text).toBe(SAMPLE_TEXT);
    expect(r.timexes).toHaveLength(6);
    expect(r.warnings).toEqual([
      "c: empty TIMEX3 t9 skipped",
      "c: empty TIMEX3 t8 skipped",
      "c: unbalanced </TIMEX3>",
    ]);
  });
});

describe("decodeEntities(s)", () => {
  it("decodes the XML entities and character references, and nothing else", () => {
    expect(decodeEntities("&lt;a&gt; &amp;amp; &quot;&apos; &#65;&#x42; &nbsp;")).toBe(
      "<a> &amp; \"' AB &nbsp;",
    );
  });
});
