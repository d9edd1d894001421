// Prisma CLI configuration for migrations on both engines: SQLite (file: URLs, the default) and
// PostgreSQL (postgres:// URLs), each with its own generated schema copy and migration history.
// The app runs on Prisma 7, whose migrate commands need a native engine that cannot be downloaded
// offline; migrations run through the Prisma 6.19 CLI (the prisma6 alias), offline through a driver
// adapter and the WebAssembly schema engine. The migration files and the _prisma_migrations table
// have one format for both. scripts/prisma.mjs picks the CLI and always sets DATABASE_URL.
import path from "node:path";
import { defineConfig } from "prisma6/config";
import { isPostgresUrl } from "./lib/db/database-url.mjs";
import { cliAdapter } from "./prisma/cli-adapters";
import { prisma6Schema } from "./scripts/prisma.mjs";

const url = process.env.DATABASE_URL ?? "file:./data/overflight.db";
const engineDir = isPostgresUrl(url) ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: prisma6Schema(path.join(engineDir, "schema.prisma")),
  migrations: { path: path.join(engineDir, "migrations") },
  async adapter() {
    return cliAdapter(url);
  },
});
