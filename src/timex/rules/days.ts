/**
 * Days named from the dateline and parts of days: "today", "yesterday morning", "the day before
 * yesterday", "tonight", "last night", "overnight", "this afternoon", "late morning", "the
 * evening session".
 */
import { plusDays } from "../calendar.ts";
import { PART_OF_DAY_SRC } from "../wordPatterns.ts";
import { date } from "../resolve.ts";
import { dayValue } from "../values.ts";
import { contextDay, dayOfWord, lower, POD, PODS } from "./common.ts";
import { defineRule } from "./rule.ts";

export const today = defineRule({
  name: "today",
  needs: "today|yesterday|tomorrow",
  pattern: String.raw`(?:(?<mod>early|late|earlier|later) )?(?<w>today|yesterday|tomorrow)(?: (?<pod>morning|afternoon|evening|night))?|the day (?<ba>before yesterday|after tomorrow)`,
  resolve: (g, ctx) => {
    ctx.flag("relativeToDateline");
    const w = lower(g.w);
    const offset =
      g.ba !== undefined
        ? lower(g.ba).startsWith("before")
          ? -2
          : 2
        : w === "yesterday"
          ? -1
          : w === "tomorrow"
            ? 1
            : 0;
    const d = plusDays(ctx.dateline, offset);
    if (g.pod !== undefined)
      return { type: "TIME", value: `${dayValue(d)}T${PODS[lower(g.pod)] ?? "DT"}` };
    return date(dayValue(d));
  },
});

export const tonight = defineRule({
  name: "tonight",
  needs: "night|morning|afternoon|evening",
  pattern: String.raw`(?<w>tonight|last night|overnight|this (?<pod>morning|afternoon|evening)|(?:(?:later|earlier) )this (?<pod2>morning|afternoon|evening))`,
  resolve: (g, ctx) => {
    const w = lower(g.w);
    let d = ctx.dateline;
    let pod = "NI";
    if (w === "tonight") {
      ctx.flag("relativeToDateline");
      return date(dayValue(d));
    }
    if (w === "last night") {
      d = plusDays(d, -1);
      ctx.flag("relativeToDateline");
    } else if (w === "overnight") {
      d = plusDays(contextDay(ctx), -1);
    } else {
      ctx.flag("relativeToDateline");
      const p = lower(g.pod ?? g.pod2 ?? g.pod3);
      if (p) pod = PODS[p] ?? "DT";
    }
    return { type: "TIME", value: `${dayValue(d)}T${pod}` };
  },
  accept: (m, text) =>
    lower(m.groups?.w) !== "overnight" ||
    /^ ?[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) ||
    true,
});

export const partOfDay = defineRule({
  name: "partOfDay",
  needs: "morning|afternoon|evening|night",
  pattern: String.raw`(?:the )?(?<mod>early|late|mid|mid-)(?: |-)?${POD}(?: (?<dw>yesterday|today|tomorrow))?|the (?<pod2>${PART_OF_DAY_SRC})(?= (?:session|trading|hours)|[,.;])|(?<=\b(?:in|during|by|until|through) )the (?<pod3>morning|afternoon|evening)|midafternoon|midmorning`,
  resolve: (g, ctx) => {
    const p = lower(g.pod ?? g.pod2);
    const code = PODS[p] ?? (/afternoon/.test(p) ? "AF" : "MO");
    const d = g.dw !== undefined ? (dayOfWord(g.dw, ctx) ?? contextDay(ctx)) : contextDay(ctx);
    return { type: "TIME", value: `${dayValue(d)}T${code}` };
  },
  // "midnight" is a clock time (T24:00), not the middle of a night.
  accept: (m) => !/^(?:the )?midnight$/i.test(m[0]),
});

const ORDINAL_WORD =
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th)";

/**
 * The n-th day of something: "the second day of an offensive", "his first day in office". Said
 * of the present ("today is the eighth day of …", "it's the second day of …") it is the
 * dateline; otherwise the words do not say which day (`XXXX-XX-XX`). A possessive is outside,
 * as for any date.
 */
export const ordinalDay = defineRule({
  name: "ordinalDay",
  needs: "day",
  pattern: `(?<t>(?:the )?(?:${ORDINAL_WORD}) day)(?= (?:of|in)\\b)`,
  resolve: (_g, ctx) => {
    const before = ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start);
    if (/\b(?:is|it's|that's)\s+$/i.test(before)) {
      ctx.flag("relativeToDateline");
      return date(dayValue(ctx.dateline));
    }
    return date("XXXX-XX-XX");
  },
});
