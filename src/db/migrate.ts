/**
 * Applies the committed migrations, exactly as `prisma migrate deploy` would (same
 * `_prisma_migrations` bookkeeping), through Prisma's Wasm schema engine: prisma/migrations on
 * SQLite, prisma/migrations-postgresql on PostgreSQL. Both are made from the one set of models in
 * prisma/schema.prisma (PostgreSQL's schema is derived from it: scripts/postgresql-schema.mjs).
 * On PostgreSQL the engine holds an advisory lock while it migrates, so several instances
 * starting at once on an empty database apply each migration once.
 */
import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { openSchemaEngine, noFilters } from "./schema-engine.js";
import { projectRoot } from "./paths.js";
import type { Provider } from "./url.js";
import type { PgTarget } from "./postgres.js";
import { POSTGRESQL_SCHEMA_PATH, postgresqlSchema } from "../../scripts/postgresql-schema.mjs";

export const migrationsDirs: Record<Provider, string> = {
  sqlite: path.join(projectRoot, "prisma", "migrations"),
  postgresql: path.join(projectRoot, "prisma", "migrations-postgresql"),
};
export const migrationsDir = migrationsDirs.sqlite;

/** The schema a provider's migrations are made from: prisma/schema.prisma, or its PostgreSQL variant. */
export async function schemaFile(provider: Provider): Promise<{ path: string; content: string }> {
  const source = await readFile(path.join(projectRoot, "prisma", "schema.prisma"), "utf8");
  return provider === "sqlite"
    ? { path: path.join(projectRoot, "prisma", "schema.prisma"), content: source }
    : { path: path.join(projectRoot, POSTGRESQL_SCHEMA_PATH), content: postgresqlSchema(source) };
}

function providerOfFactory(factory: { provider: string }): Provider {
  return factory.provider === "postgres" ? "postgresql" : "sqlite";
}

export async function loadMigrationsList(dir = migrationsDir) {
  const names = (existsSync(dir) ? await readdir(dir, { withFileTypes: true }) : [])
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
  const provider = providerOfFactory(adapterFactory);
  const schema = await schemaFile(provider);
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
  const engine = await openSchemaEngine(tracking, [[schema.path, schema.content]]);
  try {
    const out = await engine.applyMigrations({
      migrationsList: await loadMigrationsList(migrationsDirs[provider]),
      filters: noFilters,
    });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose()));
  }
}

/**
 * The SQL that would take a database from a provider's committed migrations to the models in
 * prisma/schema.prisma; empty when they match. The engine replays the migrations on a scratch
 * database: in memory for SQLite (one file per executeRaw call; better-sqlite3 runs one statement
 * per prepared query, so a file of several statements goes through executeScript instead), a
 * temporary database on `server`'s PostgreSQL (created and dropped by the migration factory).
 */
export async function schemaDrift(provider: Provider = "sqlite", server?: PgTarget): Promise<string> {
  let factory: SqlMigrationAwareDriverAdapterFactory;
  if (provider === "postgresql") {
    if (!server) throw new Error("schemaDrift on PostgreSQL needs a server to replay the migrations on");
    factory = (await import("./postgres.js")).pgMigrationFactory(server);
  } else {
    const scriptAware = (adapter: SqlDriverAdapter): SqlDriverAdapter => ({
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      queryRaw: (q: SqlQuery) => adapter.queryRaw(q),
      executeRaw: (q: SqlQuery) =>
        q.args.length === 0 && /;\s*\S/.test(q.sql)
          ? adapter.executeScript(q.sql).then(() => 0)
          : adapter.executeRaw(q),
      executeScript: (script: string) => adapter.executeScript(script),
      startTransaction: (level) => adapter.startTransaction(level),
      dispose: () => adapter.dispose(),
    });
    const base = new PrismaBetterSqlite3({ url: ":memory:" });
    factory = {
      provider: base.provider,
      adapterName: base.adapterName,
      connect: async () => scriptAware(await base.connect()),
      connectToShadowDb: async () => scriptAware(await base.connectToShadowDb()),
    };
  }
  const schema = await schemaFile(provider);
  const opened: { dispose(): Promise<void> }[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const a = await factory.connect();
      opened.push(a);
      return a;
    },
    connectToShadowDb: async () => {
      const a = await factory.connectToShadowDb();
      opened.push(a);
      return a;
    },
  };
  const engine = await openSchemaEngine(tracking, [[schema.path, schema.content]]);
  try {
    const list = await loadMigrationsList(migrationsDirs[provider]);
    const from = list.migrationDirectories.length ? { tag: "migrations" as const, ...list } : { tag: "empty" as const };
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: schema.path, content: schema.content }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = result.stdout ?? "";
    return !sql.trim() || /This is an empty migration/.test(sql) ? "" : sql;
  } finally {
    engine.free();
    await Promise.all(opened.splice(0).map((a) => a.dispose().catch(() => {})));
  }
}
