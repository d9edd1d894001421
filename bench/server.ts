// The production build served on 127.0.0.1 against one bench database, with the bench's baselines
// switched on. Stopped by the bench (and by its own exit) so no server outlives a run.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { HOST, ROOT, TMP } from "./config";

export type BenchServer = { origin: string; stop: () => Promise<void> };

// One secret per run: sessions signed in against one server stay valid after a restart on another database.
const SECRET = crypto.randomBytes(32).toString("base64url");
const running = new Set<ChildProcess>();
process.on("exit", () => running.forEach((child) => child.kill("SIGKILL")));

async function waitUntilUp(origin: string, child: ChildProcess, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer on ${origin} within ${timeoutMs / 1000} s`);
}

/** Starts `next start` on the database; with cpuProfile, Node writes a .cpuprofile to bench/tmp/prof on stop. */
export async function startServer(dbFile: string, port: number, options: { cpuProfile?: boolean } = {}): Promise<BenchServer> {
  const origin = `http://${HOST}:${port}`;
  const profDir = path.join(TMP, "prof");
  if (options.cpuProfile) fs.mkdirSync(profDir, { recursive: true });
  const nodeFlags = options.cpuProfile ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`] : [];
  const log = fs.openSync(path.join(TMP, `server-${port}.log`), "w");
  const child = spawn(process.execPath, [...nodeFlags, "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", HOST], {
    cwd: ROOT,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: origin,
      NODE_ENV: "production",
      DATABASE_URL: `file:${dbFile}`,
      OVERFLIGHT_BENCH: "1",
    },
  });
  running.add(child);
  await waitUntilUp(origin, child, 30_000);
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(force);
          running.delete(child);
          fs.closeSync(log);
          resolve();
        });
        // SIGINT lets Node write the CPU profile before it exits.
        child.kill(options.cpuProfile ? "SIGINT" : "SIGTERM");
      }),
  };
}
