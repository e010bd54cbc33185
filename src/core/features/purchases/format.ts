/** How money and dates of joint purchases look in each language. */
import type { Translate } from "../../i18n/index.js";
import type { Locale } from "../../types.js";
import { formatDay, zonedParts } from "../../time.js";

function groupThousands(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** 180000 → "1 800 €" (fi, sv) or "€1,800" (en); cents shown only when there are any ("120,50 €"). */
export function formatEuros(cents: number, locale: Locale | string): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const rest = abs % 100;
  const sign = negative ? "-" : "";
  if (locale === "en") {
    return `${sign}€${groupThousands(euros, ",")}${rest ? `.${String(rest).padStart(2, "0")}` : ""}`;
  }
  return `${sign}${groupThousands(euros, " ")}${rest ? `,${String(rest).padStart(2, "0")}` : ""} €`;
}

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
