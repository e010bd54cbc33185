// `npm run db:copy -- --from file:./data/mahdollisuudet.db --to postgresql://user@host:5432/db [--force]`:
// copies every table of a SQLite database into PostgreSQL in one transaction (see src/db/copy.ts).
import { parseArgs } from "node:util";
import { copyDatabase } from "./db/copy.js";
import { DatabaseError } from "./db/errors.js";

const usage =
  "Usage: npm run db:copy -- --from file:./data/mahdollisuudet.db --to postgresql://user@host:5432/database [--force]";
let args: { from?: string; to?: string; force?: boolean };
try {
  args = parseArgs({
    options: { from: { type: "string" }, to: { type: "string" }, force: { type: "boolean" } },
  }).values;
} catch (err) {
  console.error(`${(err as Error).message}\n${usage}`);
  process.exit(2);
}
if (!args.from || !args.to) {
  console.error(usage);
  process.exit(2);
}
try {
  const report = await copyDatabase({
    from: args.from,
    to: args.to,
    force: Boolean(args.force),
    log: (line) => console.log(line),
  });
  for (const t of report.tables) console.log(`  ${t.table}: ${t.rows}`);
} catch (err) {
  console.error(
    err instanceof DatabaseError ? err.message : `db:copy failed: ${(err as Error).message.split("\n")[0]}`,
  );
  process.exit(1);
}
