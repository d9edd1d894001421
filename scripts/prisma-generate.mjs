// Generates both Prisma clients (SQLite and PostgreSQL) from their schemas. The URLs only pick
// the engine's schema in prisma.config.ts; nothing connects.
import { runPrisma } from "./prisma.mjs";

for (const url of ["file:./data/overflight.db", "postgresql://generate@127.0.0.1:1/none"]) {
  if (runPrisma(["generate"], { DATABASE_URL: url }) !== 0) process.exit(1);
}
