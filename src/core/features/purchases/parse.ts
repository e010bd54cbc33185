/**
 * Typed, validated input for needs and joint purchases: whole numbers of seats, euro amounts
 * (comma or dot, to integer cents) and dates in the network's time zone. A threshold is never
 * free text: anything that is not a clean value comes back as a tagged error with the i18n key
 * of a friendly explanation. Pure functions: the clock and time zone are parameters.
 */
import type { TArgs } from "../../i18n/index.js";

export type Parsed<T> = { ok: true; value: T } | { ok: false; key: string; args?: TArgs };

export const MAX_SEATS = 500;
/** The largest single price a member can type (1 000 000 €). */
export const MAX_PRICE_CENTS = 100_000_000;

const fail = (key: string, args?: TArgs): { ok: false; key: string; args?: TArgs } => (args ? { ok: false, key, args } : { ok: false, key });

/** A whole number of seats from `min` to `max` ("6", "6 hlö", "6 paikkaa"); "viisi", "-1", "2,5", "1e9", "NaN" are refused. */
export function parseSeats(raw: string, min = 1, max = MAX_SEATS): Parsed<number> {
  const text = raw.trim().replace(/\s*(hlö|henkeä|henkilöä|paikkaa|paikka|kpl|seats?|people|persons?|platser?|personer|st)\.?$/i, "");
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n < min || n > max) return fail("pu-err-seats-range", { min, max });
    return { ok: true, value: n };
  }
  if (/^[-−]\s*\d+$/.test(text)) return fail("pu-err-seats-range", { min, max });
  if (/^[-−]?\d+[.,]\d+$/.test(text)) return fail("pu-err-seats-whole", { min, max });
  const asNumber = Number(text.replace(",", "."));
  if (text !== "" && Number.isFinite(asNumber) && (asNumber > max || asNumber < min)) return fail("pu-err-seats-range", { min, max });
  return fail("pu-err-seats-number", { min, max });
}

/**
 * Euros to cents: "1800", "1 800", "1800,50", "1800.5", "1 800 €", "120 e". At most two decimals,
 * more than zero, at most 1 000 000 €. "1.800,00" or "1,800.00" are refused as ambiguous.
 */
export function parseEuros(raw: string): Parsed<number> {
  const text = raw
    .trim()
    .replace(/\s*(€|eur|euroa|euro|euros|e)\.?$/i, "")
    .replace(/^€\s*/, "")
    .replace(/[\s\u00a0\u202f]+(?=\d{3}(\D|$))/g, "")
    .trim();
  if (/^[-−]/.test(text) && /\d/.test(text)) return fail("pu-err-price-positive");
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(text);
  if (!m) {
    if (/^\d{1,3}([.,]\d{3})+[.,]\d{1,2}$/.test(text)) return fail("pu-err-price-ambiguous");
    return fail("pu-err-price-number");
  }
  const whole = m[1]!;
  const decimals = m[2] ?? "";
  if (decimals.length > 2) return fail("pu-err-price-decimals");
  if (whole.length > 9) return fail("pu-err-price-too-large");
  const cents = Number(whole) * 100 + Number(decimals.padEnd(2, "0") || "0");
  if (cents <= 0) return fail("pu-err-price-positive");
  if (cents > MAX_PRICE_CENTS) return fail("pu-err-price-too-large");
  return { ok: true, value: cents };
}

// ---------------------------------------------------------------------------------------------
// Dates in the network's time zone

export interface LocalDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

const partsCache = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsCache.get(timeZone);
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
    partsCache.set(timeZone, f);
  }
  return f;
}

/** The wall-clock date and time of an instant in `timeZone`. */
export function localParts(instant: Date, timeZone: string): Required<LocalDate> & { second: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

function offsetMs(instant: number, timeZone: string): number {
  const p = localParts(new Date(instant), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant when the wall clock in `timeZone` shows the given date and time. */
export function zonedTime(d: Required<LocalDate>, timeZone: string, second = 0): Date {
  const guess = Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, second);
  const first = guess - offsetMs(guess, timeZone);
  const second2 = guess - offsetMs(first, timeZone);
  return new Date(second2);
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A date as people type it: "31.3.2027", "31.3.27", "2027-03-31", "31/3/2027", optionally with a
 * time ("31.3.2027 16:00", "31.3.2027 klo 16.00"). Returns the local date; no clock involved.
 */
export function parseLocalDate(raw: string): Parsed<LocalDate> {
  const text = raw.trim().toLowerCase().replace(/\s+/g, " ");
  const m =
    /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})(?:\s+(?:klo\s+|kl\.?\s+|at\s+)?(\d{1,2})[:.](\d{2}))?$/.exec(text) ??
    null;
  const iso = m ? null : /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t](\d{1,2}):(\d{2}))?$/.exec(text);
  if (!m && !iso) return fail("pu-err-date-format");
  const [year, month, day] = m
    ? [Number(m[3]!.length === 2 ? `20${m[3]}` : m[3]), Number(m[2]), Number(m[1])]
    : [Number(iso![1]), Number(iso![2]), Number(iso![3])];
  const hh = m ? m[4] : iso![4];
  const mm = m ? m[5] : iso![5];
  if (!validDay(year, month, day)) return fail("pu-err-date-invalid");
  const out: LocalDate = { year, month, day };
  if (hh !== undefined && mm !== undefined) {
    const hour = Number(hh);
    const minute = Number(mm);
    if (hour > 23 || minute > 59) return fail("pu-err-date-invalid");
    out.hour = hour;
    out.minute = minute;
  }
  return { ok: true, value: out };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A deadline or "needed by" date that must be in the future: a date without a time means the end
 * of that day (23:59) in `timeZone`. At most `maxYears` ahead.
 */
export function parseFutureDate(raw: string, now: Date, timeZone: string, maxYears = 3): Parsed<Date> {
  const parsed = parseLocalDate(raw);
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  const at = zonedTime({ year: d.year, month: d.month, day: d.day, hour: d.hour ?? 23, minute: d.minute ?? 59 }, timeZone, d.hour === undefined ? 59 : 0);
  if (at.getTime() <= now.getTime()) return fail("pu-err-date-past");
  if (at.getTime() > now.getTime() + maxYears * 366 * DAY_MS) return fail("pu-err-date-far", { years: maxYears });
  return { ok: true, value: at };
}

/** A course date (start of that day, or the time given) on or after `notBefore`'s local day. */
export function parseCourseDate(raw: string, notBefore: Date, now: Date, timeZone: string): Parsed<Date> {
  const parsed = parseLocalDate(raw);
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  const at = zonedTime({ year: d.year, month: d.month, day: d.day, hour: d.hour ?? 0, minute: d.minute ?? 0 }, timeZone);
  const floor = localParts(notBefore, timeZone);
  const floorStart = zonedTime({ year: floor.year, month: floor.month, day: floor.day, hour: 0, minute: 0 }, timeZone);
  if (at.getTime() < floorStart.getTime()) return fail("pu-err-course-date-before-deadline");
  if (at.getTime() > now.getTime() + 4 * 366 * DAY_MS) return fail("pu-err-date-far", { years: 4 });
  return { ok: true, value: at };
}

/** Lowercase, no diacritics, letters and digits only: for matching course names to types. */
export function normaliseKey(raw: string): string {
  return raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** "-", "ohita", "skip", "hoppa över", "ei", "no", "nej", empty: the member skips an optional field. */
export function isSkip(raw: string): boolean {
  return /^\s*(-|–|—|ohita|skip|hoppa över|hoppa|ei|no|nej|none|ingen)?\s*$/i.test(raw);
}
