/**
 * Side by side in one process: the same Prisma queries through a SQLite connection with the
 * statement cache (src/db/statement-cache.ts) and through one without it, on two copies of one
 * database, in alternating rounds; CPU time per query of each (process.cpuUsage around each
 * round, which is steadier than wall time on a shared machine).
 *
 *   npx tsx bench/micro/statement-cache.ts [rounds=10] [iterations per round=300]
 */
import { copyFileSync } from "node:fs";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../src/generated/prisma/client.js";
import { serializedSqlite } from "../../src/db/serialized-adapter.js";
import { cachedStatements } from "../../src/db/statement-cache.js";
import { freshDb, seedHelpRequests, seedMembers } from "../lib/seed.js";
import { cleanupDatabases } from "../../tests/support/db.js";

const rounds = Number(process.argv[2] ?? 10);
const iterations = Number(process.argv[3] ?? 300);

const { url, db: seedDb } = await freshDb();
const askers = await seedMembers(seedDb, 50, {
  platform: "telegram",
  userIdOf: (i) => String(9_000_001 + i),
  namePrefix: "K",
});
await seedHelpRequests(seedDb, 1000, askers);
await seedDb.$disconnect();
const file = url.replace(/^file:/, "");
copyFileSync(file, `${file}.b`);

async function open(path: string, cache: boolean) {
  const factory = new PrismaBetterSqlite3({ url: path, timeout: 10_000 });
  const db = new PrismaClient({ adapter: serializedSqlite(cache ? cachedStatements(factory) : factory) });
  await db.$executeRawUnsafe("PRAGMA synchronous = FULL");
  return db;
}
const clients = { cached: await open(file, true), uncached: await open(`${file}.b`, false) };
let seq = 0;
async function work(db: PrismaClient) {
  // Roughly what /avoimet does: the dedupe insert, the member, the count, the page with its relations.
  await db.processedUpdate.create({ data: { platform: "telegram", externalId: String(++seq) } });
  await db.member.findFirst({ where: { id: askers[seq % askers.length] } });
  await db.helpRequest.count({ where: { status: "open", expiresAt: { gt: new Date() } } });
  await db.helpRequest.findMany({
    where: { status: "open", expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    take: 5,
    include: { organisation: true, asker: true },
  });
}
const QUERIES = 6; // the page's include is three statements on SQLite
const cpu = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
const totals = { cached: [] as number[], uncached: [] as number[] };
for (const name of ["cached", "uncached"] as const) for (let i = 0; i < 50; i++) await work(clients[name]); // warm-up
for (let r = 0; r < rounds; r++) {
  for (const name of (r % 2 ? ["uncached", "cached"] : ["cached", "uncached"]) as ("cached" | "uncached")[]) {
    const c0 = cpu();
    for (let i = 0; i < iterations; i++) await work(clients[name]);
    totals[name].push((cpu() - c0) / (iterations * QUERIES));
  }
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
for (const name of ["cached", "uncached"] as const)
  console.log(
    `${name}: CPU µs per statement, median of ${rounds} rounds ${med(totals[name]).toFixed(1)} (rounds: ${totals[name].map((v) => v.toFixed(0)).join(" ")})`,
  );
console.log(`cached / uncached: ${((med(totals.cached) / med(totals.uncached)) * 100).toFixed(1)} %`);
await clients.cached.$disconnect();
await clients.uncached.$disconnect();
cleanupDatabases();
