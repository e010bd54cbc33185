/**
 * A real SQLite database per test: the committed migrations are applied once per test process
 * to a template file (through the same Wasm schema engine the product uses), and each test gets
 * a fresh copy of it.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { applyMigrations } from "../../src/db/migrate.js";
import { openDatabase, type Db } from "../../src/db/client.js";

let template: Promise<string> | undefined;
const dirs: string[] = [];

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

/** A fresh database file with all migrations applied; returns its URL (file:…). */
export async function freshDatabaseUrl(): Promise<string> {
  const src = await templateFile();
  const dir = mkdtempSync(path.join(tmpdir(), "mk-test-"));
  dirs.push(dir);
  const file = path.join(dir, "test.db");
  copyFileSync(src, file);
  return `file:${file}`;
}

/** Opens a fresh database (migrations already applied in the copy; applying again is a no-op check). */
export async function freshDb(): Promise<{ db: Db; url: string }> {
  const url = await freshDatabaseUrl();
  const db = await openDatabase(url, { migrate: false });
  return { db, url };
}

export function cleanupDatabases() {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}
