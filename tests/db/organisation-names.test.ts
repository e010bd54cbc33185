/**
 * Organisation names are compared by the application (NFC, spaces collapsed, lower case without
 * locale) and the normalised name is unique in the database, on both providers: two members, or
 * two instances, adding "Lahden Diakonia" and "LAHDEN DIAKONIA" at the same moment get one
 * organisation. Rows from before the column get theirs when the database is migrated; two
 * existing rows that would collide stop the start with one line naming both.
 */
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../src/db/client.js";
import { DatabaseError } from "../../src/db/errors.js";
import { isUniqueViolation } from "../../src/core/errors.js";
import { joinOrganisation, normaliseOrganisationName, organisationRow } from "../../src/core/members.js";
import { cleanupDatabases, freshDb, testProvider } from "../support/db.js";

const opened: Db[] = [];
afterAll(async () => {
  for (const db of opened.splice(0)) await db.$disconnect().catch(() => {});
  await cleanupDatabases();
});

describe("normalised organisation names", () => {
  it("fold case (å, ä, ö too), Unicode forms, control characters and whitespace, the same in every locale", () => {
    expect(normaliseOrganisationName("Lahden Diakonia")).toBe("lahden diakonia");
    expect(normaliseOrganisationName("LAHDEN DIAKONIA")).toBe("lahden diakonia");
    expect(normaliseOrganisationName("  Lahden \t Diakonia\n")).toBe("lahden diakonia");
    expect(normaliseOrganisationName("Ääni ry")).toBe("ääni ry");
    expect(normaliseOrganisationName("ääni RY")).toBe("ääni ry");
    expect(normaliseOrganisationName("ÅBO ÖSTRA")).toBe("åbo östra");
    // "A" + combining diaeresis (NFD, as some keyboards and macOS send it) is "Ä".
    expect(normaliseOrganisationName("A\u0308a\u0308ni ry")).toBe("ääni ry");
    expect(normaliseOrganisationName("Ääni\u200b ry\u0007")).toBe("ääni ry");
    // Different letters stay different: a and ä, o and ö are not the same in Finnish.
    expect(normaliseOrganisationName("Aani ry")).not.toBe(normaliseOrganisationName("Ääni ry"));
    expect(normaliseOrganisationName("Ostra")).not.toBe(normaliseOrganisationName("Östra"));
    // Turkish dotted I has no locale-specific shortcut: toLowerCase, not toLocaleLowerCase.
    expect(normaliseOrganisationName("İ")).toBe("i\u0307");
  });

  it("the database refuses a second organisation whose name differs only by case or spaces", async () => {
    const { db } = await freshDb();
    opened.push(db);
    await db.organisation.create({ data: organisationRow({ name: "Ääni ry", municipality: "Lahti" }) });
    for (const name of ["ääni RY", "ÄÄNI  RY", " Ääni ry "]) {
      const err = await db.organisation
        .create({ data: organisationRow({ name, municipality: "Lahti" }) })
        .catch((e: unknown) => e);
      expect(isUniqueViolation(err), name).toBe(true);
    }
    expect(await db.organisation.count({ where: { normalisedName: "ääni ry" } })).toBe(1);
  });

  it("two clients adding the same organisation at the same moment get one organisation", async () => {
    const { db, url } = await freshDb();
    const other = await openDatabase(url, { migrate: false });
    opened.push(db, other);
    const pairs: [string, string][] = [
      ["Lahden Diakonia", "LAHDEN DIAKONIA"],
      ["Ääni ry", "ääni RY"],
      ["Kierrätyskeskus  Uusi Elämä", " kierrätyskeskus uusi elämä "],
      ["Örkki ja Åke", "ÖRKKI JA ÅKE"],
      ["Sama Nimi", "Sama Nimi"],
    ];
    for (const [i, [first, second]] of pairs.entries()) {
      const a = await db.member.create({ data: { displayName: `A${i}` } });
      const b = await db.member.create({ data: { displayName: `B${i}` } });
      // force: both skip the "did you mean" step and go straight for the insert, as two
      // instances that each found nothing would.
      const [ra, rb] = await Promise.all([
        joinOrganisation(db, a.id, { name: first, force: true }),
        joinOrganisation(other, b.id, { name: second, force: true }),
      ]);
      expect(ra.type, first).toBe("ok");
      expect(rb.type, second).toBe("ok");
      const key = normaliseOrganisationName(first);
      const rows = await db.organisation.findMany({ where: { normalisedName: key } });
      expect(rows, first).toHaveLength(1);
      const members = await db.member.findMany({ where: { id: { in: [a.id, b.id] } } });
      expect(members.map((m) => m.organisationId)).toEqual([rows[0]!.id, rows[0]!.id]);
    }
    expect(await db.organisation.count()).toBe(pairs.length);
  });
});

/** Takes a fresh database back to just before the migration that added the column. */
async function beforeTheColumn(db: Db) {
  await db.$executeRawUnsafe(`DROP INDEX "Organisation_normalisedName_key"`);
  await db.$executeRawUnsafe(`ALTER TABLE "Organisation" DROP COLUMN "normalisedName"`);
  await db.$executeRawUnsafe(
    `DELETE FROM "_prisma_migrations" WHERE "migration_name" LIKE '%_organisation_normalised_name'`,
  );
}

async function insertOld(db: Db, names: string[]) {
  for (const name of names)
    await db.$executeRawUnsafe(
      `INSERT INTO "Organisation" ("name", "municipality", "description") VALUES (${testProvider === "postgresql" ? "$1" : "?"}, 'Lahti', '')`,
      name,
    );
}

describe("organisations that existed before the column", () => {
  it("get their normalised names when the database is migrated", async () => {
    const { db, url } = await freshDb();
    await beforeTheColumn(db);
    await insertOld(db, ["LAHDEN DIAKONIA", "Ääni ry", "ÅBO  Östra "]);
    await db.$disconnect();
    const migrated = await openDatabase(url);
    opened.push(migrated);
    const rows = await migrated.organisation.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.name, r.normalisedName])).toEqual([
      ["LAHDEN DIAKONIA", "lahden diakonia"],
      ["Ääni ry", "ääni ry"],
      ["ÅBO  Östra ", "åbo östra"],
    ]);
    // Found by the new column from now on.
    const m = await migrated.member.create({ data: { displayName: "Aino" } });
    const joined = await joinOrganisation(migrated, m.id, { name: "Lahden diakonia" });
    expect(joined.type === "ok" && joined.organisation.id).toBe(rows[0]!.id);
  });

  it("two that would collide stop the start with one line naming both, and nothing is changed", async () => {
    const { db, url } = await freshDb();
    await beforeTheColumn(db);
    await insertOld(db, ["Lahden Diakonia", "LAHDEN DIAKONIA", "Ääni ry", "ääni RY", "Manna ry"]);
    await db.$disconnect();
    const err = await openDatabase(url).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseError);
    const message = (err as Error).message;
    expect(message.split("\n")).toHaveLength(1);
    expect(message).toContain(`"Lahden Diakonia" (id `);
    expect(message).toContain(`"LAHDEN DIAKONIA" (id `);
    expect(message).toContain(`"Ääni ry" (id `);
    expect(message).toContain(`"ääni RY" (id `);
    expect(message).not.toContain("Manna");
    expect(message).toContain("README");
    // Every row kept; none got a normalised name; a start after the fix goes through.
    const again = await openDatabase(url, { migrate: false });
    opened.push(again);
    const rows = await again.organisation.findMany({ orderBy: { id: "asc" } });
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.normalisedName.startsWith("\u0001"))).toBe(true);
    await again.organisation.update({ where: { id: rows[1]!.id }, data: { name: "Lahden Diakonia, Nastola" } });
    await again.organisation.delete({ where: { id: rows[3]!.id } });
    await again.$disconnect();
    const fixed = await openDatabase(url);
    opened.push(fixed);
    expect((await fixed.organisation.findMany({ orderBy: { id: "asc" } })).map((r) => r.normalisedName)).toEqual([
      "lahden diakonia",
      "lahden diakonia, nastola",
      "ääni ry",
      "manna ry",
    ]);
  });
});
