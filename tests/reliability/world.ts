// The people and rows the checks aim at: a teacher with a class and an assignment, a student in it
// with a quiz, a card and a review. Their ids are what "other users' rows" means in bad input.
import { getTestBank } from "../e2e/helpers/bank";
import type { DbReader } from "./db";
import { Client, newAddress } from "./http";
import { signUp, type Person, type Role } from "./people";

export type Subject = { role: "guest" | Role; client: Client; ownIds: string[]; person: Person | null };

export type World = {
  baseUrl: string;
  teacher: Person;
  student: Person;
  classId: string;
  joinCode: string;
  assignmentId: string;
  attemptId: string;
  /** A question the teacher wrote for the class: its row id (in URLs) and bank id ("tq:…"). */
  teacherQuestion: { rowId: string; questionId: string };
  /** A fact and one of its multiple-choice questions, for reviews. */
  card: { factId: string; questionId: string; choices: string[]; answer: string };
  /** The student's review of that card (an answer the app graded, so its rating can change). */
  reviewId: string;
  /** A live game the teacher hosts (in its lobby) and the student's player in it. */
  game: { id: string; pin: string; playerId: string };
  ids: string[];
};

/**
 * The world's value for each [param] of a page or route other than [id] (whose meaning depends on
 * the page: the caller adds it). Every pattern's params must be filled: an empty one would send a
 * path with a trailing slash, which Next redirects (308) before the app sees it.
 */
export function segments(world: World): Record<string, string | string[]> {
  return { aid: world.assignmentId, sid: world.student.id, qid: world.teacherQuestion.rowId, code: world.joinCode, userId: world.student.id, factId: world.card.factId, playerId: world.game.playerId, nextauth: ["callback", "credentials"] };
}

async function expectJson<T>(reply: Promise<{ status: number; text: string }>, status: number, what: string): Promise<T> {
  const r = await reply;
  if (r.status !== status) throw new Error(`${what} answered ${r.status}: ${r.text.slice(0, 200)}`);
  return JSON.parse(r.text) as T;
}

/** The offset-th fact that has a multiple-choice question: different offsets, different cards. */
export function pickCard(offset = 0): World["card"] {
  const byFact = new Map<string, World["card"]>();
  for (const q of getTestBank().questions.values()) {
    if (q.type !== "multiple_choice" || byFact.has(q.facts[0]!)) continue;
    byFact.set(q.facts[0]!, { factId: q.facts[0]!, questionId: q.id, choices: [q.answer, ...q.distractors], answer: q.answer });
  }
  const cards = [...byFact.values()];
  return cards[offset % cards.length]!;
}

export async function createClass(teacher: Person, name = "Reliability class") {
  return expectJson<{ id: string; joinCode: string }>(teacher.client.json("/api/classes", "POST", { name }), 201, "creating a class");
}

export async function createAssignment(teacher: Person, classId: string) {
  const body = { kind: "quiz", title: "Reliability quiz", due: "2031-01-01T10:00", topic: "mixed", count: 2, attemptsAllowed: 3, lateCounts: true };
  return expectJson<{ id: string }>(teacher.client.json(`/api/classes/${classId}/assignments`, "POST", body), 201, "creating an assignment");
}

export async function createTeacherQuestion(teacher: Person, classId: string) {
  const body = {
    type: "multiple_choice",
    fact: "abm-eif-1972",
    prompt: "When did the ABM Treaty enter into force?",
    explanation: "The ABM Treaty entered into force on 3 October 1972.",
    answer: "3 October 1972",
    distractors: "26 May 1972\n13 June 2002\n1 July 1974",
  };
  const made = await expectJson<{ id: string; questionId: string }>(teacher.client.json(`/api/classes/${classId}/questions`, "POST", body), 201, "writing a question");
  return { rowId: made.id, questionId: made.questionId };
}

export async function startAttempt(client: Client) {
  return expectJson<{ id: string }>(client.json("/api/attempts", "POST", { topic: "mixed", length: 2 }), 201, "starting a quiz");
}

export async function hostGame(teacher: Person, student: Person) {
  const topicId = getTestBank().topics[0]!.id;
  const game = await expectJson<{ id: string; pin: string }>(teacher.client.json("/api/games", "POST", { source: "topic", topicId, count: 2, seconds: 20 }), 201, "hosting a game");
  const joined = await expectJson<{ playerId: string }>(student.client.json("/api/games/join", "POST", { pin: game.pin, nickname: "World player" }), 201, "joining the game");
  return { id: game.id, pin: game.pin, playerId: joined.playerId };
}

export async function buildWorld(baseUrl: string, db: DbReader): Promise<World> {
  const teacher = await signUp(baseUrl, "teacher");
  const student = await signUp(baseUrl, "learner");
  const klass = await createClass(teacher);
  const assignment = await createAssignment(teacher, klass.id);
  const teacherQuestion = await createTeacherQuestion(teacher, klass.id);
  await expectJson(student.client.json("/api/classes/join", "POST", { code: klass.joinCode }), 201, "joining a class");
  const started = await expectJson<{ attemptId: string }>(student.client.json(`/api/assignments/${assignment.id}/start`, "POST", {}), 201, "starting an assignment");
  const card = pickCard();
  const review = { factId: card.factId, questionId: card.questionId, clientKey: "world-review-1", expectedVersion: 0, response: { kind: "choice", choice: card.answer } };
  const { reviewId } = await expectJson<{ reviewId: string }>(student.client.json("/api/reviews", "POST", review), 201, "reviewing a card");
  const game = await hostGame(teacher, student);
  const rows = db.all<{ id: string }>(
    `SELECT id FROM "User" UNION ALL SELECT id FROM "Class" UNION ALL SELECT joinCode FROM "Class" UNION ALL SELECT id FROM Assignment
     UNION ALL SELECT id FROM Attempt UNION ALL SELECT id FROM Card UNION ALL SELECT id FROM Review UNION ALL SELECT id FROM Membership UNION ALL SELECT id FROM TeacherQuestion
     UNION ALL SELECT id FROM Game UNION ALL SELECT id FROM GamePlayer`,
  );
  const bank = getTestBank();
  const ids = [...rows.map((r) => r.id), game.pin, teacherQuestion.questionId, card.factId, card.questionId, bank.topics[0]!.id, [...bank.sources.keys()][0]!];
  return { baseUrl, teacher, student, classId: klass.id, joinCode: klass.joinCode, assignmentId: assignment.id, attemptId: started.attemptId, teacherQuestion, card, reviewId, game, ids };
}

/** Who sends bad input: a guest, or a fresh learner or teacher with rows of their own. */
export async function newSubject(world: World, role: Subject["role"]): Promise<Subject> {
  if (role === "guest") {
    const client = new Client(world.baseUrl, { "x-forwarded-for": newAddress() });
    return { role, client, ownIds: [(await startAttempt(client)).id], person: null };
  }
  const person = await signUp(world.baseUrl, role);
  if (role === "learner") {
    const attempt = await startAttempt(person.client);
    return { role, client: person.client, ownIds: [person.id, attempt.id], person };
  }
  const klass = await createClass(person);
  const assignment = await createAssignment(person, klass.id);
  return { role, client: person.client, ownIds: [person.id, klass.id, klass.joinCode, assignment.id], person };
}
