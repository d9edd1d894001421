// Prisma CLI configuration. Prisma 6.19 runs offline only through a driver adapter and the
// WebAssembly schema engine (see shared toolchain notes), so the CLI gets the same adapter
// the app uses. DATABASE_URL must be set for every CLI call; scripts/ensure-db.mjs does that.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

const url = process.env.DATABASE_URL ?? "file:./data/overflight.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url });
  },
});
