// Writes a new migration for both databases: the SQL that takes a database from the committed
// migrations to the models in prisma/schema.prisma, once for SQLite (prisma/migrations) and once
// for PostgreSQL (prisma/migrations-postgresql), under the same name.
// Usage: npx tsx scripts/new-migration.ts <name>
// PostgreSQL's diff replays the migrations on a temporary database, so a PostgreSQL server is
// needed: MIGRATION_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
// (Prisma's `migrate dev` needs the native engine; this does the same diff through the Wasm engine.)
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { migrationsDirs, schemaDrift } from "../src/db/migrate.js";
import { projectRoot } from "../src/db/paths.js";
import { checkPgConnection, pgTarget } from "../src/db/postgres.js";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npx tsx scripts/new-migration.ts <name_in_snake_case>");
  process.exit(2);
}
const server = pgTarget(process.env.MIGRATION_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
try {
  await checkPgConnection(server);
} catch (err) {
  console.error(
    `${(err as Error).message.replace(/^DATABASE_URL/, "MIGRATION_DATABASE_URL")}: a PostgreSQL server is needed to write the PostgreSQL migration.`,
  );
  process.exit(1);
}
const drift = { sqlite: await schemaDrift("sqlite"), postgresql: await schemaDrift("postgresql", server) };
if (!drift.sqlite && !drift.postgresql) {
  console.log("The schema matches the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const provider of ["sqlite", "postgresql"] as const) {
  const sql = drift[provider];
  if (!sql) continue;
  const dir = path.join(migrationsDirs[provider], `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await writeFile(path.join(migrationsDirs[provider], "migration_lock.toml"), `provider = "${provider}"\n`);
  console.log(`Wrote ${path.relative(projectRoot, dir)}/migration.sql`);
}
