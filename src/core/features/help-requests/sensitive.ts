/**
 * Confidentiality guard: help requests are for organisations' needs, never for clients'
 * personal data. Two things are refused:
 * - a Finnish personal identity code (henkilötunnus) whose check character is valid:
 *   DDMMYY, a century sign (+, -, A–F, U–Y), three digits NNN, and the check character
 *   "0123456789ABCDEFHJKLMNPRSTUVWXY"[DDMMYYNNN mod 31];
 * - someone's full contact details, kept simple on purpose: a phone number together with an
 *   e-mail address or a street address (a street name ending in -katu, -tie, -kuja, … and a
 *   number). A phone number alone, or an e-mail alone, is allowed (an organisation's own line).
 */
const CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const IDENTITY_CODE = /(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![0-9A-Za-z])/gi;
const PHONE = /(?<![\d+])(?:\+358|00358|0)[ -]?\(?\d{1,3}\)?(?:[ -]?\d){5,9}(?![\d])/;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/u;
const STREET =
  /(?<!\p{L})\p{L}[\p{L}-]*(?:katu|tie|kuja|polku|väylä|raitti|kaari|rinne|piha|aukio|puistikko|gata|gatan|väg|vägen|gränd|stig|street|road|avenue)\s+\d{1,4}(?!\d)/iu;

/** True when `text` contains a Finnish personal identity code with a valid check character. */
export function containsIdentityCode(text: string): boolean {
  for (const m of text.matchAll(IDENTITY_CODE)) {
    const [, dd, mm, yy, , nnn, check] = m;
    const day = Number(dd);
    const month = Number(mm);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const expected = CHECK_CHARS[Number(`${dd}${mm}${yy}${nnn}`) % 31];
    if (check!.toUpperCase() === expected) return true;
  }
  return false;
}

/** True when `text` holds a phone number together with an e-mail address or a street address. */
export function containsFullContactDetails(text: string): boolean {
  return PHONE.test(text) && (EMAIL.test(text) || STREET.test(text));
}

export type SensitiveKind = "identity_code" | "contact_details";

export function findSensitive(...texts: string[]): SensitiveKind | null {
  const all = texts.join("\n");
  if (containsIdentityCode(all)) return "identity_code";
  if (containsFullContactDetails(all)) return "contact_details";
  return null;
}
