// The committed PostgreSQL migrations build exactly the generated PostgreSQL schema. Runs in
// npm test's PostgreSQL stage, against the throwaway server that TEST_PG_URL names.
import pg from "pg";
import { withPostgresDatabase } from "@/lib/db/database-url.mjs";
import { describe, expect, it } from "vitest";
import { prisma } from "../helpers/prisma-cli";

describe("migrations match the schema", () => {
  it("on PostgreSQL", async () => {
    const base = process.env.TEST_PG_URL as string;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    for (const name of ["migrations_stepwise_test", "migrations_onego_test"]) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    }
    await admin.end();
    const urlOf = (name: string) => withPostgresDatabase(base, name);
    prisma(["migrate", "deploy"], urlOf("migrations_stepwise_test"));
    const script = prisma(["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/postgres/schema.prisma", "--script"], urlOf("migrations_onego_test"));
    const shapes = [];
    for (const name of ["migrations_stepwise_test", "migrations_onego_test"]) {
      const client = new pg.Client({ connectionString: urlOf(name) });
      await client.connect();
      if (name.includes("onego")) await client.query(script);
      const columns = await client.query(
        "SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2",
      );
      const indexes = await client.query("SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2");
      shapes.push({ columns: columns.rows, indexes: indexes.rows });
      await client.end();
    }
    expect(shapes[0]).toEqual(shapes[1]);
  }, 120_000);
});
