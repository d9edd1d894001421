// The app's SQLite adapter: a query from elsewhere never runs inside (and dies with) an open
// transaction, a COMMIT that fails does not leave every later transaction waiting forever, and the
// prepared-statement fast paths it lends its connection to keep the same promises.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppSQLiteAdapter } from "@/lib/db/sqlite-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";

let dir: string;
let db: PrismaClient;
let adapter: AppSQLiteAdapter;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "overflight-adapter-"));
  adapter = new AppSQLiteAdapter({ url: `file:${path.join(dir, "test.db")}` });
  db = new PrismaClient({ adapter });
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

/** Another request's interactive transaction: runs `sql`, stays open 50 ms, then rolls back. Resolves once open. */
async function openTransactionThatRollsBack(sql: string): Promise<{ rolledBack: Promise<string> }> {
  let opened!: () => void;
  const isOpen = new Promise<void>((resolve) => (opened = resolve));
  const rolledBack = db
    .$transaction(async (tx) => {
      await tx.$executeRawUnsafe(sql);
      opened();
      await new Promise((r) => setTimeout(r, 50));
      throw new Error("stale card");
    })
    .catch(() => "rolled back");
  await isOpen;
  return { rolledBack };
}

describe("AppSQLiteAdapter", () => {
  it("keeps a write that arrives while another request's transaction is open and then rolls back", async () => {
    const { rolledBack } = await openTransactionThatRollsBack("SELECT 1");
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

  it("runs lent work after an open transaction ends, never inside it", async () => {
    const { rolledBack } = await openTransactionThatRollsBack("INSERT INTO note (text) VALUES ('rolled back')");
    const seen = await adapter.exclusive((client) => client.prepare("SELECT count(*) AS n FROM note").get() as { n: bigint });
    const written = adapter.commitGrouped((client) => client.prepare("INSERT INTO note (text) VALUES ('kept')").run().changes);
    expect(Number(seen?.value.n)).toBe(0);
    expect((await written)?.value).toBe(1);
    expect(await rolledBack).toBe("rolled back");
    expect(await count()).toBe(1);
  });

  it("commits writes queued together once, undoing only the one that throws", async () => {
    const insert = (text: string) => adapter.commitGrouped((client) => client.prepare("INSERT INTO note (text) VALUES (?)").run(text).changes);
    const outcomes = await Promise.allSettled([
      insert("one"),
      adapter.commitGrouped((client) => {
        client.prepare("INSERT INTO note (text) VALUES ('half of a failed write')").run();
        throw new Error("this write fails after its first insert");
      }),
      insert("three"),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toHaveProperty("message", "this write fails after its first insert");
    const texts = (await db.$queryRawUnsafe<{ text: string }[]>("SELECT text FROM note ORDER BY id")).map((r) => r.text);
    expect(texts).toEqual(["one", "three"]);
  });

  it("answers every write of a group with the error when its COMMIT fails, and keeps none", async () => {
    const outcomes = await Promise.allSettled([
      adapter.commitGrouped((client) => client.prepare("INSERT INTO note (text) VALUES ('lost with the group')").run()),
      adapter.commitGrouped((client) => client.prepare("INSERT INTO child (parentId) VALUES (42)").run()),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected"]);
    expect(await count()).toBe(0);
    expect((await adapter.commitGrouped((client) => client.prepare("INSERT INTO note (text) VALUES ('next')").run().changes))?.value).toBe(1);
  });

  it("lends nothing before Prisma has connected", async () => {
    const fresh = new AppSQLiteAdapter({ url: `file:${path.join(dir, "other.db")}` });
    expect(await fresh.exclusive(() => 1)).toBeNull();
    expect(await fresh.commitGrouped(() => 1)).toBeNull();
  });
});
