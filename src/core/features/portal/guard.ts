/**
 * Every free-text field of the portal passes the confidentiality guard (src/core/privacy): the
 * portal publishes organisations' information, never a client's personal data. The router
 * guards everything typed already; the portal checks again where it stores, so no path skips it.
 * An organisation's own public contact details pass (the guard refuses only a client's).
 */
import { guardText, refusalKey, type GuardResult } from "../../privacy/index.js";

export type { GuardResult };

export function guardField(text: string, field: string): GuardResult {
  return guardText(text, field);
}

/** The i18n key of the refusal for a guard result. */
export function guardErrorKey(
  reason: GuardResult extends infer R ? (R extends { ok: false; reason: infer X } ? X : never) : never,
): string {
  return refusalKey(reason);
}
