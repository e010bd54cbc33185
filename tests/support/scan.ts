/** Searches every text column of every table of the test's database, SQLite or PostgreSQL (for what must not be there). */
import { providerOfDb, type Db } from "../../src/db/client.js";

export interface Hit {
  table: string;
  column: string;
  value: string;
}

/** Every text column (declared TEXT, or any column of a value stored as text) of every table, with rows holding one of `needles` (case-insensitive). */
export async function findInDatabase(db: Db, needles: string[]): Promise<Hit[]> {
  if (providerOfDb(db) === "postgresql") return findInPostgres(db, needles);
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'",
  );
  const hits: Hit[] = [];
  for (const { name } of tables) {
    const columns = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('${name}')`);
    for (const column of columns) {
      for (const needle of needles) {
        const rows = await db.$queryRawUnsafe<{ v: string }[]>(
          `SELECT CAST("${column.name}" AS TEXT) AS v FROM "${name}" WHERE typeof("${column.name}") = 'text' AND instr(lower("${column.name}"), lower(?)) > 0`,
          needle,
        );
        for (const r of rows) hits.push({ table: name, column: column.name, value: r.v.slice(0, 200) });
      }
    }
  }
  return hits;
}

/** The same search on PostgreSQL: every text column of every table of the current schema. */
async function findInPostgres(db: Db, needles: string[]): Promise<Hit[]> {
  const columns = await db.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations' AND data_type IN ('text', 'character varying')
     ORDER BY table_name, ordinal_position`,
  );
  const hits: Hit[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    for (const needle of needles) {
      const rows = await db.$queryRawUnsafe<{ v: string }[]>(
        `SELECT "${column}"::text AS v FROM "${table}" WHERE strpos(lower("${column}"), lower($1)) > 0`,
        needle,
      );
      for (const r of rows) hits.push({ table, column, value: r.v.slice(0, 200) });
    }
  }
  return hits;
}

/** The text columns of the schema, as "Model.field" (String and String? fields of every model). */
export function schemaTextFields(schema: string): string[] {
  const out: string[] = [];
  for (const m of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    for (const line of m[2]!.split("\n")) {
      const f = /^\s+(\w+)\s+String\??(\s|$)/.exec(line);
      if (f) out.push(`${m[1]}.${f[1]}`);
    }
  }
  return out;
}
