// npm start: builds the app if it has not been built, prepares the database, then serves it.
// One command on a fresh clone; later starts skip the build.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import { authEnv } from "./auth-env.mjs";
import { ensureDatabase } from "./ensure-db.mjs";
import { nextStartArgs } from "./next-start.mjs";

const port = process.env.PORT || "3000";
const host = process.env.HOST || "0.0.0.0";

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!fs.existsSync(".next/BUILD_ID")) {
  console.log("First start: building Overflight (about a minute)...");
  run("npm", ["run", "build"]);
}
await ensureDatabase();
console.log(`Overflight is starting on http://localhost:${port}`);
const server = spawn(process.execPath, nextStartArgs({ port, host }), {
  stdio: "inherit",
  env: { ...process.env, ...authEnv({ dir: "data", url: `http://localhost:${port}` }), NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
