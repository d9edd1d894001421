// The app's SQLite adapter: a query from elsewhere never runs inside (and dies with) an open
// transaction, and a COMMIT that fails does not leave every later transaction waiting forever.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppSQLiteAdapter } from "@/lib/db-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";

let dir: string;
let db: PrismaClient;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "overflight-adapter-"));
  db = new PrismaClient({ adapter: new AppSQLiteAdapter({ url: `file:${path.join(dir, "test.db")}` }) });
  await db.$executeRawUnsafe("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
  await db.$executeRawUnsafe("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
  await db.$executeRawUnsafe("CREATE TABLE child (id INTEGER PRIMARY KEY, parentId INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
});

afterEach(async () => {
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

const count = async () => Number((await db.$queryRawUnsafe<{ n: bigint }[]>("SELECT count(*) AS n FROM note"))[0]!.n);

describe("AppSQLiteAdapter", () => {
  it("keeps a write that arrives while another request's transaction is open and then rolls back", async () => {
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => (opened = resolve));
    const rolledBack = db
      .$transaction(async (tx) => {
        await tx.$queryRawUnsafe("SELECT 1");
        opened();
        await new Promise((r) => setTimeout(r, 50));
        throw new Error("stale card");
      })
      .catch(() => "rolled back");
    await isOpen;
    await db.$executeRawUnsafe("INSERT INTO note (text) VALUES ('written meanwhile')");
    expect(await rolledBack).toBe("rolled back");
    expect(await count()).toBe(1);
  });

  it("lets the next transaction run after a COMMIT fails", async () => {
    const failed = await db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe("INSERT INTO child (parentId) VALUES (42)");
      })
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(Error);
    const next = db.$transaction(async (tx) => tx.$executeRawUnsafe("INSERT INTO note (text) VALUES ('after')"));
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("the next transaction is stuck")), 3000));
    await Promise.race([next, timeout]);
    expect(await count()).toBe(1);
    expect(Number((await db.$queryRawUnsafe<{ n: bigint }[]>("SELECT count(*) AS n FROM child"))[0]!.n)).toBe(0);
  });
});
