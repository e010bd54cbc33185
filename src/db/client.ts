/**
 * Opens the database: SQLite through Prisma's official better-sqlite3 driver adapter, in WAL mode,
 * with the committed migrations applied first.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.js";
import { DatabaseError } from "./errors.js";
import { applyMigrations, loadMigrationsList } from "./migrate.js";
import { serializedSqlite } from "./serialized-adapter.js";

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
  /** Apply pending migrations before opening (default true). */
  migrate?: boolean;
}

export async function openDatabase(databaseUrl: string, options: OpenOptions = {}): Promise<Db> {
  const file = sqlitePath(databaseUrl);
  // busy timeout: several processes may share one file; writers wait instead of failing at once.
  const factory = () => new PrismaBetterSqlite3({ url: file, timeout: 10_000 });
  const client = () => new PrismaClient({ adapter: serializedSqlite(factory()) });
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
    return db;
  } catch (err) {
    throw new DatabaseError(`Could not open the database at ${file}: ${(err as Error).message}`, { cause: err });
  }
}

/** Committed migrations not yet recorded as applied in `_prisma_migrations` (all of them on a new database). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const committed = (await loadMigrationsList()).migrationDirectories.map((d) => d.path);
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
