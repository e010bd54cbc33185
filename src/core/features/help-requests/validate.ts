/**
 * Validation of what a member types while asking for help. Each check returns either the clean
 * value or an error key (translated by the caller), so a dialog can stay on the same step.
 */
import { MUNICIPALITIES } from "../../members.js";
import { DAY_MS, endOfLocalDay, isCalendarDay, parseLocalDate, zonedParts } from "../../time.js";
import {
  CATEGORIES,
  CATEGORY_WORDS,
  DEFAULT_DAYS,
  DETAILS_MAX,
  MAX_DAYS,
  OTHER_MUNICIPALITY,
  TITLE_MAX,
  type Category,
} from "./constants.js";
import { guardText, refusalKey } from "../../privacy/index.js";

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string; args?: Record<string, string | number> };

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;

/** One line: control and zero-width characters removed, whitespace folded. */
export function oneLine(raw: string): string {
  return raw.normalize("NFC").replace(CONTROL, "").replace(/\s+/g, " ").trim();
}

/** Several lines: control characters removed, at most one empty line in a row. */
export function multiLine(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL, "")
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The confidentiality guard again on the cleaned field (the router already guarded the input as typed). */
function sensitiveError(text: string): Checked<never> | null {
  const guarded = guardText(text, "help-request");
  return guarded.ok ? null : { ok: false, error: refusalKey(guarded.reason) };
}

export function checkTitle(raw: string): Checked<string> {
  const title = oneLine(raw);
  if (!title) return { ok: false, error: "hr-error-title-empty" };
  const length = [...title].length;
  if (length > TITLE_MAX) return { ok: false, error: "hr-error-title-long", args: { length, max: TITLE_MAX } };
  return sensitiveError(title) ?? { ok: true, value: title };
}

/** Words that skip the optional details ("-", "ohita", "skip", "hoppa över"). */
export function isSkipWord(raw: string): boolean {
  return /^(-|–|ohita|ohitetaan|skip|hoppa över|hoppa|ei|no|nej)$/i.test(raw.trim());
}

export function checkDetails(raw: string): Checked<string> {
  if (isSkipWord(raw)) return { ok: true, value: "" };
  const details = multiLine(raw);
  const length = [...details].length;
  if (length > DETAILS_MAX)
    return { ok: false, error: "hr-error-details-long", args: { length: String(length), max: String(DETAILS_MAX) } };
  return sensitiveError(details) ?? { ok: true, value: details };
}

/** A short free text (offer note, hiding reason): trimmed, limited, and free of clients' personal data. */
export function checkShortText(raw: string, max: number): Checked<string> {
  const text = multiLine(raw);
  const length = [...text].length;
  if (length > max)
    return { ok: false, error: "hr-error-note-long", args: { length: String(length), max: String(max) } };
  return sensitiveError(text) ?? { ok: true, value: text };
}

/** A category by key, by a common word for it (CATEGORY_WORDS) or by the start of any of its translated names. */
export function matchCategory(raw: string, labels: (key: Category) => string[]): Category | undefined {
  const s = oneLine(raw).toLowerCase();
  if (!s) return undefined;
  return (
    CATEGORIES.find((c) => c === s || CATEGORY_WORDS[c].includes(s)) ??
    CATEGORIES.find((c) =>
      labels(c).some((l) => l.toLowerCase() === s || (s.length >= 3 && l.toLowerCase().startsWith(s))),
    )
  );
}

/** A municipality of the seed region by name (case-insensitive), or "other" for the words for other. */
export function matchMunicipality(raw: string): string | undefined {
  const s = oneLine(raw).toLowerCase();
  if (!s) return undefined;
  if (/^(muu|muualla|other|elsewhere|annan|annat|övrig)$/.test(s)) return OTHER_MUNICIPALITY;
  return MUNICIPALITIES.find((m) => m.toLowerCase() === s);
}

// ---- dates -----------------------------------------------------------------------------------

export function defaultExpiry(now: Date): Date {
  return new Date(now.getTime() + DEFAULT_DAYS * DAY_MS);
}

/**
 * "Until when" as typed: empty or a default word → 14 days; a number of days ("14", "14 pv",
 * "10 days"); a date as `parseLocalDate` reads it ("24.12.2026", "24.12.26", "2026-12-24"), also
 * without the year ("24.12.": the next such date). The end of the given day in `timeZone` counts.
 * At most 90 days from `now`; a date in the past is refused.
 */
export function parseUntil(raw: string, now: Date, timeZone: string): Checked<Date> {
  const s = oneLine(raw).toLowerCase();
  const limit = now.getTime() + MAX_DAYS * DAY_MS;
  if (!s || /^(oletus|default|standard|14 päivää)$/.test(s)) return { ok: true, value: defaultExpiry(now) };
  const days = /^(\d{1,3})\s*(pv|päivä|päivää|päiväksi|d|day|days|dag|dagar)?\.?$/.exec(s);
  if (days) {
    const n = Number(days[1]);
    if (n < 1) return { ok: false, error: "hr-error-until-past" };
    if (n > MAX_DAYS) return { ok: false, error: "hr-error-until-far", args: { max: MAX_DAYS } };
    return { ok: true, value: new Date(now.getTime() + n * DAY_MS) };
  }
  const date = parseLocalDate(s, { defaultYear: zonedParts(now, timeZone).year });
  if (!date.ok && date.reason === "no_such_day")
    return { ok: false, error: "hr-error-until-no-such-day", args: { date: date.date, days: date.days } };
  // A day is what counts here: a typed time of day is not understood rather than silently dropped.
  if (!date.ok || date.value.hour !== undefined) return { ok: false, error: "hr-error-until-format" };
  let end = endOfLocalDay(date.value, timeZone);
  const { year, month, day } = date.value;
  if (!date.yearGiven && end.getTime() < now.getTime() && isCalendarDay(year + 1, month, day)) {
    const next = endOfLocalDay({ year: year + 1, month, day }, timeZone);
    if (next.getTime() <= limit + DAY_MS) end = next;
  }
  if (end.getTime() < now.getTime()) return { ok: false, error: "hr-error-until-past" };
  if (end.getTime() > limit + DAY_MS) return { ok: false, error: "hr-error-until-far", args: { max: MAX_DAYS } };
  return { ok: true, value: new Date(Math.min(end.getTime(), limit)) };
}
