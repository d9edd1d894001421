// The bench's PostgreSQL: its own throwaway cluster (scripts/pg/cluster.mjs with fsync on, on the
// bench's port and state file, so it cannot meet the tests' one), a migrated template database, and
// the seed's rows written through `pg` in a few large INSERT ... SELECT FROM unnest(...) statements.
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { assertPostgresTestUrl, postgresDatabaseName, withPostgresDatabase } from "../lib/db/database-url.mjs";
import { startCluster, stopCluster } from "../scripts/pg/cluster.mjs";
import { PG_PORT, ROOT, TMP, type SeedSize } from "./config";
import { POSTGRES_TYPE, quoteIdent, toPostgres } from "@/lib/db/columns";
import { columnsOf, countRow, emptyCounts, SEED_TABLES, seedRows, type BenchContent, type ColumnKind, type PasswordHashes, type SeedReport, type SeedTable, type SeedValue } from "./seed";

export const PG_STATE = path.join(TMP, "pg", "state.json");
/** Rows per INSERT: large enough that round trips do not count, small enough to keep the arrays a few MB. */
const BATCH_ROWS = 20_000;
/** Two server processes insert while Node builds the next batches: about a fifth faster than one on 2 cores. */
const SEED_CONNECTIONS = 2;
export const PG_TEMPLATE = "overflight_bench_template_test";

export type BenchPostgres = { url: string; settings: Record<string, string> };

/** The URL of database `name` on the cluster at `base`. */
export const databaseUrl = withPostgresDatabase;

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

let started = false;

/** Stops the bench's cluster and deletes its files; safe to call twice, and from an exit handler (it is synchronous). */
export function stopBenchPostgres() {
  if (!started) return;
  started = false;
  stopCluster({ state: PG_STATE });
}

/** Leaves the cluster running when the bench ends (--keep-db), to look at its databases. */
export function keepBenchPostgres() {
  started = false;
}

/**
 * Starts the cluster (installing PostgreSQL with apt when missing and allowed) and migrates the
 * template database; returns why not when it cannot, so the bench goes on with SQLite alone.
 */
export async function startBenchPostgres(): Promise<BenchPostgres | { skipped: string }> {
  let base: string;
  try {
    started = true;
    base = startCluster({ port: PG_PORT, state: PG_STATE, fsync: true });
  } catch (error) {
    stopBenchPostgres();
    return { skipped: `the bench's cluster could not be started (${error instanceof Error ? error.message.trim().split("\n")[0] : String(error)})` };
  }
  const template = databaseUrl(base, PG_TEMPLATE);
  // Output is kept for the error when the migration fails.
  execFileSync(process.execPath, ["scripts/ensure-db.mjs"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: template }, stdio: "pipe" });
  const settings = await withClient(base, async (client) => {
    const out: Record<string, string> = {};
    for (const name of ["server_version", "fsync", "synchronous_commit", "full_page_writes", "shared_buffers", "max_connections"]) {
      out[name] = String((await client.query<Record<string, string>>(`SHOW ${name}`)).rows[0]?.[name]);
    }
    return out;
  });
  return { url: base, settings };
}

export async function dropDatabase(url: string) {
  assertPostgresTestUrl(url, "drop");
  const name = postgresDatabaseName(url);
  await withClient(databaseUrl(url, "postgres"), (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}


/** Database `name` on the cluster at `base`, dropped if it was there and copied afresh from the migrated template; its URL. */
export async function freshPostgresDatabase(base: string, name: string): Promise<string> {
  const url = databaseUrl(base, name);
  await dropDatabase(url);
  await withClient(databaseUrl(base, "postgres"), (client) => client.query(`CREATE DATABASE ${quoteIdent(postgresDatabaseName(url))} TEMPLATE ${PG_TEMPLATE}`));
  return url;
}

/** Column-wise buffers per table, each flushed as one INSERT of BATCH_ROWS rows. */
function createBatches(clients: pg.Client[]) {
  const tables = Object.keys(SEED_TABLES) as SeedTable[];
  const columns = Object.fromEntries(tables.map((t) => [t, columnsOf(t).map(([c]) => c)])) as Record<SeedTable, string[]>;
  const kinds = Object.fromEntries(tables.map((t) => [t, columnsOf(t).map(([, kind]) => kind)])) as Record<SeedTable, ColumnKind[]>;
  const sql = Object.fromEntries(
    tables.map((table) => {
      const kinds = columnsOf(table).map(([, kind], i) => `$${i + 1}::${POSTGRES_TYPE[kind]}[]`).join(", ");
      return [table, `INSERT INTO ${quoteIdent(table)} (${columns[table].map(quoteIdent).join(", ")}) SELECT * FROM unnest(${kinds})`];
    }),
  ) as Record<SeedTable, string>;
  const fresh = (table: SeedTable) => columns[table].map(() => [] as SeedValue[]);
  const buffers = Object.fromEntries(tables.map((t) => [t, fresh(t)])) as Record<SeedTable, SeedValue[][]>;
  // Each connection runs one statement while the next batch is being built: the server and Node work at once.
  const inFlight: Promise<unknown>[] = clients.map(() => Promise.resolve());
  let turn = 0;
  const flush = async (table: SeedTable) => {
    const values = buffers[table];
    if (!values[0]?.length) return;
    buffers[table] = fresh(table);
    const k = turn++ % clients.length;
    await inFlight[k];
    inFlight[k] = (clients[k] as pg.Client).query(sql[table], values);
  };
  return {
    /** Buffers a row; true when its table's batch is full and should be flushed. */
    add(table: SeedTable, row: Record<string, SeedValue>): boolean {
      const values = buffers[table];
      const names = columns[table];
      for (let i = 0; i < names.length; i++) (values[i] as SeedValue[]).push(toPostgres(kinds[table][i] as ColumnKind, row[names[i] as string] ?? null));
      return (values[0] as SeedValue[]).length >= BATCH_ROWS;
    },
    flush,
    async finish() {
      for (const table of tables) await flush(table);
      await Promise.all(inFlight);
    },
  };
}

/**
 * A fresh database copied from the migrated template, filled in one transaction per connection.
 * Foreign keys are not checked during the load (session_replication_role = replica skips their
 * triggers): each table has its own batches, so a batch of reviews can reach the server before the
 * batch with their cards, on the other connection even; the rows are consistent by construction.
 * VACUUM ANALYZE then gives the planner statistics and keeps autovacuum from starting mid-measurement,
 * and a CHECKPOINT puts it all on disk before the measurements.
 */
export async function seedPostgres(base: string, size: SeedSize, content: BenchContent, now: Date, hashes: PasswordHashes): Promise<SeedReport> {
  const startedAt = performance.now();
  const url = await freshPostgresDatabase(base, `overflight_bench_${size.name}_test`);
  const rows = emptyCounts();
  const clients = Array.from({ length: SEED_CONNECTIONS }, () => new pg.Client({ connectionString: url }));
  try {
    for (const client of clients) {
      await client.connect();
      await client.query("BEGIN");
      await client.query("SET LOCAL session_replication_role = replica");
    }
    const batches = createBatches(clients);
    for (const r of seedRows(size, content, now, hashes)) {
      countRow(rows, r.table);
      if (batches.add(r.table, r.row)) await batches.flush(r.table);
    }
    await batches.finish();
    for (const client of clients) await client.query("COMMIT");
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  const bytes = await withClient(url, async (client) => {
    await client.query("VACUUM (ANALYZE)");
    // The seed's pages are written and synced now rather than by the checkpointer during a load, whose
    // commits would wait behind that I/O (and write a full page image of each page they touch first).
    await client.query("CHECKPOINT");
    return Number((await client.query<{ bytes: string }>("SELECT pg_database_size(current_database()) AS bytes")).rows[0]?.bytes);
  });
  return { database: url, seconds: (performance.now() - startedAt) / 1000, bytes, rows };
}
