// A throwaway PostgreSQL cluster for tests, on 127.0.0.1 only: `start` prints its URL (and keeps
// its state in .tmp/pg/), `stop` ends it and removes its files. Installs PostgreSQL with apt when
// the binaries are missing and we are root. initdb refuses root, so as root it runs as `postgres`.
// Tests run it with fsync=off (nothing needs to survive a power cut); `--fsync=on` keeps the
// server's durable default for measurements (npm run bench), and `--port=`/`--state=` let a second
// cluster run beside the test one: `node scripts/pg/cluster.mjs start --fsync=on --port=54339 --state=bench/tmp/pg.json`.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const DEFAULT_STATE = ".tmp/pg/state.json";
const DEFAULT_PORT = Number(process.env.PG_TEST_PORT || 54329);
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

function pgCtlStart(dir, data, port, fsync) {
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=${fsync ? "on" : "off"}`;
  runAsOwner(findBin("pg_ctl"), ["-D", data, "-l", path.join(dir, "log"), "-w", "-o", options, "start"]);
}

/** Stops the running test server but keeps its data, to see how the app copes without it. */
export function pauseCluster({ state = DEFAULT_STATE } = {}) {
  const { data } = JSON.parse(fs.readFileSync(path.resolve(state), "utf8"));
  runAsOwner(findBin("pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
}

/** Starts the paused test server again on its data, with the settings it was started with. */
export function resumeCluster({ state = DEFAULT_STATE } = {}) {
  const { dir, data, url, fsync = false } = JSON.parse(fs.readFileSync(path.resolve(state), "utf8"));
  pgCtlStart(dir, data, new URL(url).port, fsync);
}

/**
 * Creates and starts a cluster and returns its URL. fsync: true keeps PostgreSQL's default (every
 * commit synced to disk), for figures comparable with SQLite's synchronous=FULL.
 */
export function startCluster({ port = DEFAULT_PORT, state = DEFAULT_STATE, fsync = false } = {}) {
  const STATE = path.resolve(state);
  ensureBinaries();
  if (fs.existsSync(STATE)) stopCluster({ state });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ovf-pg-"));
  fs.chmodSync(dir, 0o755);
  if (isRoot) execFileSync("chown", ["postgres:postgres", dir]);
  const data = path.join(dir, "data");
  runAsOwner(findBin("initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "--encoding=UTF8", "--locale=C"]);
  fs.mkdirSync(path.dirname(STATE), { recursive: true });
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  // Written before the server starts, so a failed start can still be cleaned up by `stop`.
  fs.writeFileSync(STATE, JSON.stringify({ dir, data, url, fsync }));
  pgCtlStart(dir, data, port, fsync);
  return url;
}

export function stopCluster({ state = DEFAULT_STATE } = {}) {
  const STATE = path.resolve(state);
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

/** --port=N, --state=FILE and --fsync=on|off from the command line; anything else is refused. */
function parseOptions(args) {
  const options = {};
  for (const arg of args) {
    const [, name, value] = /^--(port|state|fsync)=(.+)$/.exec(arg) ?? [];
    if (name === "port" && /^\d+$/.test(value)) options.port = Number(value);
    else if (name === "state") options.state = value;
    else if (name === "fsync" && (value === "on" || value === "off")) options.fsync = value === "on";
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2];
  try {
    const options = parseOptions(process.argv.slice(3));
    if (command === "start") console.log(startCluster(options));
    else if (command === "stop") stopCluster(options);
    else if (command === "pause") pauseCluster(options);
    else if (command === "resume") resumeCluster(options);
    else throw new Error("usage: node scripts/pg/cluster.mjs start|stop|pause|resume [--port=N] [--state=FILE] [--fsync=on|off]");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
