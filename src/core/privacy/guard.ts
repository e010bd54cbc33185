/**
 * The confidentiality guard: every piece of free text a member types passes `guardText` before
 * it is stored or shown to anyone else. The network's workers are bound by confidentiality
 * (vaitiolovelvollisuus); the bot is for organisations' needs and never keeps clients' data.
 *
 * Refused:
 * - `identity_code`: a Finnish personal identity code in any shape, valid or a near-miss
 *   (identity-code.ts explains the shapes and how the check character is used);
 * - `client_contact`: a client's or another person's phone number, e-mail or home address
 *   (client-contact.ts explains the rule; an organisation's own contact details are fine);
 * - `client_identity`: a person named with their health or social situation or date of birth
 *   (client-identity.ts).
 *
 * Accepted text comes back as `SafeText`, a string branded so that only this function makes it:
 * the router hands handlers and dialogs nothing else (src/core/app/router.ts).
 */
import { containsClientContact, findContactDetails } from "./client-contact.js";
import { containsClientIdentity } from "./client-identity.js";
import { containsIdentityCode } from "./identity-code.js";

declare const safe: unique symbol;
/** Text that has passed the guard. Made only by `guardText` (and `emptySafeText`). */
export type SafeText = string & { readonly [safe]: true };

export type GuardReason = "identity_code" | "client_contact" | "client_identity";
export type GuardResult = { ok: true; text: SafeText } | { ok: false; reason: GuardReason };

/**
 * Checks one field of free text. `field` names what it is ("command:pyyda", "dialog:ask:title",
 * "HelpRequest.title"…): it is for the caller's bookkeeping and never logged with the text.
 */
export function guardText(text: string, field: string): GuardResult {
  void field;
  if (containsIdentityCode(text)) return { ok: false, reason: "identity_code" };
  if (containsClientContact(text)) return { ok: false, reason: "client_contact" };
  if (containsClientIdentity(text)) return { ok: false, reason: "client_identity" };
  return { ok: true, text: text as SafeText };
}

/**
 * Checks the fields of one form as they are published together, one per line (each field has
 * passed `guardText` alone). An identity code across fields is refused. Contact details are
 * refused when one is split across fields (the joined text holds more of them than the fields
 * did one by one) and the joined text makes it someone else's: a client word in one field and
 * the organisation's address in another are not read together, as the fields are separate.
 */
export function guardTogether(fields: string[], field: string): { ok: true } | { ok: false; reason: GuardReason } {
  void field;
  if (fields.length < 2) return { ok: true };
  const joined = fields.join("\n");
  if (containsIdentityCode(joined)) return { ok: false, reason: "identity_code" };
  const apart = fields.reduce((n, f) => n + findContactDetails(f).length, 0);
  if (findContactDetails(joined).length > apart && containsClientContact(joined))
    return { ok: false, reason: "client_contact" };
  return { ok: true };
}

export const emptySafeText = "" as SafeText;

/** The i18n key of a refusal's explanation (why, and what to do instead). */
export function refusalKey(reason: GuardReason): string {
  return reason === "identity_code"
    ? "privacy-refused-identity-code"
    : reason === "client_contact"
      ? "privacy-refused-client-contact"
      : "privacy-refused-client-identity";
}

/** Thrown when text that did not pass the guard reaches a store (a bug: the router refuses first). */
export class UnguardedTextError extends Error {
  constructor(
    readonly field: string,
    readonly reason: GuardReason,
  ) {
    super(`Text refused by the confidentiality guard reached ${field} (${reason})`);
    this.name = "UnguardedTextError";
  }
}
