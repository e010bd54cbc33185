// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (default ./data/mahdollisuudet.db).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { applyMigrations } from "./db/migrate.js";
import { sqlitePath } from "./db/client.js";
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
  const applied = await applyMigrations(new PrismaBetterSqlite3({ url: sqlitePath(config.databaseUrl) }));
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : `Migration failed: ${(err as Error).message}`);
  process.exit(1);
}
