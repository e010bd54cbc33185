/**
 * Applies the committed migrations in prisma/migrations, exactly as `prisma migrate deploy`
 * would (same `_prisma_migrations` bookkeeping), through Prisma's Wasm schema engine.
 */
import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { openSchemaEngine, noFilters } from "./schema-engine.js";
import { projectRoot } from "./paths.js";

export const migrationsDir = path.join(projectRoot, "prisma", "migrations");

export async function loadMigrationsList(dir = migrationsDir) {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  );
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies pending migrations; returns the names of those applied now (empty when up to date). */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
  // The engine opens its own connections through the factory; keep them so we can close them
  // (an open connection would keep the SQLite file locked for the application's client).
  const opened: { dispose(): Promise<void> }[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => {
      const adapter = await adapterFactory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await adapterFactory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const engine = await openSchemaEngine(tracking, [[schemaPath, await readFile(schemaPath, "utf8")]]);
  try {
    const out = await engine.applyMigrations({ migrationsList: await loadMigrationsList(), filters: noFilters });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose()));
  }
}

/**
 * The SQL that would take a database from the committed migrations to prisma/schema.prisma;
 * empty when they match. The engine replays the migrations on an in-memory scratch database,
 * one file per executeRaw call; better-sqlite3 runs one statement per prepared query, so a file
 * of several statements goes through executeScript instead.
 */
export async function schemaDrift(): Promise<string> {
  const scriptAware = (adapter: SqlDriverAdapter): SqlDriverAdapter => ({
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (q: SqlQuery) => adapter.queryRaw(q),
    executeRaw: (q: SqlQuery) =>
      q.args.length === 0 && /;\s*\S/.test(q.sql) ? adapter.executeScript(q.sql).then(() => 0) : adapter.executeRaw(q),
    executeScript: (script: string) => adapter.executeScript(script),
    startTransaction: (level) => adapter.startTransaction(level),
    dispose: () => adapter.dispose(),
  });
  const base = new PrismaBetterSqlite3({ url: ":memory:" });
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => scriptAware(await base.connect()),
    connectToShadowDb: async () => scriptAware(await base.connectToShadowDb()),
  };
  const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
  const schema = await readFile(schemaPath, "utf8");
  const engine = await openSchemaEngine(factory, [[schemaPath, schema]]);
  try {
    const list = await loadMigrationsList();
    const from = list.migrationDirectories.length ? { tag: "migrations" as const, ...list } : { tag: "empty" as const };
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = result.stdout ?? "";
    return !sql.trim() || /This is an empty migration/.test(sql) ? "" : sql;
  } finally {
    engine.free();
  }
}
