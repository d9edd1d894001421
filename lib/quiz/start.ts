// Starting a quiz: on a topic, mixed, or a retry of the questions missed in an earlier attempt.
import "server-only";
import { z } from "zod";
import type { QuestionBank } from "@/lib/content/bank";
import { createAttempt, getAttempt } from "./attempts";
import { MAX_QUIZ_LENGTH, pickQuestions } from "./build";
import { hashString, seededRandom, shuffleAway } from "./random";
import type { Taker } from "./taker";

type NewTaker = Taker & { learnerId: string };

export const StartQuizInput = z
  .object({
    /** A topic id, or "mixed" for questions from every topic. */
    topic: z.string().min(1, "choose a topic").max(100),
    length: z.coerce
      .number({ error: "the number of questions must be a number" })
      .int("the number of questions must be a whole number")
      .min(1, "a quiz has at least one question")
      .max(MAX_QUIZ_LENGTH, `a quiz has at most ${MAX_QUIZ_LENGTH} questions`),
  })
  .strict();
export type StartQuizInput = z.infer<typeof StartQuizInput>;

export const RetryInput = z.object({ attemptId: z.string().min(1).max(100) }).strict();

/** A quiz of hand-picked questions, in the given order. */
export const PickedQuizInput = z
  .object({
    questionIds: z
      .array(z.string().min(1).max(100))
      .min(1, "pick at least one question")
      .max(MAX_QUIZ_LENGTH, `a quiz has at most ${MAX_QUIZ_LENGTH} questions`)
      .refine((ids) => new Set(ids).size === ids.length, "a question can be picked only once"),
  })
  .strict();
export type PickedQuizInput = z.infer<typeof PickedQuizInput>;

export type StartResult = { ok: true; id: string } | { ok: false; status: 404 | 422; message: string };

export async function startQuiz(bank: QuestionBank, taker: NewTaker, input: StartQuizInput): Promise<StartResult> {
  const topicId = input.topic === "mixed" ? null : input.topic;
  if (topicId && !bank.topics.some((t) => t.id === topicId)) {
    return { ok: false, status: 404, message: `There is no topic "${input.topic}".` };
  }
  const random = seededRandom(hashString(`${taker.learnerId}:${Date.now()}:${Math.random()}`));
  const questionIds = pickQuestions(bank, topicId, input.length, random);
  const { id } = await createAttempt({ taker, mode: topicId ? `topic:${topicId}` : "mixed", questionIds });
  return { ok: true, id };
}

export async function startPickedQuiz(bank: QuestionBank, taker: NewTaker, input: PickedQuizInput): Promise<StartResult> {
  const unknown = input.questionIds.filter((id) => !bank.questions.has(id));
  if (unknown.length > 0) return { ok: false, status: 404, message: `Unknown question id(s): ${unknown.join(", ")}.` };
  const { id } = await createAttempt({ taker, mode: "picked", questionIds: input.questionIds });
  return { ok: true, id };
}

/** A new attempt with the questions answered wrongly (or left unanswered) in an earlier one. */
export async function retryMissed(bank: QuestionBank, taker: NewTaker, attemptId: string): Promise<StartResult> {
  const previous = await getAttempt({ taker, attemptId });
  if (!previous) return { ok: false, status: 404, message: "This quiz does not exist or is not yours." };
  const missed = previous.questionIds.filter((id) => bank.questions.has(id) && !previous.answers.get(id)?.isCorrect);
  if (missed.length === 0) return { ok: false, status: 422, message: "Nothing to retry: every question was right." };
  // Asked in another order than the first time, so the answers are not remembered by position.
  const random = seededRandom(hashString(`${attemptId}:${Date.now()}:${Math.random()}`));
  const { id } = await createAttempt({ taker, mode: `retry:${attemptId}`, questionIds: shuffleAway(missed, random) });
  return { ok: true, id };
}
