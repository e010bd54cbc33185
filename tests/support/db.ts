/**
 * A real database per test, on the provider the test run is for (vitest's "sqlite" and
 * "postgresql" projects run every test file once each; see vitest.config.ts):
 * - SQLite: the committed migrations are applied once per test process to a template file
 *   (through the same Wasm schema engine the product uses), and each test gets a copy of it;
 * - PostgreSQL: the run's migrated template database is copied (`CREATE DATABASE … TEMPLATE …`,
 *   random name) for each test, and the copies are dropped after the file.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { applyMigrations } from "../../src/db/migrate.js";
import { openDatabase, type Db } from "../../src/db/client.js";
import type { Provider } from "../../src/db/url.js";
import { pgAdmin, pgUrl, quoteIdent, withDatabase } from "../../src/db/postgres.js";
import { copyOfTemplate, dropDatabases, randomName, smallPool, testServer } from "./postgres.js";

/** The provider this test run uses. */
export const testProvider: Provider = process.env.MK_TEST_DB === "postgresql" ? "postgresql" : "sqlite";

let template: Promise<string> | undefined;
const dirs: string[] = [];
const databases: string[] = [];

async function templateFile(): Promise<string> {
  template ??= (async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mk-template-"));
    dirs.push(dir);
    const file = path.join(dir, "template.db");
    const factory = new PrismaBetterSqlite3({ url: file });
    await applyMigrations(factory);
    return file;
  })();
  return template;
}

/** A fresh database with all migrations applied; returns its URL (file:… or postgresql://…). */
export async function freshDatabaseUrl(): Promise<string> {
  if (testProvider === "postgresql") {
    const { name, url } = await copyOfTemplate(inject("pgTemplate"), inject("pgPrefix"));
    databases.push(name);
    return url;
  }
  const src = await templateFile();
  const dir = mkdtempSync(path.join(tmpdir(), "mk-test-"));
  dirs.push(dir);
  const file = path.join(dir, "test.db");
  copyFileSync(src, file);
  return `file:${file}`;
}

/** A new, empty database (no tables at all): a file path that does not exist yet, or a new PostgreSQL database. */
export async function emptyDatabaseUrl(): Promise<string> {
  if (testProvider === "postgresql") {
    const server = testServer();
    const name = randomName(inject("pgPrefix"));
    await pgAdmin(server, [`CREATE DATABASE ${quoteIdent(name)}`]);
    databases.push(name);
    return smallPool(pgUrl(withDatabase(server, name)));
  }
  const dir = mkdtempSync(path.join(tmpdir(), "mk-new-"));
  dirs.push(dir);
  return `file:${path.join(dir, "new.db")}`;
}

/** Opens a fresh database (migrations already applied in the copy; applying again is a no-op check). */
export async function freshDb(): Promise<{ db: Db; url: string }> {
  const url = await freshDatabaseUrl();
  const db = await openDatabase(url, { migrate: false });
  return { db, url };
}

/** Removes this file's databases (PostgreSQL copies are dropped even if a client still holds them). */
export async function cleanupDatabases() {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  await dropDatabases(databases.splice(0));
}
