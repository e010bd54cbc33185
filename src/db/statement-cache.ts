/**
 * Prepared statements kept between queries, for Prisma's better-sqlite3 driver adapter.
 *
 * The adapter runs every query as `client.prepare(sql).bind(args)` and then `run()` or
 * `raw().all()` (with `reader` and `columns()` to shape the result): SQLite parses and plans the
 * same handful of statements again on every query (about 7 % of the bot's CPU, bench/README.md).
 * A better-sqlite3 statement can be bound only once, so a cache cannot hand out the statement
 * itself. Instead the adapter's connection gets a `prepare` that returns a thin statement: it
 * holds this call's arguments and mode and applies them to the cached statement when it runs.
 *
 * - The cache is per connection, keyed by the SQL text, least recently used out beyond
 *   `MAX_STATEMENTS` (Prisma's SQL varies with the length of `IN (…)` lists and batch sizes).
 * - A cached statement that is busy (an unfinished `iterate()`) is never shared: the thin
 *   statement then prepares a private one. `pluck`, `expand` and `safeIntegers` also switch to a
 *   private statement, so a mode one caller sets never leaks to the next (the adapter uses
 *   neither; `raw` is applied per call).
 * - Schema changes need nothing: SQLite prepares a statement again by itself when the schema it
 *   was planned against changed. `close()` empties the cache.
 *
 * This relies on the adapter keeping its better-sqlite3 connection in its `client` property
 * (true of @prisma/adapter-better-sqlite3 7.x). If a new version does not, the adapter is
 * used unchanged, and tests/core/db.test.ts (which counts prepares) says so.
 */
import type { Database, Statement } from "better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export const MAX_STATEMENTS = 500;

type Stmt = Statement<unknown[], unknown>;
type Mode = "plain" | "raw";

/** What `prepare` returns to the adapter: the cached statement with one call's arguments and mode. */
class CachedStatement {
  readonly #db: Database;
  #stmt: Stmt;
  #private = false;
  #params: unknown[] | undefined;
  #mode: Mode = "plain";

  constructor(db: Database, stmt: Stmt) {
    this.#db = db;
    this.#stmt = stmt;
  }

  get source(): string {
    return this.#stmt.source;
  }
  get reader(): boolean {
    return this.#stmt.reader;
  }
  get readonly(): boolean {
    return this.#stmt.readonly;
  }
  get busy(): boolean {
    return this.#private && this.#stmt.busy;
  }
  get database(): Database {
    return this.#db;
  }

  bind(...params: unknown[]): this {
    if (this.#params) throw new TypeError("The bind() method can only be invoked once per statement object");
    this.#params = params;
    return this;
  }

  raw(toggle = true): this {
    if (!this.#stmt.reader) this.#stmt.raw(toggle); // throws the driver's own TypeError
    this.#mode = toggle ? "raw" : "plain";
    return this;
  }

  pluck(toggle = true): this {
    this.#own().pluck(toggle);
    return this;
  }
  expand(toggle = true): this {
    this.#own().expand(toggle);
    return this;
  }
  safeIntegers(toggle = true): this {
    this.#own().safeIntegers(toggle);
    return this;
  }

  columns() {
    return this.#stmt.columns();
  }

  run(...params: unknown[]) {
    return this.#ready(false).run(...this.#args(params));
  }
  get(...params: unknown[]) {
    return this.#ready(true).get(...this.#args(params));
  }
  all(...params: unknown[]) {
    return this.#ready(true).all(...this.#args(params));
  }
  iterate(...params: unknown[]) {
    return this.#ready(true).iterate(...this.#args(params));
  }

  #args(params: unknown[]): unknown[] {
    if (!this.#params) return params;
    if (params.length) throw new TypeError("This statement already has bound parameters");
    return this.#params;
  }

  /** A statement of this caller's own, prepared again from the same text (modes carried over). */
  #own(): Stmt {
    if (!this.#private) {
      this.#stmt = this.#db.prepare(this.#stmt.source) as Stmt;
      this.#private = true;
    }
    return this.#stmt;
  }

  /** The statement to run now: the shared one (or a private one while the shared one is busy), in this call's mode. */
  #ready(returnsRows: boolean): Stmt {
    if (!this.#private && this.#stmt.busy) this.#own();
    if (returnsRows && this.#stmt.reader) this.#stmt.raw(this.#mode === "raw");
    return this.#stmt;
  }
}

/** A better-sqlite3 connection whose `prepare` reuses statements (see above); everything else is the connection's own. */
export function cachingConnection(db: Database): Database {
  const cache = new Map<string, Stmt>();
  const prepare = (sql: string) => {
    let stmt = cache.get(sql);
    if (stmt) {
      // Most recently used last: Map keeps insertion order, so the first key is the eviction candidate.
      cache.delete(sql);
    } else {
      stmt = db.prepare(sql) as Stmt;
      if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, stmt);
    return new CachedStatement(db, stmt);
  };
  const close = () => {
    cache.clear();
    return db.close();
  };
  return new Proxy(db, {
    get(target, key) {
      if (key === "prepare") return prepare;
      if (key === "close") return close;
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Gives the adapter's better-sqlite3 connection a statement cache, when the adapter keeps it where 7.x does. */
function withCache(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const holder = adapter as unknown as { client?: Database };
  if (holder.client && typeof holder.client.prepare === "function") holder.client = cachingConnection(holder.client);
  return adapter;
}

/** Wraps Prisma's better-sqlite3 adapter factory so that each connection it opens caches its prepared statements. */
export function cachedStatements(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withCache(await factory.connect()),
    connectToShadowDb: async () => withCache(await factory.connectToShadowDb()),
  };
}
