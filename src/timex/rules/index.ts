/**
 * The grammar: every rule, in priority order. Where two candidate expressions overlap, the longer
 * wins (TIMEX3 marks the largest expression); where they are as long, the rule listed first wins.
 * So this list, not the files the rules live in, decides between rules that can match the same
 * words. The ties it decides on the development set (each pair: the first rule wins):
 *
 * - an age before a duration: "a 6-year-old" is an age (tagged as nothing), not six years
 *   (`age` before `durationAdjective`);
 * - a date before a length of time: "the past year" is last year, "the following year" the year
 *   after the one told about, "the last quarter" a quarter, "the past century" a century
 *   (`relativePeriod`, `followingDay`, `quarter`, `thisCentury` before `durationOne`); "will
 *   one day be" is some day to come, not a day long (`oneDay` before the durations);
 * - a count before an adjective: "one year" is a duration of a year however it is read
 *   (`duration` before `durationSingular` and `durationAdjective`);
 * - the narrower reading of a period: "the current year" (`relativePeriod` before `theYear`),
 *   "the end of the year" (`theYear` before `yearEnd`), "that quarter" (`theQuarter` before
 *   `sameDay`), "the last half of 1989" (`year` before `half`).
 *
 * Each rule family lives in its own file (one file per kind of expression, as HeidelTime keeps
 * its rules by expression type); each rule declares the words it needs (`needs`).
 */
import { age, ageAged } from "./ages.ts";
import { ago, agoBare, yearEarlier } from "./ago.ts";
import {
  coordinatedDay,
  dayMonth,
  isoDay,
  isoMonth,
  monthDay,
  numericDate,
} from "./absoluteDates.ts";
import { followingDay, sameDay } from "./anaphors.ts";
import { ordinalDay, partOfDay, today, tonight } from "./days.ts";
import {
  duration,
  durationAdjective,
  durationAhead,
  durationBare,
  durationLong,
  durationOne,
  durationPlural,
  durationSingular,
  durationVague,
} from "./durations.ts";
import { holiday } from "./holidays.ts";
import { month, monthYear } from "./months.ts";
import { half, quarter, quarterAdjective, theQuarter } from "./quarters.ts";
import { current, future, oneDay, past, present } from "./references.ts";
import { relativePeriod, theYear, yearEnd } from "./relativePeriods.ts";
import type { Rule } from "./rule.ts";
import { season } from "./seasons.ts";
import { setAdverb, setEvery, setNamed, setTimes, weekdays } from "./sets.ts";
import { clock, clockPlain, clockWords } from "./times.ts";
import { weekday } from "./weekdays.ts";
import { week, weekend, weekOf } from "./weeks.ts";
import { century, decade, thisCentury, year } from "./years.ts";

export type { Groups, Rule } from "./rule.ts";

/** Every rule, first the one that wins a tie. */
export const RULES: readonly Rule[] = [
  // Ages block the durations that would read them.
  age,
  ageAged,
  // Explicit dates, months, years.
  isoDay,
  isoMonth,
  numericDate,
  monthDay,
  dayMonth,
  coordinatedDay,
  monthYear,
  month,
  year,
  decade,
  century,
  thisCentury,
  // Quarters, halves, seasons.
  quarterAdjective,
  quarter,
  theQuarter,
  half,
  season,
  // Weeks, days, parts of days, weekdays, holidays.
  week,
  weekOf,
  weekend,
  today,
  tonight,
  partOfDay,
  ordinalDay,
  weekday,
  weekdays,
  holiday,
  // Counted from the dateline or from the date told about before.
  ago,
  agoBare,
  yearEarlier,
  sameDay,
  followingDay,
  relativePeriod,
  theYear,
  yearEnd,
  oneDay,
  // Durations.
  duration,
  durationSingular,
  durationAdjective,
  durationOne,
  durationPlural,
  durationAhead,
  durationBare,
  durationVague,
  // Sets; present, past and future references; clock times.
  setAdverb,
  setEvery,
  setNamed,
  setTimes,
  present,
  current,
  past,
  future,
  clock,
  clockWords,
  clockPlain,
  durationLong,
];
