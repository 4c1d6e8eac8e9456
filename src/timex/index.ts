/**
 * The temporal tagger: finds the temporal expressions of a text and resolves them against its
 * dateline (TIMEX3 type and value, and for dates the EDTF interval Dateline stores), and resolves
 * an annotation's date phrase the same way. Pure TypeScript; no DOM, no Node. See docs/timex.md.
 */
export type { PhraseProblem, PhraseResult, PhraseSpec } from "./phrase.ts";
export { resolvePhrase } from "./phrase.ts";
export type { TagOptions } from "./tagger.ts";
export { tagTimexes } from "./tagger.ts";
export type { Direction, Timex, TimexDate, TimexFlag, TimexMod, TimexType } from "./types.ts";
