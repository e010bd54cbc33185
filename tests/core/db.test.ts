import { afterAll, describe, expect, it } from "vitest";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { cleanupDatabases, freshDb } from "../support/db.js";
import { applyMigrations, schemaDrift } from "../../src/db/migrate.js";
import { sqlitePath } from "../../src/db/client.js";

afterAll(cleanupDatabases);

describe("database", () => {
  it("applies committed migrations once; a second run applies nothing", async () => {
    const { db, url } = await freshDb();
    expect(await applyMigrations(new PrismaBetterSqlite3({ url: sqlitePath(url) }))).toEqual([]);
    const rows = await db.$queryRawUnsafe<{ n: number }[]>('SELECT COUNT(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL');
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
    expect((await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode"))[0]!.journal_mode).toBe("wal");
  });

  it("the committed migrations match prisma/schema.prisma (no schema change without a migration)", async () => {
    expect(await schemaDrift()).toBe("");
  });

  it("a write made while another handler's transaction is open survives that transaction's rollback", async () => {
    const { db } = await freshDb();
    let inside!: () => void;
    const opened = new Promise<void>((r) => (inside = r));
    let finish!: () => void;
    const proceed = new Promise<void>((r) => (finish = r));
    const failing = db
      .$transaction(async (tx) => {
        await tx.organisation.create({ data: { name: "Peruttava ry", municipality: "Lahti" } });
        inside();
        await proceed;
        throw new Error("conflict: roll back");
      })
      .catch((e: Error) => e.message);
    await opened;
    // Another handler writes meanwhile, outside any transaction.
    const unrelated = db.organisation.create({ data: { name: "Pysyvä ry", municipality: "Hollola" } });
    // It must not see the open transaction's row either.
    const seen = db.organisation.findUnique({ where: { name: "Peruttava ry" } });
    finish();
    expect(await failing).toBe("conflict: roll back");
    await unrelated;
    expect(await seen).toBeNull();
    expect(await db.organisation.findUnique({ where: { name: "Pysyvä ry" } })).not.toBeNull();
    expect(await db.organisation.findUnique({ where: { name: "Peruttava ry" } })).toBeNull();
  });
});
