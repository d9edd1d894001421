// Group 3, crashes: while a learner's reviews stream in, the server is killed with SIGKILL and
// started again on the same file. Every review answered 2xx before the kill must be stored, the
// file must pass SQLite's integrity check, and the app must serve again.
import { DbReader } from "../db";
import { signUp, type Person } from "../people";
import type { Report } from "../report";
import { startApp, stopApp, type AppServer } from "../server";
import { pickCard } from "../world";

const WORKERS = 4;
const STREAM_MS = 2_000;

/** Reviews from several tabs at once, each on its own cards, until the server stops answering. */
async function streamReviews(learner: Person, round: number, acked: string[], stops: string[]): Promise<void> {
  const versions = new Map<string, number>();
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, w) => {
      // Fresh cards each round: a review in flight at the kill may be stored unacknowledged.
      const cards = [0, 1, 2].map((j) => pickCard(100 + round * 3 * WORKERS + w * 3 + j));
      for (let n = 0; n < 2_000; n++) {
        const card = cards[n % cards.length]!;
        const clientKey = `crash-${round}-${w}-${n}`;
        const body = { factId: card.factId, questionId: card.questionId, clientKey, expectedVersion: versions.get(card.factId) ?? 0, rating: 3 };
        try {
          const reply = await learner.client.json("/api/reviews", "POST", body);
          if (reply.status !== 201) return void stops.push(`${reply.status} ${reply.text.slice(0, 100)}`);
          acked.push(clientKey);
          versions.set(card.factId, (versions.get(card.factId) ?? 0) + 1);
        } catch {
          return; // the server is gone
        }
      }
    }),
  );
}

async function killDuringStream(server: AppServer, learner: Person, round: number) {
  const acked: string[] = [];
  const stops: string[] = [];
  const stream = streamReviews(learner, round, acked, stops);
  await new Promise((r) => setTimeout(r, STREAM_MS));
  await stopApp(server, "SIGKILL");
  await stream;
  const started = Date.now();
  const again = await startApp({ port: server.port, file: server.file, keep: true });
  return { acked, stops, server: again, restartMs: Date.now() - started };
}

/** Runs the crash rounds; returns the running server (the outage group goes on with it). */
export async function checkCrash(report: Report, first: AppServer): Promise<AppServer> {
  let server = first;
  const learner = await signUp(server.baseUrl, "learner");
  // The first review loads the route, which can take longer than the whole stream on a busy
  // machine: send one before, so the stream measures reviews, not the route's first load.
  const warm = await learner.client.json("/api/reviews", "POST", { ...reviewOf(pickCard(89)), clientKey: "before-crash" });
  if (warm.status !== 201) throw new Error(`the warm-up review was answered ${warm.status}: ${warm.text.slice(0, 200)}`);
  for (const round of [1, 2]) {
    const run = await killDuringStream(server, learner, round);
    server = run.server;
    const db = new DbReader(server.file);
    try {
      const stored = new Set(db.all<{ clientKey: string }>("SELECT clientKey FROM Review WHERE userId = ? AND clientKey LIKE ?", learner.id, `crash-${round}-%`).map((r) => r.clientKey));
      const lost = run.acked.filter((k) => !stored.has(k));
      const integrity = db.integrity();
      const after = await learner.client.json("/api/reviews", "POST", { ...reviewOf(pickCard(90 + round)), clientKey: `after-crash-${round}` });
      report.add({
        group: "crash", check: `SIGKILL under a stream of reviews, round ${round}`, target: "POST /api/reviews", tried: run.acked.length,
        passed: run.acked.length > 0 && lost.length === 0 && integrity === "ok" && after.status === 201,
        note: `${run.acked.length} answered 201 before the kill, ${lost.length} missing${run.stops.length ? ` (a tab stopped early on ${run.stops[0]})` : ""}; integrity_check ${integrity}; serving again after ${(run.restartMs / 1000).toFixed(1)} s, next review ${after.status}`,
      });
    } finally {
      db.close();
    }
  }
  return server;
}

function reviewOf(card: ReturnType<typeof pickCard>) {
  return { factId: card.factId, questionId: card.questionId, expectedVersion: 0, rating: 3 };
}
