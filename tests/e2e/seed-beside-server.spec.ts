// `npm run db:seed -- --demo` and the migration step (scripts/ensure-db.mjs), as the README tells
// teachers, run while the app serves requests on the same database: guests start quizzes in a loop
// the whole time. On SQLite both wait their turn for the write lock (busy_timeout) instead of failing
// with "SocketTimeout"; the server keeps answering every request meanwhile.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { countRows, url } from "./helpers/db";

const run = promisify(execFile);
const DEMO_TEACHER = "demo-teacher@overflight.example";
const LOADERS = 4;

test("the demo seed and the migration succeed beside a server busy with guest quiz starts", async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  let busy = true;
  const statuses: number[] = [];
  const loaders = await Promise.all(Array.from({ length: LOADERS }, () => playwright.request.newContext({ baseURL })));
  const load = Promise.all(
    loaders.map(async (guest) => {
      while (busy) statuses.push((await guest.post("/api/attempts", { data: { topic: "mixed", length: 10 } })).status());
    }),
  );
  const env = { ...process.env, DATABASE_URL: url, NODE_ENV: "development" as const };
  try {
    // The load is under way before either command starts.
    await expect.poll(() => statuses.length).toBeGreaterThan(20);
    const migrated = await run(process.execPath, ["scripts/ensure-db.mjs"], { env });
    expect(migrated.stderr).not.toContain("SocketTimeout");
    const seeded = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "prisma/seed.ts", "--demo"], { env });
    expect(seeded.stdout).toContain("Demo ready");
  } finally {
    busy = false;
    await load;
    await Promise.all(loaders.map((l) => l.dispose()));
  }
  expect(await countRows("SELECT count(*) AS n FROM User WHERE email = ?", DEMO_TEACHER)).toBe(1);
  expect(await countRows("SELECT count(*) AS n FROM Membership m JOIN Class c ON c.id = m.classId WHERE c.joinCode = 'DEMOCLAS'")).toBe(25);
  // Every quiz start during the seed was answered, and answered 201.
  expect(statuses.length).toBeGreaterThan(LOADERS * 10);
  expect(statuses.filter((s) => s !== 201)).toEqual([]);
});
