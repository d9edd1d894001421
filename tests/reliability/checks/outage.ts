// Group 4, the database goes away: the SQLite file and its WAL made immutable (chattr +i: unlike
// chmod it stops writes through the server's already-open handle, and it binds root too); another
// process holding the write lock; the server started while the file is immutable. Writes must
// answer 503 database_unavailable, reads go on, nothing is half-written, and the same server
// works again once the file is back.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import Database from "better-sqlite3";
import { formActionRequest } from "../action-inputs";
import { changedTables, DbReader } from "../db";
import { Client, newAddress, parseJson, type Reply } from "../http";
import { signUp, type Person } from "../people";
import type { Report } from "../report";
import { startApp, stopApp, type AppServer } from "../server";
import { createClass, pickCard } from "../world";

type Write = { name: string; send: () => Promise<Reply> };

/** card: the one the learner reviews in this scenario (fresh per scenario, so its version is 0). */
type People = { learner: Person; teacher: Person; guest: Client; actionId: string; card: ReturnType<typeof pickCard> };

function writes({ learner, teacher, guest, actionId, card }: People, tag: string, only: readonly string[]): Write[] {
  const all: Write[] = [
    { name: "review", send: () => learner.client.json("/api/reviews", "POST", { factId: card.factId, questionId: card.questionId, clientKey: `outage-${tag.replace(/\W+/g, "-")}`, expectedVersion: 0, rating: 3 }) },
    { name: "quiz start", send: () => guest.json("/api/attempts", "POST", { topic: "mixed", length: 2 }) },
    { name: "settings", send: () => learner.client.json("/api/account", "PATCH", { name: `After ${tag}`, timeZone: "UTC", dayStartHour: 4, desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200 }) },
    { name: "class", send: () => teacher.client.json("/api/classes", "POST", { name: `Outage ${tag}` }) },
    { name: "form action", send: () => guest.request("/", formActionRequest(actionId, { topic: "mixed", length: "2" })) },
  ];
  return all.filter((w) => only.includes(w.name));
}

const EVERY_WRITE = ["review", "quiz start", "settings", "class", "form action"];

const isUnavailable = (r: Reply) =>
  r.status === 503 && (parseJson(r) as { error?: { code?: string } } | null)?.error?.code === "database_unavailable" && Number(r.headers.get("retry-after")) > 0;
const isActionUnavailable = (r: Reply) => r.status === 200 && /database cannot be written/.test(r.text) && !r.headers.has("x-action-redirect");
const isDone = (r: Reply) => r.status < 300 && !/database cannot be written/.test(r.text);

async function scenario(
  report: Report,
  server: AppServer,
  label: string,
  people: People,
  only: readonly string[],
  breakIt: () => void,
  mendIt: () => void,
) {
  const db = new DbReader(server.file);
  const pid = server.child.pid;
  try {
    const before = db.counts();
    breakIt();
    let during: Reply[];
    let read: Reply;
    try {
      during = [];
      for (const w of writes(people, label, only)) during.push(await w.send());
      read = await people.learner.client.request("/api/account/export");
    } finally {
      mendIt();
    }
    const moved = changedTables(before, db.counts());
    const names = writes(people, label, only).map((w) => w.name);
    const wrong = during.map((r, i) => ((names[i] === "form action" ? isActionUnavailable(r) : isUnavailable(r)) ? null : `${names[i]} ${r.status}`)).filter(Boolean);
    report.add({
      group: "database away", check: `${label}: writes answer 503 database_unavailable`, target: names.join(", "), tried: during.length,
      passed: wrong.length === 0, note: wrong.length ? `not refused as unavailable: ${wrong.join(", ")}` : "503 with Retry-After (the form action shows the message); reads still served: " + read.status,
    });
    report.add({
      group: "database away", check: `${label}: nothing half-written`, target: "row counts, integrity_check", tried: during.length,
      passed: moved.length === 0 && db.integrity() === "ok", note: moved.length ? `rows changed in ${moved.join(", ")}` : "no table changed; integrity_check ok",
    });
    // As a client does after a 503 with Retry-After, each write may be sent once more: a connection
    // SQLite opened read-only during the outage only learns on its next write that it must reopen.
    const after: Reply[] = [];
    let retried = 0;
    for (const w of writes(people, `${label}-after`, only)) {
      const first = await w.send();
      if (isDone(first)) {
        after.push(first);
      } else {
        retried += 1;
        after.push(await w.send());
      }
    }
    const failed = after.map((r, i) => (isDone(r) ? null : `${names[i]} ${r.status}`)).filter(Boolean);
    report.add({
      group: "database away", check: `${label}: recovers without a restart`, target: names.join(", "), tried: after.length,
      passed: failed.length === 0 && server.child.pid === pid && server.child.exitCode === null,
      note: failed.length ? `still failing: ${failed.join(", ")}` : `the same server process takes every write again${retried ? ` (${retried} on the second try, after the read-only connection was dropped)` : ""}`,
    });
  } finally {
    db.close();
  }
}

function chattr(flag: "+i" | "-i", files: string[]) {
  execFileSync("chattr", [flag, ...files], { stdio: "pipe" });
}

/** Runs the scenarios; returns the server running at the end (the last one starts a new one). */
export async function checkOutage(report: Report, server: AppServer, actionId: string): Promise<AppServer> {
  const learner = await signUp(server.baseUrl, "learner");
  const teacher = await signUp(server.baseUrl, "teacher");
  await createClass(teacher);
  const guest = new Client(server.baseUrl, { "x-forwarded-for": newAddress() });
  const people = (card: number): People => ({ learner, teacher, guest, actionId, card: pickCard(card) });
  const files = [server.file, `${server.file}-wal`].filter((f) => fs.existsSync(f));

  let immutable: string | null = null;
  try {
    chattr("+i", files);
    chattr("-i", files);
  } catch (error) {
    immutable = error instanceof Error ? error.message.split("\n")[0]! : String(error);
  }
  if (immutable === null) {
    await scenario(report, server, "file made unwritable", people(60), EVERY_WRITE, () => chattr("+i", files), () => chattr("-i", files));
  } else {
    report.skip("database away", "file made unwritable", server.file, `chattr +i is not possible here (${immutable}); the lock scenario below still runs`);
    report.skip("database away", "server started while the file was unwritable", server.file, `chattr +i is not possible here (${immutable})`);
  }

  let locker: Database.Database | null = null;
  await scenario(
    // Each write waits out the 5 s busy timeout (and better-sqlite3 waits synchronously), so two only.
    report, server, "write lock held by another process", people(61), ["review", "form action"],
    () => {
      locker = new Database(server.file, { timeout: 1000 });
      locker.exec("BEGIN EXCLUSIVE");
    },
    () => {
      locker?.exec("ROLLBACK");
      locker?.close();
    },
  );
  return immutable === null ? startedWhileUnwritable(report, server, people(62)) : server;
}

/** SQLite opens a file it cannot write read-only, for good: the app must reopen once it can write. */
async function startedWhileUnwritable(report: Report, server: AppServer, people: People): Promise<AppServer> {
  await stopApp(server);
  const files = [server.file, `${server.file}-wal`].filter((f) => fs.existsSync(f));
  chattr("+i", files);
  let restarted: AppServer;
  try {
    restarted = await startApp({ port: server.port, file: server.file, keep: true });
  } catch (error) {
    chattr("-i", files);
    throw error;
  }
  await scenario(report, restarted, "server started while the file was unwritable", people, EVERY_WRITE, () => undefined, () => chattr("-i", files));
  return restarted;
}
