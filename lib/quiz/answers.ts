// Stored quiz answers read back as a list: for turning a guest's answers into reviews once an account
// claims their quizzes. Kept apart from ./attempts, which depends on who is signed in.
import "server-only";
import { db } from "@/lib/db";

/** The answers of an account's attempts among `attemptIds`, oldest first. */
export async function listAnswersOf(userId: string, attemptIds: string[]) {
  return db.answer.findMany({
    where: { attemptId: { in: attemptIds }, attempt: { userId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { attemptId: true, questionId: true, isCorrect: true, timeMs: true, createdAt: true },
  });
}
