/**
 * The product in its own process, for the benchmark: configuration from the environment (as
 * src/main.ts does), `createApp` with the real adapters against the emulators, then commands
 * from the parent over IPC. Extra switches (benchmark only):
 *
 *   BENCH_TERMINAL=1   also the terminal adapter (on an idle stream)
 *   BENCH_SCHEDULER=1  start node-cron and the periodic jobs (as in production)
 *   BENCH_OUTBOX_MS    outbox polling interval (default: the product's 1000 ms)
 *   BENCH_SQLITE_SYNC  experiment: PRAGMA synchronous = OFF | NORMAL | FULL on the app's connection
 *   BENCH_COUNT_SQL=1  instrumentation: count SQL statements better-sqlite3 runs and prepares (`sql` command)
 */
import { PassThrough, Writable } from "node:stream";
import { nowMs } from "../lib/stats.js";
const importStartMs = nowMs();
const { parseConfig } = await import("../../src/core/config.js");
const { createLogger } = await import("../../src/logging.js");
const { createApp } = await import("../../src/app.js");
const { memory, send, serve, trackUpdates } = await import("./ipc.js");
const { digestHooks } = await import("./product-digest.js");
const { heapSampleStart, heapSampleStop } = await import("./heap.js");
const importedAtMs = nowMs();

// Counts every statement the driver runs (by its text) and every statement it prepares. The
// product's connection caches prepared statements (src/db/statement-cache.ts), so prepares are
// counted apart: executions are what each update costs in round trips.
const sqlCounts = new Map<string, number>();
/** Wall time inside better-sqlite3 per statement text (µs): SQLite executing it, fsync included. */
const sqlMicros = new Map<string, number>();
let prepareCount = 0;
if (process.env.BENCH_COUNT_SQL === "1") {
  const { default: Database } = await import("better-sqlite3");
  const proto = Database.prototype as unknown as { prepare(sql: string): unknown };
  const prepare = proto.prepare;
  proto.prepare = function (this: unknown, sql: string) {
    prepareCount++;
    return prepare.call(this, sql);
  };
  const probe = new Database(":memory:");
  const stmtProto = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<string, unknown>;
  probe.close();
  for (const method of ["run", "get", "all", "iterate"]) {
    const original = stmtProto[method] as (this: { source: string }, ...a: unknown[]) => unknown;
    stmtProto[method] = function (this: { source: string }, ...a: unknown[]) {
      sqlCounts.set(this.source, (sqlCounts.get(this.source) ?? 0) + 1);
      const started = performance.now();
      try {
        return original.apply(this, a);
      } finally {
        sqlMicros.set(this.source, (sqlMicros.get(this.source) ?? 0) + (performance.now() - started) * 1000);
      }
    };
  }
}

type Logger = import("../../src/core/app/contract.js").Logger;

try {
  const config = parseConfig(process.env);
  const pino = createLogger(config.logLevel);
  const counts = { warn: 0, error: 0 };
  const lastErrors: string[] = [];
  const log: Logger = {
    info: (o, m) => pino.info(o, m),
    debug: (o, m) => pino.debug(o, m),
    warn: (o, m) => {
      counts.warn++;
      pino.warn(o, m);
    },
    error: (o, m) => {
      counts.error++;
      if (lastErrors.length < 20) lastErrors.push(`${m ?? ""} ${JSON.stringify(o).slice(0, 300)}`);
      pino.error(o, m);
    },
  };
  const terminal = process.env.BENCH_TERMINAL === "1";
  const idleInput = new PassThrough();
  const sink = new Writable({ write: (_c, _e, cb) => cb() });
  const createStartMs = nowMs();
  const app = await createApp({
    config,
    log,
    terminal,
    io: { input: idleInput, output: sink },
    scheduler: process.env.BENCH_SCHEDULER === "1",
    ...(process.env.BENCH_OUTBOX_MS ? { outboxIntervalMs: Number(process.env.BENCH_OUTBOX_MS) } : {}),
  });
  const createdAtMs = nowMs();
  const sync = process.env.BENCH_SQLITE_SYNC;
  if (sync) {
    if (!/^(OFF|NORMAL|FULL)$/.test(sync)) throw new Error(`BENCH_SQLITE_SYNC: ${sync}`);
    await app.db.$executeRawUnsafe(`PRAGMA synchronous = ${sync}`);
  }
  const tracker = app.telegram ? trackUpdates(app.telegram.bot) : undefined;
  await app.start();
  if (app.terminal) void app.terminal.run();
  const readyAtMs = nowMs();

  const notifiers = {
    ...(app.telegram ? { telegram: app.telegram.notifier } : {}),
    ...(app.slack ? { slack: app.slack.notifier } : {}),
    ...(app.terminal ? { terminal: app.terminal.notifier } : {}),
  };

  serve({
    ...(tracker?.handlers ?? {}),
    rss: () => memory(),
    /** V8's sampling heap profiler, including objects that only a major GC freed (bench/agents/heap.ts). */
    heapSampleStart: () => heapSampleStart(),
    heapSampleStop: (args) => heapSampleStop(Number(args.top ?? 25)),
    log: () => ({ ...counts, lastErrors }),
    /** The port of the process's HTTP server (PORT=0 picks a free one), when it runs one. */
    http: () => ({ port: app.http?.port ?? null }),
    /** CPU time of this process so far (user + system, µs). */
    cpu: () => process.cpuUsage(),
    /** Statements run since the last call: total, by kind, prepares, and the most frequent texts (`top` of them, `width` characters). */
    sql: (args) => {
      const entries = [...sqlCounts.entries()];
      const micros = new Map(sqlMicros);
      const runs = new Map(entries);
      sqlCounts.clear();
      sqlMicros.clear();
      const prepares = prepareCount;
      prepareCount = 0;
      const kind = (sql: string) => (/^\s*(\w+)/.exec(sql)?.[1] ?? "?").toUpperCase();
      const byKind: Record<string, number> = {};
      for (const [q, n] of entries) byKind[kind(q)] = (byKind[kind(q)] ?? 0) + n;
      return {
        total: entries.reduce((t, [, n]) => t + n, 0),
        prepares,
        byKind,
        top: entries
          .sort((a, b) => b[1] - a[1])
          .slice(0, Number(args.top ?? 12))
          .map(([q, n]) => [
            n,
            q
              .replace(/`main`\./g, "")
              .replace(/`/g, "")
              .slice(0, Number(args.width ?? 160)),
          ]),
        /** Total µs inside SQLite, and the statements that took most of it: [µs, runs, text]. */
        micros: [...micros.values()].reduce((t, n) => t + n, 0),
        topTime: [...micros.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, Number(args.top ?? 12))
          .map(([q, us]) => [
            Math.round(us),
            runs.get(q) ?? 0,
            q
              .replace(/`main`\./g, "")
              .replace(/`/g, "")
              .slice(0, Number(args.width ?? 160)),
          ]),
      };
    },
    features: () => ({
      features: app.core.registry.features.map((f) => f.name),
      commands: [...app.core.registry.commands.keys()],
      actions: [...app.core.registry.actions.keys()],
    }),
    drain: async () => app.worker.drain(200),
    /** Outbox rows by status, for the platforms this process delivers to. */
    outbox: async () => {
      const rows = await app.db.outboxMessage.groupBy({
        by: ["status"],
        where: { platform: { in: Object.keys(notifiers) } },
        _count: { _all: true },
      });
      return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
    },
    /** Runs interactions through the core concurrently (no platform in between); returns each one's duration. */
    core: async (args) => {
      const interactions = args.interactions as Parameters<typeof app.core.handle>[0][];
      const t0 = nowMs();
      const results = await Promise.all(
        interactions.map(async (i) => {
          const s = nowMs();
          const outcome = await app.core.handle(i);
          return { ms: nowMs() - s, toast: outcome.toast ?? null, replies: outcome.replies.length };
        }),
      );
      return { totalMs: nowMs() - t0, results };
    },
    ...digestHooks(app, notifiers),
    stop: async () => {
      await app.stop();
    },
  });
  send({
    event: "ready",
    processStartMs: performance.timeOrigin,
    importStartMs,
    importedAtMs,
    createStartMs,
    createdAtMs,
    readyAtMs,
  });
} catch (err) {
  send({ event: "failed", error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  setTimeout(() => process.exit(1), 100);
}
