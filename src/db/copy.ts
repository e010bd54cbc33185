/**
 * `npm run db:copy -- --from file:./data/mahdollisuudet.db --to postgresql://…`: moves a network's
 * data from its SQLite file to PostgreSQL.
 *
 * Both databases are first brought to the current migrations (the bot does the same at start), so
 * their tables match. Then, in ONE PostgreSQL transaction: every table except Prisma's own
 * bookkeeping is copied row by row with its ids, parents before children (foreign keys), each id
 * sequence is moved past the highest id, and every table's row count is compared with the
 * source. Any difference, or any error, rolls the whole copy back. A target that already holds
 * data is refused unless `force` is given (then its rows are replaced). The source is only read.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { DatabaseError } from "./errors.js";
import { openDatabase, sqlitePath } from "./client.js";
import { pgTarget, quoteIdent } from "./postgres.js";
import { providerOf, redactUrl } from "./url.js";

export interface CopyOptions {
  from: string;
  to: string;
  /** Replace whatever the target holds (default: refuse a target with data). */
  force?: boolean;
  log?: (line: string) => void;
}

export interface CopyReport {
  tables: { table: string; rows: number }[];
}

const BOOKKEEPING = new Set(["_prisma_migrations", "sqlite_sequence"]);

/** The source's tables, parents before children (a table referencing itself is fine). */
function tablesInOrder(source: Database.Database): string[] {
  const tables = (
    source.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  )
    .map((r) => r.name)
    .filter((n) => !BOOKKEEPING.has(n) && !n.startsWith("sqlite_"));
  const parents = new Map<string, Set<string>>();
  for (const t of tables) {
    const fks = source.prepare(`SELECT "table" AS parent FROM pragma_foreign_key_list(?)`).all(t) as {
      parent: string;
    }[];
    parents.set(t, new Set(fks.map((f) => f.parent).filter((p) => p !== t && tables.includes(p))));
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t) && [...parents.get(t)!].every((p) => placed.has(p)));
    if (!ready.length) throw new DatabaseError("db:copy: the tables' foreign keys form a cycle; cannot order the copy");
    for (const t of ready) {
      ordered.push(t);
      placed.add(t);
    }
  }
  return ordered;
}

/** The last id SQLite handed out for `table` (AUTOINCREMENT bookkeeping), 0 when none is recorded. */
function lastSqliteId(source: Database.Database, table: string): number {
  const hasSequence = source
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'")
    .get();
  if (!hasSequence) return 0;
  const row = source.prepare("SELECT seq FROM sqlite_sequence WHERE name = ?").get(table) as
    { seq: number } | undefined;
  return Number(row?.seq ?? 0);
}

type PgType = "boolean" | "timestamp" | "integer" | "other";

function pgTypeOf(dataType: string): PgType {
  if (dataType === "boolean") return "boolean";
  if (dataType.startsWith("timestamp") || dataType === "date") return "timestamp";
  if (dataType === "integer" || dataType === "bigint" || dataType === "smallint") return "integer";
  return "other";
}

/** A SQLite value as PostgreSQL expects it for a column of `type` (DateTime: UTC, without offset). */
function convert(value: unknown, type: PgType): unknown {
  if (value === null || value === undefined) return null;
  if (type === "boolean") return value === 1 || value === 1n || value === true || value === "1" || value === "true";
  if (type === "timestamp") {
    const d =
      typeof value === "number" || typeof value === "bigint" ? new Date(Number(value)) : new Date(String(value));
    if (Number.isNaN(d.getTime())) throw new DatabaseError(`db:copy: "${String(value)}" is not a date`);
    return d.toISOString().replace("Z", "");
  }
  if (typeof value === "bigint") return value.toString();
  return value;
}

export async function copyDatabase(options: CopyOptions): Promise<CopyReport> {
  const log = options.log ?? (() => {});
  if (providerOf(options.from) !== "sqlite")
    throw new DatabaseError("db:copy: --from must be a SQLite database (file:…)");
  if (providerOf(options.to) !== "postgresql")
    throw new DatabaseError("db:copy: --to must be a PostgreSQL database (postgresql://…)");

  // Current migrations on both sides, so the columns match (opening applies them, as a start does).
  for (const url of [options.from, options.to]) {
    const db = await openDatabase(url);
    await db.$disconnect();
  }

  const source = new Database(sqlitePath(options.from), { readonly: true, fileMustExist: true });
  source.defaultSafeIntegers(false);
  const t = pgTarget(options.to);
  const client = new pg.Client({
    host: t.host,
    port: t.port,
    user: t.user,
    password: t.password,
    database: t.database,
    ...(t.ssl !== undefined ? { ssl: t.ssl } : {}),
  });
  client.on("error", () => {});
  await client.connect();
  const report: CopyReport = { tables: [] };
  try {
    const tables = tablesInOrder(source);
    const { rows: targetTables } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
    );
    const known = new Set(targetTables.map((r) => r.table_name));
    const missing = tables.filter((tb) => !known.has(tb));
    if (missing.length)
      throw new DatabaseError(
        `db:copy: the target has no table ${missing.join(", ")} (are both on the same version of the bot?)`,
      );

    await client.query("BEGIN");
    // Nobody else may write while we copy (e.g. a bot already started on the target).
    for (const table of tables) await client.query(`LOCK TABLE ${quoteIdent(table)} IN ACCESS EXCLUSIVE MODE`);
    const nonEmpty: string[] = [];
    for (const table of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT COUNT(*)::text AS n FROM ${quoteIdent(table)}`);
      if (rows[0]!.n !== "0") nonEmpty.push(`${table} (${rows[0]!.n})`);
    }
    if (nonEmpty.length && !options.force) {
      throw new DatabaseError(
        `db:copy: the target already holds data: ${nonEmpty.join(", ")}. Copy into an empty database, or add --force to replace it.`,
      );
    }
    if (nonEmpty.length) {
      log(`Replacing the target's rows (--force): ${nonEmpty.join(", ")}`);
      await client.query(`TRUNCATE ${tables.map(quoteIdent).join(", ")} RESTART IDENTITY CASCADE`);
    }

    for (const table of tables) {
      const { rows: cols } = await client.query<{ column_name: string; data_type: string }>(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
        [table],
      );
      const types = new Map(cols.map((c) => [c.column_name, pgTypeOf(c.data_type)]));
      const sourceCols = (source.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map(
        (c) => c.name,
      );
      const absent = sourceCols.filter((c) => !types.has(c));
      if (absent.length) throw new DatabaseError(`db:copy: the target's ${table} has no column ${absent.join(", ")}`);
      const list = sourceCols.map(quoteIdent).join(", ");
      const batch = Math.max(1, Math.floor(30_000 / Math.max(1, sourceCols.length)));
      let pending: unknown[][] = [];
      let copied = 0;
      const flush = async () => {
        if (!pending.length) return;
        const values: unknown[] = [];
        const tuples = pending.map((row) => `(${row.map((v) => `$${values.push(v)}`).join(", ")})`);
        await client.query(`INSERT INTO ${quoteIdent(table)} (${list}) VALUES ${tuples.join(", ")}`, values);
        copied += pending.length;
        pending = [];
      };
      for (const row of source
        .prepare(`SELECT ${list} FROM ${quoteIdent(table)}`)
        .raw()
        .iterate() as Iterable<unknown[]>) {
        pending.push(row.map((v, i) => convert(v, types.get(sourceCols[i]!)!)));
        if (pending.length >= batch) await flush();
      }
      await flush();
      if (types.get("id") === "integer") {
        // The next id continues where SQLite would have: after the highest id ever handed out
        // (sqlite_sequence remembers deleted ones too), or after the highest copied one.
        const last = Math.max(
          lastSqliteId(source, table),
          Number(
            (source.prepare(`SELECT MAX("id") AS m FROM ${quoteIdent(table)}`).get() as { m: number | null }).m ?? 0,
          ),
        );
        await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), $2, $3)`, [
          quoteIdent(table),
          Math.max(last, 1),
          last > 0,
        ]);
      }
      report.tables.push({ table, rows: copied });
    }

    // Verify: every table holds exactly the source's number of rows.
    const wrong: string[] = [];
    for (const table of tables) {
      const expected = (source.prepare(`SELECT COUNT(*) AS n FROM ${quoteIdent(table)}`).get() as { n: number }).n;
      const { rows } = await client.query<{ n: string }>(`SELECT COUNT(*)::text AS n FROM ${quoteIdent(table)}`);
      if (Number(rows[0]!.n) !== expected) wrong.push(`${table}: ${expected} in the source, ${rows[0]!.n} copied`);
    }
    if (wrong.length) throw new DatabaseError(`db:copy: row counts differ, nothing was copied: ${wrong.join("; ")}`);
    await client.query("COMMIT");
    log(
      `Copied ${report.tables.reduce((n, r) => n + r.rows, 0)} rows in ${tables.length} tables to ${redactUrl(options.to)}; row counts verified.`,
    );
    return report;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    source.close();
    await client.end().catch(() => {});
  }
}
