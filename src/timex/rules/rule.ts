/**
 * What a rule of the grammar is, and how one is written. A rule is one family of expressions: a
 * regular expression, the words without which it cannot match, an optional check the expression
 * cannot make, and a function from what it matched to a TIMEX3 value. Its priority is not here:
 * it is its place in the list of `rules/index.ts`.
 */
import type { Resolution, ResolveContext } from "../resolve.ts";

/** Named groups of a match. */
export type Groups = Partial<Record<string, string>>;

/** One family of expressions. A rule without `resolve` only blocks ("a 6-year-old": an age). */
export type Rule = {
  readonly name: string;
  readonly pattern: RegExp;
  /**
   * Words without which the rule cannot match: a cheap test that spares running its pattern over
   * a paragraph, or an annotation's phrase, that holds none of them.
   */
  readonly needs: RegExp;
  /** A check the regular expression cannot make (capitals, the word before). */
  readonly accept?: (m: RegExpExecArray, text: string, strictCase: boolean) => boolean;
  readonly resolve?: (g: Groups, ctx: ResolveContext) => Resolution | null;
  /**
   * Its expressions are names whose unit word is capitalised ("Christmas Day", "Easter week"),
   * so a capitalised unit does not make them a title ("60 Minutes") to skip.
   */
  readonly unitsInNames?: true;
};

/** A rule as written in its family's file; `defineRule` compiles it. */
export type RuleSpec = {
  name: string;
  /**
   * A regular-expression source (case-insensitive) of the words the rule needs ("ago",
   * `MONTH_SRC`); it must hold for every text the pattern can match.
   */
  needs: string;
  /**
   * The expression, as a regular-expression source in which a space stands for any run of
   * blanks. It is matched between word boundaries. Where context words steer the resolution but
   * are not part of the expression ("April [next year]" is marked as "April"), the expression is
   * the group named `t` (or `t2`).
   */
  pattern: string;
  accept?: Rule["accept"];
  resolve?: Rule["resolve"];
  unitsInNames?: true;
};

// Any run of blanks; a match across a blank line (a paragraph break) is dropped by the tagger.
const WS = String.raw`(?:\s+)`;

function compile(src: string): RegExp {
  return new RegExp(String.raw`(?<![A-Za-z0-9])(?:${src.replace(/ /g, WS)})(?![A-Za-z0-9])`, "gid");
}

/** A rule from its spec: the pattern compiled between word boundaries, the needed words as a test. */
export function defineRule(spec: RuleSpec): Rule {
  return {
    name: spec.name,
    pattern: compile(spec.pattern),
    needs: new RegExp(spec.needs, "i"),
    ...(spec.accept ? { accept: spec.accept } : {}),
    ...(spec.resolve ? { resolve: spec.resolve } : {}),
    ...(spec.unitsInNames ? { unitsInNames: true as const } : {}),
  };
}
