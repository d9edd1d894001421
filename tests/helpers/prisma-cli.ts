// Runs the Prisma CLI (through scripts/prisma.mjs) against a given database and returns its output.
import { execFileSync } from "node:child_process";

export function prisma(args: string[], url: string): string {
  return execFileSync(process.execPath, ["scripts/prisma.mjs", ...args], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}
