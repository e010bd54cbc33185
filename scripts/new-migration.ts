// Writes a new migration: the SQL that takes a database from the committed migrations to
// prisma/schema.prisma. Usage: npx tsx scripts/new-migration.ts <name>
// (Prisma's `migrate dev` needs the native engine; this does the same diff through the Wasm engine.)
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { openSchemaEngine, noFilters } from "../src/db/schema-engine.js";
import { loadMigrationsList, migrationsDir } from "../src/db/migrate.js";
import { projectRoot } from "../src/db/paths.js";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npx tsx scripts/new-migration.ts <name_in_snake_case>");
  process.exit(2);
}
const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
const schema = await readFile(schemaPath, "utf8");
// To diff from the committed migrations, the engine replays them on a scratch (shadow) database,
// one migration file per executeRaw call; better-sqlite3 runs only one statement per prepared
// query, so a file of several statements goes through executeScript instead.
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
const engine = await openSchemaEngine(factory, [[schemaPath, schema]]);
const list = await loadMigrationsList();
const from = list.migrationDirectories.length ? { tag: "migrations" as const, ...list } : { tag: "empty" as const };
const result = await engine.diff({
  from,
  to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
  script: true,
  exitCode: null,
  filters: noFilters,
});
engine.free();
const sql = result.stdout ?? "";
if (!sql.trim() || /This is an empty migration/.test(sql)) {
  console.log("The schema matches the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), sql);
await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "sqlite"\n');
console.log(`Wrote ${path.relative(projectRoot, dir)}/migration.sql`);
