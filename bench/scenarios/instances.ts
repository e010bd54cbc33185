/**
 * Scenario 8 — several instances: the scenario-1 mix (70 % /avoimet, 20 % "I can help" presses,
 * 10 % one-line /pyyda) delivered through Telegram webhooks to 1, 2 and 3 product processes on one
 * PostgreSQL database behind a round-robin load balancer; and one process on SQLite through the
 * same webhook path, next to one on PostgreSQL.
 *
 * Per configuration: a fresh database (1 000 open requests), a fresh emulator in webhook mode, the
 * balancer, N product processes (bench/agents/product.ts with TELEGRAM_WEBHOOK_URL pointing at the
 * balancer, each on its own PORT). Warm-up: every user sends /avoimet once. Then a burst of
 * updates enqueued at once; throughput = updates / (last handled − first enqueued). CPU time of
 * each product process, of the PostgreSQL backends serving the database and of the benchmark's
 * own process (emulator + balancer) is read before and after the burst (/proc/<pid>/stat).
 * Afterwards the database is asked whether every update was handled exactly once.
 */
import { loadavg } from "node:os";
import { spawnAgent, type Agent } from "../lib/agent.js";
import type { BenchContext, Scenario } from "../lib/context.js";
import { backendPids, benchPostgres, cpuOf, fleet, freePort, startBalancer } from "../lib/fleet.js";
import { telegramEmulator } from "../lib/platforms.js";
import { burst, createUsers, UpdateMix, warmUp, type PhaseResult } from "../lib/telegram-load.js";
import { nowMs } from "../lib/stats.js";
import { openDatabase } from "../../src/db/client.js";
import { preparedDatabase, telegramEnv } from "./telegram-throughput.js";

const WEBHOOK_SECRET = "bench-webhook-secret";

interface RunResult {
  provider: "postgresql" | "sqlite";
  instances: number;
  /** The one-instance PostgreSQL run repeated at the end (how much the machine drifted meanwhile). */
  again?: boolean;
  burst: PhaseResult;
  /** Per product process: updates it handled in the burst and CPU ms it used meanwhile. */
  processes: { handled: number; cpuMs: number }[];
  /** CPU ms of the PostgreSQL backends of this database during the burst (undefined on SQLite). */
  postgresCpuMs?: number;
  /** CPU ms of the benchmark's own process (emulator + balancer) during the burst. */
  benchCpuMs: number;
  /** Updates sent in all phases, and how the database recorded them. */
  exactlyOnce: { sent: number; recorded: number; duplicates: number; missing: number; stillClaimed: number };
  asks: { sent: number; created: number };
  balancer: { requests: number; failed: number; retried: number };
  webhookError?: string;
  errors: number;
  load: [number, number];
}

async function runInstances(
  provider: "postgresql" | "sqlite",
  instances: number,
  database: { url: string; name?: string },
  sizes: { chats: number; burst: number; requests: number },
): Promise<RunResult> {
  const loadBefore = loadavg()[0]!;
  const db = await preparedDatabase(sizes.requests, database.url);
  const emu = await telegramEmulator({ webhook: { retryBaseMs: 200, retryMaxMs: 2000, timeoutMs: 60_000 } });
  const users = createUsers(emu, sizes.chats);
  const ports = await Promise.all(Array.from({ length: instances }, () => freePort()));
  const balancer = await startBalancer(ports);
  const agents: Agent[] = [];
  try {
    const started = await Promise.allSettled(
      ports.map((port, i) =>
        spawnAgent("product.ts", {
          env: {
            ...telegramEnv(emu, db.url),
            PORT: String(port),
            TELEGRAM_WEBHOOK_URL: `${balancer.url}/telegram`,
            TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
          },
          logName: `s8-${provider}-${instances}x-${i + 1}`,
          readyTimeoutMs: 180_000,
        }),
      ),
    );
    for (const s of started) if (s.status === "fulfilled") agents.push(s.value);
    const failed = started.find((s) => s.status === "rejected");
    if (failed) throw (failed as PromiseRejectedResult).reason;

    const sink = fleet(agents, emu);
    const mix = new UpdateMix(emu, users, { requestIds: db.requestIds });
    await warmUp(emu, sink, mix, users);

    const handledBefore = await Promise.all(agents.map((a) => a.call<{ handled: number }>("handled")));
    const pgPids = database.name ? await backendPids(database.url, database.name) : [];
    const pids = agents.map((a) => a.pid);
    const cpuBefore = cpuOf([...pids, ...pgPids]);
    const benchBefore = process.cpuUsage();
    const b = await burst(sink, mix, sizes.burst);
    const benchCpu = process.cpuUsage(benchBefore);
    // Backends opened during the burst count whole (they did nothing before it).
    const pgAfter = database.name ? await backendPids(database.url, database.name) : [];
    const cpuAfter = cpuOf([...pids, ...new Set([...pgPids, ...pgAfter])]);
    const handledAfter = await Promise.all(agents.map((a) => a.call<{ handled: number }>("handled")));
    const processes = agents.map((a, i) => ({
      handled: handledAfter[i]!.handled - handledBefore[i]!.handled,
      cpuMs: cpuAfter.get(a.pid)! - cpuBefore.get(a.pid)!,
    }));
    const postgresCpuMs = database.name
      ? [...cpuAfter.entries()]
          .filter(([pid]) => !pids.includes(pid))
          .reduce((n, [pid, ms]) => n + ms - (cpuBefore.get(pid) ?? 0), 0)
      : undefined;

    // Exactly once, as the database recorded it: one dedupe row per update sent, none still
    // claimed, every one-line request created once; and no process handled an update twice.
    const check = await openDatabase(db.url, { migrate: false });
    let exactlyOnce: RunResult["exactlyOnce"];
    let asks: RunResult["asks"];
    try {
      const ids = mix.sent.map((s) => String(s.updateId));
      const rows = await check.processedUpdate.findMany({
        where: { platform: "telegram" },
        select: { externalId: true, claimedUntil: true },
      });
      const counts = new Map<string, number>();
      for (const r of rows) counts.set(r.externalId, (counts.get(r.externalId) ?? 0) + 1);
      const handledTotal = handledAfter.reduce((n, h) => n + h.handled, 0);
      exactlyOnce = {
        sent: ids.length,
        recorded: ids.filter((id) => counts.get(id) === 1).length,
        missing: ids.filter((id) => !counts.has(id)).length,
        duplicates: [...counts.values()].filter((n) => n > 1).length + Math.max(0, handledTotal - ids.length),
        stillClaimed: rows.filter((r) => r.claimedUntil !== null).length,
      };
      asks = {
        sent: mix.sent.filter((s) => s.kind === "ask").length,
        created: (await check.helpRequest.count()) - db.requestIds.length,
      };
    } finally {
      await check.$disconnect();
    }
    let errors = 0;
    for (const a of agents) errors += (await a.call<{ error: number }>("log")).error;
    const info = emu.webhookInfo();
    return {
      provider,
      instances,
      burst: b,
      processes,
      ...(postgresCpuMs !== undefined ? { postgresCpuMs } : {}),
      benchCpuMs: (benchCpu.user + benchCpu.system) / 1000,
      exactlyOnce,
      asks,
      balancer: balancer.stats(),
      ...(info.last_error_message ? { webhookError: String(info.last_error_message) } : {}),
      errors,
      load: [loadBefore, loadavg()[0]!],
    };
  } finally {
    await Promise.all(agents.map((a) => a.stop()));
    await balancer.close();
    await emu.close();
  }
}

const per1000 = (ms: number, updates: number) => (updates ? (ms / updates) * 1000 : NaN);
const productCpu = (r: RunResult) => r.processes.reduce((n, p) => n + p.cpuMs, 0);

export const instances: Scenario = {
  id: "instances",
  title: "8. Several instances: the scenario-1 mix through Telegram webhooks, 1/2/3 processes on one PostgreSQL",
  async run(ctx) {
    const sizes = ctx.quick ? { chats: 100, burst: 600, requests: 500 } : { chats: 1000, burst: 2500, requests: 1000 };
    const pgDbs = await benchPostgres();
    const results: RunResult[] = [];
    try {
      // One PostgreSQL instance first and again last: the machine is shared, and the difference
      // between the two shows how much it drifted during the run.
      const configs: ["postgresql" | "sqlite", number, boolean][] = [
        ["postgresql", 1, false],
        ["postgresql", 2, false],
        ["postgresql", 3, false],
        ["sqlite", 1, false],
        ["postgresql", 1, true],
      ];
      for (const [provider, n, again] of configs) {
        ctx.log(`  ${provider}, ${n} instance${n > 1 ? "s" : ""}${again ? " (again)" : ""}`);
        const database = provider === "postgresql" ? await pgDbs.fresh() : { url: (await freshSqlite()).url };
        const t0 = nowMs();
        const r = { ...(await runInstances(provider, n, database, sizes)), ...(again ? { again } : {}) };
        const cpu = productCpu(r);
        ctx.log(
          `    burst: ${r.burst.updates} updates in ${(r.burst.elapsedMs / 1000).toFixed(1)} s = ${r.burst.throughput.toFixed(0)}/s; ` +
            `product CPU ${(cpu / 1000).toFixed(1)} s (${per1000(cpu, r.burst.updates).toFixed(0)} ms per 1 000 updates), ` +
            `per process ${r.processes.map((p) => `${p.handled} upd / ${(p.cpuMs / 1000).toFixed(1)} s`).join(", ")}; ` +
            `exactly once ${r.exactlyOnce.recorded}/${r.exactlyOnce.sent}; ${((nowMs() - t0) / 1000).toFixed(0)} s; load ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}`,
        );
        if (r.errors) ctx.log(`    the product logged ${r.errors} errors (see bench/results/logs/s8-*.log)`);
        results.push(r);
      }
    } finally {
      await pgDbs.drop();
    }
    report(ctx, results, sizes);
  },
};

async function freshSqlite() {
  const { freshDatabaseUrl } = await import("../../tests/support/db.js");
  return { url: await freshDatabaseUrl() };
}

function report(ctx: BenchContext, results: RunResult[], sizes: { chats: number; burst: number; requests: number }) {
  const pg = results.filter((r) => r.provider === "postgresql" && !r.again);
  const one = pg.find((r) => r.instances === 1)!;
  const oneAgain = results.find((r) => r.again)!;
  const sqlite = results.find((r) => r.provider === "sqlite")!;
  const rows = results.map((r) => {
    const wall = r.burst.elapsedMs;
    const cpu = productCpu(r);
    return [
      `${r.provider}${r.again ? " (again)" : ""}`,
      r.instances,
      r.burst.throughput,
      r.provider === "postgresql" ? `${(r.burst.throughput / one.burst.throughput).toFixed(2)}×` : "–",
      r.processes.map((p) => `${((p.cpuMs / wall) * 100).toFixed(0)} %`).join(" / "),
      `${((cpu / wall) * 100).toFixed(0)} %`,
      r.processes.map((p) => `${((p.cpuMs / cpu) * 100).toFixed(0)} %`).join(" / "),
      r.processes.map((p) => per1000(p.cpuMs, p.handled).toFixed(0)).join(" / "),
      per1000(cpu, r.burst.updates),
      r.postgresCpuMs !== undefined ? per1000(r.postgresCpuMs, r.burst.updates) : "–",
      per1000(r.benchCpuMs, r.burst.updates),
      r.processes.map((p) => p.handled).join(" / "),
      `${r.exactlyOnce.recorded}/${r.exactlyOnce.sent}${r.exactlyOnce.duplicates || r.exactlyOnce.missing || r.exactlyOnce.stillClaimed ? ` (dupl. ${r.exactlyOnce.duplicates}, missing ${r.exactlyOnce.missing}, claimed ${r.exactlyOnce.stillClaimed})` : ""}`,
      `${r.asks.created}/${r.asks.sent}`,
      r.errors,
      `${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}`,
    ];
  });
  ctx.report.table({
    title:
      "Scenario 8: the scenario-1 mix through Telegram webhooks, N product processes behind a round-robin balancer",
    columns: [
      "database",
      "instances",
      "upd/s",
      "vs 1 instance",
      "CPU per process (% of one core)",
      "all product CPU",
      "share of product CPU",
      "CPU ms per 1 000 upd, per process",
      "product CPU ms per 1 000 upd",
      "PostgreSQL CPU ms per 1 000 upd",
      "bench (emulator + balancer) CPU ms per 1 000 upd",
      "updates per process",
      "handled exactly once",
      "/pyyda created",
      "errors",
      "load avg",
    ],
    rows,
    note:
      `${sizes.chats} private chats, warm-up (/avoimet from each), then a burst of ${sizes.burst} updates enqueued at once; ` +
      `${sizes.requests} open requests in a fresh database per row. CPU from /proc/<pid>/stat (utime + stime) over the burst; ` +
      `"% of one core" = CPU time / burst wall time (the machine has 2 cores: 200 % in all, shared with PostgreSQL, ` +
      `the benchmark's process and anything else running). "handled exactly once" = updates sent (warm-up + burst) ` +
      `with exactly one dedupe row in the database, and no update handled twice by the processes.`,
  });
  for (const r of pg) {
    ctx.report.figure(
      `8 Instances`,
      `throughput, ${r.instances} instance(s) on PostgreSQL`,
      r.burst.throughput,
      "upd/s",
    );
  }
  for (const r of pg.filter((x) => x.instances > 1)) {
    ctx.report.figure(
      "8 Instances",
      `${r.instances} instances / 1 instance throughput (same run)`,
      r.burst.throughput / one.burst.throughput,
      "×",
      r.instances === 3 ? { op: ">=", value: 2.5 } : undefined,
      r.instances === 3 ? "not reachable on 2 cores (issue 14): see the CPU share in the table" : undefined,
    );
  }
  for (const r of pg) {
    ctx.report.figure(
      "8 Instances",
      `product CPU per 1 000 updates, ${r.instances} instance(s) (all processes)`,
      per1000(productCpu(r), r.burst.updates),
      "ms",
    );
    ctx.report.figure(
      "8 Instances",
      `CPU share of the product processes, ${r.instances} instance(s)`,
      (productCpu(r) / r.burst.elapsedMs) * 100,
      "% of one core",
    );
  }
  ctx.report.figure(
    "8 Instances",
    "1 instance on PostgreSQL, run again at the end / first run (drift of the machine)",
    oneAgain.burst.throughput / one.burst.throughput,
    "×",
  );
  // PostgreSQL against SQLite: the mean of the two one-instance PostgreSQL runs (before and after it).
  const pgOne = [one, oneAgain];
  const mean = (f: (r: RunResult) => number) => pgOne.reduce((n, r) => n + f(r), 0) / pgOne.length;
  ctx.report.figure(
    "8 Instances",
    "PostgreSQL / SQLite throughput, 1 instance through webhooks",
    mean((r) => r.burst.throughput) / sqlite.burst.throughput,
    "×",
    undefined,
    "PostgreSQL: mean of the first and the last run",
  );
  ctx.report.figure(
    "8 Instances",
    "PostgreSQL / SQLite product CPU per 1 000 updates, 1 instance",
    mean((r) => per1000(productCpu(r), r.burst.updates)) / per1000(productCpu(sqlite), sqlite.burst.updates),
    "×",
    undefined,
    "PostgreSQL: mean of the first and the last run",
  );
  ctx.report.figure(
    "8 Instances",
    "updates not handled exactly once (all rows)",
    results.reduce((n, r) => n + (r.exactlyOnce.sent - r.exactlyOnce.recorded) + r.exactlyOnce.duplicates, 0),
    "updates",
    { op: "==", value: 0 },
  );
  const label = (r: RunResult) => `${r.provider} ×${r.instances}${r.again ? " (again)" : ""}`;
  ctx.report.note(
    `instances: webhook requests through the balancer (requests / sent to the next backend after a refused or reset connection / answered 502): ${results
      .map((r) => `${label(r)} ${r.balancer.requests} / ${r.balancer.retried} / ${r.balancer.failed}`)
      .join("; ")}`,
  );
  const webhookErrors = results.filter((r) => r.webhookError);
  if (webhookErrors.length)
    ctx.report.note(
      `instances: webhook errors seen by the emulator (then redelivered): ${webhookErrors.map((r) => `${label(r)}: ${r.webhookError}`).join("; ")}`,
    );
}
