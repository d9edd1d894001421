// The signed-in learner's home page: what is due now, the streak, and the quiz to resume. Reads
// only the learner's own rows (each query names the user).
import "server-only";
import type { QuestionBank } from "@/lib/content/bank";
import { db } from "@/lib/db";
import { listAttempts } from "@/lib/quiz/attempts";
import { describeMode } from "@/lib/quiz/describe";
import type { Taker } from "@/lib/quiz/taker";
import { dayKeyOf } from "@/lib/time/learner-day";
import { loadQueueCounts, type Reviewer } from "@/lib/srs/review-service";
import { computeStreaks } from "./streaks";

const YEAR_MS = 366 * 24 * 60 * 60 * 1000;

/** `user` is the signed-in learner: the queue needs their limits, the streak their day. */
export async function loadLearnerHome(user: Reviewer, taker: Taker, bank: QuestionBank, now: Date) {
  const [counts, reviews, attempts, cardCount] = await Promise.all([
    loadQueueCounts(user, bank, now),
    db.review.findMany({
      where: { userId: user.id, undo: null, reviewedAt: { gte: new Date(now.getTime() - YEAR_MS) } },
      select: { reviewedAt: true },
    }),
    listAttempts({ taker, take: 20 }),
    db.card.count({ where: { userId: user.id } }),
  ]);
  const keyOf = (d: Date) => dayKeyOf(d, user.timeZone, user.dayStartHour);
  const open = attempts.find((a) => !a.completedAt && a.answered < a.questionIds.length);
  const last = attempts.find((a) => a.completedAt || a.answered === a.questionIds.length);
  return {
    counts,
    streaks: computeStreaks(
      reviews.map((r) => keyOf(r.reviewedAt)),
      keyOf(now),
    ),
    cardCount,
    resume: open ? { id: open.id, title: describeMode(open.mode, bank), answered: open.answered, total: open.questionIds.length } : null,
    lastQuiz: last ? { id: last.id, title: describeMode(last.mode, bank), correct: last.correct, total: last.questionIds.length } : null,
  };
}

export type LearnerHome = Awaited<ReturnType<typeof loadLearnerHome>>;
