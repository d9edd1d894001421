// Runs the Prisma CLI with DATABASE_URL always set. Without it, Prisma 6.19 falls back to
// downloading its native engine, which fails on machines without internet.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";

// Next.js reads .env by itself; the scripts read it here so both see the same settings.
if (fs.existsSync(".env")) process.loadEnvFile(".env");

export const DEFAULT_DATABASE_URL = "file:./data/overflight.db";

export function runPrisma(args, extraEnv = {}) {
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const result = spawnSync(process.execPath, [cli, ...args], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL || DEFAULT_DATABASE_URL, ...extraEnv },
  });
  return result.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(runPrisma(process.argv.slice(2)));
}
