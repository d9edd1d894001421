// What a database URL names: the one check, used by lib/env, the Prisma config, the scripts, the
// bench and the tests, of its engine and of whether it is a PostgreSQL test database.
import { describe, expect, it } from "vitest";
import { assertPostgresTestUrl, isPostgresTestUrl, isPostgresUrl, postgresDatabaseName, withPostgresDatabase } from "@/lib/db/database-url.mjs";

describe("database URLs", () => {
  it("tells PostgreSQL from SQLite", () => {
    expect(["postgres://u@h/db", "postgresql://u@h:5432/db", "POSTGRESQL://h/db"].map(isPostgresUrl)).toEqual([true, true, true]);
    expect(["file:./data/overflight.db", "mysql://h/db", "postgres:/h/db", ""].map(isPostgresUrl)).toEqual([false, false, false, false]);
  });

  it.each([
    ["postgresql://postgres@127.0.0.1:55349/overflight_e2e_test", true],
    ["postgresql://postgres@127.0.0.1:55349/overflight_e2e_test?sslmode=disable", true],
    ["postgres://u:p@h/migrations-stepwise_test", true],
    ["postgresql://u@h:5432/overflight", false],
    ["postgresql://u@h:5432/overflight_test_copy", false],
    ["postgresql://u@h:5432/", false],
    ["file:/repo/.tmp/e2e_test", false],
  ])("%s names a PostgreSQL test database: %s", (url, expected) => {
    expect(isPostgresTestUrl(url)).toBe(expected);
  });

  it("refuses to touch anything but a test database, without printing the password", () => {
    expect(() => assertPostgresTestUrl("postgresql://admin:secret@db.example.org/overflight", "reset")).toThrow(/^refusing to reset postgresql:\/\/db\.example\.org\/overflight: /);
    expect(() => assertPostgresTestUrl("postgresql://admin:secret@db.example.org/overflight", "reset")).not.toThrow(/secret/);
    expect(() => assertPostgresTestUrl("postgresql://u@h/x_test", "drop")).not.toThrow();
  });

  it("names another database on the same server, keeping the credentials and options", () => {
    const url = "postgresql://u:p@127.0.0.1:55349/overflight_e2e_test?sslmode=disable";
    expect(withPostgresDatabase(url, "postgres")).toBe("postgresql://u:p@127.0.0.1:55349/postgres?sslmode=disable");
    expect(postgresDatabaseName(withPostgresDatabase(url, "fast_paths_prisma_test"))).toBe("fast_paths_prisma_test");
  });
});
