// Well-shaped bodies for the routes that take one, so that mutating a single field tests the
// checks behind the first one. Optional: a route missing here still gets every other kind of
// bad input.
import type { World } from "./world";

type Sample = (world: World) => Record<string, unknown>;

const SAMPLES: Record<string, Sample> = {
  "POST /api/account": () => ({ name: "Sample", email: "sample@example.org", password: "correct horse battery", role: "learner", timeZone: "UTC" }),
  "PATCH /api/account": () => ({ name: "Sample", timeZone: "UTC", dayStartHour: 4, desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200 }),
  "DELETE /api/account": () => ({ password: "not the password" }),
  "POST /api/account/password": () => ({ current: "not the password", next: "a new long password" }),
  "POST /api/attempts": () => ({ topic: "mixed", length: 3 }),
  "POST /api/attempts/[id]/answers": (w) => ({ questionId: w.card.questionId, clientKey: "sample-key-1", response: { kind: "choice", choice: w.card.answer } }),
  "POST /api/reviews": (w) => ({ factId: w.card.factId, questionId: w.card.questionId, clientKey: "sample-key-2", expectedVersion: 0, rating: 3 }),
  "POST /api/reviews/rating": (w) => ({ reviewId: w.reviewId, rating: 2 }),
  "PATCH /api/cards/[factId]": () => ({ suspended: true }),
  "POST /api/classes": () => ({ name: "Sample class" }),
  "PATCH /api/classes/[id]": () => ({ action: "archive" }),
  "POST /api/classes/join": (w) => ({ code: w.joinCode }),
  "POST /api/classes/[id]/assignments": () => ({ kind: "quiz", title: "Sample", due: "2031-01-01T10:00", topic: "mixed", count: 3, attemptsAllowed: 1, lateCounts: false }),
  "POST /api/classes/[id]/questions": () => ({
    type: "true_false",
    fact: "abm-eif-1972",
    prompt: "The ABM Treaty entered into force in 1972.",
    explanation: "It entered into force on 3 October 1972.",
    answer: "true",
  }),
  "PATCH /api/classes/[id]/questions/[qid]": () => ({ retired: true }),
  "POST /api/games": () => ({ source: "topic", topicId: "open-skies-treaty", count: 2, seconds: 20 }),
  "POST /api/games/join": (w) => ({ pin: w.game.pin, nickname: "Sample player" }),
  "POST /api/games/[id]/control": () => ({ action: "start" }),
  "POST /api/games/[id]/answers": (w) => ({ questionIndex: 0, response: { kind: "choice", choice: w.card.answer } }),
  "POST /api/auth/[...nextauth]": (w) => ({ email: w.student.email, password: "wrong password", csrfToken: "x", json: "true", callbackUrl: "/" }),
};

export function sampleBody(method: string, pattern: string, world: World): Record<string, unknown> | undefined {
  return SAMPLES[`${method} ${pattern}`]?.(world);
}
