// A throwaway PostgreSQL cluster for tests, on 127.0.0.1 only: `start` prints its URL (and keeps
// its state in .tmp/pg/), `stop` ends it and removes its files. Installs PostgreSQL with apt when
// the binaries are missing and we are root. initdb refuses root, so as root it runs as `postgres`.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const STATE = path.resolve(".tmp/pg/state.json");
const PORT = Number(process.env.PG_TEST_PORT || 54329);
const isRoot = process.getuid?.() === 0;

function findBin(name) {
  const dirs = ["/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin", ...(process.env.PATH ?? "").split(":")];
  return dirs.map((d) => path.join(d, name)).find((p) => fs.existsSync(p)) ?? null;
}

function ensureBinaries() {
  if (findBin("initdb") && findBin("pg_ctl")) return;
  if (!isRoot || !findBin("apt-get")) throw new Error("PostgreSQL is not installed (initdb/pg_ctl not found) and apt-get cannot be used here.");
  console.error("Installing PostgreSQL with apt-get...");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "postgresql"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

/** Runs a PostgreSQL binary, as the postgres user when we are root. */
function runAsOwner(bin, args) {
  const command = isRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const result = spawnSync(command[0], command[1], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${path.basename(bin)} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

function pgCtlStart(dir, data, port) {
  runAsOwner(findBin("pg_ctl"), ["-D", data, "-l", path.join(dir, "log"), "-w", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
}

/** Stops the running test server but keeps its data, to see how the app copes without it. */
export function pauseCluster() {
  const { data } = JSON.parse(fs.readFileSync(STATE, "utf8"));
  runAsOwner(findBin("pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
}

/** Starts the paused test server again on its data. */
export function resumeCluster() {
  const { dir, data, url } = JSON.parse(fs.readFileSync(STATE, "utf8"));
  pgCtlStart(dir, data, new URL(url).port);
}

export function startCluster() {
  ensureBinaries();
  if (fs.existsSync(STATE)) stopCluster();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ovf-pg-"));
  fs.chmodSync(dir, 0o755);
  if (isRoot) execFileSync("chown", ["postgres:postgres", dir]);
  const data = path.join(dir, "data");
  runAsOwner(findBin("initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "--encoding=UTF8", "--locale=C"]);
  pgCtlStart(dir, data, PORT);
  fs.mkdirSync(path.dirname(STATE), { recursive: true });
  const url = `postgresql://postgres@127.0.0.1:${PORT}/postgres`;
  fs.writeFileSync(STATE, JSON.stringify({ dir, data, url }));
  return url;
}

export function stopCluster() {
  if (!fs.existsSync(STATE)) return;
  const { dir, data } = JSON.parse(fs.readFileSync(STATE, "utf8"));
  try {
    runAsOwner(findBin("pg_ctl"), ["-D", data, "-m", "immediate", "stop"]);
  } catch {
    // Already stopped.
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(STATE, { force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2];
  try {
    if (command === "start") console.log(startCluster());
    else if (command === "stop") stopCluster();
    else if (command === "pause") pauseCluster();
    else if (command === "resume") resumeCluster();
    else throw new Error("usage: node scripts/pg/cluster.mjs start|stop|pause|resume");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
