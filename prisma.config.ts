// Prisma 7 CLI configuration, used for `prisma generate` (scripts/prisma-generate.mjs): the schema
// copy of the engine DATABASE_URL names. Migrations run through prisma.migrate.config.ts instead.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { isPostgresUrl } from "./lib/db/database-url.mjs";

const url = process.env.DATABASE_URL ?? "file:./data/overflight.db";
const engineDir = isPostgresUrl(url) ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  schema: path.join(engineDir, "schema.prisma"),
  migrations: { path: path.join(engineDir, "migrations") },
  datasource: { url },
});
