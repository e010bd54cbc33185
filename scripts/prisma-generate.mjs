// Generates the Prisma client (src/generated/prisma) as part of `npm install`.
// `prisma generate` does not run Prisma's native schema engine, but the CLI insists on
// downloading it first. Where Prisma's binary host is unreachable (offline machines, closed
// CI), we point PRISMA_SCHEMA_ENGINE_BINARY at an existing file, which is all the CLI checks.
// Migrations never need that binary: they run through @prisma/schema-engine-wasm (src/db/migrate.ts).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, "node_modules", "prisma", "build", "index.js");

function generate(extraEnv) {
  return spawnSync(process.execPath, [cli, "generate", "--schema", "prisma/schema.prisma"], {
    cwd: root,
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1", ...extraEnv },
    encoding: "utf8",
    timeout: 120_000,
  });
}

let result = generate({});
if (result.status !== 0) {
  console.log(
    "prisma generate: Prisma's engine download is not reachable from here; " +
      "generating with PRISMA_SCHEMA_ENGINE_BINARY pointing at a placeholder (generation does not execute it).",
  );
  result = generate({ PRISMA_SCHEMA_ENGINE_BINARY: process.execPath });
}
if (result.status !== 0) {
  process.stdout.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  console.error("prisma generate failed: see the output above.");
  process.exit(1);
}
console.log("prisma generate: client written to src/generated/prisma");
