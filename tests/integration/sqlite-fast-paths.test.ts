// The hot paths run prepared statements on SQLite (the embedded default) and Prisma elsewhere
// (PostgreSQL). The same reviews, resends and stale versions given to both writers must leave the same
// rows and answer the same, and the signed-in user must read the same, so the fast paths cannot drift
// from what Prisma defines.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_USER_COLUMNS, publicUserSelect } from "@/lib/auth/users";
import { findUserOnSqlite, recordReviewOnSqlite as writeOnSqlite } from "@/lib/db/engine-sqlite";
import { AppSQLiteAdapter } from "@/lib/db/sqlite-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { recordReviewWithPrisma } from "../helpers/review-writer-prisma";
import { reviewWrite, toReviewOutcome, type ReviewInput } from "@/lib/srs/review-plan";
import { prisma as prismaCli } from "../helpers/prisma-cli";
import { comparable, comparableRows, reviewScript } from "../helpers/review-script";

const USER = "cuser00000000000000000001";
const OTHER = "cuser00000000000000000002";
let dir: string;
let viaPrisma: PrismaClient;
let direct: Database.Database;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ovf-review-store-"));
  const template = path.join(dir, "template.db");
  prismaCli(["migrate", "deploy"], `file:${template}`);
  const seed = new Database(template);
  const insertUser = seed.prepare(
    `INSERT INTO "User" (id, email, name, role, desiredRetention, sessionVersion, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00.000+00:00')`,
  );
  insertUser.run(USER, "one@example.org", "Learner <One>", "learner", 0.85, 2, "2025-12-31T23:59:59.123+00:00");
  insertUser.run(OTHER, "two@example.org", "Teacher Two", "teacher", 0.9, 0, "2026-01-01T00:00:00.000+00:00");
  seed.close();
  fs.copyFileSync(template, path.join(dir, "prisma.db"));
  fs.copyFileSync(template, path.join(dir, "direct.db"));
  viaPrisma = new PrismaClient({ adapter: new AppSQLiteAdapter({ url: `file:${path.join(dir, "prisma.db")}` }) });
  direct = new Database(path.join(dir, "direct.db"));
}, 60_000);

afterAll(async () => {
  await viaPrisma.$disconnect();
  direct.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const SCRIPT = reviewScript(USER, OTHER);
const recordReviewOnSqlite = (client: Database.Database, input: ReviewInput) => toReviewOutcome(writeOnSqlite(client, reviewWrite(input)));
const findPublicUserOnSqlite = (client: Database.Database, id: string) => findUserOnSqlite(client, id, PUBLIC_USER_COLUMNS);

function rows(db: Database.Database) {
  const all = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
  return comparableRows(all(`SELECT * FROM "Card" ORDER BY userId, factId`), all(`SELECT * FROM "Review" ORDER BY userId, clientKey`));
}

describe("the signed-in user's read", () => {
  it("gives what Prisma gives, and nothing for an unknown id", async () => {
    for (const id of [USER, OTHER]) expect(findPublicUserOnSqlite(direct, id)).toEqual(await viaPrisma.user.findUnique({ where: { id }, select: publicUserSelect }));
    expect(findPublicUserOnSqlite(direct, "cnobody000000000000000000")).toBeNull();
  });
});

describe("the two review writers", () => {
  it("answer the same and leave the same rows, to the byte", async () => {
    for (const input of SCRIPT) {
      const a = await recordReviewWithPrisma(viaPrisma, input);
      const b = recordReviewOnSqlite(direct, input);
      expect(comparable(b), `${input.userId} ${input.clientKey}`).toEqual(comparable(a));
    }
    const outcomes = SCRIPT.map((input) => recordReviewOnSqlite(direct, input));
    expect(outcomes.filter((o) => o.ok && !o.replayed)).toHaveLength(0); // everything again: resent or stale
    await viaPrisma.$disconnect();
    const fromPrisma = new Database(path.join(dir, "prisma.db"), { readonly: true });
    const expected = rows(fromPrisma);
    fromPrisma.close();
    expect(expected.reviews).toHaveLength(SCRIPT.length - 2);
    expect(rows(direct)).toEqual(expected);
  });

  it("gives new rows time-ordered ids of Prisma's shape", () => {
    const ids = (direct.prepare(`SELECT id FROM "Review" ORDER BY reviewedAt`).all() as { id: string }[]).map((r) => r.id);
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
