// The production build served on 127.0.0.1 against one bench database (a SQLite file or a
// PostgreSQL URL), with the bench's baselines switched on where lib/env allows them. Stopped by the
// bench (and by its own exit) so no server outlives a run.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isPostgres, parseEnv } from "@/lib/env";
import { nextStartArgs } from "../scripts/next-start.mjs";
import { stopServer, waitUntilServing } from "../scripts/test-server.mjs";
import { HOST, ROOT, TMP } from "./config";

/** pid: the `next start` process, whose memory the games block reads. */
export type BenchServer = { origin: string; pid: number; stop: () => Promise<void> };

// One secret per run: sessions signed in against one server stay valid after a restart on another database.
const SECRET = crypto.randomBytes(32).toString("base64url");
const running = new Set<ChildProcess>();
process.on("exit", () => running.forEach((child) => child.kill("SIGKILL")));

/** Whether lib/env lets the bench's baselines be served on this database (it refuses them on some). */
export function allowsBenchRoutes(database: string): boolean {
  try {
    parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: SECRET, DATABASE_URL: isPostgres(database) ? database : `file:${database}`, OVERFLIGHT_BENCH: "1" });
    return true;
  } catch {
    return false;
  }
}

type ServerOptions = {
  /** Node writes a .cpuprofile to bench/tmp/prof on stop. */
  cpuProfile?: boolean;
  /** OVERFLIGHT_BENCH=1: POST /api/bench/echo and /bench-baseline (the default). */
  benchRoutes?: boolean;
  /** bench/trace-preload.mjs watches the event loop and GC, and writes what it saw to this file on exit. */
  trace?: string;
};

/** Starts `next start` on the database: a SQLite file's path or a postgres:// URL. */
export async function startServer(database: string, port: number, options: ServerOptions = {}): Promise<BenchServer> {
  const origin = `http://${HOST}:${port}`;
  const profDir = path.join(TMP, "prof");
  if (options.cpuProfile) fs.mkdirSync(profDir, { recursive: true });
  const nodeFlags = [
    ...(options.cpuProfile ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`] : []),
    ...(options.trace ? ["--import", pathToFileURL(path.join(ROOT, "bench", "trace-preload.mjs")).href] : []),
  ];
  const logFile = path.join(TMP, `server-${port}.log`);
  const log = fs.openSync(logFile, "w");
  const child = spawn(process.execPath, nextStartArgs({ port, host: HOST, nodeFlags }), {
    cwd: ROOT,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: origin,
      NODE_ENV: "production",
      DATABASE_URL: isPostgres(database) ? database : `file:${database}`,
      ...(options.benchRoutes === false ? {} : { OVERFLIGHT_BENCH: "1" }),
      ...(options.trace ? { BENCH_TRACE_FILE: options.trace } : {}),
    },
  });
  running.add(child);
  await waitUntilServing(origin, child, { timeoutMs: 30_000, logFile });
  return {
    origin,
    pid: child.pid ?? 0,
    stop: async () => {
      // SIGINT lets Node write the CPU profile before it exits.
      await stopServer(child, options.cpuProfile || options.trace ? "SIGINT" : "SIGTERM");
      if (running.delete(child)) fs.closeSync(log);
    },
  };
}
