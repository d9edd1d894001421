// The status of one student's assignment, from plain data: what the student list, the
// gradebook and the CSV all show, computed in one place.
import type { RecallSummary } from "@/lib/srs/recall";

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

export type MasteryOutcome = { status: AssignmentStatus; recall: number | null };

/**
 * A mastery assignment ("keep topic T at or above X% predicted recall until D"): the topic's
 * predicted recall by the rule of lib/srs/recall (an unstudied fact counts 0). Met is "submitted";
 * after the due date, below target is "missing"; before it, "in progress" once a fact is studied.
 */
export function masteryOutcome(topic: RecallSummary, target: number, dueAt: Date, now: Date): MasteryOutcome {
  const { recall, studied } = topic;
  if (recall !== null && recall >= target) return { status: "submitted", recall };
  if (now > dueAt) return { status: "missing", recall };
  return { status: studied > 0 ? "in_progress" : "not_started", recall };
}
