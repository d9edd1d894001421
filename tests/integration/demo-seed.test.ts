// The demo seed, run for real against a throwaway SQLite file: a full class with every status.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { quizOutcome } from "@/lib/classroom/status";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ovf-seed-"));
const url = `file:${path.join(dir, "demo.db")}`;

function seed(env: Record<string, string> = {}) {
  return spawnSync("npm", ["run", "--silent", "db:seed", "--", "--demo"], { env: { ...process.env, DATABASE_URL: url, ...env }, encoding: "utf8" });
}

describe("npm run db:seed -- --demo", () => {
  it("makes a teacher, 25 students with 60 days of reviews, and assignments in every status; twice gives the same", () => {
    execFileSync("npm", ["run", "--silent", "db:seed", "--", "--demo"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
    const first = seed();
    expect(first.status, first.stderr).toBe(0);
    const db = new Database(path.join(dir, "demo.db"), { readonly: true });
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(count("SELECT count(*) AS n FROM User WHERE role = 'teacher'")).toBe(1);
    expect(count("SELECT count(*) AS n FROM Membership")).toBe(25);
    expect(count("SELECT count(DISTINCT userId) AS n FROM Review")).toBe(25);
    const span = db.prepare("SELECT min(reviewedAt) AS first, max(reviewedAt) AS last FROM Review").get() as { first: string; last: string };
    expect((Date.parse(span.last) - Date.parse(span.first)) / 86_400_000).toBeGreaterThan(50);

    const now = new Date();
    const statuses = new Set<string>();
    const quizzes = db.prepare("SELECT id, dueAt, lateCounts FROM Assignment WHERE kind = 'quiz'").all() as { id: string; dueAt: string; lateCounts: number }[];
    for (const a of quizzes) {
      const members = db.prepare("SELECT userId FROM Membership").all() as { userId: string }[];
      for (const { userId } of members) {
        const tries = (db.prepare("SELECT completedAt FROM Attempt WHERE assignmentId = ? AND userId = ?").all(a.id, userId) as { completedAt: string | null }[]).map((t) => ({
          completedAt: t.completedAt ? new Date(t.completedAt) : null,
          correct: 0,
          total: 6,
        }));
        statuses.add(quizOutcome(tries, new Date(a.dueAt), now, a.lateCounts === 1).status);
      }
    }
    expect([...statuses].sort()).toEqual(["in_progress", "late", "missing", "not_started", "submitted"]);
    db.close();
  }, 120_000);

  it("refuses to run in production mode", () => {
    const result = seed({ NODE_ENV: "production" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Refusing to seed demo data in production/);
  }, 60_000);
});
