/**
 * Several product processes behind one webhook URL, for the benchmark: a round-robin HTTP load
 * balancer (the same idea as the one in tests/e2e/instances.test.ts, with keep-alive connections
 * to the backends, as a real balancer keeps), a "fleet" that answers the load functions of
 * bench/lib/telegram-load.ts for all processes together, CPU time of any process from /proc, and
 * PostgreSQL databases for the benchmark (a migrated template per run, a copy per measurement,
 * random names, all dropped at the end).
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import pg from "pg";
import type { TelegramEmulator } from "../../tests/emulators/telegram/server.js";
import { applyMigrations } from "../../src/db/migrate.js";
import {
  checkPgConnection,
  pgAdmin,
  pgMigrationFactory,
  pgUrl,
  quoteIdent,
  withDatabase,
} from "../../src/db/postgres.js";
import { copyOfTemplate, databasesLike, dropDatabases, runPrefix, testServer } from "../../tests/support/postgres.js";
import type { Agent } from "./agent.js";
import type { UpdateSink } from "./telegram-load.js";
import { sleep } from "./stats.js";

export { startBalancer } from "../../tests/support/balancer.js";

/** A free TCP port on 127.0.0.1 (for a product process's PORT). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The product processes together as one update sink: `handled` is the sum over the processes,
 * `stamps` all their stamps, and `expect` resolves when they have handled `count` updates in all
 * and the emulator has nothing left to deliver (every webhook request answered).
 */
export function fleet(agents: Agent[], emu: TelegramEmulator): UpdateSink {
  const handled = async () => {
    const all = await Promise.all(agents.map((a) => a.call<{ handled: number; failed: number }>("handled")));
    return { handled: all.reduce((n, h) => n + h.handled, 0), failed: all.reduce((n, h) => n + h.failed, 0) };
  };
  return {
    async call<T>(cmd: string, args: Record<string, unknown> = {}, timeoutMs = 600_000): Promise<T> {
      if (cmd === "handled") return (await handled()) as T;
      if (cmd === "stamps")
        return (await Promise.all(agents.map((a) => a.call<[number, number][]>("stamps")))).flat() as T;
      if (cmd === "expect") {
        const end = Date.now() + timeoutMs;
        for (;;) {
          const h = await handled();
          if (h.handled >= Number(args.count) && emu.stats().pendingUpdates === 0) return h as T;
          if (Date.now() > end)
            throw new Error(`fleet: ${h.handled} of ${Number(args.count)} updates handled after ${timeoutMs} ms`);
          await sleep(20);
        }
      }
      throw new Error(`fleet: no command ${cmd}`);
    },
  };
}

let ticks: number | undefined;
/** Clock ticks per second of /proc/<pid>/stat (getconf CLK_TCK; 100 on Linux). */
function clockTicks(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat; undefined when it is gone. */
export function cpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after "pid (comm) ": state is the 3rd field; utime and stime are the 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
  } catch {
    return undefined;
  }
}

/** CPU ms of several processes at once (0 for a process that is gone). */
export function cpuOf(pids: number[]): Map<number, number> {
  return new Map(pids.map((p) => [p, cpuMs(p) ?? 0]));
}

/** The PostgreSQL server processes serving `database` now (its backends), from pg_stat_activity. */
export async function backendPids(url: string, database: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [database],
    );
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL databases for one benchmark run: a template migrated once through the product's own
 * migration path, and a copy of it per measurement (random names: `mkt_bench<hex>_…`); `drop()`
 * removes all of them. Throws one plain line when no PostgreSQL answers (MK_TEST_POSTGRES_URL,
 * default postgresql://postgres@127.0.0.1:5432/postgres).
 */
export async function benchPostgres() {
  const server = testServer();
  await checkPgConnection(server).catch((err: Error) => {
    throw new Error(
      `this scenario needs a PostgreSQL server where it may create databases (MK_TEST_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/postgres): ${err.message.replace(/^DATABASE_URL: /, "")}`,
    );
  });
  const prefix = runPrefix(`bench${randomBytes(4).toString("hex")}`);
  const template = `${prefix}template`;
  await pgAdmin(server, [`CREATE DATABASE ${quoteIdent(template)}`]);
  await applyMigrations(pgMigrationFactory(withDatabase(server, template)));
  return {
    /** A fresh migrated database: its name and its URL (the product's default pool size). */
    async fresh(): Promise<{ name: string; url: string }> {
      const { name } = await copyOfTemplate(template, prefix);
      return { name, url: pgUrl(withDatabase(server, name)) };
    },
    async drop(): Promise<void> {
      await dropDatabases(await databasesLike(prefix));
    },
  };
}
