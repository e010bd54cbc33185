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
 * - Every default-ignorable and format character (soft hyphen, zero-width space/joiners, word
 *   joiner, BOM, direction marks, variation selectors U+FE00–FE0F and U+E0100–E01EF, tags, Hangul
 *   fillers) is removed, and so is every combining mark (the text is decomposed first, so
 *   "1\u0301", a keycap "1\u20e3", "Ṫ" and "Ţ" are read as "1", "1", "T", "T"); every
 *   space-like character (no-break, narrow, thin, ideographic, Braille blank U+2800, tabs, line
 *   breaks) becomes one plain space.
 * - A dash written as an HTML entity or percent-encoded (`&#45;`, `&#x2d;`, `&ndash;`, `%2D`)
 *   is a dash; likewise a space (`&nbsp;`, `%20`) and a plus (`%2B`).
 * - Upper case.
 *
 * `normaliseWords` (contact details) keeps letters' accents (ä and ö matter to Finnish words) but
 * removes every combining mark left over after composing, and every ignorable character.
 */

const DASHES = /[\p{Pd}\u2212\u2796\u02d7\u2043\u2010-\u2015\ufe58\ufe63\uff0d]/gu;
const PLUSES = /[\u2795\ufe62\uff0b\u02d6]/gu;
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\u034f\u115f\u1160\u3164\uffa0]/gu;
const MARKS = /\p{M}/gu;
const SPACES = /[\s\p{Zs}\p{Zl}\p{Zp}\u180e\u2800\u3000]+/gu;
const ENCODED: [RegExp, string][] = [
  [/&#0*45;|&#x0*2d;|&(?:ndash|mdash|minus|hyphen|dash);|%2d/giu, "-"],
  [/&#0*43;|&#x0*2b;|&plus;|%2b/giu, "+"],
  [/&#0*(?:32|160);|&#x0*(?:20|a0);|&nbsp;|%20/giu, " "],
];

function decodeEntities(text: string): string {
  return text.includes("&") || text.includes("%") ? ENCODED.reduce((t, [re, to]) => t.replace(re, to), text) : text;
}
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
  return decodeEntities(text)
    .normalize("NFKD")
    .replace(INVISIBLE, "")
    .replace(MARKS, "")
    .normalize("NFKC")
    .replace(LOOKALIKE, (c) => LOOKALIKES[c] ?? c)
    .replace(OTHER_DIGITS, digitValue)
    .replace(DASHES, "-")
    .replace(PLUSES, "+")
    .replace(SPACES, " ")
    .toUpperCase();
}

/** Normalised for reading words (contact details): NFKC, invisible characters gone, digits, dashes and spaces plain; case kept. */
export function normaliseWords(text: string): string {
  return decodeEntities(text)
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(MARKS, "")
    .replace(OTHER_DIGITS, digitValue)
    .replace(DASHES, "-")
    .replace(PLUSES, "+")
    .replace(SPACES, " ");
}

/**
 * Letters people type for digits inside a run of digits (O for 0, I and l for 1, Z for 2), read
 * as those digits: "131O52-3O8T", "l31052-308T", "04O 123 4567". A letter is read as a digit
 * only when a digit is next to it (or beyond one space) and no other letter is: "308L" keeps its
 * L only in the other reading, so both are scanned. Works on normalised text, one character for
 * one (positions stay).
 */
export function digitLookalikes(normalised: string): string {
  return normalised.replace(/[OoIlLZz]/g, (c, i: number, s: string) => {
    const before = s[i - 1] ?? "";
    const after = s[i + 1] ?? "";
    const isLetter = (x: string) => /\p{L}/u.test(x) && !/[OoIlLZz]/.test(x);
    if (isLetter(before) || isLetter(after)) return c;
    const near = (x: string, y: string) => /\d/.test(x) || (x === " " && /\d/.test(y));
    if (!near(before, s[i - 2] ?? "") && !near(after, s[i + 2] ?? "")) return c;
    return c === "O" || c === "o" ? "0" : c === "Z" || c === "z" ? "2" : "1";
  });
}
