// The live game's state machine, pure: lobby -> question -> reveal -> ... -> ended, with pause.
// Each transition takes the state and "now" and returns the next state or a refusal a person can read.

export type GamePhase = "lobby" | "question" | "reveal" | "ended";

export type GameState = {
  phase: GamePhase;
  /** Index of the current (or last revealed) question; -1 in the lobby. */
  questionIndex: number;
  questionCount: number;
  /** When the current question opened and closes (ms since epoch); null outside a question. */
  openedAt: number | null;
  closesAt: number | null;
  /** Set while paused: the time left on the question when it was paused. */
  pausedRemainingMs: number | null;
  /** Milliseconds each question is open. */
  questionMs: number;
  lastActivityAt: number;
};

export type Transition = { ok: true; state: GameState } | { ok: false; message: string };

/** A game nobody has touched for this long ends itself. */
export const IDLE_END_MS = 3 * 60 * 60 * 1000;

/**
 * How long after the timer an answer is still taken: one sent as the count reached zero, from a slow
 * phone on a school network, arrives a moment later. The question is revealed once this has passed too.
 */
export const ANSWER_GRACE_MS = 1_000;

/** When time alone closes the open question (null when no timer runs: not a question, or paused). */
export function closesForGood(s: GameState): number | null {
  return s.phase === "question" && s.pausedRemainingMs === null && s.closesAt !== null ? s.closesAt + ANSWER_GRACE_MS : null;
}

const refuse = (message: string): Transition => ({ ok: false, message });

export function newGameState(questionCount: number, questionMs: number, now: number): GameState {
  return { phase: "lobby", questionIndex: -1, questionCount, openedAt: null, closesAt: null, pausedRemainingMs: null, questionMs, lastActivityAt: now };
}

/** Start (from the lobby) or go on to the next question (from a reveal); after the last one the game ends. */
export function nextQuestion(s: GameState, now: number): Transition {
  if (s.phase === "ended") return refuse("This game has ended.");
  if (s.phase === "question") return refuse("Reveal the answer to this question before going on.");
  const index = s.questionIndex + 1;
  if (index >= s.questionCount) return endGame(s, now);
  return { ok: true, state: { ...s, phase: "question", questionIndex: index, openedAt: now, closesAt: now + s.questionMs, pausedRemainingMs: null, lastActivityAt: now } };
}

/** Close the current question (the host asked, or its time ran out) and show the answer. */
export function revealQuestion(s: GameState, now: number): Transition {
  if (s.phase !== "question") return refuse("There is no open question to reveal.");
  return { ok: true, state: { ...s, phase: "reveal", closesAt: Math.min(s.closesAt ?? now, now), pausedRemainingMs: null, lastActivityAt: now } };
}

export function pauseQuestion(s: GameState, now: number): Transition {
  if (s.phase !== "question") return refuse("Only an open question can be paused.");
  if (s.pausedRemainingMs !== null) return refuse("The question is already paused.");
  return { ok: true, state: { ...s, pausedRemainingMs: Math.max(0, (s.closesAt ?? now) - now), lastActivityAt: now } };
}

export function resumeQuestion(s: GameState, now: number): Transition {
  if (s.phase !== "question" || s.pausedRemainingMs === null) return refuse("The question is not paused.");
  return { ok: true, state: { ...s, closesAt: now + s.pausedRemainingMs, pausedRemainingMs: null, lastActivityAt: now } };
}

export function endGame(s: GameState, now: number): Transition {
  if (s.phase === "ended") return refuse("This game has already ended.");
  return { ok: true, state: { ...s, phase: "ended", openedAt: null, closesAt: null, pausedRemainingMs: null, lastActivityAt: now } };
}

/** Whether an answer given at `now` is taken: the question is open, not paused, and its time (with the grace) has not run out. */
export function canAnswer(s: GameState, questionIndex: number, now: number): { ok: true } | { ok: false; message: string } {
  if (s.phase === "ended") return { ok: false, message: "This game has ended." };
  if (s.phase !== "question" || questionIndex !== s.questionIndex) return { ok: false, message: "This question is closed: answers are no longer taken." };
  if (s.pausedRemainingMs !== null) return { ok: false, message: "The game is paused: wait for the host to go on." };
  if (s.closesAt !== null && now > s.closesAt + ANSWER_GRACE_MS) return { ok: false, message: "Time is up: your answer came after the timer." };
  return { ok: true };
}

export function isIdleExpired(s: GameState, now: number): boolean {
  return s.phase !== "ended" && now - s.lastActivityAt >= IDLE_END_MS;
}
