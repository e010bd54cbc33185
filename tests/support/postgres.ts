/**
 * PostgreSQL for tests: one migrated template database per test run (made in
 * tests/support/postgres-setup.ts), and a copy of it (`CREATE DATABASE … TEMPLATE …`) for each
 * fresh database a test asks for, with a random name; dropped again after the test file.
 * Eight checkouts may run their suites on one server at once: nothing here has a fixed name.
 */
import { randomBytes } from "node:crypto";
import { pgAdmin, pgTarget, pgUrl, quoteIdent, withDatabase, type PgTarget } from "../../src/db/postgres.js";

/** The server tests use (a maintenance database on it; test databases are created next to it). */
export function testServer(): PgTarget {
  return pgTarget(process.env.MK_TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres");
}

/** Name prefix of one run's databases: `mkt_<run>_…`. */
export function runPrefix(run: string): string {
  return `mkt_${run}_`;
}

export function randomName(prefix: string): string {
  return `${prefix}${randomBytes(6).toString("hex")}`;
}

/** A copy of the run's template; returns its URL. */
export async function copyOfTemplate(template: string, prefix: string): Promise<{ name: string; url: string }> {
  const server = testServer();
  const name = randomName(prefix);
  for (let attempt = 0; ; attempt++) {
    try {
      await pgAdmin(server, [`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`]);
      break;
    } catch (err) {
      // Another copy being made from the same template at this very moment: try again shortly.
      if (attempt < 20 && /being accessed by other users/.test((err as Error).message)) {
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
        continue;
      }
      throw err;
    }
  }
  return { name, url: smallPool(pgUrl(withDatabase(server, name))) };
}

export async function dropDatabases(names: string[]): Promise<void> {
  if (!names.length) return;
  await pgAdmin(
    testServer(),
    names.map((n) => `DROP DATABASE IF EXISTS ${quoteIdent(n)} WITH (FORCE)`),
  );
}

/** Every database whose name starts with `prefix` (what a run left behind). */
export async function databasesLike(prefix: string): Promise<string[]> {
  const pg = (await import("pg")).default;
  const server = testServer();
  const client = new pg.Client({
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password,
    database: server.database,
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [prefix],
    );
    return rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

/**
 * Each test database's URL asks for a small connection pool: three test files run at once, each
 * opening several clients, and the server allows 100 connections in all.
 */
export function smallPool(url: string): string {
  // Idle connections close after a second: a file opens a database per test and its clients stay
  // until the file ends, so with three files side by side idle connections would otherwise pile up
  // past the server's max_connections (100).
  return `${url}${url.includes("?") ? "&" : "?"}pool_max=3&pool_idle_ms=1000`;
}
