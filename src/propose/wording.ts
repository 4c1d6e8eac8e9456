/**
 * Drafts of the words an editor writes: an event's title and summary, its id, the article's title.
 * They are taken from the article's own sentences, never made up, and marked in the file as drafts
 * to rewrite: a title is the event's main clause, cut short, with a person named as the registry
 * names them ("US Secretary of State Antony Blinken" → "Antony Blinken"); a summary is the
 * sentence the event is reported in, without its credit line.
 */
import { SLUG_PATTERN } from "../model/datasetTerms.ts";
import type { Mention } from "./names.ts";
import { quotableSpan } from "./text.ts";

const TITLE_MAX = 90;

/** `s` with its first letter capitalised. */
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `s` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function cutAtWord(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, "")}…`;
}

/**
 * A title from [start, end) of `text`: up to its first comma or dash when that leaves a few words,
 * persons by their registry names, quotation marks dropped, capitalised, at most 90 characters.
 */
export function draftTitle(
  text: string,
  start: number,
  end: number,
  persons: readonly Mention[],
  names: ReadonlyMap<string, string>,
): string {
  const span = quotableSpan(text, start, end);
  let s = "";
  let at = span.start;
  for (const m of persons) {
    if (m.start < span.start || m.end > span.end) continue;
    s += text.slice(at, m.start) + (names.get(m.id) ?? m.form);
    at = m.end;
  }
  s += text.slice(at, span.end);
  s = s.replace(/["“”]/g, "").replace(/\s+/g, " ").trim();
  const stop = /,|\s[-–—]{1,2}\s|;/.exec(s);
  if (stop && s.slice(0, stop.index).split(" ").length >= 4) s = s.slice(0, stop.index);
  s = s.replace(/[.,;:]+$/, "");
  return capitalise(cutAtWord(s, TITLE_MAX));
}

/** A summary: the sentence [start, end) without a trailing credit, ending with a full stop. */
export function draftSummary(text: string, start: number, end: number): string {
  const span = quotableSpan(text, start, end);
  const s = text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
  return capitalise(/[.!?]["”]?$/.test(s) ? s : `${s}.`);
}

const STOP = new Set(
  (
    "a an the of to in on at for and or but with by from as is are was were be been has have had will would " +
    "that which who this these those his her its their it he she they we i not also further moreover " +
    "said says told after before than then there more most very"
  ).split(" "),
);

/**
 * An event id from a title: its first five significant words as a lower-case slug, made unique
 * against `taken` with a numeric suffix (`-2`, `-3` …). Always matches the dataset's id pattern.
 */
export function draftId(title: string, taken: Set<string>): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/'s\b/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !STOP.has(w));
  let base = words.slice(0, 5).join("-").slice(0, 48).replace(/-+$/, "");
  if (!SLUG_PATTERN.test(base)) base = "event";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
