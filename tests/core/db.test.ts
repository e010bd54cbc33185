import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases, emptyDatabaseUrl, freshDb, testProvider } from "../support/db.js";
import { testServer } from "../support/postgres.js";
import { applyMigrations, schemaDrift } from "../../src/db/migrate.js";
import { migrationFactoryFor, openDatabase, pendingMigrations } from "../../src/db/client.js";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { organisationRow } from "../../src/core/members.js";
import { identityWithMember } from "../../src/db/member-lookup.js";

afterAll(cleanupDatabases);

describe("database", () => {
  it("the one-statement member lookup returns exactly what Prisma's identity with its member does", async () => {
    const { db } = await freshDb();
    const org = await db.organisation.create({ data: organisationRow({ name: "Haku ry", municipality: "Lahti" }) });
    const full = await db.member.create({
      data: {
        displayName: "Äiti Öljynen",
        locale: "sv",
        organisationId: org.id,
        digestSubscribed: true,
        identities: {
          create: {
            platform: "telegram",
            externalUserId: "42",
            privateChatId: "42",
            username: "aiti",
            privateChatOpen: false,
          },
        },
      },
    });
    const bare = await db.member.create({
      data: {
        displayName: "?",
        identities: { create: { platform: "slack", externalUserId: "U1", privateChatId: "D1" } },
      },
    });
    await db.identity.create({
      data: {
        platform: "terminal",
        externalUserId: "Kaisa",
        privateChatId: "Kaisa",
        privateChatOpen: true,
        memberId: bare.id,
      },
    });
    for (const [platform, externalUserId] of [
      ["telegram", "42"],
      ["slack", "U1"],
      ["terminal", "Kaisa"],
    ] as const) {
      const prisma = await db.identity.findUnique({
        where: { platform_externalUserId: { platform, externalUserId } },
        include: { member: true },
      });
      expect(prisma).not.toBeNull();
      expect(await identityWithMember(db, platform, externalUserId)).toStrictEqual(prisma);
    }
    expect(full.organisationId).toBe(org.id);
    expect(await identityWithMember(db, "telegram", "43")).toBeNull();
    expect(await identityWithMember(db, "slack", "42")).toBeNull();
    // Inside a transaction too.
    expect(await db.$transaction((tx) => identityWithMember(tx, "telegram", "42"))).toMatchObject({
      username: "aiti",
      member: { displayName: "Äiti Öljynen", digestSubscribed: true },
    });
  });

  it("applies committed migrations once; a second run applies nothing", async () => {
    const { db, url } = await freshDb();
    expect(await applyMigrations(migrationFactoryFor(url))).toEqual([]);
    const rows = await db.$queryRawUnsafe<{ n: number }[]>(
      'SELECT COUNT(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL',
    );
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
    if (testProvider === "sqlite") {
      expect((await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode"))[0]!.journal_mode).toBe(
        "wal",
      );
    }
  });

  it("a new database gets every migration; an up-to-date one needs none", async () => {
    const db = await openDatabase(await emptyDatabaseUrl());
    expect(await pendingMigrations(db)).toEqual([]);
    expect(await db.organisation.count()).toBe(0);
    await db.$disconnect();
  });

  it("a second process starts on a database another process has open (no migration lock when nothing is pending)", async () => {
    const { db, url } = await freshDb();
    await db.organisation.create({ data: organisationRow({ name: "Auki ry", municipality: "Lahti" }) });
    const script = `import(${JSON.stringify(path.resolve("src/db/client.ts"))}).then(async (m) => { const d = await m.openDatabase(${JSON.stringify(url)}); console.log("count=" + (await d.organisation.count())); await d.$disconnect(); })`;
    const child = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { encoding: "utf8", timeout: 30_000 });
    expect(child.stderr).toBe("");
    expect(child.stdout.trim()).toBe("count=1");
    await db.$disconnect();
  });

  it(`the committed ${testProvider} migrations match prisma/schema.prisma (no schema change without a migration)`, async () => {
    // When this fails: npx tsx scripts/new-migration.ts <name> writes the missing migration for both databases.
    expect(await schemaDrift(testProvider, testProvider === "postgresql" ? testServer() : undefined)).toBe("");
  });

  it("a write made and confirmed while another handler's transaction is open survives that transaction's rollback", async () => {
    const { db } = await freshDb();
    let inside!: () => void;
    const opened = new Promise<void>((r) => (inside = r));
    let finish!: () => void;
    const proceed = new Promise<void>((r) => (finish = r));
    const failing = db
      .$transaction(async (tx) => {
        await tx.organisation.create({ data: organisationRow({ name: "Peruttava ry", municipality: "Lahti" }) });
        inside();
        await proceed;
        throw new Error("conflict: roll back");
      })
      .catch((e: Error) => e.message);
    await opened;
    // Another handler writes meanwhile, outside any transaction, and sees its write confirmed.
    const unrelated = db.processedUpdate.create({ data: { platform: "telegram", externalId: "42" } });
    const seen = db.organisation.findUnique({ where: { name: "Peruttava ry" } });
    await Promise.race([unrelated, new Promise((r) => setTimeout(r, 200))]);
    finish();
    expect(await failing).toBe("conflict: roll back");
    await unrelated;
    expect(await seen).toBeNull(); // it never saw the other transaction's uncommitted row
    expect(await db.processedUpdate.count({ where: { externalId: "42" } })).toBe(1);
    expect(await db.organisation.findUnique({ where: { name: "Peruttava ry" } })).toBeNull();
  });
});
