// The app's background queues, on the engine in use: pg-boss on PostgreSQL (each job once across the
// instances), in-process on SQLite. Chosen here, once per queue, so callers never ask which engine runs.
import "server-only";
import { env, isPostgres } from "@/lib/env";
import { inProcessQueue, pgBossQueue, type JobHandler, type JobQueue } from "./queue";

export type { JobQueue };

const queues = ((globalThis as { overflightQueues?: Map<string, JobQueue> }).overflightQueues ??= new Map());

/** The queue named `name`, made on first use (one per process, kept across hot reloads). */
export function backgroundQueue(name: string, handler: JobHandler): JobQueue {
  let queue = queues.get(name);
  if (!queue) {
    queue = isPostgres(env.DATABASE_URL) ? pgBossQueue(name, handler, { connectionString: env.DATABASE_URL }) : inProcessQueue(name, handler);
    queues.set(name, queue);
  }
  return queue;
}
