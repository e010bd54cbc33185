/** How dates and file amounts of joint purchases look (euro amounts in text: `formatEuros` in core/money.ts). */
import type { Translate } from "../../i18n/index.js";
import { formatDay, zonedParts } from "../../time.js";

/** Cents as a plain decimal for files ("1800.00"). */
export function centsToDecimal(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`;
}

/** "31.3.2027"; with the time when it is not the start or the end of the day ("31.3.2027 klo 16.00"). */
export function formatDate(instant: Date, timeZone: string, t: Translate): string {
  const p = zonedParts(instant, timeZone);
  const date = formatDay(instant, timeZone);
  const endOfDay = p.hour === 23 && p.minute === 59;
  const startOfDay = p.hour === 0 && p.minute === 0;
  if (endOfDay || startOfDay) return date;
  return t("pu-datetime", { date, time: `${String(p.hour).padStart(2, "0")}.${String(p.minute).padStart(2, "0")}` });
}
