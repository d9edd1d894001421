// The committed SQLite migrations build exactly the schema: a database migrated step by step and
// one made in one go from the schema file have the same tables, columns and indexes.
// (tests/postgres/ does the same for PostgreSQL in npm test's PostgreSQL stage.)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { prisma } from "../helpers/prisma-cli";


function sqliteShape(file: string) {
  const db = new Database(file, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name").all() as { name: string }[];
  const shape = tables.map(({ name }) => ({
    name,
    columns: db.prepare(`PRAGMA table_info("${name}")`).all(),
    indexes: (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[])
      .map((i) => ({ unique: i.unique, columns: (db.prepare(`PRAGMA index_info("${i.name}")`).all() as { name: string }[]).map((c) => c.name) }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    foreignKeys: db.prepare(`PRAGMA foreign_key_list("${name}")`).all().map((fk) => ({ ...(fk as object), id: 0, seq: 0 })),
  }));
  db.close();
  return shape;
}

describe("migrations match the schema", () => {
  it("on SQLite", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ovf-mig-"));
    const stepwise = path.join(dir, "stepwise.db");
    prisma(["migrate", "deploy"], `file:${stepwise}`);
    const oneGo = new Database(path.join(dir, "one-go.db"));
    oneGo.exec(prisma(["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], `file:${path.join(dir, "scratch.db")}`));
    oneGo.close();
    expect(sqliteShape(stepwise)).toEqual(sqliteShape(path.join(dir, "one-go.db")));
  }, 60_000);

});
