// Compiles src/ into dist/ (what `npm start` runs): TypeScript's compiler with tsconfig.build.json,
// then every other file under src/ next to the modules that read or load it (the Fluent .ftl
// locales, the chart worker's .mjs).
// Runs in `npm install` (postinstall, after prisma generate) and before `npm start` (prestart),
// where `--if-stale` makes it a no-op unless a file under src/ or prisma/schema.prisma is newer
// than the last build. Development scripts and tests keep running the sources through tsx/vitest.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const src = path.join(root, "src");
const dist = path.join(root, "dist");
const stamp = path.join(dist, ".built");

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return latest;
}

if (process.argv.includes("--if-stale") && existsSync(stamp)) {
  const sources = Math.max(newest(src), statSync(path.join(root, "prisma", "schema.prisma")).mtimeMs);
  if (sources <= statSync(stamp).mtimeMs) process.exit(0);
}

const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
rmSync(dist, { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], {
  cwd: root,
  stdio: "inherit",
});
if (result.status !== 0) {
  console.error("build failed: see the compiler's output above (npm run typecheck shows the same errors).");
  process.exit(1);
}
// Everything that is not TypeScript is read or loaded at run time as it is (the .ftl locales, the
// chart worker's .mjs): copied next to the compiled modules.
cpSync(src, dist, { recursive: true, filter: (p) => statSync(p).isDirectory() || !p.endsWith(".ts") });
writeFileSync(stamp, `${new Date().toISOString()}\n`);
console.log("build: src compiled to dist");
