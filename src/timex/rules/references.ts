/**
 * Present, past and future references: "now", "currently", "these days", "recently", "the
 * past", "the future", "soon", "one day" (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`).
 */
import { NUMBER_SRC } from "../wordPatterns.ts";
import { date } from "../resolve.ts";
import { lower, reference, wordBefore } from "./common.ts";
import { defineRule } from "./rule.ts";

export const present = defineRule({
  name: "present",
  needs: "now|current|present|days|time",
  pattern: String.raw`(?<w>right now|just now|now|currently|at present|nowadays|these days|the present(?: time| day)?|at this time|this time)(?!-)`,
  resolve: reference("PRESENT_REF"),
  accept: (m, text) => {
    const w = lower(m.groups?.w);
    if (w === "this time") return /^(at|by)$/.test(wordBefore(text, m.index));
    if (w === "the present")
      return !/^ (?:case|value|system|law|tense|government)/.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 12),
      );
    return true;
  },
});

export const current = defineRule({
  name: "current",
  needs: "current",
  pattern: String.raw`current(?= (?<next>[a-z]+))`,
  resolve: reference("PRESENT_REF"),
  accept: (m) =>
    !/^(account|accounts|affairs|events|of|and|or|issue|issues|dollars|prices|price|assets|liabilities|yield|yields|rate|rates)$/.test(
      m.groups?.next ?? "",
    ),
});

export const past = defineRule({
  name: "past",
  needs: "recent|lately|past|time",
  pattern: String.raw`(?<w>(?:more )?recently|lately|the past(?! (?:${NUMBER_SRC}|few|several|couple|weeks?|months?|years?|days?|decades?|quarters?|hours?|centur(?:y|ies)))|(?<=\bat )(?:the|that) time)`,
  resolve: reference("PAST_REF"),
});

export const future = defineRule({
  name: "future",
  needs: "future|soon|shortly|term|date|possible",
  pattern: String.raw`(?<w>the (?:near |distant |foreseeable |not-too-distant |immediate )?future|future (?:quarters|years|months|weeks)|soon|shortly|the (?:near|short)(?:-| )term|a later date|as soon as possible)`,
  resolve: reference("FUTURE_REF"),
  accept: (m, text) => {
    const w = lower(m.groups?.w);
    if (w === "soon")
      return (
        !/^ as\b|^ after\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 7)) &&
        wordBefore(text, m.index) !== "as"
      );
    if (w === "shortly")
      return !/^ (?:after|before)\b/.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 8),
      );
    return true;
  },
});

export const oneDay = defineRule({
  name: "oneDay",
  needs: "one day",
  pattern: String.raw`one day(?= [a-z])`,
  resolve: (_g, ctx) => {
    ctx.flag("vague");
    return date("FUTURE_REF");
  },
  // "will one day be", "hopes he one day follows": a day to come, not a duration.
  accept: (m, text) =>
    /\b(?:will|would|could|may|might|can|should|he|she|they|we|I|you|it)\s*$/i.test(
      text.slice(Math.max(0, m.index - 12), m.index),
    ),
});
