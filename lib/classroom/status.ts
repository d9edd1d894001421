// The status of one student's assignment, from plain data: what the student list, the
// gradebook and the CSV all show, computed in one place.
import type { GoalJudgement } from "@/lib/srs/recall";

export type AssignmentStatus = "not_started" | "in_progress" | "submitted" | "late" | "missing";

export const STATUS_LABELS: Record<AssignmentStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
  late: "Late",
  missing: "Missing",
};

export type QuizTry = { completedAt: Date | null; correct: number; total: number };

export type QuizOutcome = { status: AssignmentStatus; score: number | null; attemptsUsed: number };

/**
 * A quiz assignment: the best finished try that counts gives the score. A try finished after the
 * due date is "late"; it counts toward the score only when the teacher allowed late work.
 */
export function quizOutcome(tries: readonly QuizTry[], dueAt: Date, now: Date, lateCounts: boolean): QuizOutcome {
  const finished = tries.filter((t) => t.completedAt !== null);
  const onTime = finished.filter((t) => (t.completedAt as Date) <= dueAt);
  const counting = lateCounts ? finished : onTime;
  const best = counting.reduce<number | null>((top, t) => Math.max(top ?? 0, t.total ? t.correct / t.total : 0), null);
  const base = { score: best, attemptsUsed: tries.length };
  if (onTime.length > 0) return { ...base, status: "submitted" };
  if (finished.length > 0) return { ...base, status: "late" };
  if (now > dueAt) return { ...base, status: "missing" };
  return { ...base, status: tries.length > 0 ? "in_progress" : "not_started" };
}

export type MasteryOutcome = { status: AssignmentStatus; recall: number | null; below: number };

/**
 * A mastery assignment ("keep topic T at or above X% predicted recall until D"), judged by
 * lib/srs/recall's judgeRecallGoal at the due date (every fact at or above the target, an unstudied
 * one counting 0). Met is "submitted"; after the due date, unmet is "missing"; before it, "in
 * progress" once a fact is studied.
 */
export function masteryOutcome(goal: GoalJudgement, dueAt: Date, now: Date): MasteryOutcome {
  const { recall, studied, below } = goal;
  if (goal.isMet) return { status: "submitted", recall, below };
  if (now > dueAt) return { status: "missing", recall, below };
  return { status: studied > 0 ? "in_progress" : "not_started", recall, below };
}

/**
 * The instant a mastery goal is judged at: its due date while that is ahead. Once it has passed, the
 * prediction at the due date would credit reviews made after it (a card reviewed later reads 100%
 * "at" an earlier instant), so the goal is judged now instead.
 */
export function masteryJudgedAt(dueAt: Date, now: Date): Date {
  return now > dueAt ? now : dueAt;
}
