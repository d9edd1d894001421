// The classroom's authorization matrix: every class page, export and action, tried by nobody, a
// learner outside the class, a student in it, its teacher and another teacher, with ids swapped
// between classes. Each refusal is 401/403/404 (or the sign-in redirect) and shows nothing of
// the class.
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { runAction } from "./helpers/actions";
import { signUpAndSignIn } from "./helpers/auth";
import { getTestBank } from "./helpers/bank";
import { countRows } from "./helpers/db";

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
  const joined = await runAction(people.nobody.request, "joinClassAction", { "join-code": A.joinCode });
  if (!/Sign in to do this\./.test(joined.text)) failures.push(`join as nobody: ${joined.text.slice(-200)}`);
  expect(failures).toEqual([]);
  await Promise.all(Object.values(people).map((p) => p.context.close()));
});
