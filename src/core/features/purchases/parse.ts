/**
 * Typed, validated input for needs and joint purchases: whole numbers of seats, euro amounts
 * (comma or dot, to integer cents) and dates in the network's time zone. A threshold is never
 * free text: anything that is not a clean value comes back as a tagged error with the i18n key
 * of a friendly explanation. Pure functions: the clock and time zone are parameters.
 */
import type { TArgs } from "../../i18n/index.js";
import { DAY_MS, endOfLocalDay, parseLocalDate, zonedParts, zonedTime, type LocalDate } from "../../time.js";

export type Parsed<T> = { ok: true; value: T } | { ok: false; key: string; args?: TArgs };

export const MAX_SEATS = 500;
/** The largest single price a member can type (1 000 000 €). */
export const MAX_PRICE_CENTS = 100_000_000;

const fail = (key: string, args?: TArgs): { ok: false; key: string; args?: TArgs } =>
  args ? { ok: false, key, args } : { ok: false, key };

/** A whole number of seats from `min` to `max` ("6", "6 hlö", "6 paikkaa"); "viisi", "-1", "2,5", "1e9", "NaN" are refused. */
export function parseSeats(raw: string, min = 1, max = MAX_SEATS): Parsed<number> {
  const text = raw
    .trim()
    .replace(/\s*(hlö|henkeä|henkilöä|paikkaa|paikka|kpl|seats?|people|persons?|platser?|personer|st)\.?$/i, "");
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n < min || n > max) return fail("pu-err-seats-range", { min, max });
    return { ok: true, value: n };
  }
  if (/^[-−]\s*\d+$/.test(text)) return fail("pu-err-seats-range", { min, max });
  if (/^[-−]?\d+[.,]\d+$/.test(text)) return fail("pu-err-seats-whole", { min, max });
  const asNumber = Number(text.replace(",", "."));
  if (text !== "" && Number.isFinite(asNumber) && (asNumber > max || asNumber < min))
    return fail("pu-err-seats-range", { min, max });
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

/** A typed date ("31.3.2027", "2027-03-31", "31.3.2027 klo 16.00"; see `parseLocalDate`) with this feature's error keys. */
function typedDate(raw: string): Parsed<LocalDate> {
  const parsed = parseLocalDate(raw);
  if (!parsed.ok) {
    if (parsed.reason === "no_such_day")
      return fail("pu-err-date-no-such-day", { date: parsed.date, days: parsed.days });
    return fail(parsed.reason === "format" ? "pu-err-date-format" : "pu-err-date-invalid");
  }
  return { ok: true, value: parsed.value };
}

/**
 * A deadline or "needed by" date that must be in the future: a date without a time means the end
 * of that day (23:59) in `timeZone`. At most `maxYears` ahead.
 */
export function parseFutureDate(raw: string, now: Date, timeZone: string, maxYears = 3): Parsed<Date> {
  const parsed = typedDate(raw);
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  const at = d.hour === undefined ? endOfLocalDay(d, timeZone) : zonedTime(d, timeZone);
  if (at.getTime() <= now.getTime()) return fail("pu-err-date-past");
  if (at.getTime() > now.getTime() + maxYears * 366 * DAY_MS) return fail("pu-err-date-far", { years: maxYears });
  return { ok: true, value: at };
}

/** A course date (start of that day, or the time given) on or after `notBefore`'s local day. */
export function parseCourseDate(raw: string, notBefore: Date, now: Date, timeZone: string): Parsed<Date> {
  const parsed = typedDate(raw);
  if (!parsed.ok) return parsed;
  const at = zonedTime(parsed.value, timeZone);
  const floor = zonedParts(notBefore, timeZone);
  const floorStart = zonedTime({ year: floor.year, month: floor.month, day: floor.day }, timeZone);
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
