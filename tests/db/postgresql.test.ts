/**
 * PostgreSQL specifics (this file runs in the "postgresql" project only): the four defects of
 * @prisma/adapter-pg on the migration path, each shown upstream and avoided by our factory (so an
 * upgrade that fixes or changes one is noticed here); several instances starting at once on an
 * empty database; and a wrong DATABASE_URL stopping the start with one line.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { cleanupDatabases, emptyDatabaseUrl, freshDatabaseUrl, testProvider } from "../support/db.js";
import { openDatabase } from "../../src/db/client.js";
import { testServer } from "../support/postgres.js";
import { pgMigrationFactory, pgTarget, pgUrl, withDatabase } from "../../src/db/postgres.js";
import { loadMigrationsList, migrationsDirs } from "../../src/db/migrate.js";

afterAll(cleanupDatabases);

const root = path.resolve(import.meta.dirname, "../..");

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const t = pgTarget(url);
  const client = new pg.Client({
    host: t.host,
    port: t.port,
    user: t.user,
    password: t.password,
    database: t.database,
  });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Runs `src/main.ts` (or another entry) as a child process; resolves with its exit code and output. */
function runProduct(
  entry: string,
  env: Record<string, string>,
  input = "",
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(TELEGRAM_|SLACK_|DATABASE_URL|PORT$)/.test(k)),
  );
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", entry], {
      cwd: root,
      env: { ...clean, PORT: "0", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe.runIf(testProvider === "postgresql")("PostgreSQL", () => {
  describe("@prisma/adapter-pg defects on the migration path (upstream shown, ours avoids it)", () => {
    it("1. a shadow database from a connection string is the real database upstream; ours is a separate one", async () => {
      const url = await emptyDatabaseUrl();
      const real = pgTarget(url).database;
      const upstream = await new PrismaPg({ connectionString: url }).connectToShadowDb();
      const seen = await upstream.queryRaw({ sql: "SELECT current_database() AS db", args: [], argTypes: [] });
      // Upstream disposal would also try to drop the database it believes it made: skip that.
      await (upstream as unknown as { underlyingDriver(): pg.Pool }).underlyingDriver().end();
      expect(seen.rows[0]![0]).toBe(real);
      const ours = await pgMigrationFactory(pgTarget(url)).connectToShadowDb();
      const mine = await ours.queryRaw({ sql: "SELECT current_database() AS db", args: [], argTypes: [] });
      await ours.dispose();
      expect(mine.rows[0]![0]).not.toBe(real);
      expect(String(mine.rows[0]![0])).toMatch(/^mk_shadow_/);
      await query(url, "SELECT 1"); // the real database is still there
      // Leftover shadow databases from upstream runs are named prisma_migrate_shadow_db_…; ours is gone.
      expect(await query(url, "SELECT datname FROM pg_database WHERE datname = $1", [mine.rows[0]![0]])).toEqual([]);
    });

    it("2. upstream drops the shadow database while its pool is still open; ours closes, then drops", async () => {
      const url = await emptyDatabaseUrl();
      const t = pgTarget(url);
      const upstream = await new PrismaPg({
        host: t.host,
        port: t.port,
        user: t.user,
        password: t.password,
        database: t.database,
      }).connectToShadowDb();
      const name = (await upstream.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] }))
        .rows[0]![0] as string;
      expect(name).toMatch(/^prisma_migrate_shadow_db_/);
      const failure = await upstream.dispose().then(
        () => "",
        (e: Error) => e.message + JSON.stringify((e as { cause?: unknown }).cause ?? ""),
      );
      expect(failure).toMatch(/being accessed by other users|55006/);
      await (upstream as unknown as { underlyingDriver(): pg.Pool }).underlyingDriver().end();
      await query(url, `DROP DATABASE IF EXISTS "${name}"`);
      const ours = await pgMigrationFactory(t).connectToShadowDb();
      const mine = (await ours.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] }))
        .rows[0]![0] as string;
      await ours.dispose();
      expect(await query(url, "SELECT datname FROM pg_database WHERE datname = $1", [mine])).toEqual([]);
    });

    it('3. upstream cannot read a "char" column (OID 18) of the catalog; ours reads it as text', async () => {
      const url = await emptyDatabaseUrl();
      const t = pgTarget(url);
      const sql = { sql: "SELECT relkind FROM pg_class WHERE relname = 'pg_class'", args: [], argTypes: [] };
      const upstream = await new PrismaPg({ host: t.host, port: t.port, user: t.user, database: t.database }).connect();
      const failure = await upstream.queryRaw(sql).then(
        () => "",
        (e: Error) => JSON.stringify((e as { cause?: unknown }).cause ?? e.message),
      );
      await upstream.dispose();
      expect(failure).toMatch(/char/);
      const ours = await pgMigrationFactory(t).connect();
      const result = await ours.queryRaw(sql);
      await ours.dispose();
      expect(result.rows).toEqual([["r"]]);
    });

    it("4. upstream splits a script on ';' (a $$ body breaks); ours runs it whole, and a failing one leaves nothing behind", async () => {
      const url = await emptyDatabaseUrl();
      const t = pgTarget(url);
      const script =
        "CREATE FUNCTION mk_two() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 2; END; $$;\nCREATE TABLE mk_after (id int);";
      const upstream = await new PrismaPg({ host: t.host, port: t.port, user: t.user, database: t.database }).connect();
      const failure = await upstream.executeScript(script).then(
        () => "",
        (e: Error) => JSON.stringify((e as { cause?: unknown }).cause ?? e.message),
      );
      await upstream.dispose();
      expect(failure).not.toBe("");
      const ours = await pgMigrationFactory(t).connect();
      await ours.executeScript(script);
      const broken = await ours
        .executeScript("CREATE TABLE mk_half (id int);\nSELECT no_such_column FROM mk_after;")
        .then(
          () => "",
          () => "failed",
        );
      await ours.dispose();
      expect(broken).toBe("failed");
      expect(await query(url, "SELECT mk_two() AS v")).toEqual([{ v: 2 }]);
      expect(await query(url, "SELECT to_regclass('mk_half') AS t")).toEqual([{ t: null }]);
    });
  });

  it("pool_max and pool_idle_ms in DATABASE_URL size the pool and close idle connections", async () => {
    expect(pgTarget("postgresql://u@h:5432/d?pool_max=4&pool_idle_ms=250")).toMatchObject({ max: 4, idleMs: 250 });
    expect(pgTarget("postgresql://u@h:5432/d?pool_idle_ms=soon").idleMs).toBeUndefined();
    const base = (await freshDatabaseUrl()).replace(/[?&]pool_idle_ms=\d+/, "");
    const url = `${base}&pool_idle_ms=300`;
    const name = pgTarget(url).database;
    const db = await openDatabase(url, { migrate: false });
    const open = async () =>
      Number(
        (
          await query<{ n: string }>(
            pgUrl(testServer()),
            "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1",
            [name],
          )
        )[0]!.n,
      );
    try {
      await Promise.all([db.member.count(), db.member.count(), db.member.count()]);
      expect(await open()).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 1200));
      expect(await open()).toBe(0);
      expect(await db.member.count()).toBe(0); // the pool opens a new connection when asked
    } finally {
      await db.$disconnect();
    }
  });

  it("three instances starting at once on an empty database apply each migration once", async () => {
    const url = await emptyDatabaseUrl();
    const script = `import(${JSON.stringify(path.join(root, "src/db/client.ts"))}).then(async (m) => { const d = await m.openDatabase(process.env.DATABASE_URL); console.log("members=" + (await d.member.count())); await d.$disconnect(); })`;
    const runs = await Promise.all(
      [1, 2, 3].map(
        () =>
          new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
            const child = spawn(process.execPath, ["--import", "tsx", "-e", script], {
              cwd: root,
              env: { ...process.env, DATABASE_URL: url },
            });
            let out = "";
            let err = "";
            child.stdout.on("data", (d) => (out += d));
            child.stderr.on("data", (d) => (err += d));
            child.on("close", (code) => resolve({ code, out, err }));
          }),
      ),
    );
    for (const r of runs) {
      expect(r.err).toBe("");
      expect(r.out.trim()).toBe("members=0");
    }
    const committed = (await loadMigrationsList(migrationsDirs.postgresql)).migrationDirectories.map((d) => d.path);
    const rows = await query<{ migration_name: string; applied_steps_count: number }>(
      url,
      'SELECT migration_name, applied_steps_count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(committed);
  });

  it("a wrong DATABASE_URL stops the start with one line naming it and what was wrong, no stack trace", async () => {
    const server = testServer();
    const missing = `mk_missing_${Date.now().toString(36)}`;
    const cases: [string, RegExp][] = [
      [
        pgUrl({ ...withDatabase(server, "postgres"), port: 1 }),
        /^Start-up failed: DATABASE_URL: the PostgreSQL server at .*:1 is unreachable/,
      ],
      [
        pgUrl(withDatabase({ ...server, user: "mk_no_such_role" }, "postgres")),
        /^Start-up failed: DATABASE_URL: authentication failed for user "mk_no_such_role"/,
      ],
      [
        pgUrl(withDatabase(server, missing)),
        new RegExp(`^Start-up failed: DATABASE_URL: the database "${missing}" does not exist`),
      ],
      ["mysql://root@localhost/mk", /^Configuration error: DATABASE_URL: /],
    ];
    const runs = await Promise.all(cases.map(([url]) => runProduct("src/main.ts", { DATABASE_URL: url })));
    runs.forEach((run, i) => {
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(cases[i]![1]);
      expect(run.stderr).not.toMatch(/\bat .*\.[jt]s:\d+/);
    });
  });

  it("npm start on a new PostgreSQL database: migrates, talks in the terminal, keeps data for the next start", async () => {
    const url = await emptyDatabaseUrl();
    const first = await runProduct("src/main.ts", { DATABASE_URL: url }, "/kieli en\n");
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    const second = await runProduct("src/main.ts", { DATABASE_URL: url }, "/help\n");
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("The Mahdollisuudet käyttöön! bot");
    expect(second.stderr).toBe("");
    const migrate = await runProduct("src/migrate-cli.ts", { DATABASE_URL: url });
    expect(migrate.stdout.trim()).toBe("The database is up to date.");
  });
});
