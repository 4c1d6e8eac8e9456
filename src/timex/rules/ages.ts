/**
 * Ages are not temporal expressions in TimeML-annotated news: "a 6-year-old", "52 years old",
 * "aged 40". These rules resolve nothing; they only block, so that a duration rule cannot take
 * the same words (their place before the duration rules in the list is what lets them win).
 */
import { NUMBER_SRC } from "../wordPatterns.ts";
import { defineRule } from "./rule.ts";

export const age = defineRule({
  name: "age",
  needs: "old",
  pattern: String.raw`(?:${NUMBER_SRC})(?:-| )(?:years?|months?|weeks?|days?)(?:-| )old`,
});

export const ageAged = defineRule({
  name: "ageAged",
  needs: "aged",
  pattern: String.raw`aged (?:${NUMBER_SRC})`,
});
