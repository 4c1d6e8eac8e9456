/**
 * Clock times: "10:35 a.m.", "4 a.m. EDT Thursday", "at 9:30", "noon Saturday", "midnight",
 * "four in the afternoon". A time without a day takes the day named right after it ("at 8 p.m.
 * on Tuesday"), else the day told about before, else the dateline.
 */
import { MONTH_SRC, numberValue, WEEKDAY_SRC } from "../wordPatterns.ts";
import type { Resolution, ResolveContext } from "../resolve.ts";
import { dayValue } from "../values.ts";
import { contextDay, dayOfWord, lower } from "./common.ts";
import type { Groups } from "./rule.ts";
import { defineRule } from "./rule.ts";

const AMPM = String.raw`(?<ap>[ap]\.? ?m\b\.?|[AP]M\b)`;
const CLOCK_DAY = `(?:,? (?<dayw>${WEEKDAY_SRC}|today|yesterday|tomorrow|(?:${MONTH_SRC}) \\d{1,2}(?:,? \\d{4})?))`;
const TIME_ZONE = String.raw`(?: (?<tz>[ECMP][SD]T|GMT|UTC|local time|local|Eastern time|Pacific time))?`;

/**
 * A day named just after a clock time, outside its span ("at 8 p.m. on Tuesday": TimeML marks
 * "8 p.m." and "Tuesday" apart): the clock time's day.
 */
const ON_DAY = new RegExp(
  String.raw`^,? on (${WEEKDAY_SRC}|today|yesterday|tomorrow|(?:${MONTH_SRC}) \d{1,2}(?:,? \d{4})?)(?![A-Za-z0-9])`,
  "i",
);

function clockTime(h: number, mi: number, g: Groups, ctx: ResolveContext): Resolution {
  const on = g.dayw === undefined ? ON_DAY.exec(ctx.text.slice(ctx.end, ctx.end + 30)) : null;
  const named = g.dayw ?? on?.[1];
  const day = named !== undefined ? (dayOfWord(named, ctx) ?? contextDay(ctx)) : contextDay(ctx);
  const hh = String(h).padStart(2, "0");
  return { type: "TIME", value: `${dayValue(day)}T${hh}:${String(mi).padStart(2, "0")}` };
}

export const clock = defineRule({
  name: "clock",
  needs: String.raw`\d ?[ap]\.? ?m`,
  pattern: String.raw`(?<t>(?:around )?(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\d))? ?${AMPM}${TIME_ZONE}${CLOCK_DAY}?)`,
  resolve: (g, ctx) => {
    let h = Number(g.h) % 12;
    if (/^p/i.test(g.ap ?? "")) h += 12;
    return clockTime(h, Number(g.mi ?? 0), g, ctx);
  },
});

export const clockWords = defineRule({
  name: "clockWords",
  needs: "o'clock|noon|midnight|midday|morning|afternoon|evening",
  pattern: String.raw`(?<t>(?:around )?(?:(?<h>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o'clock)? in the (?<pod>morning|afternoon|evening)|(?<h2>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'clock|(?<nm>noon|midnight|midday))${TIME_ZONE}${CLOCK_DAY}?)`,
  resolve: (g, ctx) => {
    if (g.nm !== undefined) {
      const h = lower(g.nm) === "midnight" ? 24 : 12;
      return clockTime(h, 0, g, ctx);
    }
    const word = lower(g.h ?? g.h2);
    let h = /^\d/.test(word) ? Number(word) : numberValue(word);
    if (!Number.isFinite(h)) return null;
    if (/afternoon|evening/.test(lower(g.pod)) && h < 12) h += 12;
    return clockTime(h, 0, g, ctx);
  },
});

export const clockPlain = defineRule({
  name: "clockPlain",
  needs: String.raw`\bat \d`,
  pattern: String.raw`(?<=\bat )(?<t>(?<h>[01]?\d|2[0-3]):(?<mi>[0-5]\d)${TIME_ZONE}${CLOCK_DAY}?)(?! ?[ap]\.? ?m\b)(?!\d|:\d)`,
  resolve: (g, ctx) => clockTime(Number(g.h), Number(g.mi), g, ctx),
});
