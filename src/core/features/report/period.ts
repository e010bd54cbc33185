/**
 * The periods a report covers, in the network's time zone: a calendar month, quarter or year, or
 * days typed by staff ("1.1.2026–30.6.2026"). A period is half-open, [from, to): it starts at
 * 00:00 of its first day and ends at 00:00 of the day after its last, on the wall clock of the
 * zone (so a Helsinki month starts at 22:00 or 21:00 UTC the evening before, by the season).
 * Every period has a previous one beside it: the month, quarter or year before, or as many
 * days just before typed days.
 */
import { DAY_MS, zonedParts, zonedTime } from "../../time.js";

export type PeriodKind = "month" | "quarter" | "year" | "months" | "days";

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export interface Period {
  kind: PeriodKind;
  /** First instant of the first day. */
  from: Date;
  /** First instant after the last day. */
  to: Date;
  /** First and last calendar day, as people read them. */
  first: CalendarDay;
  last: CalendarDay;
}

export interface ReportPeriods {
  current: Period;
  previous: Period;
}

/** A calendar day moved by whole days (no clock involved). */
export function addDays(d: CalendarDay, days: number): CalendarDay {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Days from `a` to `b` (b − a), calendar days. */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** The period of the calendar days first…last (inclusive) in `timeZone`. */
export function daysPeriod(kind: PeriodKind, first: CalendarDay, last: CalendarDay, timeZone: string): Period {
  const after = addDays(last, 1);
  return { kind, first, last, from: zonedTime(first, timeZone), to: zonedTime(after, timeZone) };
}

/** `months` calendar months starting with month `month` (1–12) of `year`. */
function monthsPeriod(kind: PeriodKind, year: number, month: number, months: number, timeZone: string): Period {
  const first = { year, month, day: 1 };
  const endMonth = new Date(Date.UTC(year, month - 1 + months, 1));
  const after = { year: endMonth.getUTCFullYear(), month: endMonth.getUTCMonth() + 1, day: 1 };
  return daysPeriod(kind, first, addDays(after, -1), timeZone);
}

/** The calendar month, quarter or year that holds `at` in `timeZone`, and the one before it. */
export function calendarPeriods(kind: "month" | "quarter" | "year", at: Date, timeZone: string): ReportPeriods {
  const p = zonedParts(at, timeZone);
  const months = kind === "month" ? 1 : kind === "quarter" ? 3 : 12;
  const startMonth = kind === "month" ? p.month : kind === "quarter" ? Math.floor((p.month - 1) / 3) * 3 + 1 : 1;
  const prev = new Date(Date.UTC(p.year, startMonth - 1 - months, 1));
  return {
    current: monthsPeriod(kind, p.year, startMonth, months, timeZone),
    previous: monthsPeriod(kind, prev.getUTCFullYear(), prev.getUTCMonth() + 1, months, timeZone),
  };
}

/**
 * `months` whole calendar months ending with the one that holds `at` (the portal's "last 12
 * months": this month and the eleven before it), and as many months before them.
 */
export function lastMonthsPeriods(months: number, at: Date, timeZone: string): ReportPeriods {
  const p = zonedParts(at, timeZone);
  const start = new Date(Date.UTC(p.year, p.month - months, 1));
  const prev = new Date(Date.UTC(p.year, p.month - 2 * months, 1));
  return {
    current: monthsPeriod("months", start.getUTCFullYear(), start.getUTCMonth() + 1, months, timeZone),
    previous: monthsPeriod("months", prev.getUTCFullYear(), prev.getUTCMonth() + 1, months, timeZone),
  };
}

/** The month before the one that holds `at`, and the month before that: what the monthly report covers. */
export function lastMonthPeriods(at: Date, timeZone: string): ReportPeriods {
  const p = zonedParts(at, timeZone);
  const prev = new Date(Date.UTC(p.year, p.month - 2, 1));
  return calendarPeriods(
    "month",
    zonedTime({ year: prev.getUTCFullYear(), month: prev.getUTCMonth() + 1, day: 15, hour: 12 }, timeZone),
    timeZone,
  );
}

/** Typed days and as many days just before them. */
export function customPeriods(first: CalendarDay, last: CalendarDay, timeZone: string): ReportPeriods {
  const length = daysBetween(first, last) + 1;
  return {
    current: daysPeriod("days", first, last, timeZone),
    previous: daysPeriod("days", addDays(first, -length), addDays(first, -1), timeZone),
  };
}

export type ParsedPeriod =
  | { ok: true; periods: ReportPeriods }
  /** "format": not a period; "invalid": a day not in the calendar, or the end before the start; "too_long": over ten years. */
  | { ok: false; reason: "format" | "invalid" | "too_long" };

const WORDS: Record<string, "month" | "quarter" | "year"> = {
  "": "month",
  kuukausi: "month",
  kk: "month",
  month: "month",
  månad: "month",
  manad: "month",
  kvartaali: "quarter",
  neljännes: "quarter",
  quarter: "quarter",
  kvartal: "quarter",
  vuosi: "year",
  year: "year",
  år: "year",
  ar: "year",
};

/** Longest typed period accepted (days), so a typo such as 1.1.1026 does not make a thousand-year report. */
export const MAX_DAYS = 3660;

/** The years a report day may have: the network's data starts well after 2000. */
export const REPORT_YEAR_MIN = 2000;
export const REPORT_YEAR_MAX = 2100;

/** One report day as typed: 31.1.2026 or 2026-01-31 (a date field's value). */
const DAY = String.raw`(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{1,2}-\d{1,2})`;

/**
 * The one parser of a report's typed day, for `/raportti` and the portal's /tulokset alike:
 * `d.m.yyyy` or ISO `yyyy-mm-dd`, a four-digit year in REPORT_YEAR_MIN…REPORT_YEAR_MAX (no
 * two-digit years: JavaScript would read 0050 as 1950), a day that is in the calendar.
 */
export function parseReportDay(raw: string): CalendarDay | "format" | "invalid" {
  const text = raw.trim();
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = dmy ? null : /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!dmy && !iso) return "format";
  const [year, month, day] = dmy ? [dmy[3], dmy[2], dmy[1]].map(Number) : [iso![1], iso![2], iso![3]].map(Number);
  if (year! < REPORT_YEAR_MIN || year! > REPORT_YEAR_MAX) return "invalid";
  const d = new Date(Date.UTC(year!, month! - 1, day!));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month! - 1 || d.getUTCDate() !== day) return "invalid";
  return { year: year!, month: month!, day: day! };
}

/** A calendar day as ISO yyyy-mm-dd (what a date field shows). */
export function isoDay(d: CalendarDay): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/**
 * What staff typed after `raportti`: nothing (this month), `kvartaali`, `vuosi` (or their Swedish
 * and English words), or two days "1.1.2026–30.6.2026" separated by an en or em dash, a hyphen
 * or spaces ("1.1.2026 - 30.6.2026", "1.1.2026 30.6.2026"). Both days need their year.
 */
export function parsePeriodArgs(raw: string, now: Date, timeZone: string): ParsedPeriod {
  const text = raw.trim().toLowerCase().replace(/\s+/g, " ");
  const word = WORDS[text];
  if (word) return { ok: true, periods: calendarPeriods(word, now, timeZone) };
  const m = new RegExp(String.raw`^(${DAY})\s*(?:[–—-]|\s)\s*(${DAY})$`).exec(text);
  if (!m) return { ok: false, reason: "format" };
  const first = parseReportDay(m[1]!);
  const last = parseReportDay(m[2]!);
  if (typeof first === "string" || typeof last === "string")
    return { ok: false, reason: first === "format" || last === "format" ? "format" : "invalid" };
  const length = daysBetween(first, last) + 1;
  if (length < 1) return { ok: false, reason: "invalid" };
  if (length > MAX_DAYS) return { ok: false, reason: "too_long" };
  return { ok: true, periods: customPeriods(first, last, timeZone) };
}

/** ISO 8601 week of a calendar day. */
export function isoWeek(d: CalendarDay): { year: number; week: number } {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day));
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
  const year = date.getUTCFullYear();
  return { year, week: Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7) };
}

export interface Bucket {
  from: Date;
  to: Date;
  /** "week" buckets carry the ISO week; "month" buckets the month. */
  kind: "week" | "month";
  week?: number;
  year: number;
  month?: number;
}

/** Most weeks a chart shows one by one; a longer period is shown by month. */
export const MAX_WEEK_BUCKETS = 60;

/**
 * The period cut into ISO weeks (Monday 00:00 in the zone), the first and last clipped to the
 * period; a period of more than MAX_WEEK_BUCKETS weeks is cut into calendar months instead.
 */
export function buckets(period: Period, timeZone: string): Bucket[] {
  const out: Bucket[] = [];
  const weekday = (d: CalendarDay) => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() || 7;
  const span = daysBetween(period.first, period.last) + 1;
  if (Math.ceil((span + weekday(period.first) - 1) / 7) <= MAX_WEEK_BUCKETS) {
    let start = period.first;
    while (daysBetween(start, period.last) >= 0) {
      const next = addDays(start, 8 - weekday(start));
      const end = daysBetween(next, addDays(period.last, 1)) < 0 ? addDays(period.last, 1) : next;
      const w = isoWeek(start);
      out.push({
        kind: "week",
        year: w.year,
        week: w.week,
        from: zonedTime(start, timeZone),
        to: zonedTime(end, timeZone),
      });
      start = end;
    }
    return out;
  }
  let y = period.first.year;
  let mo = period.first.month;
  let start = period.first;
  while (daysBetween(start, period.last) >= 0) {
    const nm = new Date(Date.UTC(y, mo, 1));
    const next = { year: nm.getUTCFullYear(), month: nm.getUTCMonth() + 1, day: 1 };
    const end = daysBetween(next, addDays(period.last, 1)) < 0 ? addDays(period.last, 1) : next;
    out.push({ kind: "month", year: y, month: mo, from: zonedTime(start, timeZone), to: zonedTime(end, timeZone) });
    start = end;
    y = next.year;
    mo = next.month;
  }
  return out;
}

/** "1.1.2026–30.6.2026" */
export function periodLabel(p: Period): string {
  const f = (d: CalendarDay) => `${d.day}.${d.month}.${d.year}`;
  return `${f(p.first)}–${f(p.last)}`;
}
