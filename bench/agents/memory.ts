/**
 * Where the product's memory goes: loads the product's pieces one after another in one process
 * (started with --expose-gc) and reports RSS and the V8 heap after a full GC at each step.
 *
 *   DATABASE_URL: a database with migrations applied.
 */
import { memory, send, serve } from "./ipc.js";
import { nowMs, sleep } from "../lib/stats.js";

const gc = (globalThis as { gc?: () => void }).gc;
const url = process.env.DATABASE_URL!;

async function settle() {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await sleep(50);
  }
}

const steps: { name: string; run: () => Promise<unknown> }[] = [
  { name: "Node + tsx loader (floor)", run: async () => {} },
  {
    name: "grammY + @grammyjs/runner + auto-retry",
    run: () => Promise.all([import("grammy"), import("@grammyjs/runner"), import("@grammyjs/auto-retry")]),
  },
  { name: "@slack/bolt (+ web-api, socket-mode)", run: () => import("@slack/bolt") },
  {
    name: "Prisma client (SQLite query compiler Wasm) + better-sqlite3 adapter",
    run: () => Promise.all([import("../../src/generated/prisma/client.js"), import("@prisma/adapter-better-sqlite3")]),
  },
  {
    name: "open the database as the product does (pending-migration check only) and run queries",
    run: async () => {
      const { openDatabase } = await import("../../src/db/client.js");
      const db = await openDatabase(url);
      await db.helpRequest.count();
      await db.helpRequest.findMany({ take: 5, include: { organisation: true, asker: true } });
      (globalThis as { benchDb?: { $disconnect(): Promise<void> } }).benchDb = db;
    },
  },
  {
    name: "the rest of the product's modules (src/app.ts: core, features, i18n, pino, zod, node-cron)",
    run: () => import("../../src/app.js"),
  },
  {
    name: "Prisma schema engine (Wasm), loaded only when a migration is pending (an upgrade)",
    run: async () => {
      // The engine locks the file for itself: close the client first, as openDatabase does.
      await (globalThis as { benchDb?: { $disconnect(): Promise<void> } }).benchDb?.$disconnect();
      const { applyMigrations } = await import("../../src/db/migrate.js");
      const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
      await applyMigrations(new PrismaBetterSqlite3({ url: url.replace(/^file:/, "") }));
    },
  },
];

const results: { name: string; rss: number; heapUsed: number; external: number; arrayBuffers: number; ms: number }[] =
  [];
for (const step of steps) {
  const t0 = nowMs();
  await step.run();
  const ms = nowMs() - t0;
  await settle();
  const m = memory();
  results.push({
    name: step.name,
    rss: m.rss,
    heapUsed: m.heapUsed,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
    ms,
  });
}

serve({ results: () => results, rss: () => memory(), stop: () => null });
send({ event: "ready", readyAtMs: nowMs(), processStartMs: performance.timeOrigin, gc: Boolean(gc) });
