/**
 * One SQLite connection, shared safely between interactive transactions and everything else.
 *
 * Prisma's better-sqlite3 adapter uses a single connection. It serialises transactions with
 * each other, but a plain query issued while an interactive transaction is open runs on the
 * same connection, inside that transaction: if the transaction then rolls back (e.g. a joint
 * purchase join retried after a conflict, or an offer refused as a duplicate), the unrelated,
 * already confirmed write is silently undone with it. This wrapper makes plain queries wait
 * while a transaction is open — what a database with a connection per request (PostgreSQL)
 * gives for free. (tests/core/db.test.ts shows the lost write without it.)
 *
 * Consequence for code: inside `db.$transaction(async (tx) => …)` use `tx` only; a query on the
 * outer `db` there would wait for the transaction to end.
 */
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

/** A first-come, first-served lock (a promise chain). */
class Lock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return ready;
  }
}

function serialize(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new Lock();
  const exclusive = async <T>(fn: () => Promise<T>): Promise<T> => {
    const release = await lock.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  };
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (q: SqlQuery) => exclusive(() => adapter.queryRaw(q)),
    executeRaw: (q: SqlQuery) => exclusive(() => adapter.executeRaw(q)),
    executeScript: (script: string) => exclusive(() => adapter.executeScript(script)),
    ...(adapter.getConnectionInfo ? { getConnectionInfo: () => adapter.getConnectionInfo!() } : {}),
    dispose: () => adapter.dispose(),
    async startTransaction(isolationLevel) {
      const release = await lock.acquire();
      let tx: Transaction;
      try {
        tx = await adapter.startTransaction(isolationLevel);
      } catch (err) {
        release();
        throw err;
      }
      let released = false;
      const done = () => {
        if (!released) {
          released = true;
          release();
        }
      };
      const wrapped: Transaction = {
        provider: tx.provider,
        adapterName: tx.adapterName,
        options: tx.options,
        queryRaw: (q: SqlQuery) => tx.queryRaw(q),
        executeRaw: (q: SqlQuery) => tx.executeRaw(q),
        commit: async () => {
          try {
            await tx.commit();
          } finally {
            done();
          }
        },
        rollback: async () => {
          try {
            await tx.rollback();
          } finally {
            done();
          }
        },
        ...(tx.createSavepoint ? { createSavepoint: (name: string) => tx.createSavepoint!(name) } : {}),
        ...(tx.rollbackToSavepoint ? { rollbackToSavepoint: (name: string) => tx.rollbackToSavepoint!(name) } : {}),
        ...(tx.releaseSavepoint ? { releaseSavepoint: (name: string) => tx.releaseSavepoint!(name) } : {}),
      };
      return wrapped;
    },
  };
}

/** Wraps a SQLite adapter factory so that each connection it opens is serialised as above. */
export function serializedSqlite(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serialize(await factory.connect()),
    connectToShadowDb: async () => serialize(await factory.connectToShadowDb()),
  };
}
