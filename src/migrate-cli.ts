// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (default
// ./data/mahdollisuudet.db; a postgresql:// URL migrates PostgreSQL from prisma/migrations-postgresql).
import { applyMigrations } from "./db/migrate.js";
import { migrationFactoryFor, openDatabase } from "./db/client.js";
import { DatabaseError } from "./db/errors.js";
import { checkPgConnection, pgTarget } from "./db/postgres.js";
import { providerOf } from "./db/url.js";
import { parseConfig } from "./core/config.js";
import { ConfigError } from "./core/errors.js";

try {
  if (typeof process.loadEnvFile === "function") {
    try {
      process.loadEnvFile(".env");
    } catch {
      /* no .env file */
    }
  }
  const config = parseConfig(process.env);
  if (providerOf(config.databaseUrl) === "postgresql") await checkPgConnection(pgTarget(config.databaseUrl));
  const applied = await applyMigrations(migrationFactoryFor(config.databaseUrl));
  // What the migrations leave to the application (organisation names), as a start would do it.
  const db = await openDatabase(config.databaseUrl);
  await db.$disconnect();
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
} catch (err) {
  console.error(
    err instanceof ConfigError || err instanceof DatabaseError
      ? err.message
      : `Migration failed: ${(err as Error).message.split("\n")[0]}`,
  );
  process.exit(1);
}
