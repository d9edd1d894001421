// Background jobs: work that must never run inside a request (fitting a learner's memory model), behind
// one interface with an implementation per engine. A job is named and keyed (a learner's id): while one
// for a key is waiting, queueing it again is a no-op. Handlers run one at a time per process, outside
// any request; a handler that throws is logged and never takes the server down.
// Plain module (no server-only): the tests build queues directly.
import PgBoss from "pg-boss";

export type JobHandler = (key: string) => Promise<void>;

export interface JobQueue {
  /** Queues the job for `key`; false when one for that key was already waiting. Never throws. */
  enqueue(key: string): Promise<boolean>;
  /** Stops taking work and waits for the running job (a graceful stop; the tests). */
  stop(): Promise<void>;
}

export type JobLog = (message: string, error?: unknown) => void;

const defaultLog: JobLog = (message, error) => console.error(`jobs: ${message}`, ...(error === undefined ? [] : [error]));

/**
 * SQLite's queue: in this process, since one process owns the database file. Jobs start on a later turn
 * of the event loop (setImmediate), so the request that queued one has answered; one runs at a time,
 * and a key waiting or running is not queued twice (the handler re-checks whether it is still needed).
 */
export function inProcessQueue(name: string, handler: JobHandler, log: JobLog = defaultLog): JobQueue & { idle(): Promise<void> } {
  const waiting: string[] = [];
  const keys = new Set<string>();
  let running: Promise<void> | null = null;
  let stopped = false;

  async function drain() {
    for (let key = waiting.shift(); key !== undefined && !stopped; key = waiting.shift()) {
      try {
        await handler(key);
      } catch (error) {
        log(`${name} for ${key} failed`, error);
      } finally {
        keys.delete(key);
      }
    }
  }

  function kick() {
    if (running || stopped) return;
    running = new Promise<void>((resolve) => setImmediate(resolve))
      .then(drain)
      .catch((error: unknown) => log(`${name}: the queue stopped on an error`, error))
      .finally(() => {
        running = null;
        if (waiting.length && !stopped) kick();
      });
  }

  return {
    async enqueue(key) {
      if (stopped || keys.has(key)) return false;
      keys.add(key);
      waiting.push(key);
      kick();
      return true;
    },
    async idle() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      waiting.length = 0;
      keys.clear();
      while (running) await running;
    },
  };
}

/**
 * PostgreSQL's queue: pg-boss, in its own schema of the app's database. Every instance works the queue,
 * and the "stately" policy keyed by the job's key lets at most one job per key wait and one run, across
 * all of them, so a learner's fit runs once however many instances asked. Started on first use.
 */
export function pgBossQueue(name: string, handler: JobHandler, options: { connectionString: string; log?: JobLog }): JobQueue {
  const log = options.log ?? defaultLog;
  let started: Promise<PgBoss> | null = null;
  let stopped = false;

  async function startOnce(): Promise<PgBoss> {
    const boss = new PgBoss({ connectionString: options.connectionString, max: 2 });
    boss.on("error", (error) => log(`${name}: pg-boss`, error));
    try {
      await boss.start();
      await boss.createQueue(name, { name, policy: "stately", retryLimit: 1, expireInSeconds: 600 });
    } catch (error) {
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      throw error;
    }
    return boss;
  }

  const start = () =>
    (started ??= (async () => {
      // Instances starting together install pg-boss's schema and queue at once, and PostgreSQL may
      // pick one of them as a deadlock victim: that one tries again.
      let boss: PgBoss | null = null;
      for (let attempt = 1; !boss; attempt++) {
        try {
          boss = await startOnce();
        } catch (error) {
          if (attempt >= 3) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
        }
      }
      await boss.work<{ key: string }>(name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
        if (!job) return;
        try {
          await handler(job.data.key);
        } catch (error) {
          log(`${name} for ${job.data.key} failed`, error);
          throw error; // pg-boss marks it failed (and retries once)
        }
      });
      return boss;
    })().catch((error: unknown) => {
      started = null; // the next enqueue tries again
      throw error;
    }));

  return {
    async enqueue(key) {
      if (stopped) return false;
      try {
        const boss = await start();
        return (await boss.send(name, { key }, { singletonKey: key })) !== null;
      } catch (error) {
        log(`${name}: could not queue ${key}`, error);
        return false;
      }
    },
    async stop() {
      stopped = true;
      const boss = await started?.catch(() => null);
      await boss?.stop({ graceful: true, wait: true });
    },
  };
}
