/**
 * Finnish personal identity codes (henkilötunnus) in any shape a person types or pastes.
 *
 * A code is DDMMYY C NNN K: a date of birth, a century sign C (+ for the 1800s; - Y X W V U for
 * the 1900s; A B C D E F for the 2000s — the letters other than - and A since 2023), an individual
 * number NNN and a check character K = "0123456789ABCDEFHJKLMNPRSTUVWXY"[DDMMYYNNN mod 31].
 *
 * The text is normalised first (normalise.ts: compatibility forms, digits of any script, look-alike
 * letters, every dash-like and space-like character, case). Then these shapes are recognised, also
 * glued to letters on either side ("hetu131052-308Tkiitos"):
 * - with the century sign, also with spaces around it: "131052-308T", "131052 - 308T", "131052A308T";
 * - without the sign: "131052308T", "131052 308T";
 * - with a space or a dash before the check character: "131052-308 T", "131052-308-T";
 * - with the date's parts separated, as people write dates: "13.10.52-308T", "13.10.1952-308T",
 *   "13. 10. 52 - 308T", "13 10 52-308T", "13/10/52-308T", "13-10-52-308T", "1.2.52-308T" (a
 *   one-digit day or month is read with its zero; a four-digit year gives its own century).
 *
 * How the check character decides:
 * - **A valid check character is certain**: the text is refused in every shape above.
 * - **A near-miss is refused too**: the right shape with the century sign written (or, without
 *   the sign, a letter as the check character with no letter glued after it), the check character
 *   right after the number, a real calendar date, but a wrong check character. One mistyped character in a real code gives exactly this, and a typo of a client's
 *   code is still the client's code to anyone who can guess one character. Organisations do not
 *   write anything else in this exact shape (dates, times, prices, Y-tunnus 1234567-8, IBANs and
 *   reference numbers all differ from it).
 * - Without the century sign and with a digit as the check character ("1310523088"), only a valid
 *   check character counts: ten digits alone are too often an order or phone number to refuse on
 *   shape. For the same reason a valid ten-digit run that starts with 0 right after a word for a
 *   phone number ("puh. 0401234567") is read as the phone number it says it is.
 * - With the date's parts separated, the same rules apply, with one more care: a check letter
 *   after a space or a dash, or with no century sign, must end the word ("13.10.25 100 kpl" is a
 *   date and a quantity, not a code), and without a century sign a check digit must follow the
 *   number directly ("12.3.24 120 5" is a date and two numbers). A four-digit year decides the
 *   century when it is written (a valid check character is certain whatever sign is next to it).
 *   A near-miss needs the century sign (or a four-digit year)
 *   and the check character right after the number: a date followed by three digits and a
 *   letter is too common otherwise ("12.3.24 klo 100 A-sali").
 */
import { digitLookalikes, normaliseForScan } from "./normalise.js";

export const CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
/** Century signs and the century they stand for. */
export const CENTURY_SIGNS: Record<string, number> = {
  "+": 1800,
  "-": 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

export type IdentityCodeMatch = { certainty: "valid" | "near_miss"; index: number };

//            DDMMYY        sign, maybe spaced       NNN       space?  check
const SHAPE = /(?<!\d)(\d{6})(?: ?([-+A-FU-Y]) ?| ?)(\d{3})([ -]?)([0-9A-Z])/g;
//                     D          sep          M          sep            YY or YYYY     sign, maybe spaced     NNN   sep?  check
const SEPARATED =
  /(?<![\d.\/-])(\d{1,2})(?:\. ?|[ /-])(\d{1,2})(?:\. ?|[ /-])(\d{4}|\d{2})(?: ?([-+A-FU-Y]) ?| ?)(\d{3})([ -]?)([0-9A-Z])/g;
const PHONE_WORD =
  /(?<![A-Z])(?:PUH|PUHELIN|TEL|TFN|TELEFON|PHONE|GSM|MOB|MOBIL|MOBILE|NRO|NUMERO|NUMMER|NUMBER|SOITA|RING|CALL|SMS|WHATSAPP|\+358|P)\.?:?[^0-9A-Z]{0,4}$/;

export function checkCharOf(ddmmyy: string, nnn: string): string {
  return CHECK_CHARS[Number(`${ddmmyy}${nnn}`) % 31]!;
}

function isDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `sign` is "" when none was written. */
function dateValid(ddmmyy: string, sign: string, century?: number): boolean {
  const day = Number(ddmmyy.slice(0, 2));
  const month = Number(ddmmyy.slice(2, 4));
  const yy = Number(ddmmyy.slice(4, 6));
  const centuries = century !== undefined ? [century] : sign ? [CENTURY_SIGNS[sign]!] : [1900, 2000];
  return centuries.some((c) => isDate(c + yy, month, day));
}

/** Codes written with the date's parts separated ("13.10.52-308T"): see the module comment. */
function findSeparated(s: string, found: IdentityCodeMatch[]): void {
  for (const m of s.matchAll(SEPARATED)) {
    const [whole = "", d = "", mo = "", year = "", sign = "", nnn = "", beforeCheck = "", check = ""] = m;
    const next = s[m.index + whole.length] ?? "";
    const checkIsDigit = /\d/.test(check);
    if (checkIsDigit && /\d/.test(next)) continue; // part of a longer number
    const gluedAfter = /[A-Z0-9]/.test(next);
    if (!checkIsDigit && gluedAfter && (beforeCheck || !sign)) continue; // a word, not a check letter
    if (checkIsDigit && beforeCheck && !sign) continue; // a date and two numbers ("12.3.24 120 5")
    const ddmmyy = `${d.padStart(2, "0")}${mo.padStart(2, "0")}${year.slice(-2)}`;
    const century = year.length === 4 ? Number(year.slice(0, 2)) * 100 : undefined;
    if (century !== undefined && !Object.values(CENTURY_SIGNS).includes(century)) continue;
    if (!dateValid(ddmmyy, sign, century)) continue;
    if (checkCharOf(ddmmyy, nnn) === check) {
      found.push({ certainty: "valid", index: m.index });
      continue;
    }
    if (!beforeCheck && (sign || century !== undefined) && !gluedAfter)
      found.push({ certainty: "near_miss", index: m.index });
  }
}

/** The strict shapes above, on one normalised text. */
function findStrict(s: string, found: IdentityCodeMatch[]): void {
  for (const m of s.matchAll(SHAPE)) {
    const [whole = "", ddmmyy = "", sign = "", nnn = "", spaceBeforeCheck = "", check = ""] = m;
    const end = m.index + whole.length;
    const next = s[end] ?? "";
    const checkIsDigit = /\d/.test(check);
    if (checkIsDigit && /\d/.test(next)) continue; // part of a longer number
    if (!dateValid(ddmmyy, sign)) continue;
    if (checkCharOf(ddmmyy, nnn) === check) {
      if (
        !sign &&
        checkIsDigit &&
        ddmmyy.startsWith("0") &&
        PHONE_WORD.test(s.slice(Math.max(0, m.index - 16), m.index))
      )
        continue;
      found.push({ certainty: "valid", index: m.index });
      continue;
    }
    // Near-miss: the century sign written and the check character right after the number, or
    // no sign but a letter glued on as the check character with nothing glued after it.
    if (spaceBeforeCheck) continue;
    if (sign || (!checkIsDigit && !/[A-Z]/.test(next))) found.push({ certainty: "near_miss", index: m.index });
  }
  findSeparated(s, found);
}

/** Separators people put inside or between the parts (spaces, dots, slashes, underscores, dashes…), up to three. */
const S = "[ ._/*\\\\:'’-]{0,3}";
const digitsWith = (n: number) => `\\d(?:${S}\\d){${n - 1}}`;
const looseShape = (dateDigits: number) =>
  new RegExp(`(${digitsWith(dateDigits)})(${S}(?:[-+A-FU-Y]${S})?)(${digitsWith(3)})([ -]{0,3})([0-9A-Z])`, "y");
const LOOSE6 = looseShape(6);
const LOOSE8 = looseShape(8);
/** A date of birth and, elsewhere in the same text, the rest of the code ("s. 13.10.1952 … loppuosa 308T"). */
const ANY_DATE = /(?<![\d])(\d{1,2})[./ -]{1,2}(\d{1,2})[./ -]{1,3}(\d{4}|\d{2})(?!\d)/g;
const TAIL = /(?<![\dA-Z])(\d{3})([A-Z])(?![\dA-Z])/g;

/**
 * The loose reading, for valid check characters only: the parts separated by anything or nothing
 * (spaces between every digit, "_ . / * \\ --", a four-digit year with no dots), starting at
 * every digit that does not follow a digit; the code in two parts in one text (a date of birth
 * and the number with its check letter). A run that reads as ten digits starting with 0 and
 * written without a century sign is left to the phone-number rule (most Finnish phone numbers
 * are ten digits starting with 0). A check letter after a space or a dash must end the word
 * ("… 308 kpl" is a quantity), and a check digit must not go on as a longer number.
 */
function findLoose(s: string, found: IdentityCodeMatch[]): void {
  for (let i = 0; i < s.length; i++) {
    if (!/\d/.test(s[i]!) || /\d/.test(s[i - 1] ?? "")) continue;
    for (const re of [LOOSE6, LOOSE8]) {
      re.lastIndex = i;
      const m = re.exec(s);
      if (!m) continue;
      const [whole = "", date = "", middle = "", number = "", beforeCheck = "", check = ""] = m;
      const after = s.slice(i + whole.length);
      if (/^[ ._/*\\:'’-]{0,3}\d/.test(after) && /\d/.test(check)) continue;
      if (/^\d/.test(after)) continue;
      if (beforeCheck && /^[A-Z]/.test(after)) continue;
      const d = date.replace(/\D/g, "");
      const nnn = number.replace(/\D/g, "");
      const sign = /[+A-FU-Y]/.exec(middle)?.[0] ?? "";
      const ddmmyy = d.length === 8 ? `${d.slice(0, 4)}${d.slice(6)}` : d;
      const century = d.length === 8 ? Number(d.slice(4, 6)) * 100 : undefined;
      if (century !== undefined && ![1800, 1900, 2000].includes(century)) continue;
      if (!dateValid(ddmmyy, century !== undefined ? "" : sign, century)) continue;
      if (checkCharOf(ddmmyy, nnn) !== check) continue;
      if (!sign && /\d/.test(check) && ddmmyy.startsWith("0") && d.length === 6) continue;
      found.push({ certainty: "valid", index: i });
    }
  }
  const tails = [...s.matchAll(TAIL)];
  if (!tails.length) return;
  for (const d of s.matchAll(ANY_DATE)) {
    const [, day = "", month = "", year = ""] = d;
    const ddmmyy = `${day.padStart(2, "0")}${month.padStart(2, "0")}${year.slice(-2)}`;
    const century = year.length === 4 ? Number(year.slice(0, 2)) * 100 : undefined;
    if (century !== undefined && !Object.values(CENTURY_SIGNS).includes(century)) continue;
    if (!dateValid(ddmmyy, "", century)) continue;
    for (const t of tails) if (checkCharOf(ddmmyy, t[1]!) === t[2]) found.push({ certainty: "valid", index: t.index });
  }
}

/** Every identity code (valid or near-miss) in `text`, in any of the shapes above. */
export function findIdentityCodes(text: string): IdentityCodeMatch[] {
  const s = normaliseForScan(text);
  const found: IdentityCodeMatch[] = [];
  findStrict(s, found);
  if (found.length) return found;
  findLoose(s, found);
  // Letters typed for digits ("131O52-3O8T", "l31052-308T"): valid check characters only.
  const digits = digitLookalikes(s);
  if (!found.length && digits !== s) {
    const more: IdentityCodeMatch[] = [];
    findStrict(digits, more);
    findLoose(digits, more);
    found.push(...more.filter((m) => m.certainty === "valid"));
  }
  return found;
}

/** True when `text` holds an identity code, valid or a near-miss (see the module comment). */
export function containsIdentityCode(text: string): boolean {
  return findIdentityCodes(text).length > 0;
}
