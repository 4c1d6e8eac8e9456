/**
 * Dates as the archive matches them: intervals of days (null = an open end), whether two can be
 * one happening's, how closely they agree, and how precise each is (archive.ts).
 */

/** A date as an interval of days (inclusive; null = open). */
export type DayInterval = { earliest: string | null; latest: string | null };

/** A year-sized bucket of a date, or "open" for a date without both ends in one year. */
export function bucketOf(date: DayInterval): string {
  const a = date.earliest?.slice(0, 4);
  const b = date.latest?.slice(0, 4);
  return a !== undefined && a === b ? a : "open";
}

/** Whether two dates overlap (an open end overlaps everything on its side). */
export function overlap(a: DayInterval, b: DayInterval): boolean {
  if (a.latest !== null && b.earliest !== null && a.latest < b.earliest) return false;
  if (b.latest !== null && a.earliest !== null && b.latest < a.earliest) return false;
  return true;
}

/** How long before its report an undated happening is taken to lie, for matching only. */
const RECENT_DAYS = 30;
/** How long after its report something anticipated without a date may come, for matching only. */
const AHEAD_DAYS = 366;

export function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The dates a report can mean, for matching: a closed date as it is; "on or before the dateline"
 * (undated news) as the month before it, since news tells what is recent and dates its
 * background; "from the dateline on" (anticipated, undated) as the year after it.
 */
export function plausible(d: DayInterval): DayInterval {
  if (d.earliest === null && d.latest !== null)
    return { earliest: shiftDays(d.latest, -RECENT_DAYS), latest: d.latest };
  if (d.earliest !== null && d.latest === null)
    return { earliest: d.earliest, latest: shiftDays(d.earliest, AHEAD_DAYS) };
  return d;
}

/**
 * Whether two reports' dates can be one happening's: closed dates must overlap; an undated past
 * report is taken to tell of the month before its dateline, an undated future one of the year
 * after it.
 */
export function datesCompatible(a: DayInterval, b: DayInterval): boolean {
  return overlap(plausible(a), plausible(b));
}

/** Whether both dates are closed and overlap. */
export function datesAgree(a: DayInterval, b: DayInterval): boolean {
  return (
    a.earliest !== null &&
    a.latest !== null &&
    b.earliest !== null &&
    b.latest !== null &&
    overlap(a, b)
  );
}

/** How closely two overlapping closed dates agree: 1 for days, less for a month, a year. */
export function dateCloseness(a: DayInterval, b: DayInterval): number {
  const span = (d: DayInterval): number =>
    d.earliest !== null && d.latest !== null
      ? (Date.parse(d.latest) - Date.parse(d.earliest)) / 86_400_000
      : Infinity;
  const wider = Math.max(span(a), span(b));
  if (wider <= 3) return 1;
  if (wider <= 31) return 0.6;
  if (wider <= 92) return 0.4;
  return 0.2;
}

/** Days a date may fall on: fewer is more precise; an open end is endless. */
export function width(d: DayInterval): number {
  if (d.earliest === null || d.latest === null) return Infinity;
  return (Date.parse(d.latest) - Date.parse(d.earliest)) / 86_400_000 + 1;
}
