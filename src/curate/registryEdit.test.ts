import { describe, expect, it } from "vitest";
import type { CorpusFile } from "../pipeline/compileArticle.ts";
import {
  appendEntry,
  appendedPart,
  checkNewEntry,
  checkRegistryWrite,
  entryIdFor,
  entryYaml,
} from "./registryEdit.ts";

const ACTORS = `# Everyone. Comments stay.
- id: steve-jobs
  name: Steve Jobs
  kind: person
  aliases: [Jobs]
- id: apple
  name: "Apple"   # quoted by hand
  kind: organisation`;
const PLACES = "- id: cupertino\n  name: Cupertino\n";

const file = (path: string, text: string): CorpusFile => ({
  path,
  bytes: new TextEncoder().encode(text),
  sha256: "",
});
const FILES = [
  file("corpus.yaml", "title: T\ndescription: D\n"),
  file("actors.yaml", ACTORS),
  file("places.yaml", PLACES),
];

describe("appendEntry(text, entry)", () => {
  it("keeps every byte of the file, adds a line feed the last line lacks, then the entry", () => {
    const after = appendEntry(ACTORS, {
      registry: "actors",
      id: "samsung",
      name: "Samsung",
      kind: "organisation",
      aliases: ["Samsung Electronics"],
    });
    expect(after.startsWith(`${ACTORS}\n`)).toBe(true);
    expect(after.slice(ACTORS.length + 1)).toBe(
      "- id: samsung\n  name: Samsung\n  kind: organisation\n  aliases: [Samsung Electronics]\n",
    );
    expect(appendedPart(ACTORS, after)).toBe(after.slice(ACTORS.length));
    expect(appendedPart(ACTORS, after.replace("Steve", "Steven"))).toBeUndefined();
  });
  it("quotes a name YAML would misread, and writes a place without a kind", () => {
    expect(entryYaml({ registry: "places", id: "no", name: "No: Way", aliases: ["true"] })).toBe(
      '- id: no\n  name: "No: Way"\n  aliases: ["true"]\n',
    );
  });
});

describe("entryIdFor(name, taken)", () => {
  it("slugs the name and avoids taken ids", () => {
    expect(entryIdFor("Lucy Koh", new Set())).toBe("lucy-koh");
    expect(entryIdFor("Apple", new Set(["apple"]))).toBe("apple-2");
  });
});

describe("checkNewEntry(files, entry)", () => {
  it("accepts a fresh entry", () => {
    expect(
      checkNewEntry(FILES, {
        registry: "actors",
        id: "lucy-koh",
        name: "Lucy Koh",
        kind: "person",
        aliases: ["Koh"],
      }),
    ).toEqual([]);
  });
  it("refuses a bad id, a taken id, a clashing name or alias, a bad kind, each in words", () => {
    expect(
      checkNewEntry(FILES, {
        registry: "actors",
        id: "Lucy Koh",
        name: "Lucy Koh",
        kind: "person",
        aliases: [],
      }),
    ).toEqual([expect.stringMatching(/"Lucy Koh" is not a lower-case slug.*"lucy-koh"/)]);
    expect(
      checkNewEntry(FILES, { registry: "places", id: "apple", name: "Apple Park", aliases: [] }),
    ).toEqual([`The id "apple" is already an actor's: choose another id.`]);
    expect(
      checkNewEntry(FILES, {
        registry: "actors",
        id: "jobs",
        name: "JOBS",
        kind: "person",
        aliases: ["Cupertino"],
      }),
    ).toEqual([
      'The name "JOBS" is already a name or alias of actor "steve-jobs": use that entry, or leave this one out.',
      'The alias "Cupertino" is already a name or alias of place "cupertino": use that entry, or leave this one out.',
    ]);
    expect(
      checkNewEntry(FILES, {
        registry: "actors",
        id: "koh",
        name: "Koh",
        kind: "judge" as "person",
        aliases: ["koh"],
      }),
    ).toEqual([
      'The kind "judge" is not one of person, country, organisation: choose one.',
      'The alias "koh" is given twice: keep it once.',
    ]);
  });
});

describe("checkRegistryWrite(files, path, after)", () => {
  it("accepts appended entries and refuses any change to the existing text", () => {
    const added = `${ACTORS}\n- id: lucy-koh\n  name: Lucy Koh\n  kind: person\n`;
    expect(checkRegistryWrite(FILES, "actors.yaml", added)).toEqual([]);
    expect(checkRegistryWrite(FILES, "actors.yaml", added.replace("quoted by hand", "x"))).toEqual([
      expect.stringMatching(/only appends new entries/),
    ]);
    expect(checkRegistryWrite(FILES, "corpus.yaml", "title: x\n")).toEqual([
      "corpus.yaml is not a registry file.",
    ]);
    expect(checkRegistryWrite(FILES, "places.yaml", `${PLACES}title: x\n`)).toEqual([
      expect.stringMatching(/must be a list of new entries/),
    ]);
  });
  it("checks each appended entry against the ones before it", () => {
    const twice = `${PLACES}- id: san-jose\n  name: San Jose\n- id: san-jose-2\n  name: San Jose\n`;
    expect(checkRegistryWrite(FILES, "places.yaml", twice)).toEqual([
      'The name "San Jose" is already a name or alias of place "san-jose": use that entry, or leave this one out.',
    ]);
  });
});
