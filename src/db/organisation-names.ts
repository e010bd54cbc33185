/**
 * Organisation names as the application compares them, and the column that holds them
 * (`Organisation.normalisedName`, unique on both databases).
 *
 * The application decides what "the same name" means, not the database's collation: SQLite's
 * `lower()` folds ASCII only and PostgreSQL's follows the database's locale. So the normalised
 * name is computed here and stored; the unique index on it makes two instances that create
 * "Lahden Diakonia" and "LAHDEN DIAKONIA" at the same moment end up with one organisation.
 *
 * Rows that existed before the column did get a placeholder in the migration (U+0001 and the id);
 * `completeOrganisationNames` replaces the placeholders right after migrating (every start, and
 * `npm run db:migrate`). When two existing rows turn out to have the same normalised name, it
 * refuses with one line naming both: which one the network keeps is a person's decision (see the
 * README, "Organisation names"), not something to merge automatically (members, requests, seats
 * in joint purchases and the portal profile all hang on the organisation).
 */
import { DatabaseError } from "./errors.js";

/** Marks a row whose normalised name is not computed yet (a normalised name has no control characters). */
export const PENDING_NORMALISED_NAME = "\u0001";

/**
 * "  LAHDEN   Diakonia " → "lahden diakonia", "ÄÄNI RY" → "ääni ry": Unicode NFC (a decomposed
 * "A" + U+0308 is "Ä"), control and zero-width characters removed, every run of whitespace one
 * space, trimmed, lower case by Unicode's default mapping (`toLowerCase`, the same in every
 * locale; å, ä and ö included), and NFC again (lower-casing can leave a sequence unnormalised).
 */
export function normaliseOrganisationName(name: string): string {
  return name
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .normalize("NFC");
}

/** The part of the database client this needs (the two providers' clients both have it). */
interface OrganisationTable {
  organisation: {
    findMany(args: {
      select: { id: true; name: true; normalisedName: true };
      orderBy: { id: "asc" };
    }): Promise<{ id: number; name: string; normalisedName: string }[]>;
    updateMany(args: {
      where: { id: number; normalisedName: string };
      data: { normalisedName: string };
    }): Promise<{ count: number }>;
  };
}

/**
 * Computes the normalised name of every row that still has the migration's placeholder. Refuses
 * (DatabaseError, one line) when two organisations would get the same one. Returns how many rows
 * it completed. Safe to run from several instances at once (each writes the same values).
 */
export async function completeOrganisationNames(db: OrganisationTable): Promise<number> {
  const all = await db.organisation.findMany({
    select: { id: true, name: true, normalisedName: true },
    orderBy: { id: "asc" },
  });
  const pending = all.filter((o) => o.normalisedName.startsWith(PENDING_NORMALISED_NAME));
  if (!pending.length) return 0;
  const byName = new Map<string, { id: number; name: string }[]>();
  for (const o of all) {
    const key = o.normalisedName.startsWith(PENDING_NORMALISED_NAME)
      ? normaliseOrganisationName(o.name)
      : o.normalisedName;
    byName.set(key, [...(byName.get(key) ?? []), o]);
  }
  const clashes = [...byName.values()].filter((group) => group.length > 1);
  if (clashes.length) {
    const list = clashes.map((group) => group.map((o) => `"${o.name}" (id ${o.id})`).join(" and ")).join("; ");
    throw new DatabaseError(
      `Organisation names must now differ by more than letter case and spaces, but ${list} do not: ` +
        `rename or merge them in the database (README, "Organisation names"), then start again.`,
    );
  }
  for (const o of pending) {
    await db.organisation.updateMany({
      where: { id: o.id, normalisedName: o.normalisedName },
      data: { normalisedName: normaliseOrganisationName(o.name) },
    });
  }
  return pending.length;
}
