/**
 * Everything PostgreSQL-specific: the connection settings read from DATABASE_URL, the
 * application's driver adapter, a migration-aware adapter factory for Prisma's schema engine,
 * plain-language connection errors, and a few administrative statements (create/drop a database).
 *
 * The schema engine drives `@prisma/adapter-pg` in ways the application never does, and the
 * adapter (7.10.x) has four defects on that path. The factory below avoids each of them; each is
 * pinned by a test in tests/db/postgres-adapter.test.ts that shows the upstream behaviour, so an
 * upgrade that fixes or changes it is noticed:
 *  1. Its shadow database is opened by spreading the pool config and setting `database`; with a
 *     `connectionString` in that config node-postgres ignores `database`, and the "shadow" run
 *     goes to the real database. We always pass discrete host/port/user/password/database fields.
 *  2. It drops the shadow database before closing the shadow pool ("being accessed by other
 *     users"). We close the pool, then drop.
 *  3. Result columns of type `"char"` (OID 18), which the engine's catalog queries return,
 *     cannot be read ("Unsupported column type char"). We report OID 18 as text.
 *  4. `executeScript` splits a migration on `;` (breaking `$$` bodies, and leaving a failed
 *     migration half applied). We send the script as one simple query, which PostgreSQL runs as
 *     one implicit transaction.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { DatabaseError } from "./errors.js";

/** Connection settings, always as discrete fields (see defect 1 above). */
export interface PgTarget {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
  ssl?: boolean | { rejectUnauthorized: boolean };
  /** Largest number of connections the application's pool opens. */
  max?: number;
  /** How long an idle connection stays open, ms (pg's default: 10 000). */
  idleMs?: number;
}

/** `postgresql://user:password@host:5432/database?sslmode=require&pool_max=10` → discrete settings. */
export function pgTarget(databaseUrl: string): PgTarget {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new DatabaseError("DATABASE_URL: not a valid URL (expected postgresql://user:password@host:5432/database)");
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!database)
    throw new DatabaseError("DATABASE_URL: the database name is missing (postgresql://user@host:5432/database)");
  const params = url.searchParams;
  // A Unix socket directory may be given as ?host=/var/run/postgresql (as libpq allows).
  const host = params.get("host") ?? (url.hostname.replace(/^\[|\]$/g, "") || "localhost");
  const sslmode = params.get("sslmode");
  const max = params.get("pool_max") ?? params.get("connection_limit");
  const idle = params.get("pool_idle_ms");
  return {
    host,
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || "postgres",
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    database,
    ...(sslmode === "require" || sslmode === "prefer" || sslmode === "no-verify"
      ? { ssl: { rejectUnauthorized: false } }
      : sslmode === "verify-ca" || sslmode === "verify-full"
        ? { ssl: true }
        : {}),
    ...(max && /^\d+$/.test(max) ? { max: Number(max) } : {}),
    ...(idle && /^\d+$/.test(idle) ? { idleMs: Number(idle) } : {}),
  };
}

/** The same server and credentials, another database. */
export function withDatabase(target: PgTarget, database: string): PgTarget {
  return { ...target, database };
}

/** A URL for `target` (tests and tools hand these to child processes). */
export function pgUrl(target: PgTarget): string {
  const auth = encodeURIComponent(target.user) + (target.password ? `:${encodeURIComponent(target.password)}` : "");
  return `postgresql://${auth}@${target.host.startsWith("/") ? "localhost" : target.host}:${target.port}/${encodeURIComponent(target.database)}${
    target.host.startsWith("/") ? `?host=${encodeURIComponent(target.host)}` : ""
  }`;
}

function poolConfig(target: PgTarget, extra: pg.PoolConfig = {}): pg.PoolConfig {
  return {
    host: target.host,
    port: target.port,
    user: target.user,
    ...(target.password !== undefined ? { password: target.password } : {}),
    database: target.database,
    ...(target.ssl !== undefined ? { ssl: target.ssl } : {}),
    ...extra,
  };
}

/** The application's driver adapter (a pool; one connection per query or transaction). */
export function pgAdapter(target: PgTarget, onPoolError: (err: Error) => void = () => {}): PrismaPg {
  // A request waits for a free connection as long as an interactive transaction may wait to start
  // (the core allows 60 s under contention); a server that does not answer at all fails sooner.
  return new PrismaPg(
    poolConfig(target, {
      max: target.max ?? 10,
      connectionTimeoutMillis: 60_000,
      ...(target.idleMs !== undefined ? { idleTimeoutMillis: target.idleMs } : {}),
    }),
    { onPoolError },
  );
}

/** Why a connection failed, in one line that names DATABASE_URL (never the password). */
export function explainPgError(err: unknown, target: PgTarget): string {
  const e = err as { code?: string; message?: string };
  const where = target.host.startsWith("/") ? `socket ${target.host}` : `${target.host}:${target.port}`;
  switch (e?.code) {
    case "ECONNREFUSED":
      return `DATABASE_URL: the PostgreSQL server at ${where} is unreachable (connection refused: is PostgreSQL running there?)`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `DATABASE_URL: the PostgreSQL host ${target.host} is unreachable (no such host name)`;
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "ENOENT":
      return `DATABASE_URL: the PostgreSQL server at ${where} is unreachable (${e.code})`;
    case "28P01":
    case "28000":
      return `DATABASE_URL: authentication failed for user "${target.user}" on ${where} (check the user name and password)`;
    case "3D000":
      return `DATABASE_URL: the database "${target.database}" does not exist on ${where} (create it first: createdb ${target.database})`;
    default:
      if (/timeout/i.test(e?.message ?? ""))
        return `DATABASE_URL: the PostgreSQL server at ${where} is unreachable (connection timed out)`;
      return `DATABASE_URL: could not connect to PostgreSQL at ${where}: ${(e?.message ?? String(err)).split("\n")[0]}`;
  }
}

/** Connects once with a short timeout; throws a DatabaseError with `explainPgError`'s line on failure. */
export async function checkPgConnection(target: PgTarget): Promise<void> {
  const client = new pg.Client({ ...poolConfig(target), connectionTimeoutMillis: 5_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (err) {
    throw new DatabaseError(explainPgError(err, target));
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs statements on the `postgres` maintenance database of `target`'s server (CREATE/DROP DATABASE). */
export async function pgAdmin(target: PgTarget, statements: string[]): Promise<void> {
  const client = new pg.Client({ ...poolConfig(withDatabase(target, "postgres")), connectionTimeoutMillis: 5_000 });
  client.on("error", () => {});
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

/** A database name as an SQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

// ---------------------------------------------------------------------------------------------
// Migrations (Prisma's Wasm schema engine)

const CHAR_OID = 18;
const TEXT_OID = 25;

/** Reports `"char"` columns as text in every result (defect 3). */
function charAsText(result: unknown): unknown {
  const list = Array.isArray(result) ? result : [result];
  for (const r of list as { fields?: { dataTypeID: number }[] }[]) {
    for (const f of r?.fields ?? []) if (f.dataTypeID === CHAR_OID) f.dataTypeID = TEXT_OID;
  }
  return result;
}

/** A node-postgres client whose results never carry OID 18 (both the promise and the callback form). */
class CharAsTextClient extends pg.Client {
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const cb = last as (err: Error | null, res: unknown) => void;
      args[args.length - 1] = (err: Error | null, res: unknown) => cb(err, err ? res : charAsText(res));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return (
      out && typeof (out as Promise<unknown>).then === "function" ? (out as Promise<unknown>).then(charAsText) : out
    ) as never;
  }
}

/** Delegates everything to `adapter`, except what `overrides` replaces (class methods are not spread-able). */
function delegate(adapter: SqlDriverAdapter, overrides: Partial<SqlDriverAdapter>): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (q: SqlQuery) => adapter.queryRaw(q),
    executeRaw: (q: SqlQuery) => adapter.executeRaw(q),
    executeScript: (script: string) => adapter.executeScript(script),
    startTransaction: (level): Promise<Transaction> => adapter.startTransaction(level),
    ...(adapter.getConnectionInfo ? { getConnectionInfo: () => adapter.getConnectionInfo!() } : {}),
    dispose: () => adapter.dispose(),
    ...overrides,
  };
}

async function migrationAdapter(target: PgTarget): Promise<SqlDriverAdapter> {
  const pool = new pg.Pool({ ...poolConfig(target), max: 2, Client: CharAsTextClient });
  pool.on("error", () => {});
  const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
  return delegate(adapter, {
    // Defect 4: the whole file as one simple query (one implicit transaction, `$$` bodies intact).
    executeScript: async (script: string) => {
      try {
        await pool.query(script);
      } catch (err) {
        // The adapter's own error mapping, so the engine reports it as it reports any query error.
        (adapter as unknown as { onError(e: unknown): never }).onError(err);
      }
    },
  });
}

/**
 * A driver-adapter factory for Prisma's schema engine on PostgreSQL, with the four defects above
 * avoided. The shadow database (used to replay migrations when diffing) gets a random name and
 * is dropped after its pool is closed.
 */
export function pgMigrationFactory(target: PgTarget): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => migrationAdapter(target),
    async connectToShadowDb() {
      const name = `mk_shadow_${randomUUID().replace(/-/g, "")}`;
      await pgAdmin(target, [`CREATE DATABASE ${quoteIdent(name)}`]);
      let adapter: SqlDriverAdapter;
      try {
        adapter = await migrationAdapter(withDatabase(target, name));
      } catch (err) {
        await pgAdmin(target, [`DROP DATABASE IF EXISTS ${quoteIdent(name)}`]);
        throw err;
      }
      return delegate(adapter, {
        dispose: async () => {
          await adapter.dispose(); // defect 2: close first…
          await pgAdmin(target, [`DROP DATABASE IF EXISTS ${quoteIdent(name)}`]); // …then drop
        },
      });
    },
  };
}
