/**
 * Normalisation before scanning. The guard never changes what is stored: it scans a normalised
 * copy, so the member's own spelling stays as typed when the text is accepted.
 *
 * - Unicode compatibility forms (NFKC): full-width digits and letters (１３１０５２), circled and
 *   mathematical digits, compatibility plus signs become their plain forms.
 * - Digits of other scripts (Arabic-Indic, Devanagari…) become 0–9.
 * - Letters that look like Latin capitals (Cyrillic А В С Е Н К М Р Т Х У, Greek Α Β Ε Η Κ Μ Ν Ρ
 *   Τ Χ Υ) become those capitals: a hostile or careless "131052А308Т" is still a code.
 * - Every dash-like character (hyphen-minus, hyphen, non-breaking hyphen U+2011, figure dash,
 *   en and em dash, minus sign U+2212, small and full-width hyphen-minus, heavy minus…) becomes "-".
 * - Invisible format characters (soft hyphen, zero-width space/joiners, word joiner, BOM,
 *   direction marks) are removed; every space-like character (no-break, narrow, thin, ideographic,
 *   tabs, line breaks) becomes one plain space.
 * - Upper case.
 */

const DASHES = /[\p{Pd}\u2212\u2796\u02d7\u2043\u2010-\u2015\ufe58\ufe63\uff0d]/gu;
const PLUSES = /[\u2795\ufe62\uff0b\u02d6]/gu;
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/gu;
const SPACES = /[\s\p{Zs}\p{Zl}\p{Zp}\u180e]+/gu;
const OTHER_DIGITS = /\p{Nd}/gu;

const LOOKALIKES: Record<string, string> = {
  // Cyrillic capitals and small letters that look like Latin capitals
  А: "A",
  В: "B",
  С: "C",
  Е: "E",
  Н: "H",
  К: "K",
  М: "M",
  Р: "P",
  Т: "T",
  Х: "X",
  У: "Y",
  Ү: "Y",
  а: "A",
  в: "B",
  с: "C",
  е: "E",
  н: "H",
  к: "K",
  м: "M",
  р: "P",
  т: "T",
  х: "X",
  у: "Y",
  // Greek
  Α: "A",
  Β: "B",
  Ε: "E",
  Η: "H",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ρ: "P",
  Τ: "T",
  Χ: "X",
  Υ: "Y",
  α: "A",
  β: "B",
  ε: "E",
  κ: "K",
  ν: "N",
  ρ: "P",
  τ: "T",
  χ: "X",
  υ: "Y",
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join("")}]`, "gu");

/** The digit value of a decimal digit of any script (Unicode keeps each script's 0–9 in a row). */
function digitValue(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x30 && cp <= 0x39) return ch;
  let start = cp;
  while (start > 0 && /\p{Nd}/u.test(String.fromCodePoint(start - 1)) && cp - (start - 1) < 10) start--;
  return String((cp - start) % 10);
}

/** Normalised for scanning identity codes: see the module comment. Not for storing. */
export function normaliseForScan(text: string): string {
  return text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(LOOKALIKE, (c) => LOOKALIKES[c] ?? c)
    .replace(OTHER_DIGITS, digitValue)
    .replace(DASHES, "-")
    .replace(PLUSES, "+")
    .replace(SPACES, " ")
    .toUpperCase();
}

/** Normalised for reading words (contact details): NFKC, invisible characters gone, digits, dashes and spaces plain; case kept. */
export function normaliseWords(text: string): string {
  return text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(OTHER_DIGITS, digitValue)
    .replace(DASHES, "-")
    .replace(PLUSES, "+")
    .replace(SPACES, " ");
}
