/**
 * Applies the committed migrations in prisma/migrations, exactly as `prisma migrate deploy`
 * would (same `_prisma_migrations` bookkeeping), through Prisma's Wasm schema engine.
 */
import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
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
