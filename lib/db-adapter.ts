// The SQLite driver adapter as the app needs it. @prisma/adapter-better-sqlite3 shares one
// connection between interactive transactions and every other query, so a query from another
// request could run inside an open transaction and vanish with its ROLLBACK (a 201 for a row that
// was never kept); and a COMMIT that fails (disk unwritable) never releases its transaction lock,
// so every later transaction waits forever. This wrapper runs one thing at a time on the
// connection, frees the lock whatever the COMMIT does, and commits with synchronous=FULL.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** A FIFO lock: acquire() resolves to its release function once every earlier holder has released. */
function createLock(): () => Promise<() => void> {
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

function serialize(adapter: Adapter): Adapter {
  const acquire = createLock();
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

export class AppSQLiteAdapter extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = serialize(await super.connect());
    // In WAL mode FULL syncs the log at every commit: a write answered 2xx survives a killed
    // process and a power cut alike (NORMAL, better-sqlite3's WAL default, survives only the first).
    await adapter.executeScript("PRAGMA synchronous = FULL;");
    return adapter;
  }
}
