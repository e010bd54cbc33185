/** Money as members read it. Amounts are integer cents everywhere; only rendering makes euros of them. */

function groupThousands(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * 180000 → "1 800 €" (fi, sv) or "€1,800" (en); cents only when there are any ("120,50 €",
 * "€120.50"). `space` separates thousands and the euro sign in Finnish and Swedish: a no-break
 * space ("\u00a0") keeps an amount on one line in long texts such as the digest.
 */
export function formatEuros(cents: number, locale: string, space = " "): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const rest = abs % 100;
  if (locale === "en") return `${sign}€${groupThousands(euros, ",")}${rest ? `.${String(rest).padStart(2, "0")}` : ""}`;
  return `${sign}${groupThousands(euros, space)}${rest ? `,${String(rest).padStart(2, "0")}` : ""}${space}€`;
}
