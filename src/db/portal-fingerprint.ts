/**
 * The portal's change fingerprint (src/core/features/portal/search.ts) in one statement instead
 * of three: row counts and the latest `updatedAt` of portal profiles and open places, and the
 * number of organisations. Every portal page and search reads it, so its cost is paid on every
 * request. Standard SQL with quoted identifiers: the same text on SQLite and PostgreSQL. The
 * `updatedAt` indexes of both tables keep the maxima cheap.
 */
import type { DbOrTx } from "./client.js";

const SQL = `SELECT
  (SELECT COUNT(*) FROM "PortalProfile") AS "profiles",
  (SELECT MAX("updatedAt") FROM "PortalProfile") AS "profilesChanged",
  (SELECT COUNT(*) FROM "OpenPlace") AS "places",
  (SELECT MAX("updatedAt") FROM "OpenPlace") AS "placesChanged",
  (SELECT COUNT(*) FROM "Organisation") AS "organisations"`;

const KEYS = ["profiles", "profilesChanged", "places", "placesChanged", "organisations"] as const;

/** A string that changes whenever a profile, a place or the set of organisations changes. */
export async function portalFingerprint(db: DbOrTx): Promise<string> {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(SQL);
  const row = rows[0] ?? {};
  return KEYS.map((k) => {
    const v = row[k];
    return v instanceof Date ? String(v.getTime()) : String(v ?? 0);
  }).join(":");
}
