// Getting back into an account, against the real SMTP sink the e2e server sends to: "Forgot your
// password?" through the emailed link to signed in with the new password (older sessions ended), the
// link refused when reused, tampered with or expired, the same answer for a known and an unknown
// address, email verification and a change of address, and a teacher's reset link for a student.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { runAction } from "./helpers/actions";
import { expectAccessible } from "./helpers/axe";
import { newUser, signIn, signUp, signUpAndSignIn, type TestUser } from "./helpers/auth";
import { countRows } from "./helpers/db";
import { linkIn, mailTo, waitForMail } from "./helpers/mail";

const CLOCK = "x-overflight-clock-offset";

// Long journeys (several Argon2 hashes, emails, a dozen axe runs) on a shared machine: three times the usual time.
test.slow();
const RESET_SUBJECT = /Choose a new Overflight password/;
const VERIFY_SUBJECT = /Confirm your email address/;
const SENT = /If an account uses that address, we have sent it a link/;

let network = 0;
/** A browser context from its own client address, so the per-address limit of one test never reaches another's. */
async function freshContext(browser: Browser) {
  network += 1;
  return browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${(process.pid % 50) * 4 + network}` } });
}

async function askForReset(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await expectAccessible(page, "forgot password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByRole("status")).toHaveText(SENT);
  await expectAccessible(page, "reset link sent");
}

async function sessionUid(page: Page): Promise<string | undefined> {
  return ((await (await page.request.get("/api/auth/session")).json()) as { uid?: string }).uid;
}

test("forgot password: the emailed link sets a new password, signs in, and ends the older session", async ({ browser }) => {
  // The person is signed in on an old laptop.
  const old = await freshContext(browser);
  const oldPage = await old.newPage();
  const user = await signUpAndSignIn(oldPage);
  expect(await sessionUid(oldPage)).toBeTruthy();

  // On a new phone they have forgotten the password.
  const phone = await freshContext(browser);
  const page = await phone.newPage();
  await askForReset(page, user.email);
  const mail = await waitForMail(user.email, RESET_SUBJECT);
  expect(mail.from).toContain("no-reply@overflight.test");
  const link = linkIn(mail);
  expect(link).toMatch(/\/reset-password\?token=[A-Za-z0-9_-]{43}$/);
  // Only the token's hash is stored: the link's token appears nowhere in the database.
  const token = new URL(link).searchParams.get("token")!;
  expect(await countRows("SELECT count(*) AS n FROM AccountToken WHERE tokenHash = ?", token)).toBe(0);

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expectAccessible(page, "reset form");
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByText("Use at least 8 characters for your password.").first()).toBeVisible();
  await expectAccessible(page, "reset form with an error");
  const newPassword = `${user.password} renewed`;
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
  expect(await sessionUid(page)).toBeTruthy();
  await expectAccessible(page, "signed in after the reset");

  // The old laptop's session has ended; the old password no longer opens the account, the new one does.
  await oldPage.goto("/account");
  await expect(oldPage).toHaveURL(/\/sign-in\?callbackUrl=/);
  const check = await freshContext(browser);
  expect((await signIn(check.request, user)).status()).toBe(401);
  expect((await signIn(check.request, { email: user.email, password: newPassword })).status()).toBe(200);

  // The same link again: used, and said so.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: /already been used/ })).toBeVisible();
  await expectAccessible(page, "reused link");

  // A token changed by one character: not one of ours.
  const last = token.at(-1) === "A" ? "B" : "A";
  await page.goto(link.slice(0, -1) + last);
  await expect(page.getByRole("alert").filter({ hasText: /not valid/ })).toBeVisible();
  await expectAccessible(page, "tampered link");
  await page.goto("/reset-password?token=%3Cscript%3E");
  await expect(page.getByRole("alert").filter({ hasText: /not valid/ })).toBeVisible();
  await Promise.all([old.close(), phone.close(), check.close()]);
});

test("an expired reset link is refused, on the page and when the form is sent after the 30 minutes", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const user = newUser();
  await signUp(page.request, user);
  await askForReset(page, user.email);
  const link = linkIn(await waitForMail(user.email, RESET_SUBJECT));

  // The form opened in time, sent 31 minutes later: refused, and nothing changed.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await context.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.250", [CLOCK]: String(31 * 60 * 1000) });
  await page.getByLabel("New password", { exact: true }).fill("a brand new password");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByRole("status")).toHaveText(/This link has expired\./);
  await expect(page.getByRole("link", { name: "Ask for a new reset link" })).toBeVisible();
  await expectAccessible(page, "expired on submit");
  expect((await signIn(context.request, user)).status()).toBe(200);

  // Opened after the 30 minutes: the page says so at once.
  await page.goto(link);
  await expect(page.getByRole("alert").filter({ hasText: /This link has expired\./ })).toBeVisible();
  await expectAccessible(page, "expired link");
  await context.close();
});

test("a known and an unknown address get the same answer, as fast, and only the known one gets an email", async ({ browser }) => {
  const context = await freshContext(browser);
  const ROUNDS = 5;
  const known: TestUser[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const user = newUser("known");
    await signUp(context.request, user);
    known.push(user);
  }
  const unknown = Array.from({ length: ROUNDS }, () => newUser("nobody").email);
  const ask = (email: string) => runAction(context.request, "requestPasswordResetAction", { email }, "x");
  // One of each first, so that neither side pays for the first compilation of a path.
  await ask(newUser("warm").email);
  const times = { known: [] as number[], unknown: [] as number[] };
  const answers = new Set<string>();
  for (let i = 0; i < ROUNDS; i++) {
    // Each side goes first in every other round, so that neither always follows the other's background work.
    const pair = [["known", known[i]!.email], ["unknown", unknown[i]!]] as const;
    for (const [side, email] of i % 2 === 0 ? pair : [pair[1], pair[0]]) {
      const started = performance.now();
      const reply = await ask(email);
      times[side].push(performance.now() - started);
      expect(reply.status).toBe(200);
      expect(reply.text).toMatch(SENT);
      answers.add(reply.text.replaceAll(email, "<address>"));
      // The account's lookup, its token and the email come after the answer: let them finish, so they
      // do not land in the next request's time.
      if (side === "known") await waitForMail(email, RESET_SUBJECT);
    }
  }
  // Byte for byte the same answer, the address aside.
  expect(answers.size).toBe(1);
  // Each side's fastest answer: what its own work costs. A busy machine's scheduling only ever adds
  // time (under CPU stress the medians of five once came 200 ms apart, the unknown side the slower),
  // while work done before the answer for one side alone shows in every one of its answers.
  const [k, u] = [Math.min(...times.known), Math.min(...times.unknown)];
  // Within noise: before the answer both sides only count the request against the limits.
  expect(Math.abs(k - u), `fastest ${k.toFixed(1)} ms for known, ${u.toFixed(1)} ms for unknown; all: ${JSON.stringify(times)}`).toBeLessThan(Math.max(60, 0.5 * Math.max(k, u)));
  for (const email of unknown) expect(mailTo(email)).toEqual([]);
  await context.close();
});

test("reset requests are limited per address asked about", async ({ browser }) => {
  const context = await freshContext(browser);
  const email = newUser("limited").email;
  for (let i = 0; i < 5; i++) expect((await runAction(context.request, "requestPasswordResetAction", { email })).text).toMatch(SENT);
  const refused = await runAction(context.request, "requestPasswordResetAction", { email });
  expect(refused.text).toMatch(/Too many reset requests for this address or from this network\. Wait 60 minutes/);
  await context.close();
});

test("email verification at sign-up and on demand; a new address replaces the old only once verified", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const user = await signUpAndSignIn(page);
  // The sign-up sent a link; the account page says the address is not verified yet.
  const first = linkIn(await waitForMail(user.email, VERIFY_SUBJECT));
  await page.goto("/account");
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Email address" }) });
  await expect(card.getByText("Not verified")).toBeVisible();
  await expectAccessible(page, "account, address not verified");
  // On demand: a second link, which works as well as the first.
  await card.getByRole("button", { name: "Send me a verification link" }).click();
  await expect(card.getByRole("status").first()).toHaveText(/We have sent a verification link to/);
  await expectAccessible(page, "verification link sent");
  const second = linkIn(await waitForMail(user.email, VERIFY_SUBJECT, 2));
  expect(second).not.toBe(first);

  await page.goto(second);
  await expect(page.getByRole("heading", { name: "Confirm your email address" })).toBeVisible();
  await expectAccessible(page, "verify page");
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("status")).toHaveText(`Done: ${user.email} is verified.`);
  await expectAccessible(page, "address verified");
  await page.goto("/account");
  await expect(card.getByText("Verified", { exact: true })).toBeVisible();
  await expectAccessible(page, "account, address verified");

  // A new address: the wrong password changes nothing; the right one sends a link to the new address.
  const next = newUser("moved").email;
  await card.getByLabel("New email address").fill(next);
  await card.getByLabel("Your password, for this change").fill("not the password");
  await card.getByRole("button", { name: "Send a link to the new address" }).click();
  await expect(card.getByText("Your password is not right, so the address was not changed.").first()).toBeVisible();
  await card.getByLabel("Your password, for this change").fill(user.password);
  await card.getByRole("button", { name: "Send a link to the new address" }).click();
  await expect(card.getByRole("status").last()).toHaveText(new RegExp(`until then it stays ${user.email.replace(/[.+]/g, "\\$&")}`));
  await page.reload();
  await expect(card.getByTestId("account-email")).toHaveText(user.email);
  await expect(card.getByTestId("pending-email")).toContainText(next);
  await expectAccessible(page, "account, new address pending");
  // Until the link is opened the old address still signs in and the new one does not.
  const other = await freshContext(browser);
  expect((await signIn(other.request, { email: next, password: user.password })).status()).toBe(401);

  await page.goto(linkIn(await waitForMail(next, VERIFY_SUBJECT)));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("status")).toHaveText(`Done: your account's address is now ${next}, and it is verified.`);
  await page.goto("/account");
  await expect(card.getByTestId("account-email")).toHaveText(next);
  await expect(card.getByText("Verified", { exact: true })).toBeVisible();
  expect((await signIn(other.request, { email: next, password: user.password })).status()).toBe(200);
  // The first link from sign-up was for the old address, which is no longer the account's.
  await page.goto(first);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("status")).toHaveText(/not valid/);
  await Promise.all([context.close(), other.close()]);
});

test("a teacher's reset link lets a student without email back in, once", async ({ browser }) => {
  const teacherContext = await freshContext(browser);
  const teacher = await teacherContext.newPage();
  await signUpAndSignIn(teacher, "teacher");
  const created = await teacher.request.post("/api/classes", { data: { name: "Reset class" } });
  const { id: classId, joinCode } = (await created.json()) as { id: string; joinCode: string };
  const studentContext = await freshContext(browser);
  const studentPage = await studentContext.newPage();
  const student = await signUpAndSignIn(studentPage);
  expect((await studentPage.request.post("/api/classes/join", { data: { code: joinCode } })).status()).toBe(201);
  const studentId = (await sessionUid(studentPage))!;

  await teacher.goto(`/teach/classes/${classId}/students/${studentId}`);
  const section = teacher.locator("section", { has: teacher.getByRole("heading", { name: "Password reset link" }) });
  await expect(section).toBeVisible();
  await expectAccessible(teacher, "student page with the reset section");
  await section.getByRole("button", { name: "Make a reset link" }).click();
  await expect(section.getByRole("status").first()).toHaveText(/Reset link made for .* It works once, until/);
  const link = (await section.getByTestId("reset-link").textContent())!;
  expect(link).toMatch(/\/reset-password\?token=[A-Za-z0-9_-]{43}$/);
  await expectAccessible(teacher, "reset link shown");
  expect(await countRows("SELECT count(*) AS n FROM AccountToken t JOIN User u ON u.id = t.issuedById WHERE t.userId = ? AND u.role = 'teacher'", studentId)).toBe(1);

  // The student, on another device, uses it; their open session elsewhere ends.
  const device = await freshContext(browser);
  const page = await device.newPage();
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("the class gave me this");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
  expect(await sessionUid(page)).toBe(studentId);
  await studentPage.goto("/account");
  await expect(studentPage).toHaveURL(/\/sign-in\?callbackUrl=/);
  expect((await signIn(device.request, { email: student.email, password: "the class gave me this" })).status()).toBe(200);
  await page.goto(link);
  await expect(page.getByRole("alert").filter({ hasText: /already been used/ })).toBeVisible();

  // The teacher's page now says the link was used.
  await teacher.reload();
  await expect(section.getByText(/The last link you made, on .* was used or replaced/)).toBeVisible();
  await Promise.all([teacherContext.close(), studentContext.close(), device.close()]);
});
