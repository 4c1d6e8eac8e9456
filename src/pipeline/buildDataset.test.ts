import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../scripts/data/buildData.ts";
import { DatasetSchema } from "../model/dataset.ts";
import { buildDataset } from "./buildDataset.ts";
import { corpusManifest, readCorpusMeta } from "./corpusLayout.ts";
import type { BuildResult } from "./joinUnits.ts";
import { compareEvents } from "./serializeDataset.ts";
import type { Problem } from "./problems.ts";
import { formatProblem } from "./problems.ts";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const GOLDEN_EXPECTED = `${FIXTURES}golden.expected.json`;

async function build(fixture: string): Promise<BuildResult> {
  const { files, digest } = await readCorpus(`${FIXTURES}${fixture}`);
  return buildDataset(files, digest);
}

async function problemsOf(fixture: string): Promise<Problem[]> {
  const result = await build(fixture);
  if (result.ok) throw new Error(`fixture ${fixture} built without problems`);
  return result.problems;
}

/**
 * The 1-based number of the `nth` line of a fixture file containing `needle`: found by plain text
 * search, independently of the pipeline's YAML positions.
 */
function lineOf(fixture: string, file: string, needle: string, nth = 1): number {
  const lines = readFileSync(`${FIXTURES}${fixture}/${file}`, "utf8").split("\n");
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  const line = hits[nth - 1];
  if (line === undefined) throw new Error(`"${needle}" (#${nth}) not in ${fixture}/${file}`);
  return line;
}

type Case = {
  fixture: string;
  file: string;
  /** A text on the line the problem must point at; null when the problem is about the whole file. */
  at: string | null;
  /** Which line containing `at` (1-based), when it occurs on several. */
  nth?: number;
  where?: string;
  message: RegExp;
  hint: RegExp;
};

const A = "annotations/a.yaml";
const T = "articles/a.txt";
const B = "annotations/b.yaml";

const CASES: Case[] = [
  {
    fixture: "quote-not-found",
    file: A,
    at: "harbor on Thursday",
    where: 'event "harbour-opening"',
    message:
      /^quote not found in article a: "The mayor, Alice, opened the new harbor on Thursday"$/,
    hint: /^copy the words exactly from the article: the quote agrees with paragraph 1 up to ".*opened the new harbo", then the article has "ur on Thursday/,
  },
  {
    fixture: "quote-ambiguous",
    file: A,
    at: "- quote: Critics said",
    where: 'event "council-approval"',
    message:
      /^ambiguous quote "Critics said the harbour was late\.": it occurs 2 times in article a \(paragraph 3\)$/,
    hint: /add `occurrence: N` \(1 to 2, in reading order\)/,
  },
  {
    fixture: "occurrence-out-of-range",
    file: A,
    at: "- quote: Critics said",
    where: 'event "council-approval"',
    message: /^occurrence 3 of quote .* does not exist: it occurs 2 times/,
    hint: /use an occurrence from 1 to 2/,
  },
  {
    fixture: "quote-spans-paragraphs",
    file: A,
    at: "the council said.",
    where: 'event "council-approval"',
    message: /spans a paragraph break in article a/,
    hint: /cite each paragraph's words as a separate quote/,
  },
  {
    fixture: "unknown-actor",
    file: A,
    at: "actors: [town, bob]",
    where: 'event "council-approval"',
    message: /^unknown actor "bob"$/,
    hint: /add it to actors\.yaml/,
  },
  {
    fixture: "unknown-place",
    file: A,
    at: "places: [harbor]",
    where: 'event "harbour-opening"',
    message: /^unknown place "harbor" \(did you mean "harbour"\?\)$/,
    hint: /add it to places\.yaml/,
  },
  {
    fixture: "unknown-related",
    file: A,
    at: "council-aproval",
    where: 'event "harbour-opening"',
    message: /^unknown related event "council-aproval" \(did you mean "council-approval"\?\)$/,
    hint: /use the id of an event/,
  },
  {
    fixture: "unknown-anchor",
    file: A,
    at: "anchor: harbour-closing",
    where: 'event "council-approval"',
    message: /^unknown anchor "harbour-closing"$/,
    hint: /set `anchor:` to the id of the event/,
  },
  {
    fixture: "anchor-cycle",
    file: A,
    at: "anchor: harbour-opening",
    where: 'event "council-approval"',
    message: /^anchor cycle: harbour-opening → council-approval → harbour-opening$/,
    hint: /drop its `anchor:`/,
  },
  {
    fixture: "unknown-cited-event",
    file: A,
    at: "- event: festival",
    where: 'cites "festival"',
    message: /^unknown event "festival"$/,
    hint: /cite an event defined in another article's annotation file/,
  },
  {
    fixture: "cites-own-event",
    file: A,
    at: "- event: harbour-opening",
    where: 'event "harbour-opening"',
    message: /which this file defines/,
    hint: /list the quote under the event's own `citations:`/,
  },
  {
    fixture: "report-unknown-event",
    file: B,
    at: "- event: harbour-openning",
    where: 'report "harbour-openning"',
    message: /^unknown event "harbour-openning" \(did you mean "harbour-opening"\?\)$/,
    hint: /^report on an event defined in another article's annotation file, by its id$/,
  },
  {
    fixture: "report-own-event",
    file: A,
    at: "- event: harbour-opening",
    where: 'report "harbour-opening"',
    message:
      /^this file defines event "harbour-opening": an article cannot report on its own event$/,
    hint: /put this status, date and quotes in the event's own definition/,
  },
  {
    fixture: "report-date-phrase-not-cited",
    file: B,
    at: "phrase: on Saturday",
    where: 'report "harbour-opening"',
    message:
      /^date phrase "on Saturday" does not occur in paragraph 1, which its citations come from$/,
    hint: /copy the phrase exactly from a cited paragraph/,
  },
  {
    fixture: "report-older-than-definition",
    file: B,
    at: "- event: harbour-opening",
    where: 'report "harbour-opening"',
    message:
      /^this article \(2024-02-20\) is older than annotations\/a\.yaml, which defines event "harbour-opening" \(2024-03-01\)$/,
    hint: /define the event in the earliest article that reports it/,
  },
  {
    fixture: "report-twice",
    file: B,
    at: "- event: harbour-opening",
    nth: 2,
    where: 'report "harbour-opening"',
    message: /^event "harbour-opening" is reported twice in this file \(first at line 4\)$/,
    hint: /merge the two into one report/,
  },
  {
    fixture: "report-and-cites",
    file: B,
    at: "- event: harbour-opening",
    nth: 2,
    where: 'cites "harbour-opening"',
    message: /^event "harbour-opening" is both in `reports:` \(line 4\) and in `cites:`$/,
    hint: /move the quote under that report's `citations:`/,
  },
  {
    fixture: "report-unknown-field",
    file: B,
    at: "stauts: occurred",
    where: 'report "harbour-opening"',
    message: /^unknown field "stauts" in a report$/,
    hint: /^use only the fields event, citations, status, date \(did you mean "status"\?\)$/,
  },
  {
    fixture: "report-without-citation",
    file: B,
    at: "citations: []",
    where: 'report "harbour-opening"',
    message: /^the report has no citation$/,
    hint: /add at least one `- quote:`/,
  },
  {
    fixture: "duplicate-event-id",
    file: A,
    at: "  - id: harbour-opening",
    nth: 2,
    where: 'event "harbour-opening"',
    message: /^duplicate event id "harbour-opening" \(first defined at annotations\/a\.yaml:4\)$/,
    hint: /give each event its own id/,
  },
  {
    fixture: "duplicate-event-id-across-files",
    file: "annotations/b.yaml",
    at: "- id: harbour-opening",
    where: 'event "harbour-opening"',
    message: /^duplicate event id "harbour-opening" \(first defined at annotations\/a\.yaml:4\)$/,
    hint: /give each event its own id/,
  },
  {
    fixture: "duplicate-actor-id",
    file: "actors.yaml",
    at: "- id: alice",
    nth: 2,
    where: 'actor "alice"',
    message: /^duplicate actor id "alice" \(first defined at actors\.yaml:1\)$/,
    hint: /give each actor its own id/,
  },
  {
    fixture: "duplicate-place-id",
    file: "places.yaml",
    at: "- id: harbour",
    nth: 2,
    where: 'place "harbour"',
    message: /^duplicate place id "harbour" \(first defined at places\.yaml:1\)$/,
    hint: /give each place its own id/,
  },
  {
    fixture: "alias-claimed-twice",
    file: "actors.yaml",
    at: "aliases: [the council, the mayor]",
    where: 'actor "town"',
    message: /^alias "the mayor" is also an alias of actor "alice" \(actors\.yaml:5\)$/,
    hint: /keep it on one actor only/,
  },
  {
    fixture: "alias-is-another-name",
    file: "actors.yaml",
    at: "aliases: [the council, alice]",
    where: 'actor "town"',
    message: /^alias "alice" is also the name of actor "alice" \(actors\.yaml:1\)$/,
    hint: /keep it on one actor only/,
  },
  {
    fixture: "alias-repeats-name",
    file: "actors.yaml",
    at: "aliases: [Mayor Alice",
    where: 'actor "alice"',
    message: /^alias "The Mayor" is listed twice$/,
    hint: /remove the second one/,
  },
  {
    fixture: "alias-repeats-name",
    file: "actors.yaml",
    at: "aliases: [Mayor Alice",
    where: 'actor "alice"',
    message: /^alias "Alice" repeats the name$/,
    hint: /the name itself is always matched/,
  },
  {
    fixture: "aliases-not-a-list",
    file: "places.yaml",
    at: "aliases: the new harbour",
    where: 'place "harbour"',
    message: /^field "aliases" must be a list$/,
    hint: /write `aliases: \[a, b\]`/,
  },
  {
    fixture: "unresolvable-date",
    file: A,
    at: "phrase: in the autumn of his life",
    where: 'event "council-approval"',
    message: /^cannot read the date phrase "in the autumn of his life"$/,
    hint: /use a supported form .* or mark it `undated: true`/,
  },
  {
    fixture: "missing-direction",
    file: A,
    at: "phrase: in November",
    where: 'event "council-approval"',
    message: /^"in November" could be the past or the coming November$/,
    hint: /^add direction: past or future$/,
  },
  {
    fixture: "impossible-date",
    file: A,
    at: "phrase: on 30 February 2023",
    where: 'event "council-approval"',
    message: /^impossible date "on 30 February 2023": no such day in the calendar$/,
    hint: /correct the date to a real calendar day/,
  },
  {
    fixture: "date-phrase-not-cited",
    file: A,
    at: "phrase: on Thursday",
    nth: 2, // the first one belongs to harbour-opening, whose citation has it
    where: 'event "council-approval"',
    message:
      /^date phrase "on Thursday" does not occur in paragraph 2, which its citations come from$/,
    hint: /copy the phrase exactly from a cited paragraph/,
  },
  {
    fixture: "missing-dateline",
    file: T,
    at: "The mayor",
    where: "dateline",
    message: /^missing dateline: the first line starts with "The mayor, Alice/,
    hint: /start the first line with `date YYYY-MM-DD `/,
  },
  {
    fixture: "malformed-dateline",
    file: T,
    at: "date 1 March 2024",
    where: "dateline",
    message: /^malformed dateline: the first line starts "date 1 March 2024/,
    hint: /write the date as YYYY-MM-DD/,
  },
  {
    fixture: "impossible-dateline",
    file: T,
    at: "date 2023-02-30",
    where: "dateline",
    message: /^impossible dateline 2023-02-30: no such day in the calendar$/,
    hint: /correct the date to a real calendar day/,
  },
  {
    fixture: "empty-article",
    file: T,
    at: "",
    message: /^empty article$/,
    hint: /put the text in the file/,
  },
  {
    fixture: "invalid-utf8",
    file: T,
    at: "Critics said",
    message: /^not valid UTF-8 text$/,
    hint: /re-save the file as UTF-8/,
  },
  {
    fixture: "binary-article",
    file: T,
    at: null,
    message: /^binary file \(a NUL byte at byte 8\), not text$/,
    hint: /save it as plain UTF-8 text/,
  },
  {
    fixture: "yaml-syntax",
    file: A,
    at: "title: Council: approves",
    message: /^YAML syntax error: Nested mappings are not allowed in compact mappings$/,
    hint: /fix the YAML syntax/,
  },
  {
    fixture: "unknown-field",
    file: A,
    at: "citatons:",
    where: 'event "council-approval"',
    message: /^unknown field "citatons" in an event$/,
    hint: /^use only the fields id, title, summary, date, status, actors, places, related, citations \(did you mean "citations"\?\)$/,
  },
  {
    fixture: "missing-field",
    file: A,
    at: "- id: harbour-opening",
    where: 'event "harbour-opening"',
    message: /^missing field "summary" in an event$/,
    hint: /^add `summary:`$/,
  },
  {
    fixture: "bad-status",
    file: A,
    at: "status: happened",
    where: 'event "council-approval"',
    message:
      /^status "happened" is not one of occurred, ongoing, planned, expected, postponed, hoped-for$/,
    hint: /write one of/,
  },
  {
    fixture: "bad-slug",
    file: A,
    at: "- id: Council_Approval",
    where: 'event "Council_Approval"',
    message: /^field "id" must be a lower-case slug like beijing-visit$/,
    hint: /ids are lower-case slugs/,
  },
  {
    fixture: "annotation-without-article",
    file: "annotations/ghost.yaml",
    at: "title: Ghost",
    message: /^annotation file for a missing article: there is no articles\/ghost\.txt$/,
    hint: /add the article as articles\/ghost\.txt/,
  },
  {
    fixture: "article-without-annotation",
    file: T,
    at: null,
    message: /^article a has no annotation file$/,
    hint: /add annotations\/a\.yaml with title, attribution and events/,
  },
  {
    fixture: "event-without-citation",
    file: A,
    at: "citations: []",
    where: 'event "council-approval"',
    message: /^the event has no citation$/,
    hint: /add at least one `- quote:`/,
  },
  {
    fixture: "empty-annotation",
    file: A,
    at: "# nothing yet",
    message: /^empty file$/,
    hint: /fill in the file, or delete it/,
  },
];

describe("buildDataset(files, digest): validation", () => {
  it.each(CASES)("reports $fixture at its file, line and with its fix", async (c) => {
    const problems = await problemsOf(c.fixture);
    const problem = problems.find((p) => c.message.test(p.message));
    expect(problem, `problems: ${problems.map((p) => formatProblem(p)).join("\n")}`).toBeDefined();
    expect(problem?.file).toBe(c.file);
    expect(problem?.line).toBe(c.at === null ? undefined : lineOf(c.fixture, c.file, c.at, c.nth));
    expect(problem?.where).toBe(c.where);
    expect(problem?.hint).toMatch(c.hint);
  });

  it("collects every problem of a corpus before failing, sorted by file and line", async () => {
    // Three independent mistakes in one corpus: all three are reported.
    const { files, digest } = await readCorpus(`${FIXTURES}valid-minimal`);
    const edit = (path: string, from: string, to: string): void => {
      const file = files.find((f) => f.path === path);
      if (!file) throw new Error(path);
      const text = new TextDecoder().decode(file.bytes);
      if (!text.includes(from)) throw new Error(from);
      file.bytes = new TextEncoder().encode(text.replace(from, to));
    };
    edit(A, "actors: [alice]", "actors: [alise]");
    edit(A, "phrase: in November", "phrase: in Novembre");
    edit("places.yaml", "name: Harbour", "nam: Harbour");
    const result = buildDataset(files, digest);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => `${p.file}:${p.line ?? "-"}`)).toEqual([
      `${A}:${lineOf("valid-minimal", A, "actors: [alice]")}`,
      `${A}:${lineOf("valid-minimal", A, "phrase: in November")}`,
      "places.yaml:1",
      "places.yaml:2",
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'unknown actor "alise" (did you mean "alice"?)',
      'cannot read the date phrase "in Novembre"',
      'missing field "name" in a place',
      'unknown field "nam" in a place',
    ]);
  });

  it("formats a problem as one line: file:line: where: message → fix: hint", () => {
    expect(
      formatProblem(
        {
          file: "annotations/x.yaml",
          line: 42,
          where: 'event "delhi-g20"',
          message: "quote not found in article x",
          hint: "copy the words exactly from the article",
        },
        "corpus/",
      ),
    ).toBe(
      'corpus/annotations/x.yaml:42: event "delhi-g20": quote not found in article x → fix: copy the words exactly from the article',
    );
    expect(formatProblem({ file: "a.txt", message: "two\nlines", hint: "h" })).toBe(
      "a.txt: two↵lines → fix: h",
    );
  });

  it("builds a fixture with no problems", async () => {
    const result = await build("valid-minimal");
    expect(result.ok && result.dataset.events.map((e) => [e.id, e.date.edtf])).toEqual([
      ["council-approval", "2023-11"],
      ["harbour-opening", "2024-02-29"],
    ]);
  });
});

describe("readCorpusMeta(files): aliases", () => {
  it("reads actors' and places' aliases for the proposer and keeps them out of the dataset", async () => {
    const { files } = await readCorpus(`${FIXTURES}valid-minimal`);
    const meta = readCorpusMeta(new Map(files.map((f) => [f.path, f])));
    expect(meta.problems).toEqual([]);
    expect(meta.aliases.actors.get("alice")).toEqual(["The mayor", "Mayor Alice"]);
    expect(meta.aliases.actors.get("town")).toEqual(["the council"]);
    expect(meta.aliases.places.get("harbour")).toEqual(["the new harbour"]);
    const result = await build("valid-minimal");
    expect(result.ok && result.dataset.actors).toEqual([
      { id: "alice", name: "Alice", kind: "person", role: "Mayor" },
      { id: "town", name: "Town Council", kind: "organisation" },
    ]);
    expect(result.ok && result.dataset.places).toEqual([{ id: "harbour", name: "Harbour" }]);
  });

  it("names the allowed keys when `aliases` is misspelt", async () => {
    const { files, digest } = await readCorpus(`${FIXTURES}valid-minimal`);
    const actors = files.find((f) => f.path === "actors.yaml");
    if (!actors) throw new Error("no actors.yaml");
    actors.bytes = new TextEncoder().encode(
      new TextDecoder()
        .decode(actors.bytes)
        .replace("aliases: [the council]", "alias: [the council]"),
    );
    const result = buildDataset(files, digest);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'actors.yaml:9: unknown field "alias" in an actor → fix: use only the fields id, name, kind, role, aliases (did you mean "aliases"?)',
    ]);
  });
});

describe("buildDataset(files, digest): golden fixture", () => {
  it("builds the golden corpus exactly as golden.expected.json (UPDATE_GOLDEN=1 rewrites it)", async () => {
    const result = await build("golden");
    if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join("\n"));
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN_EXPECTED, result.json);
    expect(result.json).toBe(readFileSync(GOLDEN_EXPECTED, "utf8"));
  });

  it("resolves the golden corpus's dates, cites and asOf as the README describes", async () => {
    const result = await build("golden");
    if (!result.ok) throw new Error("golden fixture has problems");
    const { dataset } = result;
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    const byId = new Map(dataset.events.map((e) => [e.id, e]));
    const edtf = (id: string): string | undefined => byId.get(id)?.date.edtf;
    expect(edtf("port-announcement")).toBe("2024-01-15"); // "on Monday" on a Monday dateline
    expect(edtf("ferry-opening")).toBe("2024-03");
    expect(edtf("ferry-inspection")).toBe("2024-01-15/2024-01-16");
    expect(edtf("hull-crack")).toBe("2024-01-08/2024-01-14"); // last week, Monday–Sunday
    expect(edtf("director-hired")).toBe("2024-01"); // the same month as hull-crack
    expect(edtf("crowds-expected")).toBe("2024-01-15/..");
    expect(edtf("safety-statement")).toBe("../2024-01-15");
    expect(edtf("ferry-line-opened")).toBe("2024-02-29"); // yesterday on 2024-03-01
    expect(edtf("first-sailing")).toBe("2024-02-29");
    expect(edtf("crew-thanked")).toBe("../2024-02-28");
    // safety-statement is defined in g1 (2024-01-15) and cited by g2 (2024-03-01): g2's `cites:`
    // is a report that states nothing, so the status still holds as of g1's dateline.
    const safety = byId.get("safety-statement");
    expect(safety?.asOf).toBe("2024-01-15");
    expect(
      safety?.reports.map((r) => [
        r.source,
        r.dateline,
        r.status,
        r.date?.edtf ?? null,
        r.citations,
      ]),
    ).toEqual([
      ["g1", "2024-01-15", "occurred", "../2024-01-15", [0]],
      ["g2", "2024-03-01", null, null, [1]],
    ]);
    expect(safety?.date.resolvedAgainst).toBe("2024-01-15");
    expect(safety?.citations.map((c) => [c.source, c.paragraph])).toEqual([
      ["g1", 2],
      ["g2", 1],
    ]);
    // occurrence: 2 picked the second of two identical sentences.
    const g1 = dataset.sources.find((s) => s.id === "g1");
    const first = g1?.text.indexOf("Ana Costa said the ferry was safe.") ?? -1;
    expect(safety?.citations[0]?.start).toBe(
      g1?.text.indexOf("Ana Costa said the ferry was safe.", first + 1),
    );
    // Sorted: events by (earliest ?? latest, latest ?? earliest, id); the rest by id.
    expect(dataset.events.map((e) => e.id)).toEqual([
      "director-hired", // 2024-01-01…
      "hull-crack", // 2024-01-08…
      "crowds-expected", // 2024-01-15/.. : open end counts as 2024-01-15 for the second key
      "port-announcement", // 2024-01-15
      "safety-statement", // ../2024-01-15: open start sorts by its latest
      "ferry-inspection", // 2024-01-15/2024-01-16
      "crew-thanked", // ../2024-02-28
      "ferry-line-opened", // 2024-02-29, then by id
      "first-sailing",
      "ferry-opening", // 2024-03
    ]);
    expect([...dataset.events].sort(compareEvents)).toEqual(dataset.events);
    expect(dataset.sources.map((s) => s.id)).toEqual(["g1", "g2"]);
    expect(dataset.actors.map((a) => a.id)).toEqual(["ana-costa", "inspectors", "port-authority"]);
  });
});

describe("corpusManifest(files)", () => {
  it("lists sha256 and path per file, sorted by path, as sha256sum prints them", () => {
    expect(
      corpusManifest([
        { path: "b.txt", sha256: "2".repeat(64) },
        { path: "a/c.yaml", sha256: "1".repeat(64) },
      ]),
    ).toBe(`${"1".repeat(64)}  a/c.yaml\n${"2".repeat(64)}  b.txt\n`);
  });
});
