// Prisma CLI configuration for both engines: SQLite (file: URLs, the default) and PostgreSQL
// (postgres:// URLs), each with its own generated schema copy and migration history. Prisma 6.19
// runs offline only through a driver adapter and the WebAssembly schema engine (see the shared
// toolchain notes); DATABASE_URL must be set for every CLI call, which scripts/prisma.mjs does.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { isPostgresUrl } from "./lib/db/database-url.mjs";
import { cliAdapter } from "./prisma/cli-adapters";

const url = process.env.DATABASE_URL ?? "file:./data/overflight.db";
const engineDir = isPostgresUrl(url) ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(engineDir, "schema.prisma"),
  migrations: { path: path.join(engineDir, "migrations") },
  async adapter() {
    return cliAdapter(url);
  },
});
