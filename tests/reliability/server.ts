// Starts and stops the production server for the suite: `next start` on 127.0.0.1 on a throwaway
// database under .tmp/, its output kept in a log file beside the database.
import { execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freshDatabase, spawnServer, stopServer, TMP_DIR, waitUntilServing } from "../../scripts/test-server.mjs";

export type AppServer = { port: number; baseUrl: string; file: string; logFile: string; child: ChildProcess };

export function databaseFile(name: string): string {
  return path.join(TMP_DIR, `reliability-${name}.db`);
}

/** A run stopped mid-outage leaves the files immutable (chattr +i); lift that before deleting them. */
async function freshDatabaseAfterOutage(file: string) {
  try {
    await freshDatabase(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") throw error;
    const stuck = [file, `${file}-wal`, `${file}-shm`].filter((f) => fs.existsSync(f));
    console.log(`lifting chattr +i left by an interrupted run on ${stuck.join(", ")}`);
    execFileSync("chattr", ["-i", ...stuck]);
    await freshDatabase(file);
  }
}

/** Starts the server on the file (made fresh unless keep is set) and waits until it serves. */
export async function startApp(options: { port: number; file: string; keep?: boolean; env?: Record<string, string> }): Promise<AppServer> {
  if (!options.keep) await freshDatabaseAfterOutage(options.file);
  const logFile = `${options.file}.log`;
  const log = fs.openSync(logFile, options.keep ? "a" : "w");
  const child = spawnServer({ port: options.port, file: options.file, env: options.env ?? {}, stdio: ["ignore", log, log] });
  fs.closeSync(log);
  const server = { port: options.port, baseUrl: `http://127.0.0.1:${options.port}`, file: options.file, logFile, child };
  try {
    await waitUntilServing(server.baseUrl, child, { logFile });
  } catch (error) {
    await stopApp(server, "SIGKILL");
    throw error;
  }
  return server;
}

/** Stops the server with the signal and waits for its exit (SIGKILL after 10 s). */
export function stopApp(server: AppServer, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return stopServer(server.child, signal);
}
