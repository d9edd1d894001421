// Faults a multi-instance test makes on purpose: one more app instance it can stop mid-journey
// (scripts/e2e-instance.mjs: the production build on a spare port over the suite's PostgreSQL
// database, started as scripts/e2e-two-servers.mjs starts its two), and the PostgreSQL cluster paused
// and resumed (scripts/pg/cluster.mjs; E2E_PG_STATE names its state file when it is not the default).
import { execFileSync, spawn } from "node:child_process";
import { expect } from "@playwright/test";
import { url } from "../e2e/helpers/db";

export type Instance = { origin: string; stop: (signal?: NodeJS.Signals) => Promise<void> };

/** Starts an instance on the port (it must be free) and resolves once it serves /api/health. */
export async function startInstance(port: number): Promise<Instance> {
  const origin = `http://127.0.0.1:${port}`;
  // Its own process group, so a SIGKILL takes the server with the script that started it.
  const child = spawn(process.execPath, ["scripts/e2e-instance.mjs"], { env: { ...process.env, E2E_PORT: String(port), E2E_DATABASE_URL: url }, stdio: "inherit", detached: true });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
    await exited;
  };
  try {
    await expect
      .poll(async () => (child.exitCode === null ? (await fetch(`${origin}/api/health`).catch(() => null))?.status : "exited"), { timeout: 60_000 })
      .toBe(200);
  } catch (error) {
    await stop("SIGKILL");
    throw error;
  }
  return { origin, stop };
}

/** Stops the suite's PostgreSQL server keeping its data ("pause"), or starts it again ("resume"). */
export function pgCluster(command: "pause" | "resume"): void {
  const state = process.env.E2E_PG_STATE;
  execFileSync(process.execPath, ["scripts/pg/cluster.mjs", command, ...(state ? [`--state=${state}`] : [])], { stdio: "inherit" });
}
