/**
 * Dates and times in the network's time zone (IANA names such as "Europe/Helsinki"). Instants are
 * `Date`s; what people read and type is the wall clock of a zone. Pure functions: the clock and the
 * zone are always parameters, and only `Intl` knows the zone rules (no time-zone library).
 */

export const DAY_MS = 86_400_000;

/** What the wall clock of a zone shows at some instant. */
export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0–23 */
  hour: number;
  minute: number;
  second: number;
}

/** A calendar date as typed, with a time of day only when one was typed. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A numeric, 24-hour `Intl.DateTimeFormat` for `timeZone`, cached per zone: building one costs far
 * more than using it, and the digest and the schedule ask for the same zone thousands of times.
 * Throws a RangeError for an unknown zone.
 */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock date and time of an instant in `timeZone` (e.g. 2026-11-23T06:00Z → 23.11.2026 08:00:00 in Helsinki). */
export function zonedParts(at: Date, timeZone: string): WallClock {
  const p: Record<string, number> = {};
  for (const part of zoneFormatter(timeZone).formatToParts(at))
    if (part.type !== "literal") p[part.type] = Number(part.value);
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour! % 24, minute: p.minute!, second: p.second! };
}

/** How far the wall clock of `timeZone` is ahead of UTC at an instant (whole seconds, as the formatter shows them). */
function offsetMs(instant: number, timeZone: string): number {
  const p = zonedParts(new Date(instant), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock of `timeZone` shows the given date and time (missing hour,
 * minute and second are 0). When the clocks go back the time happens twice: the earlier instant.
 * When they go forward it does not happen at all: the time that far after the jump, as if the clock
 * had not jumped (03:30 on the spring-forward night in Helsinki → 04:30 summer time). This is the
 * "compatible" choice of Temporal and of java.time.
 */
export function zonedTime(
  wall: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number },
  timeZone: string,
): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour ?? 0, wall.minute ?? 0, wall.second ?? 0);
  // The offsets in force a day either side cover both sides of any transition near this time.
  const before = offsetMs(asUtc - DAY_MS, timeZone);
  const after = offsetMs(asUtc + DAY_MS, timeZone);
  const candidates = [asUtc - before, asUtc - after].filter((t) => asUtc - offsetMs(t, timeZone) === t);
  if (candidates.length) return new Date(Math.min(...candidates));
  return new Date(asUtc - before);
}

/** The last second of a calendar day in `timeZone` (24.12.2026 → 2026-12-24T21:59:59Z in Helsinki). */
export function endOfLocalDay(date: { year: number; month: number; day: number }, timeZone: string): Date {
  return zonedTime({ year: date.year, month: date.month, day: date.day, hour: 23, minute: 59, second: 59 }, timeZone);
}

/** "d.m.yyyy" (e.g. "23.11.2026") of an instant in `timeZone`: how all three languages write a date. */
export function formatDay(at: Date, timeZone: string): string {
  const p = zonedParts(at, timeZone);
  return `${p.day}.${p.month}.${p.year}`;
}

/** Whether the day exists in the calendar (no 31.4., 29.2. only in leap years). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export type ParsedLocalDate =
  | { ok: true; value: LocalDate; yearGiven: boolean }
  /** "format": not a date as people write one; "invalid": a date that is not in the calendar (13.13., 25:00). */
  | { ok: false; reason: "format" | "invalid" }
  /** A day past the end of its month (31.2.): `date` as typed (d.m. or d.m.yyyy), `days` in that month. */
  | { ok: false; reason: "no_such_day"; date: string; days: number };

const DAY_MONTH_YEAR =
  /^(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4})|\.)?(?:\s+(?:klo\s+|kl\.?\s+|at\s+)?(\d{1,2})[:.](\d{2}))?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t](\d{1,2}):(\d{2}))?$/;

/**
 * A date as people type it: "31.3.2027", "31.3.27", "31/3/2027", "2027-03-31", optionally with a
 * time ("31.3.2027 16:00", "31.3.2027 klo 16.00", "2027-03-31 16:00"). With `defaultYear` the year
 * may be left out ("24.12." or "24.12"): that year is used and `yearGiven` is false, so the caller
 * can move the date to the next year. No clock involved: what the date means (end of the day, the
 * next such day) is the caller's to decide.
 */
export function parseLocalDate(raw: string, options: { defaultYear?: number } = {}): ParsedLocalDate {
  const text = raw.trim().toLowerCase().replace(/\s+/g, " ");
  const dmy = DAY_MONTH_YEAR.exec(text);
  const iso = dmy ? null : ISO_DATE.exec(text);
  if (!dmy && !iso) return { ok: false, reason: "format" };
  const typedYear = dmy ? dmy[3] : iso![1];
  if (typedYear === undefined && options.defaultYear === undefined) return { ok: false, reason: "format" };
  const year =
    typedYear === undefined ? options.defaultYear! : Number(typedYear.length === 2 ? `20${typedYear}` : typedYear);
  const [month, day] = dmy ? [Number(dmy[2]), Number(dmy[1])] : [Number(iso![2]), Number(iso![3])];
  const [hh, mm] = dmy ? [dmy[4], dmy[5]] : [iso![4], iso![5]];
  if (!isCalendarDay(year, month, day)) {
    if (month < 1 || month > 12 || day < 1) return { ok: false, reason: "invalid" };
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { ok: false, reason: "no_such_day", date: `${day}.${month}.${typedYear === undefined ? "" : year}`, days };
  }
  const value: LocalDate = { year, month, day };
  if (hh !== undefined && mm !== undefined) {
    const hour = Number(hh);
    const minute = Number(mm);
    if (hour > 23 || minute > 59) return { ok: false, reason: "invalid" };
    value.hour = hour;
    value.minute = minute;
  }
  return { ok: true, value, yearGiven: typedYear !== undefined };
}
