// The SQLite driver adapter as the app needs it. @prisma/adapter-better-sqlite3 shares one
// connection between interactive transactions and every other query, so a query from another
// request could run inside an open transaction and vanish with its ROLLBACK (a 201 for a row that
// was never kept); and a COMMIT that fails (disk unwritable) never releases its transaction lock,
// so every later transaction waits forever. This wrapper runs one thing at a time on the
// connection, frees the lock whatever the COMMIT does, and commits with synchronous=FULL. It also
// lends the connection, under the same lock, to hot paths that run prepared statements themselves.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** A FIFO lock: acquire() resolves to its release function once every earlier holder has released. */
type Lock = () => Promise<() => void>;

function createLock(): Lock {
  let tail: Promise<void> = Promise.resolve();
  return async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = tail;
    tail = previous.then(() => held);
    await previous;
    return release;
  };
}

function guardTransaction(tx: Transaction, release: () => void): Transaction {
  const { commit, rollback, executeRaw } = { commit: tx.commit.bind(tx), rollback: tx.rollback.bind(tx), executeRaw: tx.executeRaw.bind(tx) };
  tx.commit = () => commit().finally(release);
  tx.rollback = () => rollback().finally(release);
  tx.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      // Prisma calls neither commit() nor rollback() after its COMMIT or ROLLBACK statement fails.
      if (/^\s*(COMMIT|ROLLBACK)\b/i.test(query.sql)) {
        if (/^\s*COMMIT\b/i.test(query.sql)) await executeRaw({ ...query, sql: "ROLLBACK" }).catch(() => 0);
        await tx.rollback().catch(() => undefined);
      }
      throw error;
    }
  };
  return tx;
}

function serialize(adapter: Adapter, acquire: Lock): Adapter {
  const one =
    <A, R>(run: (arg: A) => Promise<R>) =>
    async (arg: A): Promise<R> => {
      const release = await acquire();
      try {
        return await run(arg);
      } finally {
        release();
      }
    };
  adapter.queryRaw = one(adapter.queryRaw.bind(adapter));
  adapter.executeRaw = one(adapter.executeRaw.bind(adapter));
  adapter.executeScript = one(adapter.executeScript.bind(adapter));
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const release = await acquire();
    try {
      return guardTransaction(await startTransaction(isolationLevel), release);
    } catch (error) {
      release();
      throw error;
    }
  };
  return adapter;
}

/** The driver's own handle: the stock adapter keeps it as `client` without declaring it. */
function driverOf(adapter: Adapter): Database.Database {
  const client = (adapter as unknown as { client?: unknown }).client;
  if (!(client instanceof Database)) throw new Error("the SQLite adapter no longer exposes its better-sqlite3 connection");
  return client;
}

type Settled<T> = { value: T } | { error: unknown };
type Queued = { work: (client: Database.Database) => unknown; settle: (outcome: Settled<unknown> | null) => void };

/** One IMMEDIATE transaction over queued work, each piece in its own savepoint (nested transactions are savepoints). */
const groups = new WeakMap<Database.Database, (queued: Queued[]) => Settled<unknown>[]>();

function groupTransaction(client: Database.Database) {
  let run = groups.get(client);
  if (!run) {
    const savepoint = client.transaction((work: Queued["work"]) => work(client));
    const group = client.transaction((queued: Queued[]) =>
      queued.map((q): Settled<unknown> => {
        try {
          return { value: savepoint(q.work) };
        } catch (error) {
          return { error };
        }
      }),
    );
    run = (queued) => group.immediate(queued);
    groups.set(client, run);
  }
  return run;
}

export class AppSQLiteAdapter extends PrismaBetterSqlite3 {
  #open: { client: Database.Database; acquire: Lock } | null = null;
  #queue: Queued[] | null = null;

  override async connect() {
    const acquire = createLock();
    const adapter = serialize(await super.connect(), acquire);
    // In WAL mode FULL syncs the log at every commit: a write answered 2xx survives a killed
    // process and a power cut alike (NORMAL, better-sqlite3's WAL default, survives only the first).
    await adapter.executeScript("PRAGMA synchronous = FULL;");
    const open = { client: driverOf(adapter), acquire };
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = () => {
      if (this.#open === open) this.#open = null;
      return dispose();
    };
    this.#open = open;
    return adapter;
  }

  /**
   * Runs `work` on the open connection once every query queued before it is done, and nothing else
   * runs on it meanwhile. `work` is synchronous, like the driver: it cannot hold the lock across an
   * await. Null when Prisma has no connection open (it connects on its first query).
   */
  async exclusive<T>(work: (client: Database.Database) => T): Promise<{ value: T } | null> {
    const open = this.#open;
    if (!open) return null;
    const release = await open.acquire();
    try {
      return open.client.open ? { value: work(open.client) } : null;
    } finally {
      release();
    }
  }

  /**
   * Runs synchronous `work` in a transaction shared with the writes queued in the same turn of the
   * event loop, each in its own savepoint: one that throws is undone alone and its error goes to its
   * caller. Every caller is answered after the one COMMIT, so with synchronous=FULL a write is on disk
   * before it is acknowledged while many writes share one sync of the log (group commit). Null when
   * Prisma has no connection open.
   */
  commitGrouped<T>(work: (client: Database.Database) => T): Promise<{ value: T } | null> {
    return new Promise((resolve, reject) => {
      const settle = (outcome: Settled<unknown> | null) => {
        if (outcome && "error" in outcome) reject(outcome.error);
        else resolve(outcome as { value: T } | null);
      };
      if (this.#queue) {
        this.#queue.push({ work, settle });
        return;
      }
      this.#queue = [{ work, settle }];
      setImmediate(() => void this.#flush());
    });
  }

  async #flush() {
    const open = this.#open;
    // Writes that arrive while the lock is awaited join this group.
    const release = open ? await open.acquire() : () => undefined;
    const queued = this.#queue ?? [];
    this.#queue = null;
    try {
      if (!open?.client.open) return queued.forEach((q) => q.settle(null));
      const outcomes = groupTransaction(open.client)(queued);
      queued.forEach((q, i) => q.settle(outcomes[i] ?? null));
    } catch (error) {
      // BEGIN or COMMIT failed: nothing of the group was kept, and every caller hears why.
      queued.forEach((q) => q.settle({ error }));
    } finally {
      release();
    }
  }
}
