// The status of one student's assignment, from plain data: what the student list, the
// gradebook and the CSV all show, computed in one place.
import { formatPercent } from "@/lib/progress/percent";
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

export type QuizOutcome = {
  status: AssignmentStatus;
  /** The best finished try that counts (late ones only when the teacher allowed late work). */
  score: number | null;
  /** The best try finished after the due date, shown with its Late mark whether it counts or not. */
  lateScore: number | null;
  /** Whether late work counts toward the score (the assignment's setting). */
  lateCounts: boolean;
  attemptsUsed: number;
};

/**
 * A quiz assignment: the best finished try that counts gives the score. A try finished after the
 * due date is "late"; it counts toward the score only when the teacher allowed late work, and its
 * score is shown either way, marked late.
 */
export function quizOutcome(tries: readonly QuizTry[], dueAt: Date, now: Date, lateCounts: boolean): QuizOutcome {
  const finished = tries.filter((t) => t.completedAt !== null);
  const onTime = finished.filter((t) => (t.completedAt as Date) <= dueAt);
  const late = finished.filter((t) => (t.completedAt as Date) > dueAt);
  const best = (set: readonly QuizTry[]) => set.reduce<number | null>((top, t) => Math.max(top ?? 0, t.total ? t.correct / t.total : 0), null);
  const base = { score: best(lateCounts ? finished : onTime), lateScore: best(late), lateCounts, attemptsUsed: tries.length };
  if (onTime.length > 0) return { ...base, status: "submitted" };
  if (finished.length > 0) return { ...base, status: "late" };
  if (now > dueAt) return { ...base, status: "missing" };
  return { ...base, status: tries.length > 0 ? "in_progress" : "not_started" };
}

/** What the statuses mean, for the legend beside every table that shows them. */
export const STATUS_MEANINGS: Record<AssignmentStatus, string> = {
  not_started: "Nothing done yet, and the due date is ahead.",
  in_progress: "Started (a quiz not finished, or some of a mastery topic studied), due date ahead.",
  submitted: "Finished by the due date; for mastery, every fact of the topic predicted at or above the target at the due date.",
  late: "Finished after the due date. Its score is shown, and counts only if the assignment accepts late work.",
  missing: "The due date has passed with nothing finished (mastery: the target not reached).",
};

/** A cell's words: the status, then the score that goes with it; late work says whether it counts. */
export function outcomeText(outcome: { status: AssignmentStatus; score: number | null; lateScore?: number | null; lateCounts?: boolean; recall?: number | null }): string {
  const label = STATUS_LABELS[outcome.status];
  if (outcome.status === "late" && outcome.lateScore != null) {
    return `${label} · ${formatPercent(outcome.lateScore)} · ${outcome.lateCounts ? "counts" : "does not count"}`;
  }
  const figure = outcome.recall ?? outcome.score;
  return figure == null ? label : `${label} · ${formatPercent(figure)}`;
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
