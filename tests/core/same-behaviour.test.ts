/**
 * Where SQLite and PostgreSQL differ, the application decides, so the product behaves the same on
 * both (this file runs on each): names are matched case-insensitively with Finnish letters and
 * listed in Finnish alphabetical order by the application, not by the database's collation; a
 * unique violation and a rolled-back transaction look the same to the core.
 */
import { afterAll, describe, expect, it } from "vitest";
import { isUniqueViolation } from "../../src/core/errors.js";
import { joinOrganisation, listOrganisations, organisationRow } from "../../src/core/members.js";
import { cleanupDatabases } from "../support/db.js";
import { testCore } from "../support/core.js";

afterAll(cleanupDatabases);

describe("the same behaviour on SQLite and PostgreSQL", () => {
  it("an organisation is found whatever the case of its Finnish letters", async () => {
    const { db } = await testCore({ seed: false });
    const a = await db.member.create({ data: { displayName: "Aino" } });
    const b = await db.member.create({ data: { displayName: "Bertta" } });
    const first = await joinOrganisation(db, a.id, { name: "ÄÄNEKOSKEN YSTÄVÄT RY" });
    const second = await joinOrganisation(db, b.id, { name: "äänekosken ystävät ry" });
    expect(first.type).toBe("ok");
    expect(second.type).toBe("ok");
    expect(await db.organisation.count()).toBe(1);
    expect((await db.member.findUniqueOrThrow({ where: { id: b.id } })).organisationId).toBe(
      (await db.organisation.findFirstOrThrow()).id,
    );
  });

  it("lists names in Finnish alphabetical order (å, ä, ö after z; case does not matter)", async () => {
    const { db } = await testCore({ seed: false });
    for (const name of ["Östersundom ry", "Zeta ry", "Åland ry", "ahkera ry", "Ääni ry", "Beta ry", "äkäinen ry"]) {
      await db.organisation.create({ data: organisationRow({ name, municipality: "Lahti" }) });
    }
    expect((await listOrganisations(db)).map((o) => o.name)).toEqual([
      "ahkera ry",
      "Beta ry",
      "Zeta ry",
      "Åland ry",
      "äkäinen ry",
      "Ääni ry",
      "Östersundom ry",
    ]);
  });

  it("a unique violation is recognised the same way, and a failed transaction leaves nothing behind", async () => {
    const { db } = await testCore({ seed: false });
    const member = await db.member.create({ data: { displayName: "Aino" } });
    const identity = { platform: "telegram", externalUserId: "1", privateChatId: "1", memberId: member.id };
    await db.identity.create({ data: identity });
    expect(isUniqueViolation(await db.identity.create({ data: identity }).catch((e: unknown) => e))).toBe(true);
    const failed = await db
      .$transaction(async (tx) => {
        await tx.organisation.create({ data: organisationRow({ name: "Peruttava ry", municipality: "Lahti" }) });
        await tx.identity.create({ data: identity });
      })
      .catch((e: unknown) => e);
    expect(isUniqueViolation(failed)).toBe(true);
    expect(await db.organisation.count({ where: { name: "Peruttava ry" } })).toBe(0);
  });
});
