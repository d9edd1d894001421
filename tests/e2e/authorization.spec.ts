// The classroom's authorization matrix: every class page, export and action, tried by nobody, a
// learner outside the class, a student in it, its teacher and another teacher, with ids swapped
// between classes. Each refusal is 401/403/404 (or the sign-in redirect) and shows nothing of
// the class. Then a learner's own review routes (a rating change, a topic review, a cram session),
// tried by nobody, another learner and the owner.
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { runAction } from "./helpers/actions";
import { signUpAndSignIn } from "./helpers/auth";
import { getTestBank } from "./helpers/bank";
import { countRows, runSql } from "./helpers/db";

const bank = getTestBank();
const questionIds = [...bank.questions.keys()].slice(0, 2);
type Actor = "nobody" | "outsider" | "student" | "teacher" | "otherTeacher";
const ACTORS: Actor[] = ["nobody", "outsider", "student", "otherTeacher", "teacher"];

async function actor(browser: Browser, role?: "learner" | "teacher") {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (role) await signUpAndSignIn(page, role);
  return { context, request: page.request };
}

async function makeClass(request: APIRequestContext, name: string) {
  const res = await request.post("/api/classes", { data: { name } });
  const { id, joinCode } = (await res.json()) as { id: string; joinCode: string };
  const quiz = await request.post(`/api/classes/${id}/assignments`, {
    data: { kind: "quiz", title: `${name} quiz`, due: "2099-01-01T12:00", questionIds, attemptsAllowed: 3, lateCounts: false },
  });
  return { id, joinCode, quizId: ((await quiz.json()) as { id: string }).id };
}

/** The five actors of the matrix: nobody, an outsider, a student, the teacher and another teacher. */
async function fiveActors(browser: Browser) {
  return {
    nobody: await actor(browser),
    outsider: await actor(browser, "learner"),
    student: await actor(browser, "learner"),
    teacher: await actor(browser, "teacher"),
    otherTeacher: await actor(browser, "teacher"),
  };
}

test("every classroom page and action refuses whoever it is not for", async ({ browser }) => {
  // About 100 requests by five people: near the default minute beside another journey on 2 cores.
  test.setTimeout(120_000);
  const people = await fiveActors(browser);
  const spare = await actor(browser, "learner");
  const A = await makeClass(people.teacher.request, "Secret class A");
  const B = await makeClass(people.otherTeacher.request, "Class B");
  for (const who of [people.student, spare]) expect((await who.request.post("/api/classes/join", { data: { code: A.joinCode } })).status()).toBe(201);
  const studentId = ((await (await people.student.request.get("/api/auth/session")).json()) as { uid: string }).uid;
  const spareId = ((await (await spare.request.get("/api/auth/session")).json()) as { uid: string }).uid;
  const doomed = await people.teacher.request.post(`/api/classes/${A.id}/assignments`, {
    data: { kind: "mastery", title: "Doomed", due: "2099-01-01T12:00", topic: "inf", targetPercent: 80 },
  });
  const doomedId = ((await doomed.json()) as { id: string }).id;

  const page = (expectTeacher: number) => ({ nobody: 307, outsider: 403, student: 403, otherTeacher: 404, teacher: expectTeacher });
  const teacherApi = (ok: number) => ({ nobody: 401, outsider: 403, student: 403, otherTeacher: 404, teacher: ok });
  type Row = { name: string; method: "GET" | "POST" | "PATCH" | "DELETE"; url: string; body?: unknown; expect: Record<Actor, number> };
  const rows: Row[] = [
    { name: "class page", method: "GET", url: `/teach/classes/${A.id}`, expect: page(200) },
    { name: "student page", method: "GET", url: `/teach/classes/${A.id}/students/${studentId}`, expect: page(200) },
    { name: "assignment page", method: "GET", url: `/teach/classes/${A.id}/assignments/${A.quizId}`, expect: page(200) },
    { name: "assignment page, ids swapped", method: "GET", url: `/teach/classes/${B.id}/assignments/${A.quizId}`, expect: { ...page(404), otherTeacher: 404 } },
    { name: "student page, ids swapped", method: "GET", url: `/teach/classes/${B.id}/students/${studentId}`, expect: page(404) },
    // A join link names its class and teacher to whoever holds the code, once signed in.
    { name: "join page", method: "GET", url: `/join/${A.joinCode}`, expect: { nobody: 307, outsider: 200, student: 200, otherTeacher: 200, teacher: 200 } },
    { name: "gradebook CSV", method: "GET", url: `/api/classes/${A.id}/gradebook`, expect: teacherApi(200) },
    { name: "gradebook CSV, detail", method: "GET", url: `/api/classes/${A.id}/gradebook?layout=detail`, expect: teacherApi(200) },
    { name: "gradebook CSV, detail of another's class", method: "GET", url: `/api/classes/${B.id}/gradebook?layout=detail`, expect: { ...teacherApi(404), otherTeacher: 200 } },
    // The query is read before the class: a layout that does not exist is refused for any teacher.
    { name: "gradebook CSV, unknown layout", method: "GET", url: `/api/classes/${A.id}/gradebook?layout=pivot`, expect: { ...teacherApi(422), otherTeacher: 422 } },
    { name: "class page sorted", method: "GET", url: `/teach/classes/${A.id}?sort=average&dir=desc`, expect: page(200) },
    { name: "per-question CSV", method: "GET", url: `/api/classes/${A.id}/assignments/${A.quizId}/questions`, expect: teacherApi(200) },
    { name: "per-question CSV, ids swapped", method: "GET", url: `/api/classes/${B.id}/assignments/${A.quizId}/questions`, expect: teacherApi(404) },
    { name: "new join code", method: "PATCH", url: `/api/classes/${A.id}`, body: { action: "regenerate-code" }, expect: teacherApi(200) },
    {
      name: "set an assignment",
      method: "POST",
      url: `/api/classes/${A.id}/assignments`,
      body: { kind: "quiz", title: "Extra", due: "2099-01-01T12:00", questionIds, attemptsAllowed: 1, lateCounts: false },
      expect: teacherApi(201),
    },
    { name: "start the quiz", method: "POST", url: `/api/assignments/${A.quizId}/start`, expect: { nobody: 401, outsider: 404, student: 201, otherTeacher: 404, teacher: 404 } },
    { name: "delete an assignment", method: "DELETE", url: `/api/classes/${A.id}/assignments/${doomedId}`, expect: teacherApi(200) },
    { name: "delete an assignment, ids swapped", method: "DELETE", url: `/api/classes/${B.id}/assignments/${A.quizId}`, expect: teacherApi(404) },
    { name: "remove a student", method: "DELETE", url: `/api/classes/${A.id}/members/${spareId}`, expect: teacherApi(200) },
    { name: "remove a student, ids swapped", method: "DELETE", url: `/api/classes/${B.id}/members/${studentId}`, expect: teacherApi(404) },
    { name: "leave the class", method: "DELETE", url: `/api/classes/${A.id}/membership`, expect: { nobody: 401, outsider: 404, student: 200, otherTeacher: 404, teacher: 404 } },
  ];

  const failures: string[] = [];
  for (const row of rows) {
    for (const who of ACTORS) {
      const res = await people[who].request.fetch(row.url, { method: row.method, data: row.body, maxRedirects: 0 });
      const status = res.status();
      if (status !== row.expect[who]) failures.push(`${row.name} as ${who}: ${status}, expected ${row.expect[who]}`);
      if (status >= 500) failures.push(`${row.name} as ${who}: server error`);
      if (status === 307) expect(res.headers().location).toMatch(/\/sign-in\?callbackUrl=/);
      const body = await res.text();
      if (status >= 300 && /Secret class A|Extra/.test(body.replace(/<title>[^<]*<\/title>/, ""))) {
        failures.push(`${row.name} as ${who}: the refusal shows the class`);
      }
    }
  }
  expect(failures).toEqual([]);
  await Promise.all([...Object.values(people), spare].map((p) => p.context.close()));
});

test("every classroom form action refuses whoever it is not for, and writes nothing for them", async ({ browser }) => {
  const people = await fiveActors(browser);
  const A = await makeClass(people.teacher.request, "Secret class A");
  expect((await people.student.request.post("/api/classes/join", { data: { code: A.joinCode } })).status()).toBe(201);
  const refusal: Record<Actor, RegExp> = {
    nobody: /Sign in to do this\./,
    outsider: /Only teacher accounts can do this/,
    student: /Only teacher accounts can do this/,
    otherTeacher: /That class does not exist or is not yours\./,
    teacher: /Assignment set\./,
  };
  const failures: string[] = [];
  for (const who of ACTORS) {
    const title = `Action row ${who}`;
    const reply = await runAction(people[who].request, "createAssignmentAction", {
      classId: A.id,
      kind: "mastery",
      title,
      due: "2099-01-01T12:00",
      topic: "inf",
      target: "80",
    }, A.id);
    if (reply.status !== 200 || !refusal[who].test(reply.text)) failures.push(`set an assignment as ${who}: ${reply.status} ${reply.text.slice(-200)}`);
    if (who !== "teacher" && /Secret class A/.test(reply.text)) failures.push(`set an assignment as ${who}: the answer shows the class`);
    const written = await countRows("SELECT count(*) AS n FROM Assignment WHERE classId = ? AND title = ?", A.id, title);
    if (written !== (who === "teacher" ? 1 : 0)) failures.push(`set an assignment as ${who}: ${written} rows written`);

    const created = await runAction(people[who].request, "createClassAction", { "class-name": `Made by ${who}` });
    const isTeacher = who === "teacher" || who === "otherTeacher";
    if (isTeacher ? !created.redirect?.startsWith("/teach/classes/") : !/Sign in to do this|Only teacher accounts/.test(created.text)) {
      failures.push(`create a class as ${who}: ${created.status} ${created.redirect ?? created.text.slice(-200)}`);
    }
  }
  // More time for one student: only the class's teacher, and only for a member of the class.
  const studentId = ((await (await people.student.request.get("/api/auth/session")).json()) as { uid: string }).uid;
  const extendRefusal: Record<Actor, RegExp> = {
    nobody: /Sign in to do this\./,
    outsider: /Only teacher accounts can do this/,
    student: /Only teacher accounts can do this/,
    otherTeacher: /That assignment or student is not in one of your classes\./,
    teacher: /is now due/,
  };
  for (const who of ACTORS) {
    const reply = await runAction(people[who].request, "extendDueDateAction", { classId: A.id, assignmentId: A.quizId, studentId, due: "2099-02-01T12:00" }, A.id);
    if (reply.status !== 200 || !extendRefusal[who].test(reply.text)) failures.push(`give more time as ${who}: ${reply.status} ${reply.text.slice(-200)}`);
    const written = await countRows("SELECT count(*) AS n FROM DueExtension WHERE assignmentId = ?", A.quizId);
    if (written !== (who === "teacher" ? 1 : 0)) failures.push(`give more time as ${who}: ${written} rows after it`);
  }
  // A reset link for a student: only the class's teacher makes one, and the link is shown to nobody else.
  const resetRefusal: Record<Actor, RegExp> = {
    nobody: /Sign in to do this\./,
    outsider: /Only teacher accounts can do this/,
    student: /Only teacher accounts can do this/,
    otherTeacher: /That student is not in one of your classes\./,
    teacher: /Reset link made for/,
  };
  for (const who of ACTORS) {
    const reply = await runAction(people[who].request, "makeResetLinkAction", { classId: A.id, studentId }, A.id);
    if (reply.status !== 200 || !resetRefusal[who].test(reply.text)) failures.push(`make a reset link as ${who}: ${reply.status} ${reply.text.slice(-200)}`);
    if (who !== "teacher" && /reset-password\?token=/.test(reply.text)) failures.push(`make a reset link as ${who}: the answer holds a link`);
    const issued = await countRows("SELECT count(*) AS n FROM AccountToken WHERE userId = ? AND issuedById IS NOT NULL", studentId);
    if (issued !== (who === "teacher" ? 1 : 0)) failures.push(`make a reset link as ${who}: ${issued} links after it`);
  }
  const outsiderId = ((await (await people.outsider.request.get("/api/auth/session")).json()) as { uid: string }).uid;
  const notMember = await runAction(people.teacher.request, "extendDueDateAction", { classId: A.id, assignmentId: A.quizId, studentId: outsiderId, due: "2099-02-01T12:00" }, A.id);
  if (!/not in one of your classes/.test(notMember.text)) failures.push(`give more time to a non-member: ${notMember.text.slice(-200)}`);
  for (const who of ACTORS) {
    const started = await runAction(people[who].request, "startAssignmentAction", { assignmentId: A.quizId });
    const ok = who === "student" ? started.redirect?.startsWith("/quiz/") : who === "nobody" ? /Sign in to do this\./.test(started.text) : /does not exist or is not for you/.test(started.text);
    if (!ok) failures.push(`start the quiz assignment as ${who}: ${started.status} ${started.redirect ?? started.text.slice(-200)}`);
  }
  // Never for someone outside the teacher's classes, nor for a teacher's account (even one in the class).
  const outsiderLink = await runAction(people.teacher.request, "makeResetLinkAction", { classId: A.id, studentId: outsiderId }, A.id);
  if (!/That student is not in one of your classes\./.test(outsiderLink.text)) failures.push(`reset link for an outsider: ${outsiderLink.text.slice(-200)}`);
  expect((await people.otherTeacher.request.post("/api/classes/join", { data: { code: A.joinCode } })).status()).toBe(201);
  const otherTeacherId = ((await (await people.otherTeacher.request.get("/api/auth/session")).json()) as { uid: string }).uid;
  const teacherLink = await runAction(people.teacher.request, "makeResetLinkAction", { classId: A.id, studentId: otherTeacherId }, A.id);
  if (!/Reset links are for students' accounts/.test(teacherLink.text)) failures.push(`reset link for a teacher's account: ${teacherLink.text.slice(-200)}`);
  const wrongLinks = await countRows("SELECT count(*) AS n FROM AccountToken WHERE purpose = 'password_reset' AND userId IN (?, ?)", outsiderId, otherTeacherId);
  if (wrongLinks !== 0) failures.push(`reset links for an outsider or a teacher: ${wrongLinks} written`);
  // Hosting a live game for a class: only its teacher; nobody else's attempt makes a game.
  const hostRefusal: Record<Exclude<Actor, "teacher">, RegExp> = {
    nobody: /Sign in to do this\./,
    outsider: /Only teacher accounts can do this/,
    student: /Only teacher accounts can do this/,
    otherTeacher: /That class does not exist or is not yours\./,
  };
  for (const who of ACTORS) {
    const hosted = await runAction(people[who].request, "hostGameAction", { classId: A.id, gameSource: "topic", gameTopic: "inf", gameCount: "2", gameSeconds: "20" }, A.id);
    const ok = who === "teacher" ? hosted.redirect?.startsWith("/teach/games/") : hostRefusal[who].test(hosted.text) && !hosted.redirect;
    if (!ok) failures.push(`host a game as ${who}: ${hosted.status} ${hosted.redirect ?? hosted.text.slice(-200)}`);
  }
  const games = await countRows("SELECT count(*) AS n FROM Game WHERE classId = ?", A.id);
  if (games !== 1) failures.push(`host a game: ${games} games for the class, not the teacher's one`);
  const joined = await runAction(people.nobody.request, "joinClassAction", { "join-code": A.joinCode });
  if (!/Sign in to do this\./.test(joined.text)) failures.push(`join as nobody: ${joined.text.slice(-200)}`);
  expect(failures).toEqual([]);
  await Promise.all(Object.values(people).map((p) => p.context.close()));
});

test("the memory-model reset changes only the signed-in learner's own model", async ({ browser }) => {
  const owner = await actor(browser, "learner");
  const outsider = await actor(browser, "learner");
  const nobody = await actor(browser);
  const idOf = async (who: { request: APIRequestContext }) => ((await (await who.request.get("/api/auth/session")).json()) as { uid: string }).uid;
  const [ownerId, outsiderId] = [await idOf(owner), await idOf(outsider)];
  const weights = JSON.stringify(Array.from({ length: 21 }, (_, i) => 0.1 + i / 10));
  for (const id of [ownerId, outsiderId]) {
    await runSql(`INSERT INTO LearnerParameters (id, userId, weights, reviewCount, fittedAt) VALUES (?, ?, ?, 300, '2026-12-01T10:00:00.000+00:00')`, `authz${id}`.slice(0, 30), id, weights);
  }
  const rowsOf = (id: string) => countRows("SELECT count(*) AS n FROM LearnerParameters WHERE userId = ?", id);
  const failures: string[] = [];

  const asNobody = await runAction(nobody.request, "resetMemoryModelAction", { confirm: "on" });
  if (!/Sign in to do this\./.test(asNobody.text)) failures.push(`reset as nobody: ${asNobody.status} ${asNobody.text.slice(-200)}`);
  const page = await nobody.request.get("/account", { maxRedirects: 0 });
  if (page.status() !== 307) failures.push(`account page as nobody: ${page.status()}`);

  // The outsider's reset is theirs alone: the owner's model stays as it was.
  const asOutsider = await runAction(outsider.request, "resetMemoryModelAction", { confirm: "on" });
  if (!/next reviews are scheduled with the default parameters/.test(asOutsider.text)) failures.push(`reset as the outsider: ${asOutsider.text.slice(-200)}`);
  if ((await rowsOf(ownerId)) !== 1) failures.push("the outsider's reset wrote to the owner's model");
  if ((await rowsOf(outsiderId)) !== 2) failures.push("the outsider's reset did not reset their own model");

  const asOwner = await runAction(owner.request, "resetMemoryModelAction", { confirm: "on" });
  if (!/next reviews are scheduled with the default parameters/.test(asOwner.text)) failures.push(`reset as the owner: ${asOwner.text.slice(-200)}`);
  // A resend changes nothing more.
  await runAction(owner.request, "resetMemoryModelAction", { confirm: "on" });
  if ((await rowsOf(ownerId)) !== 2) failures.push(`the owner's reset and its resend left ${await rowsOf(ownerId)} rows, expected 2`);
  if ((await rowsOf(outsiderId)) !== 2) failures.push("the owner's reset wrote to the outsider's model");
  expect(failures).toEqual([]);
  await Promise.all([owner, outsider, nobody].map((p) => p.context.close()));
});

/** A question the content rules accept, as the form and the JSON route send it. */
const ownQuestion = (prompt: string) => ({
  type: "multiple_choice",
  fact: "abm-eif-1972",
  prompt,
  explanation: "The ABM Treaty entered into force on 3 October 1972.",
  answer: "3 October 1972",
  distractors: "26 May 1972\n13 June 2002\n1 July 1974",
});

test("teachers' own questions: every page, route and action refuses whoever they are not for", async ({ browser }) => {
  const people = await fiveActors(browser);
  const A = await makeClass(people.teacher.request, "Secret class A");
  const B = await makeClass(people.otherTeacher.request, "Class B");
  expect((await people.student.request.post("/api/classes/join", { data: { code: A.joinCode } })).status()).toBe(201);
  const made = await people.teacher.request.post(`/api/classes/${A.id}/questions`, { data: ownQuestion("When did the ABM Treaty enter into force?") });
  expect(made.status(), await made.text()).toBe(201);
  const { id: qid, questionId } = (await made.json()) as { id: string; questionId: string };
  const other = await people.otherTeacher.request.post(`/api/classes/${B.id}/questions`, { data: ownQuestion("In which year did the ABM Treaty enter into force?") });
  const otherId = ((await other.json()) as { questionId: string }).questionId;

  const page = (expectTeacher: number) => ({ nobody: 307, outsider: 403, student: 403, otherTeacher: 404, teacher: expectTeacher });
  const teacherApi = (ok: number) => ({ nobody: 401, outsider: 403, student: 403, otherTeacher: 404, teacher: ok });
  type Row = { name: string; method: "GET" | "POST" | "PATCH"; url: string; body?: unknown; expect: Record<Actor, number> };
  const rows: Row[] = [
    { name: "list of questions", method: "GET", url: `/teach/classes/${A.id}/questions`, expect: page(200) },
    { name: "new question page", method: "GET", url: `/teach/classes/${A.id}/questions/new?type=typed&on=new`, expect: page(200) },
    { name: "edit question page", method: "GET", url: `/teach/classes/${A.id}/questions/${qid}`, expect: page(200) },
    { name: "edit question page, ids swapped", method: "GET", url: `/teach/classes/${B.id}/questions/${qid}`, expect: page(404) },
    { name: "write a question", method: "POST", url: `/api/classes/${A.id}/questions`, body: ownQuestion("On what day did the ABM Treaty enter into force?"), expect: teacherApi(201) },
    { name: "retire a question", method: "PATCH", url: `/api/classes/${A.id}/questions/${qid}`, body: { retired: false }, expect: teacherApi(200) },
    { name: "retire a question, ids swapped", method: "PATCH", url: `/api/classes/${B.id}/questions/${qid}`, body: { retired: true }, expect: teacherApi(404) },
    // The question itself: only the class (its students and teacher) can be asked it.
    { name: "a quiz of the class's question", method: "POST", url: "/api/attempts", body: { questionIds: [questionId] }, expect: { nobody: 404, outsider: 404, student: 201, otherTeacher: 404, teacher: 201 } },
    { name: "a quiz of another class's question", method: "POST", url: "/api/attempts", body: { questionIds: [otherId] }, expect: { nobody: 404, outsider: 404, student: 404, otherTeacher: 201, teacher: 404 } },
  ];
  const failures: string[] = [];
  for (const row of rows) {
    for (const who of ACTORS) {
      const res = await people[who].request.fetch(row.url, { method: row.method, data: row.body, maxRedirects: 0 });
      const status = res.status();
      if (status !== row.expect[who]) failures.push(`${row.name} as ${who}: ${status}, expected ${row.expect[who]}`);
      const body = await res.text();
      if (status >= 300 && /Secret class A|When did the ABM Treaty enter into force/.test(body.replace(/<title>[^<]*<\/title>/, ""))) failures.push(`${row.name} as ${who}: the refusal shows the class or its question`);
    }
  }

  // The forms' actions: only the class's teacher writes or edits, and nothing is written for anyone else.
  const refusal: Record<Actor, RegExp> = {
    nobody: /Sign in to do this\./,
    outsider: /Only teacher accounts can do this/,
    student: /Only teacher accounts can do this/,
    otherTeacher: /does not exist or is not yours\./,
    teacher: /./,
  };
  for (const who of ACTORS) {
    const prompt = `In what year did the ABM Treaty enter into force (${who})?`;
    const created = await runAction(people[who].request, "createTeacherQuestionAction", { classId: A.id, ...ownQuestion(prompt), distractors: "1970\n1980\n1990", answer: "1972" }, A.id);
    const ok = who === "teacher" ? created.redirect?.startsWith(`/teach/classes/${A.id}/questions?saved=`) : refusal[who].test(created.text);
    if (!ok) failures.push(`write a question as ${who}: ${created.status} ${created.redirect ?? created.text.slice(-200)}`);
    const written = await countRows("SELECT count(*) AS n FROM TeacherQuestion WHERE classId = ? AND body LIKE ?", A.id, `%(${who})%`);
    if (written !== (who === "teacher" ? 1 : 0)) failures.push(`write a question as ${who}: ${written} rows written`);

    const edited = await runAction(people[who].request, "updateTeacherQuestionAction", { classId: A.id, questionId: qid, ...ownQuestion(`Edited by ${who}: when did the ABM Treaty enter into force?`) }, A.id);
    const editOk = who === "teacher" ? edited.redirect?.includes(`saved=${qid}`) : refusal[who].test(edited.text);
    if (!editOk) failures.push(`edit a question as ${who}: ${edited.status} ${edited.redirect ?? edited.text.slice(-200)}`);
    const changed = await countRows("SELECT count(*) AS n FROM TeacherQuestion WHERE id = ? AND body LIKE ?", qid, `%Edited by ${who}%`);
    if (changed !== (who === "teacher" ? 1 : 0)) failures.push(`edit a question as ${who}: ${changed} rows changed`);
  }
  // The other teacher cannot edit A's question through their own class either.
  const swapped = await runAction(people.otherTeacher.request, "updateTeacherQuestionAction", { classId: B.id, questionId: qid, ...ownQuestion("Swapped: when did the ABM Treaty enter into force?") }, B.id);
  if (!/does not exist or is not yours/.test(swapped.text)) failures.push(`edit with ids swapped: ${swapped.text.slice(-200)}`);
  expect(failures).toEqual([]);
  await Promise.all(Object.values(people).map((p) => p.context.close()));
});

test("a learner's rating change and topic reviews refuse whoever they are not for", async ({ browser }) => {
  const nobody = await actor(browser);
  const owner = await actor(browser, "learner");
  const outsider = await actor(browser, "learner");
  const q = [...bank.questions.values()].find((x) => x.type === "multiple_choice" && x.facts.length === 1);
  if (!q || q.type !== "multiple_choice") throw new Error("the bank has no multiple-choice question");
  const answered = await owner.request.post("/api/reviews", {
    data: { factId: q.facts[0], questionId: q.id, clientKey: "authz-review-1", expectedVersion: 0, response: { kind: "choice", choice: q.answer }, timeMs: 15_000 },
  });
  expect(answered.status(), await answered.text()).toBe(201);
  const { reviewId } = (await answered.json()) as { reviewId: string };
  const ownerId = ((await (await owner.request.get("/api/auth/session")).json()) as { uid: string }).uid;
  const topic = bank.topics[0]!.id;

  type Who = "nobody" | "outsider" | "owner";
  const people: Record<Who, APIRequestContext> = { nobody: nobody.request, outsider: outsider.request, owner: owner.request };
  const rows: { name: string; method: "GET" | "POST"; url: string; body?: unknown; expect: Record<Who, number> }[] = [
    { name: "change a rating", method: "POST", url: "/api/reviews/rating", body: { reviewId, rating: 2 }, expect: { nobody: 401, outsider: 404, owner: 201 } },
    { name: "topic review", method: "GET", url: `/review?topic=${topic}`, expect: { nobody: 307, outsider: 200, owner: 200 } },
    { name: "cram session", method: "GET", url: `/review?topic=${topic}&session=cram`, expect: { nobody: 307, outsider: 200, owner: 200 } },
    { name: "unknown topic", method: "GET", url: "/review?topic=no-such-topic", expect: { nobody: 307, outsider: 404, owner: 404 } },
  ];
  const failures: string[] = [];
  for (const row of rows) {
    for (const who of ["nobody", "outsider", "owner"] as const) {
      const res = await people[who].fetch(row.url, { method: row.method, data: row.body, maxRedirects: 0 });
      if (res.status() !== row.expect[who]) failures.push(`${row.name} as ${who}: ${res.status()}, expected ${row.expect[who]}`);
      if (who !== "owner" && row.method === "POST") {
        // A refused change wrote nothing: the owner's review is neither undone nor replaced.
        const written = await countRows("SELECT count(*) AS n FROM Review r WHERE r.userId = ? AND (r.replacesId IS NOT NULL OR EXISTS (SELECT 1 FROM ReviewUndo u WHERE u.reviewId = r.id))", ownerId);
        if (written !== 0) failures.push(`${row.name} as ${who}: ${written} rows changed`);
      }
    }
  }
  expect(failures).toEqual([]);
  await Promise.all([nobody, owner, outsider].map((p) => p.context.close()));
});

test("live games: the host's page, controls, removals, results and stream refuse whoever they are not for", async ({ browser }) => {
  const people = await fiveActors(browser);
  const spare = await actor(browser);
  const topicId = bank.topics[0]!.id;
  const host = async (who: { request: APIRequestContext }, title: string) => {
    const res = await who.request.post("/api/games", { data: { title, source: "topic", topicId, count: 2, seconds: 300 } });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()) as { id: string; pin: string };
  };
  const A = await host(people.teacher, "Secret game A");
  const B = await host(people.otherTeacher, "Game B");
  const join = async (who: { request: APIRequestContext }, pin: string, nickname: string) => {
    const res = await who.request.post("/api/games/join", { data: { pin, nickname } });
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { playerId: string }).playerId;
  };
  await join(people.student, A.pin, "Student");
  const spareId = await join(spare, A.pin, "Spare");
  const playerOfB = await join(spare, B.pin, "Spare in B");

  const page = (expectTeacher: number) => ({ nobody: 307, outsider: 403, student: 403, otherTeacher: 404, teacher: expectTeacher });
  const teacherApi = (ok: number) => ({ nobody: 401, outsider: 403, student: 403, otherTeacher: 404, teacher: ok });
  type Row = { name: string; method: "GET" | "POST" | "DELETE"; url: string; body?: unknown; expect: Record<Actor, number> };
  const rows: Row[] = [
    { name: "host page", method: "GET", url: `/teach/games/${A.id}`, expect: page(200) },
    { name: "results CSV", method: "GET", url: `/api/games/${A.id}/results`, expect: teacherApi(200) },
    { name: "results CSV per question", method: "GET", url: `/api/games/${A.id}/results?layout=questions`, expect: teacherApi(200) },
    { name: "remove a player", method: "DELETE", url: `/api/games/${A.id}/players/${spareId}`, expect: teacherApi(200) },
    { name: "remove a player, ids swapped", method: "DELETE", url: `/api/games/${A.id}/players/${playerOfB}`, expect: teacherApi(404) },
    { name: "start the game", method: "POST", url: `/api/games/${A.id}/control`, body: { action: "start" }, expect: teacherApi(200) },
    // Only a player of the game answers (by the cookie it joined with); anyone else is not in it.
    { name: "answer", method: "POST", url: `/api/games/${A.id}/answers`, body: { questionIndex: 0, response: { kind: "choice", choice: "x" } }, expect: { nobody: 404, outsider: 404, student: 422, otherTeacher: 404, teacher: 404 } },
    // The streams that would be granted (the host's, the player's) stay open: only refusals are tried here.
    { name: "host stream", method: "GET", url: `/api/games/${A.id}/events?as=host`, expect: { nobody: 401, outsider: 404, student: 404, otherTeacher: 404, teacher: 404 } },
    { name: "player stream", method: "GET", url: `/api/games/${A.id}/events?as=player`, expect: { nobody: 404, outsider: 404, student: 404, otherTeacher: 404, teacher: 404 } },
  ];
  const failures: string[] = [];
  for (const row of rows) {
    for (const who of ACTORS) {
      // The teacher's own host stream and the student's player stream are the granted ones: skipped above.
      if (row.name === "host stream" && who === "teacher") continue;
      if (row.name === "player stream" && who === "student") continue;
      const res = await people[who].request.fetch(row.url, { method: row.method, data: row.body, maxRedirects: 0 });
      const status = res.status();
      if (status !== row.expect[who]) failures.push(`${row.name} as ${who}: ${status}, expected ${row.expect[who]}`);
      if (status === 307) expect(res.headers().location).toMatch(/\/sign-in\?callbackUrl=/);
      const body = await res.text();
      if (status >= 300 && /Secret game A|Spare/.test(body.replace(/<title>[^<]*<\/title>/, ""))) failures.push(`${row.name} as ${who}: the refusal shows the game`);
    }
  }
  // The removed player can no longer answer.
  const removed = await spare.request.post(`/api/games/${A.id}/answers`, { data: { questionIndex: 0, response: { kind: "choice", choice: "x" } } });
  if (removed.status() !== 403) failures.push(`answer by a removed player: ${removed.status()}`);
  expect(failures).toEqual([]);
  await Promise.all([...Object.values(people), spare].map((p) => p.context.close()));
});
