/**
 * Experiments behind the analysis of scenario 1 (not part of the default run:
 * `npm run bench -- --only experiments`). They change nothing in the product's code:
 *
 * E1 — SQL statements per update, by kind: each kind alone and the scenario 1 mix (300 updates
 *      from 100 chats), the statements better-sqlite3 runs counted in the product process (and
 *      apart from them the statements it prepares: the connection caches them); the product
 *      process's CPU time per update (steadier than wall time on a shared machine); throughput
 *      of each kind alone. Also alone: `npm run bench -- --only statements`.
 * E2 — SQLite durability setting: the same burst (scenario 1 mix, 1 000 chats) with the
 *      product's `synchronous = FULL` (every commit fsynced), NORMAL and OFF, set on the
 *      product's connection from the benchmark agent, next to the echo bot and the echo bot
 *      with only the product's dedupe insert (one Prisma write per update).
 */
import { spawnAgent } from "../lib/agent.js";
import type { BenchContext, Scenario } from "../lib/context.js";
import { burst, createUsers, UpdateMix, warmUp, type Kind } from "../lib/telegram-load.js";
import { telegramEmulator } from "../lib/platforms.js";
import { preparedDatabase, runEcho, telegramEnv } from "./telegram-throughput.js";

interface SqlReport {
  total: number;
  prepares: number;
  byKind: Record<string, number>;
  top: [number, string][];
  micros: number;
  topTime: [number, number, string][];
}

async function statementsPerUpdate(ctx: BenchContext): Promise<void> {
  const tg = await telegramEmulator();
  const users = createUsers(tg, 100);
  const db = await preparedDatabase(1000);
  const agent = await spawnAgent("product.ts", {
    env: { ...telegramEnv(tg, db.url), BENCH_COUNT_SQL: "1" },
    logName: "exp-sql",
  });
  const cpu = async () => {
    const c = await agent.call<{ user: number; system: number }>("cpu");
    return c.user + c.system;
  };
  try {
    const mix = new UpdateMix(tg, users, { requestIds: db.requestIds });
    await warmUp(tg, agent, mix, users);
    await agent.call("drain");
    await agent.call("sql");
    const rows: (string | number)[][] = [];
    const tops: string[] = [];
    const n = ctx.quick ? 150 : 300;
    for (const [kind, weights] of [
      ["open", [100, 0, 0]],
      ["press", [0, 100, 0]],
      ["ask", [0, 0, 100]],
      ["mix 70/20/10", [70, 20, 10]],
    ] as [Kind | string, [number, number, number]][]) {
      const only = new UpdateMix(tg, users, { requestIds: db.requestIds, weights, seed: 3 });
      const cpu0 = await cpu();
      const b = await burst(agent, only, n);
      await agent.call("drain");
      const cpuUs = (await cpu()) - cpu0;
      const sql = await agent.call<SqlReport>("sql");
      const writes = (sql.byKind.INSERT ?? 0) + (sql.byKind.UPDATE ?? 0) + (sql.byKind.DELETE ?? 0);
      rows.push([
        kind,
        b.throughput,
        sql.total / n,
        (sql.byKind.SELECT ?? 0) / n,
        writes / n,
        (sql.byKind.BEGIN ?? 0) / n,
        sql.prepares / n,
        cpuUs / n / 1000,
        sql.micros / n / 1000,
      ]);
      ctx.log(
        `    ${kind}: time inside SQLite per update: ${sql.topTime
          .slice(0, 8)
          .map(([us, runs, q]) => `${(us / n / 1000).toFixed(3)} ms (${(runs / n).toFixed(2)}×) ${q.slice(0, 70)}`)
          .join(" ‖ ")}`,
      );
      tops.push(
        `${kind}: ${sql.top
          .slice(0, 6)
          .map(([c, q]) => `${(c / n).toFixed(2)}× ${q.slice(0, 90)}`)
          .join(" ‖ ")}`,
      );
      ctx.log(
        `    ${kind}: ${b.throughput.toFixed(0)} upd/s, ${(sql.total / n).toFixed(2)} statements (${(sql.prepares / n).toFixed(3)} prepares) and ${(cpuUs / n / 1000).toFixed(2)} ms CPU per update`,
      );
      if (kind === "mix 70/20/10") {
        ctx.report.figure("E1 Statements", "statements per update, mix", sql.total / n, "");
        ctx.report.figure("E1 Statements", "product CPU per update, mix (incl. outbox)", cpuUs / n / 1000, "ms");
      }
    }
    ctx.report.table({
      title: `E1: SQL statements per update by kind (100 chats, ${n} updates of one kind, outbox drained and counted too)`,
      columns: [
        "kind",
        "upd/s (this kind alone)",
        "statements/update",
        "SELECT",
        "INSERT+UPDATE+DELETE",
        "BEGIN (transactions)",
        "prepares/update",
        "CPU ms/update",
        "in SQLite ms/update",
      ],
      rows,
      note: `Statements = better-sqlite3 runs (Statement run/get/all/iterate), prepares counted apart (the connection caches statements). CPU = the product process's user + system time over the burst and the outbox drain. Most frequent statements per update: ${tops.join(" /// ")}`,
    });
  } finally {
    await agent.stop();
    await tg.close();
  }
}

export const statements: Scenario = {
  id: "statements",
  title: "Experiment E1: SQL statements and CPU time per update",
  run: statementsPerUpdate,
};

export const experiments: Scenario = {
  id: "experiments",
  title: "Experiments: SQL statements per update; SQLite synchronous FULL / NORMAL / OFF",
  async run(ctx) {
    await statementsPerUpdate(ctx);
    // E2
    {
      const sizes = { burst: ctx.quick ? 600 : 2500, pacedSeconds: 1, requests: 1000 };
      const rows: (string | number)[][] = [];
      const echo = await runEcho(ctx, 1000, sizes);
      rows.push(["bare grammY echo bot", echo.burst.throughput, "–"]);
      const dedupeDb = await preparedDatabase(0);
      const echoDedupe = await runEcho(ctx, 1000, sizes, dedupeDb.url);
      rows.push([
        "echo bot + the product's dedupe insert (Prisma, synchronous = FULL)",
        echoDedupe.burst.throughput,
        `${((echoDedupe.burst.throughput / echo.burst.throughput) * 100).toFixed(0)} %`,
      ]);
      for (const sync of ["FULL", "NORMAL", "OFF"]) {
        const tg = await telegramEmulator();
        const users = createUsers(tg, 1000);
        const db = await preparedDatabase(1000);
        const agent = await spawnAgent("product.ts", {
          env: { ...telegramEnv(tg, db.url), BENCH_SQLITE_SYNC: sync },
          logName: `exp-sync-${sync}`,
        });
        try {
          const mix = new UpdateMix(tg, users, { requestIds: db.requestIds });
          await warmUp(tg, agent, mix, users);
          const b = await burst(agent, mix, sizes.burst);
          ctx.log(`    synchronous=${sync}: ${b.throughput.toFixed(0)} upd/s`);
          rows.push([
            `product, synchronous = ${sync}${sync === "FULL" ? " (the product's setting)" : ""}`,
            b.throughput,
            `${((b.throughput / echo.burst.throughput) * 100).toFixed(0)} %`,
          ]);
        } finally {
          await agent.stop();
          await tg.close();
        }
      }
      ctx.report.table({
        title: "E2: burst throughput by SQLite synchronous setting (scenario 1 mix, 1000 chats)",
        columns: ["bot", "upd/s", "of echo"],
        rows,
        note: "NORMAL and OFF are set by the benchmark agent on the product's connection for this experiment only; the product keeps FULL (no committed change lost on power loss).",
      });
    }
  },
};
