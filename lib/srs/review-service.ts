// The review screen and the grading of a review: today's queue for the learner, the next card
// asked through one of its fact's questions, and an answer (or a self-grade) turned into FSRS.
import "server-only";
import type { QuestionBank } from "@/lib/content/bank";
import type { CardRead } from "@/lib/db/engine";
import { listAnswersOf } from "@/lib/quiz/answers";
import { explainQuestion, type Explanation } from "@/lib/quiz/feedback";
import { expectedAnswer, gradeAnswer, type AnswerResponse, type Grade } from "@/lib/quiz/grade";
import { presentQuestion, type PresentedQuestion } from "@/lib/quiz/present";
import { hintFor } from "@/lib/quiz/hint";
import { hashString } from "@/lib/quiz/random";
import { dayWindow, type LearnerDay } from "@/lib/time/learner-day";
import { chooseQuestion, isCardQuestion } from "./form";
import { buildCramQueue, buildQueue, nextInQueue } from "./queue";
import { formOfQuestionType, ratingForAnswer } from "./rating";
import { currentParameters } from "./memory-model";
import { CRAM } from "./review-plan";
import { newCardState, previewRatings, retrievability, type SrsRating } from "./scheduler";
import { allowedRatingsFor, changeRating, countToday, findJustUndone, listCrammedToday, recordCramReview, findUndoableGrade, lastQuestionFor, listCards, recordReview, toCardState, type CardRow } from "./store";

/**
 * What reviewing needs of the learner: their settings, passed in by the caller (the signed-in
 * user, a PublicUser of lib/auth, has them all), so this folder never reads the session.
 */
export type Reviewer = { id: string; desiredRetention: number; newPerDay: number; reviewsPerDay: number } & LearnerDay;

export type ReviewCardView = {
  factId: string;
  version: number;
  isNew: boolean;
  question: PresentedQuestion;
  /** Answer mode: a nudge the learner may ask for (a right answer after it counts as Hard). */
  hint: string | null;
  /** Which of today's counts this card is one of; cram: a card of a cram session, whatever its state. */
  bucket: "new" | "learning" | "due" | "cram";
  /** Flashcards only: the back of the card, shown when it is flipped (self-graded mode). */
  back?: { answer: string; statement: string; explanation: Explanation };
  /** Cram only: how many times this card was crammed today, so a card asked again is a new round. */
  cramRound?: number;
  /** What each of Again/Hard/Good/Easy would schedule, e.g. "10m", "4d"; null in cram, which schedules nothing. */
  intervals: Record<SrsRating, string> | null;
};

export type ReviewScreen = {
  counts: { new: number; learning: number; due: number };
  card: ReviewCardView | null;
  /** The grade Undo would take back, named by its fact, or null when there is none to undo. */
  undoable: { statement: string; rating: SrsRating } | null;
  /** A cram session: how many cards are left in it, the one shown included. */
  cramLeft?: number;
};

export type ReviewMode = "answer" | "flashcards";

const learnerDayOf = ({ timeZone, dayStartHour }: LearnerDay): LearnerDay => ({ timeZone, dayStartHour });

/** The facts a card can be asked about, in teaching order; `topicId` keeps that topic's only. */
function cardFacts(bank: QuestionBank, topicId?: string): string[] {
  // A fact asked only through ordering or matching (several facts at once) has no card question.
  return [...bank.facts.values()]
    .filter((f) => (topicId === undefined || f.topic === topicId) && bank.questionsByFact.get(f.id)?.some(isCardQuestion))
    .map((f) => f.id);
}

/** Today's queue for the learner, with the cards it was built from; `topicId` keeps that topic's facts only. */
async function loadQueue(user: Reviewer, bank: QuestionBank, now: Date, topicId?: string) {
  const day = dayWindow(now, user.timeZone, user.dayStartHour);
  const [cards, today] = await Promise.all([listCards(user.id), countToday(user.id, day.start)]);
  const queue = buildQueue({
    cards: cards.map((c) => ({ factId: c.factId, due: c.due, state: c.state as 0 | 1 | 2 | 3, suspended: c.suspended })),
    factOrder: cardFacts(bank, topicId),
    ...today,
    newPerDay: user.newPerDay,
    reviewsPerDay: user.reviewsPerDay,
    now,
    dayEnd: day.end,
  });
  return { cards, queue };
}

/**
 * Today's counts, and how many cards are ready this minute (learning cards waiting for their step
 * are due later today, not now): the home page's and the dashboard's "N due now".
 */
export async function loadQueueCounts(user: Reviewer, bank: QuestionBank, now: Date): Promise<ReviewScreen["counts"] & { readyNow: number }> {
  const { queue } = await loadQueue(user, bank, now);
  return { ...queue.counts, readyNow: queue.dueNow };
}

/** The review screen; with `topicId`, a review of that topic's cards only (a mastery assignment's Review). */
export async function loadReviewScreen(user: Reviewer, bank: QuestionBank, now: Date, mode: ReviewMode, topicId?: string): Promise<ReviewScreen> {
  const [{ cards, queue }, undone, undoable] = await Promise.all([
    loadQueue(user, bank, now, topicId),
    findJustUndone(user.id),
    findUndoableGrade(user.id),
  ]);
  // A card whose grade was just undone comes back first, asked by the question it was graded on.
  const isBack = undone !== null && (queue.due.slice(0, queue.dueNow).includes(undone.factId) || queue.fresh.includes(undone.factId));
  const factId = isBack ? undone.factId : nextInQueue(queue);
  const row = factId ? (cards.find((c) => c.factId === factId) ?? null) : null;
  const card = factId ? await viewCard(user, bank, factId, row, now, mode, isBack ? undone.questionId : null) : null;
  const undoneStatement = undoable ? bank.facts.get(undoable.factId)?.statement : undefined;
  return {
    counts: queue.counts,
    card,
    undoable: undoable && undoneStatement ? { statement: undoneStatement, rating: undoable.rating as SrsRating } : null,
  };
}

/** How many cards the review screen loads ahead, to go on with when the connection drops. */
export const CARDS_AHEAD = 10;

/**
 * The next cards of today's queue in the order the screen would ask them if each left the queue once
 * answered (ready due cards, new facts, then learning cards ahead of their step), `limit` at most:
 * what the review screen goes on with offline. The caller leaves out the card it already shows.
 */
export async function loadUpcomingCards(user: Reviewer, bank: QuestionBank, now: Date, mode: ReviewMode, topicId?: string, limit = CARDS_AHEAD): Promise<ReviewCardView[]> {
  const { cards, queue } = await loadQueue(user, bank, now, topicId);
  const order = [...queue.due.slice(0, queue.dueNow), ...queue.fresh, ...queue.due.slice(queue.dueNow)].slice(0, limit);
  const views = await Promise.all(order.map((factId) => viewCard(user, bank, factId, cards.find((c) => c.factId === factId) ?? null, now, mode, null)));
  return views.filter((view): view is ReviewCardView => view !== null);
}

/**
 * A cram session of one topic before a test (./queue buildCramQueue says which cards, in what order).
 * Its answers schedule nothing, so it offers no undo and shows no intervals.
 */
export async function loadCramScreen(user: Reviewer, bank: QuestionBank, now: Date, mode: ReviewMode, topicId: string): Promise<ReviewScreen> {
  const day = dayWindow(now, user.timeZone, user.dayStartHour);
  const [cards, crammedToday] = await Promise.all([listCards(user.id), listCrammedToday(user.id, day.start)]);
  const queue = buildCramQueue({
    cards: cards.map((c) => ({ factId: c.factId, state: c.state as 0 | 1 | 2 | 3, suspended: c.suspended, recall: retrievability(c, now) })),
    factIds: cardFacts(bank, topicId),
    crammedToday,
  });
  const factId = queue[0];
  const row = factId ? (cards.find((c) => c.factId === factId) ?? null) : null;
  const view = factId && row ? await viewCard(user, bank, factId, row, now, mode, null, true) : null;
  const card = view && factId ? { ...view, cramRound: crammedToday.get(factId)?.length ?? 0 } : null;
  return { counts: { new: 0, learning: 0, due: 0 }, card, undoable: null, cramLeft: queue.length };
}

async function viewCard(
  user: Reviewer,
  bank: QuestionBank,
  factId: string,
  card: CardRow | null,
  now: Date,
  mode: ReviewMode,
  sameQuestionId: string | null,
  isCram = false,
): Promise<ReviewCardView | null> {
  const fact = bank.facts.get(factId);
  const version = card?.version ?? 0;
  const questions = bank.questionsByFact.get(factId) ?? [];
  const same = questions.find((q) => q.id === sameQuestionId && isCardQuestion(q));
  const question =
    same ??
    chooseQuestion(
      questions,
      card ? { state: card.state, stability: card.stability } : null,
      await lastQuestionFor(user.id, factId),
      hashString(`${factId}:${version}`),
    );
  if (!fact || !question) return null;
  const state = card ? toCardState(card) : newCardState(now);
  const parameters = await currentParameters(user.id);
  const previews = previewRatings(state, now, { desiredRetention: user.desiredRetention, ...(parameters ? { weights: parameters.weights } : {}), day: learnerDayOf(user) });
  return {
    factId,
    version,
    isNew: !card || card.state === 0,
    bucket: isCram ? "cram" : !card || card.state === 0 ? "new" : card.state === 2 ? "due" : "learning",
    question: presentQuestion(question, bank, `${user.id}:${factId}:${version}`),
    hint: mode === "answer" ? hintFor(question, bank) : null,
    ...(mode === "flashcards"
      ? { back: { answer: expectedAnswer(question, bank), statement: fact.statement, explanation: explainQuestion(question, bank) } }
      : {}),
    intervals: isCram ? null : { 1: previews[1].interval, 2: previews[2].interval, 3: previews[3].interval, 4: previews[4].interval },
  };
}

export type SubmitReviewInput = {
  factId: string;
  questionId: string;
  clientKey: string;
  expectedVersion: number;
  response?: AnswerResponse;
  rating?: SrsRating;
  timeMs?: number;
  usedHint?: boolean;
  /** An answer in a cram session: logged, the card left as it stands (loadCramScreen). */
  cram?: boolean;
  /** The card as read with the signed-in user, for the write to plan on (lib/db's Engine.findUserWithCard). */
  read?: CardRead | null;
};

export type SubmitReviewResult =
  | {
      ok: true;
      replayed: boolean;
      /** The stored review, which a rating change names. */
      reviewId: string;
      rating: SrsRating;
      /** The ratings the learner may change an app-graded answer's to (none for a self-graded flashcard). */
      changeableTo: readonly SrsRating[];
      grade: Grade | null;
      due: Date;
      explanation: Explanation;
    }
  | { ok: false; status: 404 | 409 | 422; code: string; message: string };

export async function submitReview(user: Reviewer, bank: QuestionBank, input: SubmitReviewInput, now: Date): Promise<SubmitReviewResult> {
  const question = bank.questions.get(input.questionId);
  if (!bank.facts.has(input.factId) || !question || !question.facts.includes(input.factId)) {
    return { ok: false, status: 404, code: "unknown_card", message: "That card or question does not exist." };
  }
  let grade: Grade | null = null;
  let rating: SrsRating;
  if (input.response) {
    const outcome = gradeAnswer(question, input.response, bank);
    if (!outcome.ok) return { ok: false, status: 422, code: "invalid_answer", message: outcome.message };
    grade = outcome.grade;
    rating = ratingForAnswer({
      isCorrect: grade.isCorrect,
      form: formOfQuestionType(question.type),
      ...(input.usedHint === undefined ? {} : { usedHint: input.usedHint }),
      ...(input.timeMs === undefined ? {} : { timeMs: input.timeMs }),
    });
  } else if (input.rating) {
    rating = input.rating;
  } else {
    return { ok: false, status: 422, code: "invalid_request", message: "Send an answer or a rating." };
  }
  // The parameters in force are read by the write itself, with the card (lib/db's engine).
  const review = {
    userId: user.id,
    factId: input.factId,
    questionId: question.id,
    clientKey: input.clientKey,
    rating,
    isCorrect: grade ? grade.isCorrect : null,
    origin: input.cram ? CRAM : input.response ? "review" : "flashcard",
    desiredRetention: user.desiredRetention,
    day: learnerDayOf(user),
    now,
    expectedVersion: input.expectedVersion,
    ...(input.timeMs === undefined ? {} : { timeMs: input.timeMs }),
    ...(input.read ? { read: input.read } : {}),
  } as const;
  const outcome = input.cram ? await recordCramReview(review) : await recordReview(review);
  if (!outcome.ok) return { ok: false, status: outcome.status, code: outcome.code, message: outcome.message };
  // A resent submission answers with what was stored the first time.
  if (outcome.replayed && grade) grade = { ...grade, isCorrect: outcome.review.isCorrect ?? grade.isCorrect };
  return {
    ok: true,
    replayed: outcome.replayed,
    reviewId: outcome.review.id,
    rating: outcome.review.rating as SrsRating,
    // A cram answer schedules nothing, so there is no rating to change.
    changeableTo: grade && !input.cram ? allowedRatingsFor(grade.isCorrect) : [],
    grade,
    due: outcome.card.due,
    explanation: explainQuestion(question, bank),
  };
}

type Answerer = Pick<Reviewer, "id" | "desiredRetention" | "timeZone" | "dayStartHour">;

/**
 * An answer graded outside the review screen (a quiz, a live game) becomes one review of each fact the
 * question tests, keyed `<key>:<question>:<fact>`, so the same answer sent again records nothing twice.
 */
async function recordAnswerAsReviews(
  user: Answerer,
  bank: QuestionBank,
  input: { key: string; origin: "quiz" | "game"; questionId: string; isCorrect: boolean; timeMs?: number },
  now: Date,
) {
  const question = bank.questions.get(input.questionId);
  if (!question) return;
  const rating = ratingForAnswer({
    isCorrect: input.isCorrect,
    form: formOfQuestionType(question.type),
    ...(input.timeMs === undefined ? {} : { timeMs: input.timeMs }),
  });
  for (const factId of question.facts) {
    await recordReview({
      userId: user.id,
      factId,
      questionId: question.id,
      clientKey: `${input.key}:${question.id}:${factId}`.slice(0, 190),
      rating,
      isCorrect: input.isCorrect,
      origin: input.origin,
      desiredRetention: user.desiredRetention,
      day: learnerDayOf(user),
      now,
      expectedVersion: null,
    });
  }
}

/** Signed-in quiz answers are reviews too: each fact the question tests gets one (idempotent per answer). */
export async function recordQuizAnswerAsReview(
  user: Answerer,
  bank: QuestionBank,
  input: { attemptId: string; questionId: string; isCorrect: boolean; timeMs?: number },
  now: Date,
) {
  const { attemptId, ...answer } = input;
  await recordAnswerAsReviews(user, bank, { ...answer, key: `quiz:${attemptId}`, origin: "quiz" }, now);
}

/** A signed-in player's live-game answer, the same way: once per (player, question, fact). */
export async function recordGameAnswerAsReview(
  user: Answerer,
  bank: QuestionBank,
  input: { playerId: string; questionId: string; isCorrect: boolean; timeMs?: number },
  now: Date,
) {
  const { playerId, ...answer } = input;
  await recordAnswerAsReviews(user, bank, { ...answer, key: `game:${playerId}`, origin: "game" }, now);
}

/**
 * Answers given as a guest count once the quizzes are claimed by an account (at sign-up or sign-in):
 * each becomes the account's review, at the time it was answered, oldest first. Idempotent like any
 * quiz answer, so claiming twice records nothing twice.
 */
export async function recordClaimedAnswersAsReviews(user: Pick<Reviewer, "id" | "desiredRetention" | "timeZone" | "dayStartHour">, bank: QuestionBank, attemptIds: string[]) {
  for (const answer of await listAnswersOf(user.id, attemptIds)) {
    const { createdAt, timeMs, ...rest } = answer;
    await recordQuizAnswerAsReview(user, bank, { ...rest, ...(timeMs === null ? {} : { timeMs }) }, createdAt);
  }
}

export type ChangeRatingResult =
  | { ok: true; replayed: boolean; reviewId: string; rating: SrsRating; due: Date }
  | { ok: false; status: 404 | 409 | 422; code: string; message: string };

/** The learner's own rating for the answer the app just graded (./store changeRating says what may change). */
export async function changeReviewRating(user: Reviewer, input: { reviewId: string; rating: SrsRating }, now: Date): Promise<ChangeRatingResult> {
  const outcome = await changeRating(user.id, input.reviewId, input.rating, user.desiredRetention, now);
  if (!outcome.ok) return outcome;
  return { ok: true, replayed: outcome.replayed, reviewId: outcome.reviewId, rating: outcome.rating, due: outcome.card.due };
}
