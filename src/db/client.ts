/**
 * Opens the database: SQLite through Prisma's official better-sqlite3 driver adapter, in WAL mode,
 * with the committed migrations applied first.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.js";
import { MkError } from "../core/errors.js";
import { applyMigrations } from "./migrate.js";

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
  try {
    if (options.migrate !== false) await applyMigrations(factory());
    const db = new PrismaClient({ adapter: factory() });
    // WAL lets readers and one writer work at once; synchronous=FULL keeps every committed
    // change through a power cut (NORMAL would be faster but can lose the last commits).
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$executeRawUnsafe("PRAGMA synchronous = FULL");
    await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
    return db;
  } catch (err) {
    throw new MkError("DATABASE_UNAVAILABLE", `Could not open the database at ${file}: ${(err as Error).message}`, { cause: err });
  }
}
