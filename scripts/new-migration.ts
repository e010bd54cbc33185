// Writes a new migration: the SQL that takes a database from the committed migrations to
// prisma/schema.prisma. Usage: npx tsx scripts/new-migration.ts <name>
// (Prisma's `migrate dev` needs the native engine; this does the same diff through the Wasm engine.)
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { migrationsDir, schemaDrift } from "../src/db/migrate.js";
import { projectRoot } from "../src/db/paths.js";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npx tsx scripts/new-migration.ts <name_in_snake_case>");
  process.exit(2);
}
const sql = await schemaDrift();
if (!sql) {
  console.log("The schema matches the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), sql);
await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "sqlite"\n');
console.log(`Wrote ${path.relative(projectRoot, dir)}/migration.sql`);
