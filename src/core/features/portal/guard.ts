/**
 * Every free-text field of the portal passes the confidentiality guard: the portal publishes
 * organisations' information, never a client's personal data. The organisation's public contact
 * field may hold a phone number, an e-mail and a street address together (its own), so there
 * only identity codes are refused.
 */
import { containsIdentityCode, findSensitive } from "../help-requests/sensitive.js";

export type GuardResult = { ok: true; text: string } | { ok: false; reason: "identity_code" | "client_contact" };

/** Fields that carry the organisation's own public contact details. */
const CONTACT_FIELDS: readonly string[] = ["portal.contact", "portal.place.apply"];

export function guardField(text: string, field: string): GuardResult {
  if (CONTACT_FIELDS.includes(field)) return containsIdentityCode(text) ? { ok: false, reason: "identity_code" } : { ok: true, text };
  const kind = findSensitive(text);
  if (kind === "identity_code") return { ok: false, reason: "identity_code" };
  if (kind === "contact_details") return { ok: false, reason: "client_contact" };
  return { ok: true, text };
}

/** The i18n key of the refusal for a guard result. */
export function guardErrorKey(reason: "identity_code" | "client_contact"): string {
  return reason === "identity_code" ? "hr-error-identity-code" : "hr-error-contact-details";
}
