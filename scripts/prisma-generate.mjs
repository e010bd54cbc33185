// Generates the Prisma clients as part of `npm install`: src/generated/prisma (SQLite, from
// prisma/schema.prisma) and src/generated/prisma-postgresql (PostgreSQL, from the same models:
// see scripts/postgresql-schema.mjs).
// `prisma generate` does not run Prisma's native schema engine, but the CLI insists on
// downloading it first. Where Prisma's binary host is unreachable (offline machines, closed
// CI), we point PRISMA_SCHEMA_ENGINE_BINARY at an existing file, which is all the CLI checks.
// Migrations never need that binary: they run through @prisma/schema-engine-wasm (src/db/migrate.ts).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { POSTGRESQL_SCHEMA_PATH, postgresqlSchema } from "./postgresql-schema.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, "node_modules", "prisma", "build", "index.js");

const pgSchema = path.join(root, POSTGRESQL_SCHEMA_PATH);
mkdirSync(path.dirname(pgSchema), { recursive: true });
writeFileSync(pgSchema, postgresqlSchema(readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8")));

function generate(schema, extraEnv) {
  return spawnSync(process.execPath, [cli, "generate", "--schema", schema], {
    cwd: root,
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1", ...extraEnv },
    encoding: "utf8",
    timeout: 120_000,
  });
}

let placeholder = {};
for (const [schema, out] of [
  ["prisma/schema.prisma", "src/generated/prisma"],
  [POSTGRESQL_SCHEMA_PATH, "src/generated/prisma-postgresql"],
]) {
  let result = generate(schema, placeholder);
  if (result.status !== 0 && !placeholder.PRISMA_SCHEMA_ENGINE_BINARY) {
    console.log(
      "prisma generate: Prisma's engine download is not reachable from here; " +
        "generating with PRISMA_SCHEMA_ENGINE_BINARY pointing at a placeholder (generation does not execute it).",
    );
    placeholder = { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath };
    result = generate(schema, placeholder);
  }
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    console.error(`prisma generate failed for ${schema}: see the output above.`);
    process.exit(1);
  }
  console.log(`prisma generate: client written to ${out}`);
}
