/**
 * Confidentiality (issue 11): one guard for every piece of free text, and what it recognises.
 * See README.md in this folder for the rules.
 */
export {
  guardText,
  guardTogether,
  emptySafeText,
  refusalKey,
  UnguardedTextError,
  type SafeText,
  type GuardReason,
  type GuardResult,
} from "./guard.js";
export { findIdentityCodes, containsIdentityCode, checkCharOf, CHECK_CHARS, CENTURY_SIGNS } from "./identity-code.js";
export { containsClientContact, findContactDetails } from "./client-contact.js";
export { normaliseForScan, normaliseWords } from "./normalise.js";
export { safeError, scrubLogText, safeLogArgs, type SafeError } from "./logs.js";
