/**
 * Every test file runs twice: on SQLite ("sqlite" project) and on PostgreSQL ("postgresql"
 * project). tests/support/db.ts gives each test a database of its project's provider.
 *
 * PostgreSQL: MK_TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres) names a
 * server where tests may create and drop databases. When none answers, only the SQLite suite runs
 * and the run ends with one line saying so; with MK_TEST_REQUIRE_POSTGRES=1 (CI) the run fails instead.
 */
import { defineConfig } from "vitest/config";
import pg from "pg";

const serverUrl = process.env.MK_TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

async function postgresProblem(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return undefined;
  } catch (err) {
    return (err as Error).message || (err as { code?: string }).code || String(err);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Test files that never open a database: run once, in the SQLite project. */
const databaseFree = [
  "tests/emulators/**",
  "tests/core/i18n.test.ts",
  "tests/core/time.test.ts",
  "tests/core/purchases-split.test.ts",
  "tests/core/config.test.ts",
  "tests/core/digest-schedule.test.ts",
  // `npm start` with its default SQLite file; PostgreSQL starts are in tests/db/postgresql.test.ts.
  "tests/e2e/cli.test.ts",
];

export default defineConfig(async () => {
  const problem = await postgresProblem();
  const where = serverUrl.replace(/:[^:@/]*@/, ":***@");
  if (problem && process.env.MK_TEST_REQUIRE_POSTGRES === "1") {
    throw new Error(
      `PostgreSQL is required for this run (MK_TEST_REQUIRE_POSTGRES=1) but ${where} did not answer: ${problem}`,
    );
  }
  if (problem) {
    process.env.MK_TEST_POSTGRES_SKIPPED = `PostgreSQL suite skipped: no PostgreSQL server answered at ${where} (${problem}); only the SQLite suite ran.`;
  }
  return {
    test: {
      testTimeout: 30_000,
      hookTimeout: 30_000,
      pool: "forks",
      // Most tests wait on emulators, child processes and the database rather than on the CPU:
      // three files at a time (vitest's default on two cores is one).
      maxWorkers: 3,
      reporters: ["default"],
      projects: [
        {
          extends: true,
          test: {
            name: "sqlite",
            include: ["tests/**/*.test.ts"],
            env: { MK_TEST_DB: "sqlite" },
            ...(problem ? { globalSetup: ["tests/support/postgres-skipped.ts"] } : {}),
          },
        },
        ...(problem
          ? []
          : [
              {
                extends: true,
                test: {
                  name: "postgresql",
                  // A statement costs more on PostgreSQL (a network round trip) than on an embedded
                  // SQLite file: the long sequential tables (bad input) need more time.
                  testTimeout: 180_000,
                  hookTimeout: 60_000,
                  include: ["tests/**/*.test.ts"],
                  exclude: databaseFree,
                  env: { MK_TEST_DB: "postgresql", MK_TEST_POSTGRES_URL: serverUrl },
                  globalSetup: ["tests/support/postgres-setup.ts"],
                },
              },
            ]),
      ],
    },
  };
});
