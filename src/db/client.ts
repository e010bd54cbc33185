/**
 * Opens the database DATABASE_URL names, with the committed migrations applied first:
 * - `file:…` → SQLite through Prisma's official better-sqlite3 driver adapter, in WAL mode;
 * - `postgresql://…` → PostgreSQL through `@prisma/adapter-pg` (a connection pool).
 * One set of models, two generated clients (src/generated/prisma, src/generated/prisma-postgresql):
 * the rest of the product sees one `Db` type; the PostgreSQL client is cast to it here, once.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client.js";
import { DatabaseError } from "./errors.js";
import { applyMigrations, loadMigrationsList, migrationsDirs } from "./migrate.js";
import { serializedSqlite } from "./serialized-adapter.js";
import { cachedStatements } from "./statement-cache.js";
import { providerOf, type Provider } from "./url.js";
import { completeOrganisationNames } from "./organisation-names.js";
// PostgreSQL's modules (the pg driver, its Prisma adapter and client, ≈ 6 MB of RSS) are loaded
// only for a postgresql:// URL: a SQLite instance never needs them.
const postgres = () => import("./postgres.js");

export type Db = PrismaClient;
/** A transaction handle, as passed to `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Either the client or a transaction: core functions that only write accept both. */
export type DbOrTx = Db | Tx;

/** Turns `file:./data/x.db` into a path, creating its folder. */
export function sqlitePath(databaseUrl: string): string {
  const file = databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return file;
}

export interface OpenOptions {
  /**
   * Apply pending migrations before opening, and complete what they leave to the application
   * (organisation names: src/db/organisation-names.ts). Default true.
   */
  migrate?: boolean;
}

/** The adapter factory Prisma's schema engine migrates `databaseUrl` through. */
export function migrationFactoryFor(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  if (providerOf(databaseUrl) === "postgresql") {
    const factory = postgres().then((m) => m.pgMigrationFactory(m.pgTarget(databaseUrl)));
    factory.catch(() => {}); // reported by connect()
    return {
      provider: "postgres",
      adapterName: "@prisma/adapter-pg",
      connect: async () => (await factory).connect(),
      connectToShadowDb: async () => (await factory).connectToShadowDb(),
    };
  }
  return new PrismaBetterSqlite3({ url: sqlitePath(databaseUrl) });
}

/** Which provider an open client talks to. */
export function providerOfDb(db: Db): Provider {
  return (db as unknown as { [PROVIDER]?: Provider })[PROVIDER] ?? "sqlite";
}
const PROVIDER = Symbol.for("mahdollisuudet.db.provider");

export async function openDatabase(databaseUrl: string, options: OpenOptions = {}): Promise<Db> {
  const provider = providerOf(databaseUrl);
  if (provider === "postgresql") return openPostgres(databaseUrl, options);
  if (provider !== "sqlite") {
    throw new DatabaseError(
      "DATABASE_URL: expected file:./data/mahdollisuudet.db (SQLite) or postgresql://user@host:5432/database (PostgreSQL)",
    );
  }
  const file = sqlitePath(databaseUrl);
  // busy timeout: several processes may share one file; writers wait instead of failing at once.
  const factory = () => new PrismaBetterSqlite3({ url: file, timeout: 10_000 });
  // Prepared statements are kept per connection (src/db/statement-cache.ts); plain queries wait
  // while a transaction holds the connection (src/db/serialized-adapter.ts).
  const client = () => new PrismaClient({ adapter: serializedSqlite(cachedStatements(factory())) });
  try {
    let db = client();
    if (options.migrate !== false && (await pendingMigrations(db)).length) {
      // Prisma's schema engine takes the SQLite file for itself (locking_mode=EXCLUSIVE) while it
      // migrates: close our connection, migrate, reopen. Only an upgrade gets here; a start with
      // nothing to apply never locks out another running process.
      await db.$disconnect();
      try {
        await applyMigrations(factory());
      } catch (err) {
        throw new Error(
          `migrations could not be applied (${(err as Error).message.slice(0, 200)}). ` +
            "If another copy of the bot is running on this database, stop it for the upgrade and start again.",
          { cause: err },
        );
      }
      db = client();
    }
    // WAL lets readers and one writer work at once; synchronous=FULL keeps every committed
    // change through a power cut (NORMAL would be faster but can lose the last commits).
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$executeRawUnsafe("PRAGMA synchronous = FULL");
    await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
    // Deleted rows are overwritten with zeros, not left readable in unused page space
    // (src/core/privacy/README.md, "Deletion at the file level").
    await db.$queryRawUnsafe("PRAGMA secure_delete = ON");
    if (options.migrate !== false) await completeOrganisationNames(db);
    return db;
  } catch (err) {
    if (err instanceof DatabaseError) throw err;
    throw new DatabaseError(
      `DATABASE_URL: could not open the SQLite database at ${file}: ${(err as Error).message.split("\n")[0]}`,
      { cause: err },
    );
  }
}

async function openPostgres(databaseUrl: string, options: OpenOptions): Promise<Db> {
  const [{ checkPgConnection, pgAdapter, pgMigrationFactory, pgTarget }, { PrismaClient: PgPrismaClient }] =
    await Promise.all([postgres(), import("../generated/prisma-postgresql/client.js")]);
  const target = pgTarget(databaseUrl);
  // One short connection first, so a wrong URL stops the start with one plain line.
  await checkPgConnection(target);
  const db = new PgPrismaClient({ adapter: pgAdapter(target) }) as unknown as Db;
  Object.defineProperty(db, PROVIDER, { value: "postgresql" });
  try {
    // Several instances may start at once: the engine takes an advisory lock while it migrates,
    // the others wait for it and then find nothing left to apply.
    if (options.migrate !== false && (await pendingMigrations(db)).length)
      await applyMigrations(pgMigrationFactory(target));
    if (options.migrate !== false) await completeOrganisationNames(db);
    return db;
  } catch (err) {
    await db.$disconnect().catch(() => {});
    if (err instanceof DatabaseError) throw err;
    throw new DatabaseError(
      `DATABASE_URL: migrations could not be applied on PostgreSQL: ${(err as Error).message.split("\n")[0]}`,
      { cause: err },
    );
  }
}

/** Committed migrations not yet recorded as applied in `_prisma_migrations` (all of them on a new database). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const committed = (await loadMigrationsList(migrationsDirs[providerOfDb(db)])).migrationDirectories.map(
    (d) => d.path,
  );
  let applied: string[] = [];
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    applied = rows.map((r) => r.migration_name);
  } catch {
    return committed; // no bookkeeping table yet: a new database
  }
  return committed.filter((name) => !applied.includes(name));
}

/** For the health endpoint: the database answers, and every committed migration is applied. */
export async function databaseHealth(
  db: Db,
): Promise<{ reachable: boolean; migrationsCurrent: boolean; detail?: string }> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch (err) {
    return { reachable: false, migrationsCurrent: false, detail: (err as Error).message.split("\n")[0]! };
  }
  const pending = await pendingMigrations(db);
  return pending.length
    ? { reachable: true, migrationsCurrent: false, detail: `pending: ${pending.join(", ")}` }
    : { reachable: true, migrationsCurrent: true };
}

/**
 * After personal data was deleted: on SQLite, the WAL's older page images (which still hold the
 * deleted rows) are copied into the database file and the WAL is truncated to zero bytes, so the
 * deleted text is gone from both files (secure_delete, set on the connection above, has zeroed
 * it in the pages themselves). A reader holding an old snapshot can make the checkpoint stop
 * short; the next deletion or SQLite's own automatic checkpoint finishes it. On PostgreSQL the
 * deleted row versions stay in the table's pages until VACUUM (autovacuum) reuses the space;
 * VACUUM cannot run inside a transaction and rewrites nothing by itself (see the README).
 */
export async function releaseDeletedData(db: Db): Promise<void> {
  if (providerOfDb(db) !== "sqlite") return;
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
}
