// Group 2, duplicates and races: requests sent at the same moment must leave the database as if
// they had come one by one. Nothing answered 2xx is lost, nothing is stored twice.
import { getTestBank } from "../../e2e/helpers/bank";
import type { DbReader } from "../db";
import type { Reply } from "../http";
import { signUp, type Person } from "../people";
import type { Report } from "../report";
import { createClass, pickCard } from "../world";

type Ctx = { report: Report; db: DbReader; baseUrl: string };

const statuses = (replies: Reply[]) => replies.map((r) => r.status).sort().join(",");
const review = (card: ReturnType<typeof pickCard>, clientKey: string, expectedVersion: number) => ({
  factId: card.factId, questionId: card.questionId, clientKey, expectedVersion, rating: 3,
});

async function sameReviewTenTimes({ report, db, baseUrl }: Ctx) {
  const learner = await signUp(baseUrl, "learner");
  const card = pickCard(1);
  const replies = await Promise.all(Array.from({ length: 10 }, () => learner.client.json("/api/reviews", "POST", review(card, "ten-at-once-1", 0))));
  const stored = db.value<number>("SELECT count(*) FROM Review WHERE userId = ? AND clientKey = ?", learner.id, "ten-at-once-1");
  const version = db.value<number>("SELECT version FROM Card WHERE userId = ? AND factId = ?", learner.id, card.factId);
  const created = replies.filter((r) => r.status === 201).length;
  const allOk = replies.every((r) => r.status === 200 || r.status === 201);
  report.add({
    group: "races", check: "same review sent 10 times at once", target: "POST /api/reviews", tried: 10,
    passed: allOk && created === 1 && stored === 1 && version === 1,
    note: `answers ${statuses(replies)}; ${stored} review stored, card version ${version}`,
  });
}

async function twoTabsOneCard({ report, db, baseUrl }: Ctx) {
  const learner = await signUp(baseUrl, "learner");
  const problems: string[] = [];
  const rounds = 5;
  for (let i = 0; i < rounds; i++) {
    const card = pickCard(10 + i);
    const [a, b] = await Promise.all([
      learner.client.json("/api/reviews", "POST", review(card, `tab-a-${i}-xyz`, 0)),
      learner.client.json("/api/reviews", "POST", review(card, `tab-b-${i}-xyz`, 0)),
    ]);
    const stored = db.value<number>("SELECT count(*) FROM Review WHERE userId = ? AND factId = ?", learner.id, card.factId);
    const version = db.value<number>("SELECT version FROM Card WHERE userId = ? AND factId = ?", learner.id, card.factId);
    if (statuses([a!, b!]) !== "201,409" || stored !== 1 || version !== 1) problems.push(`round ${i}: ${statuses([a!, b!])}, ${stored} stored, version ${version}`);
  }
  report.add({
    group: "races", check: "two tabs answer one card (same expectedVersion)", target: "POST /api/reviews", tried: rounds,
    passed: problems.length === 0, note: problems.length ? problems.join("; ") : `each round: one 201, one 409; one review stored`,
  });
}

async function twoStudentsJoinAtOnce({ report, db, baseUrl }: Ctx) {
  const teacher = await signUp(baseUrl, "teacher");
  const klass = await createClass(teacher);
  const [a, b] = await Promise.all([signUp(baseUrl, "learner"), signUp(baseUrl, "learner")]);
  // Both at once, each with a double click (three requests).
  const replies = await Promise.all([a!, b!, a!, b!, a!, b!].map((s) => s.client.json("/api/classes/join", "POST", { code: klass.joinCode })));
  const rows = db.value<number>("SELECT count(*) FROM Membership WHERE classId = ?", klass.id);
  const each = [a!, b!].map((s) => db.value<number>("SELECT count(*) FROM Membership WHERE classId = ? AND userId = ?", klass.id, s.id));
  report.add({
    group: "races", check: "two students join with one code at once", target: "POST /api/classes/join", tried: replies.length,
    passed: replies.every((r) => r.status === 200 || r.status === 201) && rows === 2 && each.every((n) => n === 1),
    note: `answers ${statuses(replies)}; memberships ${each.join(" and ")}`,
  });
}

const ADDED = 20;
const CONFLICT_CARDS = [0, 1, 2, 3, 4];

/** Students answer two assignments while their teacher creates more and withdraws one; cards race too. */
async function assignmentsChangeWhileStudentsAnswer({ report, db, baseUrl }: Ctx) {
  const bank = getTestBank();
  const questions = [...bank.questions.values()].filter((q) => q.type === "multiple_choice").slice(0, 8);
  const teacher = await signUp(baseUrl, "teacher");
  const klass = await createClass(teacher);
  const students = await Promise.all([1, 2, 3].map(() => signUp(baseUrl, "learner")));
  const assign = async (title: string) => {
    const body = { kind: "quiz", title, due: "2031-01-01T10:00", questionIds: questions.map((q) => q.id), attemptsAllowed: 2, lateCounts: true };
    return teacher.client.json(`/api/classes/${klass.id}/assignments`, "POST", body);
  };
  const keep = JSON.parse((await assign("Kept")).text) as { id: string };
  const doomed = JSON.parse((await assign("Withdrawn")).text) as { id: string };
  for (const s of students) await s.client.json("/api/classes/join", "POST", { code: klass.joinCode });
  const start = async (s: Person, id: string) => (JSON.parse((await s.client.json(`/api/assignments/${id}/start`, "POST", {})).text) as { attemptId: string }).attemptId;
  const attempts = await Promise.all(students.flatMap((s) => [keep.id, doomed.id].map(async (id) => ({ s, id, attemptId: await start(s, id) }))));

  // Each student answers question after question, as in the browser; the withdrawal lands mid-way.
  let answered = 0;
  let withdraw!: () => void;
  const halfway = new Promise<void>((resolve) => (withdraw = resolve));
  const answers = Promise.all(
    attempts.map(async ({ s, id, attemptId }) => {
      const results: { reply: Reply; assignment: string }[] = [];
      for (const [i, q] of questions.entries()) {
        if (q.type !== "multiple_choice") throw new Error("unreachable");
        const reply = await s.client.json(`/api/attempts/${attemptId}/answers`, "POST", { questionId: q.id, clientKey: `storm-${attemptId}-${i}`, response: { kind: "choice", choice: q.answer } });
        results.push({ reply, assignment: id });
        if (++answered === Math.floor((attempts.length * questions.length) / 3)) withdraw();
      }
      return results;
    }),
  ).then((all) => all.flat());
  // Two tabs on each of several cards: every loser's transaction rolls back mid-storm.
  const conflicts = students.flatMap((s, i) => CONFLICT_CARDS.flatMap((c) => [0, 1].map((tab) => s.client.json("/api/reviews", "POST", review(pickCard(30 + i * 10 + c), `storm-tab-${tab}-${c}`, 0)))));
  const created = Array.from({ length: ADDED }, (_, n) => assign(`Added ${n + 1}`));
  const withdrawn = halfway.then(() => teacher.client.request(`/api/classes/${klass.id}/assignments/${doomed.id}`, { method: "DELETE" }));
  const [answerResults, conflictReplies, createdReplies, withdrawReply] = await Promise.all([answers, Promise.all(conflicts), Promise.all(created), withdrawn]);

  const problems: string[] = [];
  const all = [...answerResults.map((a) => a.reply), ...conflictReplies, ...createdReplies, withdrawReply];
  const errors = all.filter((r) => r.status >= 500);
  if (errors.length) problems.push(`${errors.length} answered 5xx: ${errors[0]!.text.slice(0, 120)}`);
  const keptAcked = answerResults.filter((a) => a.assignment === keep.id && a.reply.status < 300);
  const keptStored = db.value<number>(`SELECT count(*) FROM Answer WHERE attemptId IN (${attempts.filter((a) => a.id === keep.id).map(() => "?").join(",")})`, ...attempts.filter((a) => a.id === keep.id).map((a) => a.attemptId));
  if (keptStored !== keptAcked.length) problems.push(`${keptAcked.length} answers acknowledged on the kept assignment, ${keptStored} stored`);
  const newIds = createdReplies.filter((r) => r.status === 201).map((r) => (JSON.parse(r.text) as { id: string }).id);
  const newStored = db.value<number>(`SELECT count(*) FROM Assignment WHERE id IN (${newIds.map(() => "?").join(",") || "''"})`, ...newIds);
  if (newIds.length !== ADDED || newStored !== ADDED) problems.push(`${newIds.length} of ${ADDED} assignments acknowledged, ${newStored} stored`);
  if (withdrawReply.status !== 200) problems.push(`withdrawing answered ${withdrawReply.status}`);
  const doomedLeft = db.value<number>("SELECT count(*) FROM Attempt WHERE assignmentId = ?", doomed.id);
  const onDoomed = answerResults.filter((a) => a.assignment === doomed.id).map((a) => a.reply.status);
  const doomedNote = `withdrawn one: ${onDoomed.filter((st) => st < 300).length} answers taken before, ${onDoomed.filter((st) => st === 404).length} refused 404 after`;
  if (doomedLeft !== 0) problems.push(`${doomedLeft} attempts left on the withdrawn assignment`);
  const perStudent = CONFLICT_CARDS.length * 2;
  for (let i = 0; i < students.length; i++) {
    const stored = db.value<number>("SELECT count(*) FROM Review WHERE userId = ? AND clientKey LIKE 'storm-tab-%'", students[i]!.id);
    const acked = conflictReplies.slice(i * perStudent, (i + 1) * perStudent).filter((r) => r.status === 201).length;
    if (stored !== acked || acked !== CONFLICT_CARDS.length) problems.push(`student ${i + 1}: ${acked} tab reviews acknowledged, ${stored} stored`);
  }
  report.add({
    group: "races", check: "teacher adds and withdraws assignments while students answer", target: "answers, assignments, reviews", tried: all.length,
    passed: problems.length === 0,
    note: problems.length ? problems.join("; ") : `${keptAcked.length} answers kept; ${doomedNote}, its attempts gone; ${ADDED} assignments added and kept; ${conflictReplies.length / 2} tab conflicts each 201+409`,
  });
}

export async function checkRaces(ctx: Ctx): Promise<void> {
  const checks: [string, (c: Ctx) => Promise<void>][] = [
    ["same review sent 10 times at once", sameReviewTenTimes],
    ["two tabs answer one card (same expectedVersion)", twoTabsOneCard],
    ["two students join with one code at once", twoStudentsJoinAtOnce],
    ["teacher adds and withdraws assignments while students answer", assignmentsChangeWhileStudentsAnswer],
  ];
  for (const [name, check] of checks) {
    try {
      await check(ctx);
    } catch (error) {
      ctx.report.crashed("races", name, "", error);
    }
  }
}
