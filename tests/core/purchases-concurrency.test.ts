/**
 * Fifty organisations press "join" for the last seats at the same moment, against one real
 * SQLite file — through one Prisma client, and through two separate clients on the same file
 * (as two processes would): committed seats never exceed the maximum, the waiting list is in
 * order of arrival, and the tipping point is announced exactly once to each participant.
 */
import { afterAll, describe, expect, it } from "vitest";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../src/generated/prisma/client.js";
import { openDatabase, type Db } from "../../src/db/client.js";
import type { CoreDeps } from "../../src/core/app/contract.js";
import { createCore, type Core } from "../../src/core/app/index.js";
import { seedReferenceData } from "../../src/core/seed.js";
import type { ActorRef } from "../../src/core/types.js";
import { cleanupDatabases, freshDatabaseUrl, testProvider } from "../support/db.js";
import { command, testClock, testConfig, testCore, testLogger, textOf } from "../support/core.js";
import { addChannels, memberOf, press } from "../support/purchases.js";

afterAll(cleanupDatabases);

const TIPPED = /Kurssi toteutuu!/;

/** Sets up a purchase (min 15, max 20) with 12 seats already taken, and 50 members of 50 other organisations. */
async function scene(core: Core, db: Db) {
  await addChannels(db);
  const organiser = await memberOf(core, "Olli", "Sosiaalialan osaamiskeskus Verso");
  const first = await memberOf(core, "Aino", "Harjulan Setlementti ry");
  await core.handle(
    command(organiser, "/hankinta nimi=Järjestysmieskoulutus min=15 max=20 hinta=2000 määräaika=31.1.2027"),
  );
  await press(core, organiser, "pu:publish");
  const purchase = await db.purchase.findFirstOrThrow();
  await press(core, first, `pu:seats:${purchase.id}:12`);
  const joiners: ActorRef[] = [];
  for (let i = 1; i <= 50; i++)
    joiners.push(
      await memberOf(core, `Jäsen${String(i).padStart(2, "0")}`, `Yhdistys ${String(i).padStart(2, "0")} ry`),
    );
  return { purchase, joiners };
}

async function verify(db: Db, purchaseId: number, outcomes: string[], joiners: ActorRef[]) {
  const p = await db.purchase.findUniqueOrThrow({ where: { id: purchaseId } });
  const rows = await db.purchaseSeat.findMany({
    where: { purchaseId },
    orderBy: { id: "asc" },
    include: { member: { include: { identities: true } } },
  });
  // Never oversold: the counter and the rows agree and stay at the maximum.
  const committed = rows.filter((r) => r.status === "committed");
  expect(p.committedSeats).toBe(20);
  expect(committed.reduce((n, r) => n + r.seats, 0)).toBe(20);
  expect(p.status).toBe("tipped");
  // One row per organisation; 8 of the 50 got a seat, 42 wait.
  expect(rows).toHaveLength(51);
  const joinRows = rows.slice(1);
  expect(joinRows.filter((r) => r.status === "committed")).toHaveLength(8);
  expect(joinRows.filter((r) => r.status === "waiting")).toHaveLength(42);
  // Arrival order: rows are inserted in the order the joins were serialised; the first eight arrivals
  // got the seats, and the waiting list is ordered exactly by arrival.
  expect(joinRows.slice(0, 8).every((r) => r.status === "committed")).toBe(true);
  const waiting = await db.purchaseSeat.findMany({
    where: { purchaseId, status: "waiting" },
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
  });
  expect(waiting.map((r) => r.id)).toEqual(joinRows.slice(8).map((r) => r.id));
  // Each joiner was told their own outcome, and waiting positions 1..42 match the order.
  const positions = outcomes
    .map((o) => /jonossa sijalla (\d+)/.exec(o)?.[1])
    .filter(Boolean)
    .map(Number);
  expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
  for (const [i, out] of outcomes.entries()) {
    const row = joinRows.find((r) => r.member?.identities.some((id) => id.externalUserId === joiners[i]!.userId))!;
    if (row.status === "committed") expect(out).toContain("on mukana 1 paikalla");
    else expect(out).toContain(`jonossa sijalla ${waiting.findIndex((w) => w.id === row.id) + 1}`);
  }
  // The tipping point (12 + 3 = 15) was announced exactly once to each participant of that moment — Aino,
  // the first three arrivals and the organiser — and to nobody else; later joiners see it in their answer.
  const sends = await db.outboxMessage.findMany({ where: { op: "send" } });
  const tipped = sends.filter((m) => TIPPED.test(m.payload));
  const byChat = new Map<string, number>();
  for (const m of tipped) byChat.set(m.chatId, (byChat.get(m.chatId) ?? 0) + 1);
  const participants = ["Olli", "Aino", ...joinRows.slice(0, 3).map((r) => r.member!.identities[0]!.privateChatId)];
  expect([...byChat.keys()].sort()).toEqual([...new Set(participants)].sort());
  expect([...byChat.values()].every((n) => n === 1)).toBe(true);
}

describe("fifty organisations join at the same moment", () => {
  it("one Prisma client: no oversell, arrival order, one tipping message each", async () => {
    const { core, db } = await testCore();
    const { purchase, joiners } = await scene(core, db);
    const outs = await Promise.all(joiners.map((j) => press(core, j, `pu:seats:${purchase.id}:1`)));
    await verify(db, purchase.id, outs.map(textOf), joiners);
  });

  it("two Prisma clients on one database file, like two processes", async () => {
    const url = await freshDatabaseUrl();
    let db1: Db, db2: Db;
    if (testProvider === "sqlite") {
      const file = url.replace(/^file:/, "");
      // Two independent connections. In one Node process a busy wait would block the other client's
      // event loop too, so these fail fast on a locked database and the core's retry takes over; in
      // separate processes the production busy timeout simply waits.
      const open = () => new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file, timeout: 0 }) }) as Db;
      db1 = open();
      db2 = open();
      await db1.$queryRawUnsafe("PRAGMA journal_mode = WAL");
      for (const db of [db1, db2]) await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
    } else {
      // Two connection pools on one PostgreSQL database, as two instances have.
      db1 = await openDatabase(url, { migrate: false });
      db2 = await openDatabase(url, { migrate: false });
    }
    await seedReferenceData(db1);
    const clock = testClock();
    const config = { ...testConfig(), databaseUrl: url };
    const deps1: CoreDeps = { db: db1, config, now: clock.now, log: testLogger() };
    const deps2: CoreDeps = { db: db2, config, now: clock.now, log: testLogger() };
    const core1 = createCore(deps1);
    const core2 = createCore(deps2);
    try {
      const { purchase, joiners } = await scene(core1, db1);
      const outs = await Promise.all(
        joiners.map((j, i) => press(i % 2 ? core2 : core1, j, `pu:seats:${purchase.id}:1`)),
      );
      await verify(db1, purchase.id, outs.map(textOf), joiners);
      const retries = [deps1.log, deps2.log].flatMap((l) => (l as ReturnType<typeof testLogger>).entries);
      expect(retries.filter((e) => e.level === "error")).toEqual([]);
    } finally {
      await db1.$disconnect();
      await db2.$disconnect();
    }
  });
});
