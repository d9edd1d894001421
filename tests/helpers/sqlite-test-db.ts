// A migrated SQLite database of its own for an integration test: a temporary directory, the app's
// adapter, a Prisma client and the engine's hot paths, as lib/db builds them at start-up. The test
// points lib/db at `client` and `engine`; `close` disconnects and deletes the files.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sqliteEngine } from "@/lib/db/engine-sqlite";
import { AppSQLiteAdapter } from "@/lib/db/sqlite-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { prisma as prismaCli } from "./prisma-cli";

export function openTestDatabase(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const url = `file:${path.join(dir, "test.db")}`;
  prismaCli(["migrate", "deploy"], url);
  const adapter = new AppSQLiteAdapter({ url, timeout: 5000 });
  const client = new PrismaClient({ adapter });
  const engine = sqliteEngine(adapter, () => client.$connect());
  const close = async () => {
    await client.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { client, engine, close };
}
