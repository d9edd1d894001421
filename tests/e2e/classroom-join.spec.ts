// Joining a class by its link: the join survives sign-up and sign-in, the student sees the class and
// its teacher before joining, and the teacher's page shows the full link, a copy button and a QR code.
import { expect, test } from "@playwright/test";
import { newUser, signUpAndSignIn } from "./helpers/auth";
import { expectAccessible } from "./helpers/axe";

test("a join link survives sign-up and sign-in, names the class and teacher, and the teacher can share it in full", async ({ browser, baseURL }) => {
  const teacherContext = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const teacher = await teacherContext.newPage();
  const teacherUser = await signUpAndSignIn(teacher, "teacher");
  const made = await teacher.request.post("/api/classes", { data: { name: "Treaty club" } });
  const { id: classId, joinCode } = (await made.json()) as { id: string; joinCode: string };
  const link = `${baseURL}/join/${joinCode}`;

  // The teacher's page: the full URL, a copy button, a QR code.
  await teacher.goto(`/teach/classes/${classId}`);
  await expect(teacher.getByTestId("join-url")).toHaveText(link);
  await expect(teacher.getByRole("img", { name: `QR code of the join link ${link}` }).locator("svg")).toBeVisible();
  await teacher.getByRole("button", { name: "Copy the link" }).focus();
  await teacher.keyboard.press("Enter");
  await expect(teacher.getByText("Link copied.")).toBeVisible();
  expect(await teacher.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expectAccessible(teacher, "class page with the join link");

  // A visitor with no account: sign-in, then "Create an account", keeps the join all the way.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/join/${joinCode}`);
  await expect(visitor).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=%2Fjoin%2F${joinCode}$`));
  await expect(visitor.getByText("Then you go straight on to join your class.")).toBeVisible();
  await expectAccessible(visitor, "sign-in from a join link");
  await visitor.getByRole("link", { name: "Create an account" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/sign-up\\?callbackUrl=%2Fjoin%2F${joinCode}$`));
  await expectAccessible(visitor, "sign-up from a join link");
  const student = newUser("joiner");
  await visitor.getByLabel("Name").fill(student.name);
  await visitor.getByLabel("Email").fill(student.email);
  await visitor.getByLabel("Password").fill(student.password);
  await visitor.getByRole("button", { name: "Create account" }).click();

  // Before joining: the class and its teacher.
  await expect(visitor).toHaveURL(new RegExp(`/join/${joinCode}$`));
  await expect(visitor.getByRole("heading", { level: 1, name: "Treaty club" })).toBeVisible();
  await expect(visitor.getByTestId("invite-teacher")).toHaveText(`Taught by ${teacherUser.name}`);
  await expectAccessible(visitor, "join page naming the class");
  await visitor.getByRole("button", { name: "Join class" }).click();
  await expect(visitor).toHaveURL(/\/classes$/);
  await expect(visitor.getByText("Treaty club")).toBeVisible();
  await expect(visitor.getByText(`with ${teacherUser.name}`)).toBeVisible();
  await expectAccessible(visitor, "classes after joining");

  // Opening the link again: already in the class.
  await visitor.goto(`/join/${joinCode}`);
  await expect(visitor.getByText("You are already in this class.")).toBeVisible();

  // An existing account signs in from the link and lands on it; sign-up's way back to sign-in keeps it too.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  const existing = newUser("existing");
  expect((await member.request.post("/api/account", { data: { ...existing, role: "learner", timeZone: "UTC" } })).status()).toBe(201);
  await member.goto(`/sign-up?callbackUrl=${encodeURIComponent(`/join/${joinCode}`)}`);
  await member.getByRole("link", { name: "I already have an account" }).click();
  await expect(member).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=%2Fjoin%2F${joinCode}$`));
  await member.getByLabel("Email").fill(existing.email);
  await member.getByLabel("Password").fill(existing.password);
  await member.getByRole("button", { name: "Sign in" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Treaty club" })).toBeVisible();

  // A wrong code names no class; a return path to another site is not carried along.
  await member.goto("/join/ZZZZ2222");
  await expect(member.getByText("No class has the code ZZZZ2222.")).toBeVisible();
  await expectAccessible(member, "join page, unknown code");
  await member.goto(`/sign-up?callbackUrl=${encodeURIComponent("https://evil.example/")}`);
  await expect(member.getByRole("link", { name: "I already have an account" })).toHaveAttribute("href", "/sign-in");
  await Promise.all([teacherContext.close(), visitorContext.close(), memberContext.close()]);
});
