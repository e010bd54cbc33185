/**
 * The SQLite connection's statement cache (src/db/statement-cache.ts): the driver prepares each
 * statement once, and results, errors and transactions are what they were without the cache.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Prisma } from "../../src/generated/prisma/client.js";
import { organisationRow } from "../../src/core/members.js";
import { cachingConnection, MAX_STATEMENTS } from "../../src/db/statement-cache.js";
import { cleanupDatabases, freshDb, testProvider } from "../support/db.js";

afterAll(cleanupDatabases);

/** Counts the driver's prepare calls (every connection's) while a test runs. */
const proto = Database.prototype as unknown as { prepare(sql: string): unknown };
const originalPrepare = proto.prepare;
let prepared: string[] = [];
beforeEach(() => {
  prepared = [];
  proto.prepare = function (this: unknown, sql: string) {
    prepared.push(sql);
    return originalPrepare.call(this, sql);
  };
});
afterEach(() => {
  proto.prepare = originalPrepare;
});

describe("a caching better-sqlite3 connection", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "mk-stmt-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const open = (name: string) => {
    const raw = new Database(path.join(dir, name));
    raw.defaultSafeIntegers(true);
    raw.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL)");
    return cachingConnection(raw);
  };

  it("prepares a text once and applies each call's arguments, bound or passed", () => {
    const db = open("a.db");
    const insert = "INSERT INTO t (name) VALUES (?)";
    for (const name of ["a", "b", "c"]) expect(db.prepare(insert).bind([name]).run().changes).toBe(1);
    db.prepare(insert).run("d");
    const select = "SELECT id, name FROM t WHERE name >= ? ORDER BY id";
    expect(db.prepare(select).bind(["c"]).raw().all()).toEqual([
      [3n, "c"],
      [4n, "d"],
    ]);
    // The next caller of the same text gets objects again, not the previous caller's raw rows.
    expect(db.prepare(select).all("d")).toEqual([{ id: 4n, name: "d" }]);
    expect(db.prepare(select).get("a")).toEqual({ id: 1n, name: "a" });
    expect(prepared.filter((s) => s === insert)).toHaveLength(1);
    expect(prepared.filter((s) => s === select)).toHaveLength(1);
    const stmt = db.prepare(select);
    expect(stmt.reader).toBe(true);
    expect(stmt.columns().map((c) => [c.name, c.type])).toEqual([
      ["id", "INTEGER"],
      ["name", "TEXT"],
    ]);
    expect(db.prepare(insert).reader).toBe(false);
    db.close();
  });

  it("keeps the driver's rules: bind once, raw only for statements that return data", () => {
    const db = open("b.db");
    const stmt = db.prepare("SELECT name FROM t WHERE id = ?").bind(1);
    expect(() => stmt.bind(2)).toThrow(/only be invoked once/);
    expect(() => stmt.all(2)).toThrow(/already has bound parameters/);
    expect(() => db.prepare("DELETE FROM t").raw()).toThrow(TypeError);
    db.close();
  });

  it("a failed statement (a constraint) is reported and the cached statement works afterwards", () => {
    const db = open("c.db");
    const insert = "INSERT INTO t (name) VALUES (?)";
    db.prepare(insert).run("x");
    expect(() => db.prepare(insert).run("x")).toThrow(
      expect.objectContaining({ code: "SQLITE_CONSTRAINT_UNIQUE" }) as unknown as Error,
    );
    expect(db.prepare(insert).run("y").changes).toBe(1);
    expect(prepared.filter((s) => s === insert)).toHaveLength(1);
    db.close();
  });

  it("never shares a statement that is still iterating", () => {
    const db = open("d.db");
    for (const name of ["a", "b", "c"]) db.prepare("INSERT INTO t (name) VALUES (?)").run(name);
    const select = "SELECT name FROM t ORDER BY id";
    const first = db.prepare(select).iterate() as IterableIterator<{ name: string }>;
    expect(first.next().value).toEqual({ name: "a" });
    // Another caller of the same text while the first one is half-way through:
    expect(db.prepare(select).raw().all()).toEqual([["a"], ["b"], ["c"]]);
    const other = db.prepare(select).iterate() as IterableIterator<{ name: string }>;
    expect(other.next().value).toEqual({ name: "a" });
    expect([...first].map((r) => r.name)).toEqual(["b", "c"]);
    expect([...other].map((r) => r.name)).toEqual(["b", "c"]);
    db.close();
  });

  it("a mode one caller sets (safeIntegers, pluck) does not reach the next caller", () => {
    const db = open("e.db");
    db.prepare("INSERT INTO t (name) VALUES (?)").run("a");
    const select = "SELECT id FROM t";
    expect(db.prepare(select).safeIntegers(false).pluck().get()).toBe(1);
    expect(db.prepare(select).get()).toEqual({ id: 1n });
    db.close();
  });

  it(`holds at most ${MAX_STATEMENTS} statements, dropping the least recently used`, () => {
    const db = open("f.db");
    const text = (i: number) => `SELECT ${i} AS n`;
    db.prepare(text(0)).get();
    for (let i = 1; i <= MAX_STATEMENTS; i++) {
      db.prepare(text(i)).get();
      db.prepare(text(0)).get(); // kept in use: never the oldest
    }
    expect(prepared.filter((s) => s === text(0))).toHaveLength(1);
    db.prepare(text(1)).get(); // the oldest, dropped when the cache was full
    expect(prepared.filter((s) => s === text(1))).toHaveLength(2);
    db.close();
  });
});

describe.runIf(testProvider === "sqlite")("Prisma on SQLite with the statement cache", () => {
  it("prepares each statement once; results, unique errors and transactions as before", async () => {
    const { db } = await freshDb();
    prepared = [];
    for (let i = 0; i < 20; i++)
      await db.organisation.create({
        data: organisationRow({ name: `Yhdistys ${i}`, municipality: i % 2 ? "Lahti" : "Turku" }),
      });
    for (let i = 0; i < 20; i++) {
      const org = await db.organisation.findUnique({ where: { name: `Yhdistys ${i}` } });
      expect(org?.municipality).toBe(i % 2 ? "Lahti" : "Turku");
    }
    expect(await db.organisation.count({ where: { municipality: "Lahti" } })).toBe(10);
    // 41 queries through at most a few distinct texts, each prepared once.
    expect(prepared.length).toBeLessThanOrEqual(new Set(prepared).size);
    expect(prepared.length).toBeLessThan(10);

    // A unique violation is still Prisma's P2002, and the same insert works afterwards.
    const dup = await db.organisation
      .create({ data: organisationRow({ name: "Yhdistys 3", municipality: "Lahti" }) })
      .catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((dup as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
    await db.organisation.create({ data: organisationRow({ name: "Yhdistys 20", municipality: "Lahti" }) });

    // A rolled back transaction leaves nothing; a committed one keeps its writes.
    await expect(
      db.$transaction(async (tx) => {
        await tx.organisation.create({ data: organisationRow({ name: "Peruttava", municipality: "Lahti" }) });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await db.$transaction(async (tx) => {
      await tx.organisation.create({ data: organisationRow({ name: "Pysyvä", municipality: "Lahti" }) });
      await tx.organisation.update({ where: { name: "Yhdistys 0" }, data: { municipality: "Oulu" } });
    });
    expect(await db.organisation.findUnique({ where: { name: "Peruttava" } })).toBeNull();
    expect((await db.organisation.findUnique({ where: { name: "Pysyvä" } }))?.municipality).toBe("Lahti");
    expect((await db.organisation.findUnique({ where: { name: "Yhdistys 0" } }))?.municipality).toBe("Oulu");
    expect(await db.organisation.count()).toBe(22);
    const distinct = new Set(prepared).size;
    expect(prepared.length).toBe(distinct);
    await db.$disconnect();
  });
});
